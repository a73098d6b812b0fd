/**
 * A day's weight: the settlement cash net of maturities, and which of a tax date, a quarter-end and a
 * month-end fall on it — the days where several meet are the ones to watch (17 September 2019: a corporate
 * tax date and a large settlement). What is not known is said: an amount to be announced leaves the day's
 * net unknown rather than smaller, and a gross amount is flagged.
 */
import type { IsoDate } from '../types';
import type { AheadEvent } from './event';

export interface DayWeight {
  date: IsoDate;
  /** Announced settlement cash, USD billions (positive drains reserves); null when some is to be announced or there is none. */
  settlementBn: number | null;
  /** Some of the settlement amount is the gross offering (what matures is not given). */
  gross: boolean;
  /** Some settlement of the day is to be announced. */
  toBeAnnounced: boolean;
  /** What the Daily Treasury Statement says the day really raised, USD billions, once it is past. */
  settledBn: number | null;
  tax: boolean;
  quarterEnd: boolean;
  monthEnd: boolean;
  /** How many of settlement, tax date and quarter- or month-end meet on the day. */
  meets: number;
}

export function dayWeights(events: readonly AheadEvent[]): DayWeight[] {
  const days = new Map<IsoDate, AheadEvent[]>();
  for (const e of events) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  return [...days.keys()].sort().map((date) => {
    const list = days.get(date)!;
    const settlements = list.filter((e) => e.kind === 'settlement');
    const toBeAnnounced = settlements.some((e) => e.amount === undefined);
    const settled = list.find((e) => e.kind === 'settled');
    const tax = list.some((e) => e.kind === 'tax');
    const quarterEnd = list.some((e) => e.kind === 'quarter_end');
    // A quarter-end is a month-end too.
    const monthEnd = quarterEnd || list.some((e) => e.kind === 'month_end');
    return {
      date,
      settlementBn: settlements.length === 0 || toBeAnnounced ? null : settlements.reduce((s, e) => s + e.amount!, 0),
      gross: settlements.some((e) => e.gross === true),
      toBeAnnounced,
      settledBn: settled?.amount ?? null,
      tax,
      quarterEnd,
      monthEnd,
      meets: Number(settlements.length > 0) + Number(tax) + Number(monthEnd),
    };
  });
}
