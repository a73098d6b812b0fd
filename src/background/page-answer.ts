/**
 * `page/open`: one question from a content script, one answer — the page's settings, the article's date, today's
 * numbers and those as of the article's date. A stopped worker (the usual case: Chrome stops an idle one after 30
 * seconds) answers it from the compact page answer (core/page-answer.ts) without reading the cache document;
 * only an answer that lapsed, or a date not asked for since the data last changed, needs the whole cache.
 *
 * Today's answer lives in storage.local (written when the data or the settings change, and when the clock made
 * it lapse); the answers as of past dates in storage.session, which the browser keeps across the worker's stops
 * but not across its restarts, so that what pages ask never lands in the extension's lasting storage.
 */
import browser from 'webextension-polyfill';
import { buildIndicatorsAnswer, type IndicatorsAnswer } from '../core/answer';
import { readArticleDate, type DateFacts } from '../core/article/date';
import { nyTime } from '../core/calendar';
import { pageConfig, type PageConfig } from '../core/page-config';
import { newerVersion } from '../core/newer';
import { PAGE_ANSWER_VERSION, readStoredNumbers, storedNumbers, withDated, type PageNumbers, type PageOpenAnswer, type StoredNumbers } from '../core/page-answer';
import { resolveLang, type Settings } from '../core/settings';
import type { IsoDate } from '../core/types';
import { loadDoc, loadSettings, STORAGE_KEYS } from './store';

const DATED_KEY = 'pageAnswerDated';

const newId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

let writing: Promise<StoredNumbers> | null = null;

/** Today's page answer computed from the cache document and stored; concurrent askers share one computation. */
export function writePageAnswer(settings: Settings, a?: IndicatorsAnswer): Promise<StoredNumbers> {
  const run = async (): Promise<StoredNumbers> => {
    const now = Date.now();
    const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
    const answer = a && a.lang === lang && a.asOf === null ? a : buildIndicatorsAnswer(await loadDoc(), now, lang, settings.thresholds);
    const entry = storedNumbers(newId(), lang, settings.thresholds, now, answer);
    // A newer version's page answer is kept: this one answers from memory, computing each time.
    if (newerVersion(await readStored(), PAGE_ANSWER_VERSION, 'v') === null) await browser.storage.local.set({ [STORAGE_KEYS.PAGE_ANSWER_KEY]: entry });
    return entry;
  };
  const p = (writing ?? Promise.resolve()).catch(() => undefined).then(run);
  writing = p.finally(() => {
    if (writing === p) writing = null;
  }) as Promise<StoredNumbers>;
  return p;
}

export const readStored = async (): Promise<unknown> => (await browser.storage.local.get(STORAGE_KEYS.PAGE_ANSWER_KEY))[STORAGE_KEYS.PAGE_ANSWER_KEY];

export async function today(settings: Settings, lang: PageConfig['lang'], read: Promise<unknown>): Promise<StoredNumbers> {
  // A write under way (the data just changed) is the answer to wait for, not the one it replaces.
  const stored = writing ? await writing.then(readStored, readStored) : await read;
  return readStoredNumbers(stored, { lang, thresholds: settings.thresholds, now: Date.now() }) ?? writePageAnswer(settings);
}

/** The numbers as of a past date: kept in storage.session (the last MAX_DATES asked), else computed and kept. */
export async function asOf(date: IsoDate, current: StoredNumbers, settings: Settings): Promise<PageNumbers> {
  const dated = (await browser.storage.session.get(DATED_KEY).catch((): Record<string, unknown> => ({})))[DATED_KEY] as Record<string, unknown> | undefined;
  const want = { lang: current.lang, thresholds: settings.thresholds, now: Date.now(), id: current.id };
  const kept = readStoredNumbers(dated?.[date], want);
  if (kept) return kept.numbers;
  const entry = { ...storedNumbers(current.id, current.lang, settings.thresholds, want.now, buildIndicatorsAnswer(await loadDoc(), want.now, current.lang, settings.thresholds, date)), validUntil: current.validUntil };
  await browser.storage.session.set({ [DATED_KEY]: withDated(dated, date, entry) }).catch(() => undefined);
  return entry.numbers;
}

export async function openPage(facts: DateFacts, url: string): Promise<PageOpenAnswer> {
  const read = readStored(); // beside the settings: a stopped worker's answer needs no more than these two reads
  const settings = await loadSettings();
  const config = pageConfig(settings, url, browser.i18n.getUILanguage());
  if (!config.enabled) return { config };
  const todayNy = nyTime(Date.now()).date;
  const date = readArticleDate(facts, todayNy);
  const current = await today(settings, config.lang, read);
  const then = config.then && date.date ? (date.date < todayNy ? await asOf(date.date, current, settings) : current.numbers) : null;
  return { config, date, now: current.numbers, then };
}
