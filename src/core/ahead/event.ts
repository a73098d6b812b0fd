/**
 * One dated event of the liquidity calendar ("what drains reserves next"). Words stay as `Say` until the
 * answer is put into the reader's language (ahead/answer.ts). `amount` is cash paid to the Treasury in USD
 * billions: positive drains reserves, negative adds to them. An amount not yet announced is left out, never
 * estimated.
 */
import type { Say } from '../say';
import type { IsoDate } from '../types';

export type AheadKind = 'settlement' | 'settled' | 'tax' | 'month_end' | 'quarter_end' | 'fomc' | 'release';

export interface AheadSource {
  name: string;
  url: string;
}

export interface AheadEvent {
  date: IsoDate;
  kind: AheadKind;
  amount?: number;
  unit?: 'usd_bn';
  /** True when `amount` is the offering alone: what matures that day is not given by the data. */
  gross?: boolean;
  label: Say;
  detail: Say;
  source: AheadSource;
}

/** Events on or after `from` and before `to`, by date then in the order given. */
export function within<T extends { date: IsoDate }>(events: readonly T[], from: IsoDate, to: IsoDate): T[] {
  return events.filter((e) => e.date >= from && e.date < to);
}
