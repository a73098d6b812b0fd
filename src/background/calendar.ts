/**
 * `calendar/get`: the liquidity calendar (core/ahead/answer.ts) from what the worker holds. The auction and
 * DTS debt-cash data live in a storage key of their own (`ahead`, background/ahead-store.ts), apart from the
 * cache document; until the refresh fills it (background/ahead-refresh.ts) the answer holds the dated rules only (tax dates, period-ends, FOMC, releases) and
 * `asOf` is null.
 */
import { calendarAnswer, type CalendarAnswer } from '../core/ahead/answer';
import type { CalendarWindow } from '../core/ahead/request';
import { nyTime } from '../core/calendar';
import type { Lang } from '../core/types';
import { loadAhead } from './ahead-store';

export async function calendarGet(window: CalendarWindow, lang: Lang): Promise<CalendarAnswer> {
  return calendarAnswer(await loadAhead(), window.from ?? nyTime(Date.now()).date, window.days, lang);
}
