/**
 * The day-before notification of a heavy day, decided: on the day before a day whose net settlement reaches
 * the reader's threshold, or where a settlement meets a tax date or a quarter-end (ahead/heavy.ts), from 09:00
 * New York time, once per day announced and never again, and not while snoozed. The state (storage key
 * `aheadNotice`, versioned by `v`) says which days were announced and until when the reader snoozed; the
 * worker may be stopped between wakes, so nothing of it lives in memory.
 */
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../types';
import { heavyReasons, type HeavyReason } from './heavy';
import type { DayWeight } from './weight';

/** Its storage.local key: written by the worker and by the options page's snooze. */
export const NOTICE_KEY = 'aheadNotice';
export const NOTICE_VERSION = 1;
/** Not before this hour of the day before, New York time: a notice at midnight would be read as the day's. */
export const NOTICE_FROM_HOUR = 9;
export const SNOOZE_DAYS = 7;
/** Days announced are kept this long, then forgotten (they are past). */
const KEEP_TOLD_DAYS = 30;

export interface NoticeState {
  v: typeof NOTICE_VERSION;
  /** The days already announced. */
  told: IsoDate[];
  /** No notice before this New York date (the snooze's end), or null. */
  snoozedUntil: IsoDate | null;
}

export const EMPTY_NOTICE: NoticeState = Object.freeze({ v: NOTICE_VERSION, told: [], snoozedUntil: null }) as NoticeState;

/** What storage holds, read: a current state, a newer version's (kept, and no notice from this one), or none. */
export function readNotice(x: unknown): { state: 'current'; notice: NoticeState } | { state: 'newer' } | { state: 'none' } {
  if (typeof x !== 'object' || x === null) return { state: 'none' };
  const r = x as Record<string, unknown>;
  if (typeof r.v === 'number' && r.v > NOTICE_VERSION) return { state: 'newer' };
  if (r.v !== NOTICE_VERSION || !Array.isArray(r.told) || !r.told.every(isIsoDate) || !(r.snoozedUntil === null || isIsoDate(r.snoozedUntil))) return { state: 'none' };
  return { state: 'current', notice: { v: NOTICE_VERSION, told: r.told as IsoDate[], snoozedUntil: r.snoozedUntil as IsoDate | null } };
}

export interface NoticeDue {
  date: IsoDate;
  weight: DayWeight;
  reasons: HeavyReason[];
}

/** The day to announce now (`today`, `hour` in New York), or null. */
export function noticeDue(weights: readonly DayWeight[], today: IsoDate, hour: number, notice: NoticeState, thresholdBn: number): NoticeDue | null {
  if (hour < NOTICE_FROM_HOUR) return null;
  if (notice.snoozedUntil !== null && today < notice.snoozedUntil) return null;
  const date = addDays(today, 1);
  if (notice.told.includes(date)) return null;
  const weight = weights.find((w) => w.date === date);
  if (!weight) return null;
  const reasons = heavyReasons(weight, { thresholdBn, ends: 'quarter' });
  return reasons.length ? { date, weight, reasons } : null;
}

/** The state once `date` is announced on `today`: past days forgotten. */
export function told(notice: NoticeState, date: IsoDate, today: IsoDate): NoticeState {
  const keepFrom = addDays(today, -KEEP_TOLD_DAYS);
  return { ...notice, told: [...new Set([...notice.told, date])].filter((d) => d >= keepFrom).sort() };
}

/** Snoozed for a week from `today`: no notice before the same weekday next week. */
export function snoozed(notice: NoticeState, today: IsoDate): NoticeState {
  return { ...notice, snoozedUntil: addDays(today, SNOOZE_DAYS) };
}

export function resumed(notice: NoticeState): NoticeState {
  return { ...notice, snoozedUntil: null };
}
