/**
 * When each observation became public, and the cache as it stood at a moment in New York: the end of a day, or
 * a time of day (an article that states its time). An observation is not known before its release: an H.4.1
 * Wednesday on the next release day (Thursday, or the next business day when Thursday is a holiday) at 16:30,
 * SOFR, EFFR and the Daily Treasury Statement on the next business day (08:00, 09:00, 16:00), repo and reverse
 * repo results on their own date after the operations, IORB on its own date, GDP on its release date.
 */
import { memoPerDoc, type CacheDoc, type ProviderState } from './cache';
import { isBusinessDay, isReleaseDay, nextBusinessDay, nyTime, RELEASES, type ReleaseRuleId } from './calendar';
import { addDays, isIsoDate, weekday } from './dates';
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

/**
 * A moment data are asked as of, in New York: a date alone is the end of that day; 'YYYY-MM-DDTHH:MM' is that
 * wall-clock time on it. Written in New York's own clock so that moments compare as strings.
 */
export type Cutoff = IsoDate | `${IsoDate}T${string}`;

const hhmm = ([h, m]: readonly [number, number]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/**
 * The New York time of day from which an observation is public on its release day. SOFR, EFFR, the DTS and the
 * H.4.1 at the times the calendar records for them (the publishers say "about"; nothing finer is known).
 * Repo and reverse repo at the last operation's time: the ON RRP result is out after 13:15 but the day's
 * Standing Repo take-up only after 13:50, and both share one rule, so the later time keeps either from showing
 * before it is known. IORB from the start of its day: the rate in force on a date is announced before it
 * (after the FOMC meeting). GDP at BEA's 08:30 (the calendar's 09:30 is when the extension looks, not the
 * release), on a release date that gdp.ts estimates for most quarters: the hour is BEA's, the day may not be.
 */
export const RELEASED_AT: Record<ReleaseRuleId, string> = {
  sofr: hhmm(RELEASES.sofr.times.at(-1)!),
  effr: hhmm(RELEASES.effr.times.at(-1)!),
  dts: hhmm(RELEASES.dts.times.at(-1)!),
  h41: hhmm(RELEASES.h41.times.at(-1)!),
  rp: hhmm(RELEASES.rp.times.at(-1)!),
  iorb: '00:00',
  gdp: '08:30',
};

/** The moment the observation dated `date` became public under `rule`, as a Cutoff (New York time). */
export function releasedAt(rule: ReleaseRuleId, date: IsoDate): Cutoff {
  return `${publishedOn(rule, date)}T${RELEASED_AT[rule]}`;
}

/** A cut-off in the one form that compares with releasedAt: a date alone is its day's end. */
const comparable = (cut: Cutoff): string => (cut.length === 10 ? `${cut}T24:00` : cut);

/** The New York date of a cut-off: the day whose numbers it gives, from which ages count. */
export const cutoffDay = (cut: Cutoff): IsoDate => cut.slice(0, 10);

/** Whether the moment `a` comes before `b` (a date alone being its day's end), so that `a` may hold less. */
export const cutoffBefore = (a: Cutoff, b: Cutoff): boolean => comparable(a) < comparable(b);

/**
 * The cut-off that gives the data published by the instant `ms`: its New York date and the latest release time
 * at or before it that day, or the date alone when no release comes later that day. Every instant between two
 * releases gives the same cut-off, so answers keyed by it are shared. The H.4.1's time counts only on its release
 * days and SOFR's, EFFR's and the DTS's only on business days (publishedOn puts them nowhere else); the others'
 * on every day, since their dates come from the data or an estimate, and a cut-off must never merge two moments
 * a release falls between.
 */
export function cutoffAt(ms: number): Cutoff {
  const { date, hour, minute } = nyTime(ms);
  const now = hhmm([hour, minute]);
  const times = (Object.keys(RELEASED_AT) as ReleaseRuleId[])
    .filter((rule) => (rule === 'h41' || rule === 'sofr' || rule === 'effr' || rule === 'dts' ? isReleaseDay(RELEASES[rule], date) : true))
    .map((rule) => RELEASED_AT[rule])
    .sort();
  const passed = times.filter((t) => t <= now);
  return passed.length === times.length ? date : `${date}T${passed.at(-1)!}`;
}

/** A cut-off's form, for what comes from storage or a message. */
export const isCutoff = (x: unknown): x is Cutoff =>
  typeof x === 'string' && isIsoDate(x.slice(0, 10)) && (x.length === 10 || /^T(?:[01]\d|2[0-3]):[0-5]\d$/.test(x.slice(10)));

/**
 * The cut-off for an article: by the instant it was published when its page gave one (`at`, ISO 8601), else by
 * the end of its date in New York, as before the instant was read (a site-local date, so a Chinese page's day is
 * taken as New York's: a few hours late, never earlier than the page's day).
 */
export function articleCutoff(date: IsoDate, at?: string | null): Cutoff {
  const ms = at ? Date.parse(at) : NaN;
  return Number.isFinite(ms) ? cutoffAt(ms) : date;
}

/** How many leading points were published by `cut` (publication moments rise with observation dates). */
function countPublished(points: readonly Point[], rule: ReleaseRuleId, cut: Cutoff): number {
  const by = comparable(cut);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (releasedAt(rule, points[mid]![0]) <= by) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A provider's points as published by `cut` (a date alone: by its end, New York). */
export function pointsPublishedBy(id: ProviderId, points: readonly Point[], cut: Cutoff): Point[] {
  return points.slice(0, countPublished(points, PROVIDERS[id].release, cut));
}

/**
 * The cache document as a reader could have known it at `cut` (the end of a date, or a time on it): every
 * observation published later is left out. Values are the cache's (FRED's current vintage), not a vintage database.
 */
export const publishedBy = memoPerDoc((doc: CacheDoc, cut: Cutoff): CacheDoc => {
  const providers: Partial<Record<ProviderId, ProviderState>> = {};
  for (const [id, st] of Object.entries(doc.providers) as Array<[ProviderId, ProviderState]>) {
    const points: Partial<Record<SeriesKey, Point[]>> = {};
    for (const [key, pts] of Object.entries(st.points) as Array<[SeriesKey, Point[]]>) points[key] = pointsPublishedBy(id, pts, cut);
    providers[id] = { ...st, points };
  }
  return { ...doc, providers };
}, 8);
