/**
 * What a chart shows: the points of a range, the threshold lines and the dated events (kept as data in
 * data/chart-events.json, their words in _locales). Pure, so the point counts are testable in Node.
 */
import EVENTS from './data/chart-events.json';
import { addDays } from './dates';
import { isIndicatorId, type IndicatorId, type IsoDate, type Lang, type Point } from './types';

export type ChartRange = '1y' | '5y' | 'max';
export const CHART_RANGES: readonly ChartRange[] = ['1y', '5y', 'max'];

export interface ChartEvent {
  id: string;
  date: IsoDate;
  label: string;
  /** The publisher's page that records it. */
  source: string;
}

/** The index of the first point within `range` of the newest point (1 year = 365 days back from it, inclusive). */
export function rangeStart(points: readonly Point[], range: ChartRange): number {
  const last = points[points.length - 1];
  if (!last || range === 'max') return 0;
  const from = addDays(last[0], range === '1y' ? -365 : -5 * 365);
  const i = points.findIndex(([d]) => d >= from);
  return i < 0 ? points.length : i;
}

/** Points within `range` of the newest point. */
export function pointsInRange(points: readonly Point[], range: ChartRange): Point[] {
  return points.slice(rangeStart(points, range));
}

/** The events marked on an indicator's chart, in the reader's language. */
/** `say` gives a message in the reader's language (the page's translator: the chart loads no catalogue of its own). */
export function chartEvents(id: IndicatorId, say: (key: string) => string): ChartEvent[] {
  return EVENTS.filter((e) => e.indicators.some((i) => isIndicatorId(i) && i === id)).map((e) => ({ id: e.id, date: e.date, label: say(`event_${e.id}`), source: e.source }));
}

/** Seconds since 1970 at noon UTC: uPlot's time axis, with no day slipping across time zones. */
export function toEpochSeconds(date: IsoDate): number {
  return Date.parse(`${date}T12:00:00Z`) / 1000;
}

/** Month and weekday names for the chart's date axis, in the reader's language (uPlot's own are English). */
export interface AxisDateNames {
  MMMM: string[];
  MMM: string[];
  WWWW: string[];
  WWW: string[];
}

const LOCALE: Record<Lang, string> = { en: 'en-US', zh_TW: 'zh-TW', zh_CN: 'zh-CN' };

export function axisDateNames(lang: Lang): AxisDateNames {
  const names = (opts: Intl.DateTimeFormatOptions, dates: number[]) => {
    const f = new Intl.DateTimeFormat(LOCALE[lang], { ...opts, timeZone: 'UTC' });
    return dates.map((d) => f.format(d));
  };
  const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2023, m, 15));
  // 1 January 2023 was a Sunday, uPlot's weekday 0.
  const days = Array.from({ length: 7 }, (_, d) => Date.UTC(2023, 0, 1 + d));
  return {
    MMMM: names({ month: 'long' }, months),
    MMM: names({ month: 'short' }, months),
    WWWW: names({ weekday: 'long' }, days),
    WWW: names({ weekday: 'short' }, days),
  };
}
