/**
 * The `calendar/get` answer: every event from `from` for `days` days, in the reader's language, with each
 * day's weight. Computed from what the worker holds (the auctions, the DTS debt cash) and the dated rules;
 * `asOf` says how fresh the auction data are (null before any were fetched).
 */
import { formatValue } from '../format';
import { msg } from '../messages';
import type { AuctionRecord } from '../parsers/fiscaldata-auctions';
import type { Say } from '../say';
import type { DebtCashDay } from '../parsers/fiscaldata-debt-cash';
import type { IsoDate, Lang } from '../types';
import { addDays } from '../dates';
import { within, type AheadEvent, type AheadKind, type AheadSource } from './event';
import { fomcEvents } from './meetings';
import { periodEndEvents } from './period-ends';
import { refundingEvents } from './refunding';
import { gdpEvents, h41Events } from './releases';
import { settledEvents } from './settled';
import { settlementEvents } from './settlements';
import { taxEvents } from './tax';
import { dayWeights, type DayWeight } from './weight';

export { DEFAULT_DAYS, MAX_DAYS } from './window';

export interface CalendarData {
  /** auctions_query records (announced and held). */
  held: readonly AuctionRecord[];
  /** upcoming_auctions records, as answered (stale rows are dropped here). */
  upcoming: readonly AuctionRecord[];
  /** DTS marketable cash issues and redemptions, a day each. */
  debtCash: readonly DebtCashDay[];
  /** When the auction data were last fetched (ISO time), or null. */
  asOf: string | null;
}

export interface CalendarEventText {
  date: IsoDate;
  kind: AheadKind;
  amount?: number;
  unit?: 'usd_bn';
  gross?: boolean;
  label: string;
  detail: string;
  source: AheadSource;
}

export interface CalendarAnswer {
  from: IsoDate;
  days: number;
  events: CalendarEventText[];
  weights: DayWeight[];
  asOf: string | null;
}

const KIND_ORDER: readonly AheadKind[] = ['settlement', 'settled', 'tax', 'quarter_end', 'month_end', 'fomc', 'release'];

/** Words into one language; an amount (`ahead_usd_bn`) in the reader's money format. */
function put(lang: Lang, s: Say): string {
  const subs = s.subs ?? [];
  if (s.key === 'ahead_usd_bn') return formatValue(Number(subs[0]), 'usd_bn', lang, { precise: true, decimals: 1 });
  return msg(lang, s.key, ...subs.map((x) => (typeof x === 'object' ? put(lang, x) : x)));
}

export function calendarEvents(data: CalendarData, from: IsoDate, days: number): AheadEvent[] {
  const to = addDays(from, days);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const all = [
    ...settlementEvents(data.held, data.upcoming),
    ...settledEvents(data.debtCash),
    ...years.flatMap((y) => [...taxEvents(y), ...periodEndEvents(y), ...gdpEvents(y)]),
    ...fomcEvents(),
    ...refundingEvents(),
    ...h41Events(from, to),
  ];
  return within(all, from, to).sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

export function calendarAnswer(data: CalendarData, from: IsoDate, days: number, lang: Lang): CalendarAnswer {
  const events = calendarEvents(data, from, days);
  return {
    from,
    days,
    events: events.map((e) => ({ ...e, label: put(lang, e.label), detail: put(lang, e.detail) })),
    weights: dayWeights(events),
    asOf: data.asOf,
  };
}
