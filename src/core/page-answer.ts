/**
 * The page answer: what a content script shows (today's numbers and the gauge, and the numbers as of the dates
 * articles were dated), kept compact in storage so that a stopped worker answers `page/open` without reading and
 * computing the whole cache document (about half a megabyte and a third of a second on a fast machine).
 *
 * It is exact, not approximate: an answer depends on the cache document, the reader's language and thresholds,
 * and on the clock (ages count days in New York; a source turns overdue a day after a release it should have
 * brought). Each stored answer therefore names what it was computed from and the moment it stops being true
 * (`validUntil`), and a reader of it checks all three.
 */
import type { IndicatorAnswer, IndicatorsAnswer } from './answer';
import type { ArticleDate } from './article/date';
import type { PageConfig } from './page-config';
import { nextRelease, nyTime, nyWallTimeToUtc, RELEASES } from './calendar';
import { addDays } from './dates';
import { isCutoff, type Cutoff } from './published';
import { LANGS, type IsoDate, type Lang } from './types';

export const PAGE_ANSWER_VERSION = 1;

/** An indicator as a page shows it: without what only the popup draws (sparkline points, sources, details, method). */
export type PageIndicator = Omit<IndicatorAnswer, 'spark' | 'sources' | 'details' | 'method'>;

/** The numbers for a page: an indicators answer without the popup's parts (the sources' status, access). */
export interface PageNumbers extends Omit<IndicatorsAnswer, 'indicators' | 'sources' | 'access'> {
  indicators: PageIndicator[];
}

/** `page/open`'s answer. */
export interface PageOpenAnswer {
  config: PageConfig;
  /** Absent when badges are off for the page: nothing else is computed. */
  date?: ArticleDate;
  now?: PageNumbers;
  /**
   * As of the article's date, when then → now is on and the page is dated before now: by the instant it was
   * published when the page gave its time (date.at), else by the end of its date (New York).
   */
  then?: PageNumbers | null;
}

/** One stored answer and what it holds for. */
export interface StoredNumbers {
  v: typeof PAGE_ANSWER_VERSION;
  /** The page answer it belongs to: a new cache document or settings give a new id, and older answers lapse. */
  id: string;
  lang: Lang;
  /** The reader's gauge thresholds it was computed with (thresholdsKey). */
  thresholds: string;
  /** Epoch ms from which the clock makes it untrue. */
  validUntil: number;
  numbers: PageNumbers;
}

export function forPage(a: IndicatorsAnswer): PageNumbers {
  const { sources: _sources, access: _access, indicators, ...rest } = a;
  return { ...rest, indicators: indicators.map(({ spark: _s, sources: _src, details: _d, method: _m, ...i }) => i) };
}

/** The thresholds as one comparable string, whatever order the settings hold them in. */
export function thresholdsKey(thresholds: Partial<Record<string, number>>): string {
  return JSON.stringify(Object.entries(thresholds).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The first moment after `now` at which an answer computed at `now` could read differently on the same data: the
 * next New York midnight (ages, today's date, the IORB carried to the next FOMC decision) or a day after the next
 * release of any source (when its newest observation would turn overdue).
 */
export function answerValidUntil(now: number): number {
  const tomorrow = addDays(nyTime(now).date, 1);
  let t = nyWallTimeToUtc(tomorrow, 0, 0);
  for (const rule of Object.values(RELEASES)) t = Math.min(t, nextRelease(rule, now - 86_400_000) + 86_400_000);
  return t;
}

export function storedNumbers(id: string, lang: Lang, thresholds: Partial<Record<string, number>>, now: number, a: IndicatorsAnswer): StoredNumbers {
  return { v: PAGE_ANSWER_VERSION, id, lang, thresholds: thresholdsKey(thresholds), validUntil: answerValidUntil(now), numbers: forPage(a) };
}

export interface Wanted {
  lang: Lang;
  thresholds: Partial<Record<string, number>>;
  now: number;
  /** The page answer the entry must belong to (for answers as of a past date); any, for today's. */
  id?: string;
}

/**
 * A stored answer, if it still holds for `want`; null for anything else (absent, another version, another
 * language or thresholds, lapsed, or malformed), so the caller computes afresh.
 */
export function readStoredNumbers(x: unknown, want: Wanted): StoredNumbers | null {
  if (typeof x !== 'object' || x === null) return null;
  const s = x as Partial<StoredNumbers>;
  if (s.v !== PAGE_ANSWER_VERSION || typeof s.id !== 'string' || !LANGS.includes(s.lang as Lang) || typeof s.thresholds !== 'string') return null;
  if (typeof s.validUntil !== 'number' || typeof s.numbers !== 'object' || s.numbers === null || !Array.isArray(s.numbers.indicators)) return null;
  if (s.lang !== want.lang || s.thresholds !== thresholdsKey(want.thresholds) || want.now >= s.validUntil) return null;
  if (want.id !== undefined && s.id !== want.id) return null;
  // Written before answers could stop at a time of day: each is as of its day's end.
  if (s.numbers.asOfTime === undefined) return { ...(s as StoredNumbers), numbers: { ...s.numbers, asOfTime: null } };
  return s as StoredNumbers;
}

/** How many past dates' answers are kept: the articles a reader opens in a sitting are dated a few days apart. */
export const MAX_DATES = 8;

/**
 * The answers as of past moments, by cut-off (published.ts: a New York date for its end, as every version wrote;
 * 'YYYY-MM-DDTHH:MM' for a release time on it, when an article gave its time), newest asked last.
 */
export type DatedNumbers = Record<Cutoff, StoredNumbers>;

/** `dated` with `entry` for `cut` added (most recently asked last), the oldest asked dropped past MAX_DATES. */
export function withDated(dated: unknown, cut: Cutoff, entry: StoredNumbers): DatedNumbers {
  const kept = Object.entries(typeof dated === 'object' && dated !== null ? (dated as DatedNumbers) : {}).filter(
    ([d, e]) => d !== cut && isCutoff(d) && (e as StoredNumbers | undefined)?.id === entry.id,
  );
  return Object.fromEntries([...kept.slice(-(MAX_DATES - 1)), [cut, entry]]);
}
