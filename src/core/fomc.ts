/**
 * The FOMC's policy decisions: the second day of each scheduled meeting, from the Fed's meeting calendar
 * (2027 as announced "tentative" on 5 Sep 2025, with the first meeting of 2028). An administered rate (IORB,
 * the ON RRP rate) set at one decision holds until the next: a change takes effect the day after a decision.
 * Unscheduled meetings are not foreseen here; add them when they happen.
 */
import type { IsoDate } from './types';

export const FOMC_SOURCE = { name: 'Federal Reserve, FOMC meeting calendars', url: 'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm' } as const;

export const FOMC_DECISIONS: readonly IsoDate[] = [
  '2021-07-28', '2021-09-22', '2021-11-03', '2021-12-15',
  '2022-01-26', '2022-03-16', '2022-05-04', '2022-06-15', '2022-07-27', '2022-09-21', '2022-11-02', '2022-12-14',
  '2023-02-01', '2023-03-22', '2023-05-03', '2023-06-14', '2023-07-26', '2023-09-20', '2023-11-01', '2023-12-13',
  '2024-01-31', '2024-03-20', '2024-05-01', '2024-06-12', '2024-07-31', '2024-09-18', '2024-11-07', '2024-12-18',
  '2025-01-29', '2025-03-19', '2025-05-07', '2025-06-18', '2025-07-30', '2025-09-17', '2025-10-29', '2025-12-10',
  '2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09',
  '2027-01-27', '2027-03-17', '2027-04-28', '2027-06-09', '2027-07-28', '2027-09-15', '2027-10-27', '2027-12-08',
  '2028-01-26',
];

/**
 * The last day an administered rate observed on `observed` is known to hold: the first decision on or after it
 * (its change, if any, takes effect the day after). Null outside the calendar held.
 */
export function administeredUntil(observed: IsoDate): IsoDate | null {
  if (observed < FOMC_DECISIONS[0]!) return null;
  return FOMC_DECISIONS.find((d) => d >= observed) ?? null;
}
