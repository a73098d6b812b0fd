/**
 * The worker's state lives in storage, never only in memory: the worker can be stopped at any moment.
 * `cache` holds the one cache document (written whole), `install` this install's release delay,
 * `preparedAnswer` the latest answer for today (see savePreparedAnswer).
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { mergeSnapshot, validateCacheDoc, type CacheDoc } from '../core/cache';
import { DEFAULT_SETTINGS, fredKeyOf, repairSettings, type Settings } from '../core/settings';

const CACHE_KEY = 'cache';
const INSTALL_KEY = 'install';
const SETTINGS_KEY = 'settings';
/** The optional FRED API key: on this device only (storage.local, closed to content scripts), never synced or exported. */
const FRED_KEY = 'fredApiKey';
const PREPARED_KEY = 'preparedAnswer';
/** What content scripts are shown (background/page-answer.ts): emptied in the same write as a new cache document. */
const PAGE_ANSWER_KEY = 'pageAnswer';
/** Each install waits this long after every release, fixed once, so installs never ask at the same second. */
const MAX_JITTER_MS = 15 * 60_000;

let memo: CacheDoc | null = null;

async function loadSnapshot(): Promise<CacheDoc> {
  const res = await fetch(browser.runtime.getURL('snapshot.json'));
  const checked = validateCacheDoc(await res.json());
  if (!checked.ok) throw new Error(`bundled snapshot is invalid: ${checked.reason}`);
  return checked.doc;
}

/** The cache document; a missing, old or corrupt one is replaced by the bundled snapshot, with the reason logged. */
export async function loadDoc(): Promise<CacheDoc> {
  if (memo) return memo;
  // Marked for the tests and the benchmark: a stopped worker answering a page should never get here.
  performance.mark('ll-cache-read');
  const stored = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
  if (stored !== undefined) {
    const checked = validateCacheDoc(stored);
    if (checked.ok) return (memo = checked.doc);
    console.warn(`Liquidity Lens: discarding the stored cache (${checked.reason}); starting again from the bundled snapshot`);
  }
  const doc = await loadSnapshot();
  await saveDoc(doc);
  return doc;
}

export async function saveDoc(doc: CacheDoc): Promise<void> {
  // One write: a worker stopped right after it finds no page answer, never one computed from the old document.
  await browser.storage.local.set({ [CACHE_KEY]: doc, [PAGE_ANSWER_KEY]: null });
  memo = doc;
}

/** The reader asked to clear the cache: start again from the bundled snapshot. */
export async function clearDoc(): Promise<CacheDoc> {
  memo = null;
  const doc = await loadSnapshot();
  await saveDoc(doc);
  return doc;
}

/** On an extension update: keep the cache, add whatever the newer snapshot knows beyond it. */
export async function mergeBundledSnapshot(): Promise<void> {
  const doc = await loadDoc();
  const snapshot = await loadSnapshot();
  if (doc.snapshot?.builtAt !== snapshot.snapshot?.builtAt) await saveDoc(mergeSnapshot(doc, snapshot));
}

export async function installJitterMs(): Promise<number> {
  const stored = (await browser.storage.local.get(INSTALL_KEY))[INSTALL_KEY] as { jitterMs?: unknown } | undefined;
  if (typeof stored?.jitterMs === 'number' && stored.jitterMs >= 0 && stored.jitterMs <= MAX_JITTER_MS) return stored.jitterMs;
  const jitterMs = Math.floor(Math.random() * MAX_JITTER_MS);
  await browser.storage.local.set({ [INSTALL_KEY]: { jitterMs } });
  return jitterMs;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return repairSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadFredKey(): Promise<string | undefined> {
  const k = (await browser.storage.local.get(FRED_KEY))[FRED_KEY];
  return typeof k === 'string' && k ? k : undefined;
}

/**
 * Earlier versions kept the FRED key in the synced settings: move it to this device's storage and take it
 * out of storage.sync (and so out of every other device and of the settings export).
 */
export async function moveFredKeyOutOfSync(): Promise<void> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;
  if (!stored || !('fredApiKey' in stored)) return;
  const key = fredKeyOf(stored);
  if (key && !(await loadFredKey())) await browser.storage.local.set({ [FRED_KEY]: key });
  const { fredApiKey: _gone, ...rest } = stored;
  await browser.storage.sync.set({ [SETTINGS_KEY]: rest });
}

/** Another context (or a test) changed the stored cache: drop the in-memory copy. */
export function forgetMemo(): void {
  memo = null;
}

export const STORAGE_KEYS = { CACHE_KEY, INSTALL_KEY, SETTINGS_KEY, FRED_KEY, PREPARED_KEY, PAGE_ANSWER_KEY } as const;

/**
 * The latest answer for today, as the worker last computed it: the popup paints from it at once, without
 * waking the worker or waiting for it to compute, and takes the worker's fresh answer a moment later.
 */
export async function savePreparedAnswer(a: IndicatorsAnswer): Promise<void> {
  await browser.storage.local.set({ [PREPARED_KEY]: a });
}
