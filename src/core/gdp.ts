/**
 * Which GDP figure a reader could have known on a given date. The BEA's first estimate of a quarter
 * comes out about a month after the quarter ends, so by default a quarter counts as published from
 * the last day of the month after it ends (never earlier than it was). Releases delayed by government
 * shutdowns are listed from the BEA's release schedule. FRED's current vintage supplies the values.
 */
import { addDays, addMonths } from './dates';
import { indexAtOrBefore } from './series';
import type { IsoDate, Point } from './types';

export interface GdpReleaseException {
  quarter: IsoDate;
  released: IsoDate;
  why: string;
}

export const GDP_RELEASE_EXCEPTIONS: readonly GdpReleaseException[] = [
  { quarter: '2013-07-01', released: '2013-11-07', why: 'advance estimate delayed by the October 2013 shutdown' },
  { quarter: '2018-10-01', released: '2019-02-28', why: 'initial estimate delayed by the 2018–19 shutdown' },
  { quarter: '2025-07-01', released: '2025-12-23', why: 'initial estimate delayed by the autumn 2025 shutdown' },
  { quarter: '2025-10-01', released: '2026-02-20', why: 'advance estimate delayed after the autumn 2025 shutdown' },
];

/** The date from which a quarter's GDP counts as published. */
export function gdpReleaseDate(quarter: IsoDate): IsoDate {
  const exception = GDP_RELEASE_EXCEPTIONS.find((e) => e.quarter === quarter);
  return exception ? exception.released : addDays(addMonths(quarter, 4), -1);
}

/** The latest quarter of `gdp` (dated by quarter start) published by `date`, if any. */
export function gdpPublishedBy(gdp: readonly Point[], date: IsoDate): Point | undefined {
  for (let i = indexAtOrBefore(gdp, date); i >= 0; i--) {
    if (gdpReleaseDate(gdp[i]![0]) <= date) return gdp[i];
  }
  return undefined;
}
