/**
 * What the extension pages share: settings in storage.sync (repaired on every read), the worker's
 * answers, and change listeners that all take an AbortSignal, so a page or feature stops with one abort().
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer, SeriesAnswer } from '../core/answer';
import type { SofrSeriesAnswer } from '../core/distribution';
import type { MarketAnswer, MarketId } from '../core/markets';
import { newerVersion } from '../core/newer';
import { PREPARED_ANSWER_VERSION } from '../core/prepared-answer';
import { upgrade } from '../core/schema';
import { DEFAULT_SETTINGS, repairSettings, resolveLang, settingsProblems, type SettingProblem, type Settings } from '../core/settings';
import type { IndicatorId, Lang } from '../core/types';

const SETTINGS_KEY = 'settings';
const PREPARED_KEY = 'preparedAnswer';
const FRED_KEY = 'fredApiKey';
export const FRED_API_ORIGIN = 'https://api.stlouisfed.org/*';

/** The optional FRED API key, kept on this device only (storage.local), never in the synced settings. */
export async function loadFredKey(): Promise<string> {
  const k = (await browser.storage.local.get(FRED_KEY))[FRED_KEY];
  return typeof k === 'string' ? k : '';
}

export async function saveFredKey(key: string): Promise<void> {
  if (key) await browser.storage.local.set({ [FRED_KEY]: key });
  else await browser.storage.local.remove(FRED_KEY);
}

/** The settings in effect, as the worker reads them: a newer version's are not read, the defaults stand in. */
const settingsInEffect = (stored: unknown): Settings => (upgrade('settings', stored).state === 'newer' ? DEFAULT_SETTINGS : repairSettings(stored));

export async function loadSettings(): Promise<Settings> {
  return settingsInEffect((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** The version of the stored settings when a newer Liquidity Lens wrote them (kept until the reader saves here). */
export async function newerSettingsVersion(): Promise<number | null> {
  const read = upgrade('settings', (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  return read.state === 'newer' ? read.version : null;
}

/** What of the stored settings could not be kept as stored (core/settings.ts settingsProblems); a newer version's values are not typos. */
export async function storedSettingsProblems(): Promise<SettingProblem[]> {
  const stored: unknown = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  return upgrade('settings', stored).state === 'newer' ? [] : settingsProblems(stored);
}

/** Writes the settings whole (the repaired object), so storage never holds a half-valid one. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const fixed = repairSettings(next);
  await browser.storage.sync.set({ [SETTINGS_KEY]: fixed });
  return fixed;
}

export function onSettingsChange(cb: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) cb(settingsInEffect(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** The reader granted or took back a permission (a publisher's host, a site). */
export function onPermissionsChange(cb: () => void, signal: AbortSignal): void {
  browser.permissions.onAdded.addListener(cb);
  browser.permissions.onRemoved.addListener(cb);
  signal.addEventListener('abort', () => {
    browser.permissions.onAdded.removeListener(cb);
    browser.permissions.onRemoved.removeListener(cb);
  }, { once: true });
}

/** The worker rewrote its cache (a refresh landed, or the cache was cleared). */
export function onCacheChange(cb: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && 'cache' in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export function readerLang(s: Settings): Lang {
  return resolveLang(s.language, browser.i18n.getUILanguage());
}

/** The New York day of an instant, as YYYY-MM-DD. */
export const nyDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(ms);

/**
 * The worker's latest answer for today (store.ts), when it was computed on this New York day — its ages in
 * days hold; else null. A first paint only: the worker's own answer follows.
 */
export async function preparedAnswer(): Promise<IndicatorsAnswer | null> {
  const a = (await browser.storage.local.get(PREPARED_KEY))[PREPARED_KEY] as IndicatorsAnswer | undefined;
  const fresh = !!a && typeof a === 'object' && newerVersion(a, PREPARED_ANSWER_VERSION, 'v') === null && a.asOf === null && Array.isArray(a.indicators) && typeof a.computedAt === 'string'
    && nyDate(Date.parse(a.computedAt)) === nyDate(Date.now());
  return fresh ? a : null;
}

/** Series answers for this page's life, so a chart opened twice (or asked for early) is fetched once. */
const seriesMemo = new Map<string, Promise<SeriesAnswer>>();

export const worker = {
  /**
   * Without `lang`, the worker answers in the reader's language from the settings (what readerLang gives);
   * with `asOf`, as published by the end of that New York day.
   */
  indicators: (lang?: Lang, asOf?: string | null) =>
    browser.runtime.sendMessage({ type: 'indicators/get', ...(lang ? { lang } : {}), ...(asOf ? { asOf } : {}) }) as Promise<IndicatorsAnswer>,
  series(id: IndicatorId, lang: Lang): Promise<SeriesAnswer> {
    const key = `${id}/${lang}`;
    let p = seriesMemo.get(key);
    if (!p) {
      p = browser.runtime.sendMessage({ type: 'series/get', id, lang }) as Promise<SeriesAnswer>;
      p.catch(() => seriesMemo.delete(key));
      seriesMemo.set(key, p);
    }
    return p;
  },
  /** SOFR with its percentiles, IORB and the ON RRP rate, aligned (core/distribution.ts). */
  sofrDistribution: (lang: Lang) => browser.runtime.sendMessage({ type: 'series/get', id: 'sofr', bands: true, lang }) as Promise<SofrSeriesAnswer>,
  /**
   * Bitcoin or S&P 500 prices for the chart's Compare (core/markets.ts): the worker answers from its storage, or
   * asks FRED first when it has none fresh. Not kept here: each pick asks the worker, whose answer says why
   * newer prices could not be had.
   */
  markets: (id: MarketId, lang: Lang) => browser.runtime.sendMessage({ type: 'markets/get', id, lang }) as Promise<MarketAnswer>,
  /** New data arrived: forget the series held. */
  forgetSeries: () => seriesMemo.clear(),
  refresh: (lang: Lang) => browser.runtime.sendMessage({ type: 'indicators/refresh', lang }) as Promise<IndicatorsAnswer>,
  clearCache: () => browser.runtime.sendMessage({ type: 'cache/clear' }) as Promise<IndicatorsAnswer>,
};
