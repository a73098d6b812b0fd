/**
 * `page/open`: one question from a content script, one answer — the page's settings, the article's date, today's
 * numbers and those as of the article's date. A stopped worker (the usual case: Chrome stops an idle one after 30
 * seconds) answers it from the compact page answer (core/page-answer.ts) without reading the cache document;
 * only an answer that lapsed, or a date not asked for since the data last changed, needs the whole cache.
 *
 * Today's answer lives in storage.local (written when the data or the settings change, and when the clock made
 * it lapse); the answers as of past dates in storage.session, which the browser keeps across the worker's stops
 * but not across its restarts, so that what pages ask never lands in the extension's lasting storage.
 *
 * A running worker keeps what it last read or wrote of these three (and the settings) in memory, as storage
 * reported it: storage.onChanged replaces or drops each copy whatever context wrote it, so storage stays the
 * truth and a warm page/open reads nothing (the three reads were 4–25 ms of its answer on a loaded machine).
 */
import browser from 'webextension-polyfill';
import { buildIndicatorsAnswer, type IndicatorsAnswer } from '../core/answer';
import { readArticleDate, type DateFacts } from '../core/article/date';
import { nyTime } from '../core/calendar';
import { pageConfig, type PageConfig } from '../core/page-config';
import { newerVersion } from '../core/newer';
import { PAGE_ANSWER_VERSION, readStoredNumbers, storedNumbers, withDated, type PageNumbers, type PageOpenAnswer, type StoredNumbers } from '../core/page-answer';
import { resolveLang, type Settings } from '../core/settings';
import { articleCutoff, cutoffAt, cutoffBefore, type Cutoff } from '../core/published';
import { Kept, keptSettings } from './kept';
import { loadDoc, readStoredSettings, STORAGE_KEYS } from './store';

const DATED_KEY = 'pageAnswerDated';

const newId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

let writing: Promise<StoredNumbers> | null = null;

const settingsKept = keptSettings(readStoredSettings);
const keptToday = new Kept(async (): Promise<unknown> => (await browser.storage.local.get(STORAGE_KEYS.PAGE_ANSWER_KEY))[STORAGE_KEYS.PAGE_ANSWER_KEY]);
const keptDated = new Kept(async (): Promise<unknown> => (await browser.storage.session.get(DATED_KEY).catch((): Record<string, unknown> => ({})))[DATED_KEY]);

/** Whether this worker has said so of the page answer stored now: once for each stored answer in each life of the worker (a console line, not state: a restarted worker says it again), not on every page. */
let saidNewer = false;

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && STORAGE_KEYS.SETTINGS_KEY in changes) settingsKept.forget(); // read again, and repaired
  if (area === 'local' && STORAGE_KEYS.PAGE_ANSWER_KEY in changes) {
    keptToday.set(changes[STORAGE_KEYS.PAGE_ANSWER_KEY]!.newValue);
    saidNewer = false;
  }
  if (area === 'session' && DATED_KEY in changes) keptDated.set(changes[DATED_KEY]!.newValue);
});

/** Today's page answer computed from the cache document and stored; concurrent askers share one computation. */
export function writePageAnswer(settings: Settings, a?: IndicatorsAnswer): Promise<StoredNumbers> {
  const run = async (): Promise<StoredNumbers> => {
    const now = Date.now();
    const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
    const answer = a && a.lang === lang && a.asOf === null ? a : buildIndicatorsAnswer(await loadDoc(), now, lang, settings.thresholds);
    const entry = storedNumbers(newId(), lang, settings.thresholds, now, answer);
    // A newer version's page answer is kept: this one answers from memory, computing each time.
    const newer = newerVersion(await readStored(), PAGE_ANSWER_VERSION, 'v');
    if (newer === null) {
      await browser.storage.local.set({ [STORAGE_KEYS.PAGE_ANSWER_KEY]: entry });
      keptToday.set(entry);
    } else if (!saidNewer) {
      saidNewer = true;
      console.warn(`Liquidity Lens: the stored page answer is version ${newer}, written by a newer Liquidity Lens; this one reads version ${PAGE_ANSWER_VERSION}. It is kept as it is, and pages are answered from what this one reads (its cache, or the bundled snapshot).`);
    }
    return entry;
  };
  const p = (writing ?? Promise.resolve()).catch(() => undefined).then(run);
  writing = p.finally(() => {
    if (writing === p) writing = null;
  }) as Promise<StoredNumbers>;
  return p;
}

export const readStored = (): Promise<unknown> => keptToday.get();

export async function today(settings: Settings, lang: PageConfig['lang'], read: Promise<unknown>): Promise<StoredNumbers> {
  // A write under way (the data just changed) is the answer to wait for, not the one it replaces.
  const stored = writing ? await writing.then(readStored, readStored) : await read;
  return readStoredNumbers(stored, { lang, thresholds: settings.thresholds, now: Date.now() }) ?? writePageAnswer(settings);
}

/** The numbers as of a past moment: kept in storage.session (the last MAX_DATES asked), else computed and kept. */
export async function asOf(date: Cutoff, current: StoredNumbers, settings: Settings): Promise<PageNumbers> {
  const dated = (await keptDated.get()) as Record<string, unknown> | undefined;
  const want = { lang: current.lang, thresholds: settings.thresholds, now: Date.now(), id: current.id };
  const kept = readStoredNumbers(dated?.[date], want);
  if (kept) return kept.numbers;
  const entry = { ...storedNumbers(current.id, current.lang, settings.thresholds, want.now, buildIndicatorsAnswer(await loadDoc(), want.now, current.lang, settings.thresholds, date)), validUntil: current.validUntil };
  const next = withDated(dated, date, entry);
  await browser.storage.session.set({ [DATED_KEY]: next }).then(() => keptDated.set(next), () => undefined);
  return entry.numbers;
}

export async function openPage(facts: DateFacts, url: string): Promise<PageOpenAnswer> {
  const read = readStored(); // beside the settings: a stopped worker's answer needs no more than these two reads
  // A failed read answers this page with the defaults, once: it is not kept (kept.ts).
  const settings = await settingsKept.get();
  const config = pageConfig(settings, url, browser.i18n.getUILanguage());
  if (!config.enabled) return { config };
  const now = Date.now();
  const date = readArticleDate(facts, nyTime(now).date);
  const current = await today(settings, config.lang, read);
  const cut = date.date && articleCutoff(date.date, date.at);
  const then = config.then && cut ? (cutoffBefore(cut, cutoffAt(now)) ? await asOf(cut, current, settings) : current.numbers) : null;
  return { config, date, now: current.numbers, then };
}
