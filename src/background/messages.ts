/**
 * The message API (documented in the README). Only this extension's own pages and content scripts are
 * answered: anything from another extension or a web page, or not of a known shape, gets no answer. A
 * content script runs in a page that may be hostile, so it may only read: refreshing and clearing the cache
 * are for the extension's own pages.
 *
 *   {type: 'indicators/get', lang?, asOf?} → IndicatorsAnswer (asOf 'YYYY-MM-DD': as published by the end of that New York day)
 *   {type: 'series/get', id, lang?}      → SeriesAnswer
 *   {type: 'series/get', id: 'sofr', bands?, lang?} → SOFR itself; with bands, its percentiles, IORB and the ON RRP rate aligned
 *   {type: 'indicators/refresh', lang?}  → refreshes now, then IndicatorsAnswer
 *   {type: 'cache/clear'}                → drops the cache, restarts from the bundled snapshot, then refreshes
 *   {type: 'page/open', facts}           → for a content script, in one answer: page/config, the article's date, today's
 *                                          numbers and those as of that date (PageOpenAnswer; from the page answer):
 *                                          as of its instant (date.at) when the page gave its time and zone
 *   {type: 'page/posts', posts, chinese, pageDate, held, feed} → for a content script on a feed: each post's own date and
 *                                          the numbers as of each new date (PostsAnswer; at most 300 posts, 8 dates a page)
 *   {type: 'page/config'}                → for a content script: badges on for its site?, density, language, words
 *   {type: 'article/date', facts}        → the article's date read from what its page says (ArticleDate; `at`, the instant, when it gives its time and zone)
 *   {type: 'claims/check', articleDate, articleAt?, passages, lang?, headline?} → the article's own figures, checked (ClaimsAnswer);
 *                                          articleAt: the ArticleDate's `at` (ISO 8601), checked by the data published by then
 *   {type: 'markets/get', id: 'btc' | 'spx', lang?} → MarketAnswer: Bitcoin or S&P 500 prices, asked of FRED only now (own pages only)
 *   {type: 'calendar/get', from?, days?, lang?} → CalendarAnswer: the liquidity calendar, days 1…60 (default 14) from `from` (default today, New York)
 *   {type: 'selection/check', tabId}     → 'page' | 'window': the selection in that tab checked in place, else in the results window (own pages only)
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { buildIndicatorsAnswer, buildSeriesAnswer, type IndicatorsAnswer } from '../core/answer';
import { buildClaimsAnswer, parsePassages } from '../core/article/claims-answer';
import { buildSofrSeriesAnswer } from '../core/distribution';
import type { Passage } from '../core/article/claims';
import { parseDateFacts, readArticleDate, type DateFacts } from '../core/article/date';
import { nyTime } from '../core/calendar';
import { pageConfig } from '../core/page-config';
import { resolveLang } from '../core/settings';
import { msg } from '../core/messages';
import { notSavedNotice, readNotSaved, type NotSavedRecord } from '../core/not-saved';
import { CACHE_VERSION } from '../core/cache';
import { daysBetween, isIsoDate } from '../core/dates';
import { articleCutoff } from '../core/published';
import { isIndicatorId, LANGS, type IndicatorId, type IsoDate, type Lang } from '../core/types';
import { NOT_SAVED_KEY, requestRefresh } from './refresher';
import { FRED_API_ORIGIN, hostsWithoutAccess } from './access';
import { clearDoc, loadDoc, loadFredKey, loadSettings, savePreparedAnswer, storedCacheIsNewer } from './store';
import { isMarketId, type MarketId } from '../core/markets';
import { MARKETS_KEY, marketAnswer } from './markets';
import { openPage } from './page-answer';
import { datePosts } from './posts';
import { parsePostsRequest, type PostsRequest } from '../core/article/feed';
import { parseCalendarWindow } from '../core/ahead/request';
import { calendarGet } from './calendar';
import { checkSelection } from './selection';

export type Request =
  | { type: 'indicators/get'; lang?: Lang; asOf?: IsoDate }
  | { type: 'series/get'; id: IndicatorId; lang?: Lang }
  | { type: 'series/get'; id: 'sofr'; bands: boolean; lang?: Lang }
  | { type: 'indicators/refresh'; lang?: Lang }
  | { type: 'cache/clear' }
  | { type: 'page/config' }
  | { type: 'page/open'; facts: DateFacts }
  | ({ type: 'page/posts' } & PostsRequest)
  | { type: 'article/date'; facts: DateFacts }
  | { type: 'claims/check'; articleDate: IsoDate | null; articleAt?: string; passages: Passage[]; lang?: Lang; headline?: Passage }
  | { type: 'markets/get'; id: MarketId; lang?: Lang }
  | { type: 'calendar/get'; from?: IsoDate; days: number; lang?: Lang }
  | { type: 'selection/check'; tabId: number };

export function parseRequest(x: unknown): Request | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (m.lang !== undefined && !LANGS.includes(m.lang as Lang)) return null;
  const lang = m.lang as Lang | undefined;
  switch (m.type) {
    case 'indicators/get':
      if (m.asOf !== undefined && !isIsoDate(m.asOf)) return null;
      return { type: m.type, ...(lang ? { lang } : {}), ...(m.asOf ? { asOf: m.asOf } : {}) };
    case 'indicators/refresh':
      return { type: m.type, ...(lang ? { lang } : {}) };
    case 'cache/clear':
    case 'page/config':
      return { type: m.type };
    case 'series/get':
      if (m.id === 'sofr') return m.bands === undefined || typeof m.bands === 'boolean' ? { type: 'series/get', id: 'sofr', bands: m.bands === true, ...(lang ? { lang } : {}) } : null;
      return isIndicatorId(m.id) ? { type: 'series/get', id: m.id, ...(lang ? { lang } : {}) } : null;
    case 'article/date':
    case 'page/open': {
      const facts = parseDateFacts(m.facts);
      return facts ? { type: m.type, facts } : null;
    }
    case 'page/posts': {
      const posts = parsePostsRequest(m);
      return posts ? { type: 'page/posts', ...posts } : null;
    }
    case 'claims/check': {
      const passages = parsePassages(m.passages);
      const parsed = m.headline === undefined ? undefined : parsePassages([m.headline]);
      const headline = parsed === undefined ? undefined : (parsed?.[0] ?? null);
      if (!passages || (m.articleDate !== null && !isIsoDate(m.articleDate)) || headline === null) return null;
      if (m.articleAt !== undefined && !(isInstant(m.articleAt) && (m.articleDate === null || isInstantOf(m.articleAt, m.articleDate)))) return null;
      return { type: 'claims/check', articleDate: m.articleDate, ...(m.articleAt ? { articleAt: m.articleAt } : {}), passages, ...(lang ? { lang } : {}), ...(headline ? { headline } : {}) };
    }
    case 'markets/get':
      return isMarketId(m.id) ? { type: 'markets/get', id: m.id, ...(lang ? { lang } : {}) } : null;
    case 'calendar/get': {
      const window = parseCalendarWindow(m.from, m.days);
      return window ? { type: 'calendar/get', ...window, ...(lang ? { lang } : {}) } : null;
    }
    case 'selection/check':
      return Number.isSafeInteger(m.tabId) && (m.tabId as number) >= 0 ? { type: 'selection/check', tabId: m.tabId as number } : null;
    default:
      return null;
  }
}

/** An instant as ArticleDate.at writes it (ISO 8601 in UTC, to the millisecond). */
const isInstant = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(x) && Number.isFinite(Date.parse(x));

/**
 * Whether the instant `at` can be the publication of an article dated `date` (a site-local date: UTC's day, or
 * a day either side of it). Bounds what an untrusted page can ask for: no instant years from its date, none
 * before 1990 (the earliest date read; before the year 1000, New York's calendar cannot even be written).
 */
const isInstantOf = (at: string, date: IsoDate): boolean => at >= '1990' && Math.abs(daysBetween(date, at.slice(0, 10))) <= 1;

export function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The extension's own pages (popup, options), as opposed to a content script in a web page. */
export function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return fromThisExtension(sender) && !!sender.url && sender.url.startsWith(browser.runtime.getURL(''));
}

/** What a content script may ask: reading only. */
const READ_ONLY = new Set<Request['type']>(['indicators/get', 'series/get', 'page/config', 'page/open', 'page/posts', 'article/date', 'claims/check', 'calendar/get']);

export function allowed(req: Request, sender: Runtime.MessageSender): boolean {
  return READ_ONLY.has(req.type) || fromOwnPage(sender);
}

/** The reader's language: the options' choice, else the browser's. */
export async function readerLang(): Promise<Lang> {
  return resolveLang((await loadSettings()).language, browser.i18n.getUILanguage());
}

export async function currentAnswer(lang?: Lang, asOf?: IsoDate): Promise<IndicatorsAnswer> {
  const [settings, doc, key, notSavedRecord] = await Promise.all([loadSettings(), loadDoc(), loadFredKey(), loadNotSaved()]);
  const l = lang ?? resolveLang(settings.language, browser.i18n.getUILanguage());
  const notSaved = notSavedRecord && notSavedNotice(notSavedRecord, l);
  const useKey = key && (await browser.permissions.contains({ origins: [FRED_API_ORIGIN] }).catch(() => false)) ? key : undefined;
  const a = { ...buildIndicatorsAnswer(doc, Date.now(), l, settings.thresholds, asOf ?? null), access: { missing: await hostsWithoutAccess(useKey) }, notSaved };
  const newer = storedCacheIsNewer();
  // Each source says why it shows the bundled data: the stored ones are a newer version's, kept, unread.
  if (newer !== null) a.sources = a.sources.map((s) => ({ ...s, status: 'stale' as const, reason: msg(l, 'status_newer_cache', newer, CACHE_VERSION) }));
  return a;
}

/** Why the last refresh's data were not saved (refresher.ts), if they were not. */
async function loadNotSaved(): Promise<NotSavedRecord | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(NOT_SAVED_KEY).catch(() => ({}));
  return readNotSaved(stored[NOT_SAVED_KEY]);
}

/**
 * Today's answer, kept for the popup's first paint (store.ts). Written when the data or the settings change and
 * when the extension's own pages ask — never for a news page's content script, which would write it on every load.
 */
export function prepare(a: IndicatorsAnswer): void {
  if (a.asOf === null) void savePreparedAnswer(a).catch(() => undefined);
}

const pageUrl = (sender?: Runtime.MessageSender): string => sender?.url ?? sender?.tab?.url ?? '';

export async function answer(req: Request, sender?: Runtime.MessageSender): Promise<unknown> {
  switch (req.type) {
    case 'series/get':
      if (req.id === 'sofr') return buildSofrSeriesAnswer(await loadDoc(), req.lang ?? (await readerLang()), 'bands' in req && req.bands);
      return buildSeriesAnswer(await loadDoc(), req.id, req.lang ?? (await readerLang()));
    case 'indicators/get': {
      const a = await currentAnswer(req.lang, req.asOf);
      if (sender && fromOwnPage(sender)) prepare(a);
      return a;
    }
    case 'indicators/refresh':
      await requestRefresh('manual');
      return currentAnswer(req.lang);
    case 'page/open':
      return openPage(req.facts, pageUrl(sender));
    case 'page/posts':
      return datePosts(req, pageUrl(sender));
    case 'page/config':
      return pageConfig(await loadSettings(), pageUrl(sender), browser.i18n.getUILanguage());
    case 'article/date':
      return readArticleDate(req.facts, nyTime(Date.now()).date);
    case 'claims/check':
      return buildClaimsAnswer(await loadDoc(), req.passages, req.articleDate, nyTime(Date.now()).date, req.lang ?? (await readerLang()), req.headline, req.articleDate && req.articleAt ? articleCutoff(req.articleDate, req.articleAt) : undefined);
    case 'markets/get':
      return marketAnswer(req.id, req.lang ?? (await readerLang()));
    case 'calendar/get':
      return calendarGet(req, req.lang ?? (await readerLang()));
    case 'selection/check':
      return checkSelection(await browser.tabs.get(req.tabId).catch(() => ({ id: req.tabId, url: undefined })));
    case 'cache/clear':
      await clearDoc();
      await browser.storage.local.remove(MARKETS_KEY); // the prices fetched for Compare go with the cache
      requestRefresh('manual').catch(() => undefined);
      return currentAnswer();
  }
}
