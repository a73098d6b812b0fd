/**
 * The days ahead marked on a chart: the heavy days of a `calendar/get` answer (ahead/heavy.ts, month-ends
 * counted), each with the events that make it heavy and their sources, so a marker can say date, what, how
 * much and from whom. Pure: the chart draws them, and the x range reaches the last one (`marksReach`).
 */
import type { IsoDate } from '../types';
import type { CalendarAnswer, CalendarEventText } from './answer';
import type { AheadSource } from './event';
import { heavyReasons, type HeavyReason } from './heavy';
import type { DayWeight } from './weight';

/** How far ahead a chart looks: a month, so the next tax date and the next month-end are always in it. */
export const CHART_AHEAD_DAYS = 30;

export interface ChartMark {
  date: IsoDate;
  weight: DayWeight;
  reasons: HeavyReason[];
  /** The day's settlements, tax dates and period-ends, in the answer's order and language. */
  events: CalendarEventText[];
  /** Each source once. */
  sources: AheadSource[];
}

const WEIGHED = new Set(['settlement', 'tax', 'quarter_end', 'month_end']);

export function chartMarks(answer: Pick<CalendarAnswer, 'events' | 'weights'>, thresholdBn: number): ChartMark[] {
  return answer.weights.flatMap((weight) => {
    const reasons = heavyReasons(weight, { thresholdBn, ends: 'month' });
    if (!reasons.length) return [];
    const events = answer.events.filter((e) => e.date === weight.date && WEIGHED.has(e.kind));
    const sources = [...new Map(events.map((e) => [e.source.url, e.source])).values()];
    return [{ date: weight.date, weight, reasons, events, sources }];
  });
}

/** The date the chart's x range must reach to show every mark after `last` (its newest point), or `last`. */
export function marksReach(marks: readonly ChartMark[], last: IsoDate): IsoDate {
  return marks.reduce((far, m) => (m.date > far ? m.date : far), last);
}
