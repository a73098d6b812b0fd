import { valueOn } from '../series';
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

export function use(key: SeriesKey, points: readonly Point[], date: IsoDate): InputUse[] {
  const v = valueOn(points, date);
  return v === undefined ? [] : [{ key, date, value: v }];
}

/** Drops the leading rows that are gaps, so a history starts where it can first be computed. */
export function trimLeadingGaps(rows: Row[]): Row[] {
  const i = rows.findIndex((r) => r.value !== null);
  return i < 0 ? [] : rows.slice(i);
}
