/**
 * `calendar/get`: the liquidity calendar (core/ahead/answer.ts) from what the worker holds. The auction and
 * DTS debt-cash data live in a storage key of their own (`ahead`), apart from the cache document; until the
 * refresh fills it the answer holds the dated rules only (tax dates, period-ends, FOMC, releases) and
 * `asOf` is null.
 */
import browser from 'webextension-polyfill';
import { calendarAnswer, type CalendarAnswer, type CalendarData } from '../core/ahead/answer';
import type { CalendarWindow } from '../core/ahead/request';
import { nyTime } from '../core/calendar';
import type { Lang } from '../core/types';

export const AHEAD_KEY = 'ahead';

async function loadCalendarData(): Promise<CalendarData> {
  const stored = (await browser.storage.local.get(AHEAD_KEY))[AHEAD_KEY] as Partial<CalendarData> | undefined;
  return {
    held: Array.isArray(stored?.held) ? stored.held : [],
    upcoming: Array.isArray(stored?.upcoming) ? stored.upcoming : [],
    debtCash: Array.isArray(stored?.debtCash) ? stored.debtCash : [],
    asOf: typeof stored?.asOf === 'string' ? stored.asOf : null,
  };
}

export async function calendarGet(window: CalendarWindow, lang: Lang): Promise<CalendarAnswer> {
  return calendarAnswer(await loadCalendarData(), window.from ?? nyTime(Date.now()).date, window.days, lang);
}
