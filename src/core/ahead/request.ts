/**
 * The window a `calendar/get` asks for: `from` a real 'YYYY-MM-DD' (default: today in New York, filled in by
 * the worker) and `days` a whole number 1…60 (default 14). Anything else is no request at all.
 */
import { isIsoDate } from '../dates';
import type { IsoDate } from '../types';
import { DEFAULT_DAYS, MAX_DAYS } from './window';

export interface CalendarWindow {
  from?: IsoDate;
  days: number;
}

export function parseCalendarWindow(from: unknown, days: unknown): CalendarWindow | null {
  if (from !== undefined && !isIsoDate(from)) return null;
  if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_DAYS)) return null;
  return { ...(from !== undefined ? { from } : {}), days: (days as number | undefined) ?? DEFAULT_DAYS };
}
