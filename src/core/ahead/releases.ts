/**
 * Data releases the calendar shows, by the release rules the refresh follows: the H.4.1 each Thursday (the
 * next business day when Thursday is a holiday) for the week to Wednesday, and GDP's first estimate of each
 * quarter by the day core/gdp.ts counts it published (the last day of the month after the quarter unless a
 * delayed release is listed), which is a latest date, not BEA's exact day. The quarterly refunding
 * announcement follows no rule: its dates are a sourced list (ahead/refunding.ts).
 */
import { addDays, weekday } from '../dates';
import { gdpReleaseDate } from '../gdp';
import { publishedOn } from '../published';
import { say } from '../say';
import type { IsoDate } from '../types';
import type { AheadEvent, AheadSource } from './event';

export const H41_SOURCE: AheadSource = { name: 'Federal Reserve Board, H.4.1 Factors Affecting Reserve Balances', url: 'https://www.federalreserve.gov/releases/h41/' };
export const GDP_SOURCE: AheadSource = { name: 'U.S. Bureau of Economic Analysis, release schedule', url: 'https://www.bea.gov/news/schedule' };

/** H.4.1 releases from `from` (inclusive) to `to` (exclusive). */
export function h41Events(from: IsoDate, to: IsoDate): AheadEvent[] {
  const out: AheadEvent[] = [];
  // A release up to a week after its Wednesday: start a week early so none in the window is missed.
  let wednesday = addDays(from, -7);
  while (weekday(wednesday) !== 3) wednesday = addDays(wednesday, 1);
  for (; wednesday < to; wednesday = addDays(wednesday, 7)) {
    const date = publishedOn('h41', wednesday);
    if (date >= from && date < to) out.push({ date, kind: 'release', label: say('ahead_h41_label'), detail: say('ahead_h41_detail', wednesday), source: H41_SOURCE });
  }
  return out;
}

/** GDP first estimates of the quarters of `year` and the one before (a quarter's release comes in the next). */
export function gdpEvents(year: number): AheadEvent[] {
  const out: AheadEvent[] = [];
  for (const y of [year - 1, year]) {
    for (let q = 1; q <= 4; q++) {
      const date = gdpReleaseDate(`${y}-${String(q * 3 - 2).padStart(2, '0')}-01`);
      if (Number(date.slice(0, 4)) === year) out.push({ date, kind: 'release', label: say('ahead_gdp_label'), detail: say('ahead_gdp_detail', y, q), source: GDP_SOURCE });
    }
  }
  return out;
}
