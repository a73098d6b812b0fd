/**
 * Month- and quarter-ends: the last business day of each month, when banks dress their balance sheets and
 * repo rates tend to rise; a quarter-end is also a month-end and is given once, as the quarter-end.
 */
import { previousBusinessDay } from '../calendar';
import { say } from '../say';
import type { IsoDate } from '../types';
import type { AheadEvent, AheadSource } from './event';

export const BUSINESS_DAYS_SOURCE: AheadSource = { name: 'Federal Reserve Board, holidays observed by the Federal Reserve System', url: 'https://www.federalreserve.gov/aboutthefed/k8.htm' };

export function lastBusinessDay(year: number, month: number): IsoDate {
  const first = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return previousBusinessDay(first);
}

export function periodEndEvents(year: number): AheadEvent[] {
  const out: AheadEvent[] = [];
  for (let month = 1; month <= 12; month++) {
    const date = lastBusinessDay(year, month);
    const quarter = month % 3 === 0;
    out.push({
      date,
      kind: quarter ? 'quarter_end' : 'month_end',
      label: say(quarter ? 'ahead_quarter_end_label' : 'ahead_month_end_label'),
      detail: say(quarter ? 'ahead_quarter_end_detail' : 'ahead_month_end_detail'),
      source: BUSINESS_DAYS_SOURCE,
    });
  }
  return out;
}
