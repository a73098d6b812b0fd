/**
 * When each observation became public, and the cache as it stood at the end of a New York day. An
 * observation is not known before its release: an H.4.1 Wednesday on the next release day (Thursday, or
 * the next business day when Thursday is a holiday), SOFR, EFFR and the Daily Treasury Statement on the
 * next business day, repo and reverse repo results and IORB on their own date, GDP on its release date.
 */
import { memoPerDoc, type CacheDoc, type ProviderState } from './cache';
import { isBusinessDay, nextBusinessDay, type ReleaseRuleId } from './calendar';
import { addDays, weekday } from './dates';
import { gdpReleaseDate } from './gdp';
import { PROVIDERS, type ProviderId, type SeriesKey } from './providers';
import type { IsoDate, Point } from './types';

/** The New York date on which the observation dated `date` was published under `rule`. */
export function publishedOn(rule: ReleaseRuleId, date: IsoDate): IsoDate {
  switch (rule) {
    case 'sofr':
    case 'effr':
    case 'dts':
      return nextBusinessDay(date);
    case 'rp':
    case 'iorb':
      return date;
    case 'h41': {
      // The Thursday after the week's Wednesday, moved to the next business day when it is a holiday.
      let d = addDays(date, ((4 - weekday(date) + 7) % 7) || 7);
      while (!isBusinessDay(d)) d = addDays(d, 1);
      return d;
    }
    case 'gdp':
      return gdpReleaseDate(date);
  }
}

/** How many leading points were published by `date` (publication dates rise with observation dates). */
function countPublished(points: readonly Point[], rule: ReleaseRuleId, date: IsoDate): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (publishedOn(rule, points[mid]![0]) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A provider's points as published by the end of `date` (New York). */
export function pointsPublishedBy(id: ProviderId, points: readonly Point[], date: IsoDate): Point[] {
  return points.slice(0, countPublished(points, PROVIDERS[id].release, date));
}

/**
 * The cache document as a reader could have known it at the end of `date`: every observation published
 * later is left out. Values are the cache's (FRED's current vintage), not a vintage database.
 */
export const publishedBy = memoPerDoc((doc: CacheDoc, date: IsoDate): CacheDoc => {
  const providers: Partial<Record<ProviderId, ProviderState>> = {};
  for (const [id, st] of Object.entries(doc.providers) as Array<[ProviderId, ProviderState]>) {
    const points: Partial<Record<SeriesKey, Point[]>> = {};
    for (const [key, pts] of Object.entries(st.points) as Array<[SeriesKey, Point[]]>) points[key] = pointsPublishedBy(id, pts, date);
    providers[id] = { ...st, points };
  }
  return { ...doc, providers };
}, 8);
