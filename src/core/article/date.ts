/**
 * The article's publication date, read from what the page says about itself, in order of trust:
 * JSON-LD, <meta>, itemprop/<time> in the header or byline, the URL, then a date written by the headline.
 * A modified or updated date is never used; a time without a zone is the site's local date (UTC+8 for
 * Chinese-language pages, New York otherwise); a time with its zone is also kept as the article's instant, which
 * "then" and the claim check cut the data at (published.ts); sources that disagree by more than two days, or a date
 * in the future or before 1990, leave the date unknown, with the reason. No date is better than a wrong one.
 */
import { nyTime } from '../calendar';
import { daysBetween, isIsoDate } from '../dates';
import type { IsoDate } from '../types';

export type DateSource = 'jsonld' | 'meta' | 'time' | 'url' | 'text';
export const DATE_SOURCES: readonly DateSource[] = ['jsonld', 'meta', 'time', 'url', 'text'];

/** What the page says, gathered by the content script (the DOM stays out of the core). */
export interface DateFacts {
  url: string;
  /** The text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** [name, property or itemprop (lower case), content or value] of each <meta>. */
  metas: Array<[string, string]>;
  /** datetime/content of itemprop="datePublished" elements, then of <time datetime> in the header or byline. */
  times: string[];
  /** Short texts next to the headline and in bylines. */
  texts: string[];
  /** A Chinese-language page: zone-less times are UTC+8. */
  chinese: boolean;
}

export type UnknownWhy = 'none' | 'disagree' | 'future' | 'old';

export interface ArticleDate {
  date: IsoDate | null;
  source: DateSource | null;
  /** Why the date is unknown (null when known), as a code for the reader's language … */
  why: UnknownWhy | null;
  /** … and in English words. */
  reason: string | null;
  /**
   * The moment of publication (ISO 8601, UTC), when the source that gave `date` wrote a time with its zone;
   * absent when it gave a date alone (or midnight, which is how many sites write a date alone).
   */
  at?: string;
  /** Each source's date, as found. */
  found: Array<{ source: DateSource; date: IsoDate }>;
}

const strings = (x: unknown, max: number, len: number): string[] | null =>
  Array.isArray(x) && x.length <= max && x.every((v) => typeof v === 'string') ? (x as string[]).map((v) => v.slice(0, len)) : null;

/** Facts from a message (a content script is on an untrusted page): the right shape and bounded sizes, else null. */
export function parseDateFacts(x: unknown): DateFacts | null {
  if (typeof x !== 'object' || x === null) return null;
  const f = x as Record<string, unknown>;
  const jsonLd = strings(f.jsonLd, 20, 200_000);
  const times = strings(f.times, 50, 200);
  const texts = strings(f.texts, 50, 400);
  const metas = Array.isArray(f.metas) && f.metas.length <= 200 && f.metas.every((m) => Array.isArray(m) && m.length === 2 && m.every((v) => typeof v === 'string'))
    ? (f.metas as Array<[string, string]>).map(([k, v]) => [k.slice(0, 100), v.slice(0, 200)] as [string, string])
    : null;
  if (typeof f.url !== 'string' || !jsonLd || !times || !texts || !metas || typeof f.chinese !== 'boolean') return null;
  return { url: f.url.slice(0, 2000), jsonLd, metas, times, texts, chinese: f.chinese };
}

/** <meta> names that carry the publication date, most trusted first (modified/updated ones are absent on purpose). */
export const PUBLISHED_METAS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'og:release_date', 'article:published', 'datepublished', 'date', 'pubdate', 'publish_date',
  'publishdate', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dc.date',
];

const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A month's name as it is spelled, whole or cut short ("Sept."), and not the start of another word: the match
 * is case-blind, and "Gary MarcusMay 01, 2026" (a byline's name and date run together) is not "Mar… 01, 2026".
 */
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\\.?';
// A zone's offset after GMT or UTC first ("GMT+0800", "GMT+8", JavaScript's Date.toString()): a bare GMT taken
// before it would read the time as UTC's, hours off.
const TIME = '(?:[T ,]+(?:at )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?\\s*((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?(?!\\d)|Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?';
/** 民國 1 年 is 1912. */
const ROC_YEAR_ZERO = 1911;
const FORMS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: new RegExp(`(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}`, 'i'), ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(`(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]${TIME}`, 'i'), ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // Taiwan's Republic of China years (民國 114 年 = 2025): three digits 100–149, never part of a longer number.
  { re: new RegExp(`(?<!\\d)(1[0-4]\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]${TIME}`, 'i'), ymd: (m) => [+m[1]! + ROC_YEAR_ZERO, +m[2]!, +m[3]!] },
  { re: new RegExp(`(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME}`, 'i'), ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // Hong Kong's day/month/year (28/10/2025), only when the day cannot be a month: 05/10/2025 may be the US
  // month first, and US comment stamps ("on 9/19/2010") are no publication date. No date beats a wrong one.
  { re: new RegExp(`(?<![\\d/])(1[3-9]|2\\d|3[01])/(\\d{1,2})/(\\d{4})${TIME}`, 'i'), ymd: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i'), ymd: (m) => [+m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON},?\\s+(\\d{4})${TIME}`, 'i'), ymd: (m) => [+m[3]!, MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, +m[1]!] },
];
/** Groups after the date in every form: hour, minute, second, am/pm, zone. */
const TIME_GROUPS = 5;

const pad = (n: number) => String(n).padStart(2, '0');

/** The site's local date of an instant: UTC+8 for Chinese pages, New York otherwise. */
function localDate(ms: number, chinese: boolean): IsoDate {
  return chinese ? new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10) : nyTime(ms).date;
}

function zoneOffsetMinutes(zone: string): number {
  const z = zone.toUpperCase().replace(/^(?:GMT|UTC)(?=[+-])/, '');
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/** A written value read: its date in the site's local calendar, and its instant when it has one. */
interface ValueRead {
  date: IsoDate;
  /** Epoch ms, when the value wrote a time with its zone (or is an epoch stamp) and the time is not midnight. */
  ms?: number;
}

/**
 * The date a written value stands for, in the site's local calendar; null when it holds none. A value
 * with a time and a zone is an instant; without a zone the written day is kept as it is.
 */
export function dateOfValue(value: string, chinese: boolean): IsoDate | null {
  return readValue(value, chinese)?.date ?? null;
}

function readValue(value: string, chinese: boolean): ValueRead | null {
  const v = value.trim();
  if (/^\d{10}(?:\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    return { date: localDate(ms, chinese), ms };
  }
  for (const { re, ymd } of FORMS) {
    const m = re.exec(v);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (!isIsoDate(date)) return null;
    const g = m.slice(m.length - TIME_GROUPS);
    const [h, min, sec, ampm, zone] = g;
    if (h === undefined || zone === undefined) return { date };
    let hour = Number(h) % 24;
    if (ampm && /^p/i.test(ampm) && hour < 12) hour += 12;
    if (ampm && /^a/i.test(ampm) && hour === 12) hour = 0;
    const ms = Date.UTC(y, mo - 1, d, hour, Number(min)) - zoneOffsetMinutes(zone) * 60_000;
    // Midnight to the second in its own zone is how a CMS writes a date without its time: the date, no instant.
    const midnight = hour === 0 && Number(min) === 0 && Number(sec ?? 0) === 0;
    return midnight ? { date: localDate(ms, chinese) } : { date: localDate(ms, chinese), ms };
  }
  return null;
}

/** Article-typed objects of a JSON-LD document, through arrays and @graph. */
function articleNodes(x: unknown, out: Array<Record<string, unknown>>, depth = 0): void {
  if (depth > 6 || typeof x !== 'object' || x === null) return;
  if (Array.isArray(x)) {
    for (const item of x) articleNodes(item, out, depth + 1);
    return;
  }
  const o = x as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) out.push(o);
  if (o['@graph']) articleNodes(o['@graph'], out, depth + 1);
}

const stripUrl = (u: unknown) => (typeof u === 'string' ? u.replace(/[?#].*$/, '').replace(/\/$/, '').replace(/^https?:\/\//, '') : '');

/** The page's article in its JSON-LD, with a date: the one whose URL is the page's, else the first. */
function jsonLdArticle(texts: readonly string[], pageUrl: string): Record<string, unknown> | undefined {
  const nodes: Array<Record<string, unknown>> = [];
  // A raw line break inside a string (a common slip: Business Today's article body) is read as the space it
  // stands for; JSON-LD broken otherwise is the page's own business.
  for (const t of texts) for (const text of [t, t.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      articleNodes(JSON.parse(text), nodes);
      break;
    } catch {
      // Try the repair, then give up.
    }
  }
  const page = stripUrl(pageUrl);
  const ids = (n: Record<string, unknown>) => [n.url, n['@id'], (n.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'] ?? n.mainEntityOfPage].map(stripUrl);
  const dated = nodes.filter((n) => typeof (n.datePublished ?? n.dateCreated) === 'string');
  return dated.find((n) => ids(n).includes(page)) ?? dated[0];
}

/** A date in the URL's path: /2025/10/20/, /20251020/, 2025-10-20, /2025/1020/, /2025-10/20/. */
export function urlDate(url: string): IsoDate | null {
  // A web archive's capture (/web/20110106023242/…) puts its own time before the page's address: only the page's dates it.
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/^\/web\/\d{14}[a-z_]*\/(?:[a-z]+:\/+)?[^/]*/i, '').replace(/[?#].*$/, '');
  const m =
    /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}|\d{6})?(?=[/_.-]|$)/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})\/(\d{2})(\d{2})(?:\/|$)/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})-(\d{2})\/(\d{2})(?:\/|$)/.exec(path);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(d) ? d : null;
}

const UPDATE_WORDS = '(?:updated?|modified|revised|更新|修改|修订|修訂)';
/** Says the page was updated. */
const UPDATE_WORD = new RegExp(`(?<![a-z])${UPDATE_WORDS}(?![a-z])`, 'i');
/** Ends with an update's words: the date that follows is the update's. */
const UPDATE_BEFORE = new RegExp(`${UPDATE_WORDS}[:：\\s]*(?:on|at|於|于)?\\s*$`, 'i');

/** A written date by the headline or byline, skipping "Updated …" dates. */
export function textDate(text: string, chinese: boolean): IsoDate | null {
  // A byline's parts run together in its text ("Gary MarcusMay 01, 2026"): a capital after a small letter starts a word.
  const t = text.replace(/\s+/g, ' ').slice(0, 400).replace(/([a-z])(?=[A-Z])/g, '$1 ');
  for (const { re } of FORMS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(t); m; m = g.exec(t)) {
      if (UPDATE_BEFORE.test(t.slice(Math.max(0, m.index - 16), m.index))) continue;
      const d = dateOfValue(m[0], chinese);
      if (d) return d;
    }
  }
  return null;
}

type Found = { source: DateSource; date: IsoDate; ms?: number };

/** Each source's publication date (the first it offers), in order of trust. */
export function datesBySource(f: DateFacts): Array<{ source: DateSource; date: IsoDate }> {
  return foundBySource(f).map(({ source, date }) => ({ source, date }));
}

/** datesBySource, with the instant each source wrote, when it wrote one. */
function foundBySource(f: DateFacts): Found[] {
  const first = <T>(values: Array<string | null | undefined>, read: (v: string) => T | null) => {
    for (const v of values) {
      const d = v ? read(v) : null;
      if (d) return d;
    }
    return null;
  };
  const written = first(f.texts, (t) => textDate(t, f.chinese));
  const article = jsonLdArticle(f.jsonLd, f.url);
  // A published stamp that is the modified stamp to the letter is the update's time when one dateline writes
  // an earlier day and then says it was updated, a day or two before the stamp (Reuters writes its update time
  // in og:article:published_time, sailthru.date and JSON-LD alike; its dateline says "January 19 / Updated").
  // A CMS writes modified = published at first publication: a date elsewhere (a dek's "Dec. 10, 2025 rate cut")
  // beside an "Updated 5 hours ago" is no dateline.
  const modified = new Set([...f.metas.filter(([k]) => /modif|updat/.test(k)).map(([, v]) => v), String(article?.dateModified ?? '')].map((v) => v.trim()).filter(Boolean));
  const dateline = first(f.texts, (t) => {
    const at = UPDATE_WORD.exec(t)?.index;
    return at ? textDate(t.slice(0, at), f.chinese) : null;
  });
  const value = (v: string) => {
    const r = readValue(v, f.chinese);
    return r && dateline && dateline < r.date && daysBetween(dateline, r.date) <= MAX_DISAGREEMENT_DAYS && modified.has(v.trim()) ? null : r;
  };
  const metas = PUBLISHED_METAS.flatMap((k) => f.metas.filter(([name]) => name === k).map(([, c]) => c));
  const found: Array<{ source: DateSource } & (ValueRead | { date: null })> = [
    { source: 'jsonld', ...(first([article ? ((article.datePublished ?? article.dateCreated) as string) : null], value) ?? { date: null }) },
    { source: 'meta', ...(first(metas, value) ?? { date: null }) },
    { source: 'time', ...(first(f.times, value) ?? { date: null }) },
    { source: 'url', date: urlDate(f.url) },
    { source: 'text', date: written },
  ];
  return found.filter((x): x is Found => x.date !== null);
}

/** Dates further apart than this, from different sources, leave the date unknown. */
export const MAX_DISAGREEMENT_DAYS = 2;
const EARLIEST = '1990-01-01';

export function readArticleDate(f: DateFacts, today: IsoDate): ArticleDate {
  const withTimes = foundBySource(f);
  const found = withTimes.map(({ source, date }) => ({ source, date }));
  const unknown = (why: UnknownWhy, reason: string): ArticleDate => ({ date: null, source: null, why, reason, found });
  if (!found.length) return unknown('none', 'no publication date on the page');
  const list = found.map((x) => `${x.source} ${x.date}`).join(', ');
  const sorted = found.map((x) => x.date).sort();
  if (daysBetween(sorted[0]!, sorted[sorted.length - 1]!) > MAX_DISAGREEMENT_DAYS) return unknown('disagree', `the page's dates disagree: ${list}`);
  const best = found[0]!;
  if (best.date < EARLIEST) return unknown('old', `the date found (${list}) is before 1990`);
  // Site-local dates may run a day ahead of New York.
  if (daysBetween(today, best.date) > 1) return unknown('future', `the date found (${list}) is in the future`);
  const ms = withTimes[0]!.ms;
  return { date: best.date, source: best.source, why: null, reason: null, ...(ms !== undefined ? { at: new Date(ms).toISOString() } : {}), found };
}
