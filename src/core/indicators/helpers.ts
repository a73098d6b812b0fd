import { FOMC_DECISIONS, administeredUntil } from '../fomc';
import { say } from '../say';
import { indexAtOrBefore, valueOn } from '../series';
import type { SeriesKey } from '../providers';
import type { IsoDate, Point } from '../types';
import type { InputUse, Row } from './types';

export const rowsOf = (points: readonly Point[]): Row[] => points.map(([date, value]) => ({ date, value }));

/** Rounds away binary noise (4.22 − 3.90 = 0.31999…) without changing any published digit. */
export const clean = (x: number, digits = 6): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Rows on the dates both series have, combined by f. */
export function sameDay(a: readonly Point[], b: readonly Point[], f: (x: number, y: number) => number): Row[] {
  const bm = new Map(b);
  const rows: Row[] = [];
  for (const [date, x] of a) {
    const y = bm.get(date);
    if (y !== undefined) rows.push({ date, value: f(x, y) });
  }
  return rows;
}

/**
 * `a` against an administered rate: each of `a`'s days uses the rate's last observation on or before it, carried
 * only until the next FOMC decision (core/fomc.ts). Past that the row is missing, with the reason; a carried
 * value says which observation it is. Days before the rate's first observation are left out.
 */
export function againstAdministered(a: readonly Point[], rate: readonly Point[], f: (x: number, y: number) => number, name: string): Row[] {
  const rows: Row[] = [];
  let j = -1;
  for (const [date, x] of a) {
    while (j + 1 < rate.length && rate[j + 1]![0] <= date) j++;
    if (j < 0) continue;
    const [seen, y] = rate[j]!;
    if (seen === date) {
      rows.push({ date, value: f(x, y) });
      continue;
    }
    const until = administeredUntil(seen);
    if (until !== null && date <= until) rows.push({ date, value: f(x, y), note: say('note_administered_carried', name, seen, until) });
    else rows.push({ date, value: null, reason: say('reason_administered_past_fomc', name, seen, until ?? FOMC_DECISIONS[FOMC_DECISIONS.length - 1]!) });
  }
  return rows;
}

/** The date of the observation `againstAdministered` used for a row's day (its own, or the one carried). */
export function administeredDate(rate: readonly Point[], date: IsoDate): IsoDate | undefined {
  const k = indexAtOrBefore(rate, date);
  return k < 0 ? undefined : rate[k]![0];
}

/** The administered rate's observation a computed row used (its own day's, or the one carried); none for a gap. */
export function administeredFor(rate: readonly Point[], row: Row): Point | undefined {
  if (row.value === null) return undefined;
  const d = administeredDate(rate, row.date);
  return d === undefined ? undefined : [d, valueOn(rate, d)!];
}

/** A held observation as an input, when there is one. */
export const useHeld = (key: SeriesKey, p: Point | undefined): InputUse[] => (p ? [{ key, date: p[0], value: p[1] }] : []);

export function use(key: SeriesKey, points: readonly Point[], date: IsoDate): InputUse[] {
  const v = valueOn(points, date);
  return v === undefined ? [] : [{ key, date, value: v }];
}

/** Drops the leading rows that are gaps, so a history starts where it can first be computed. */
export function trimLeadingGaps(rows: Row[]): Row[] {
  const i = rows.findIndex((r) => r.value !== null);
  return i < 0 ? [] : rows.slice(i);
}
