/**
 * The worker's state lives in storage, never only in memory: the worker can be stopped at any moment.
 * `cache` holds the one cache document (written whole), `install` this install's release delay,
 * `preparedAnswer` the latest answer for today (see savePreparedAnswer).
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { CACHE_VERSION, mergeSnapshot, validateCacheDoc, type CacheDoc } from '../core/cache';
import { mayOverwrite, SCHEMAS, upgrade } from '../core/schema';
import { newerVersion } from '../core/newer';
import { PAGE_ANSWER_VERSION } from '../core/page-answer';
import { PREPARED_ANSWER_VERSION } from '../core/prepared-answer';
import { DEFAULT_SETTINGS, fredKeyOf, type Settings } from '../core/settings';
import { settingsOf } from './settings-read';

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

/**
 * The version of the stored cache when a newer build wrote it (the reader went back to an older version),
 * else null. Such a document is kept as it is: this worker answers from the bundled snapshot in memory,
 * does not refresh (it could not keep what it fetched) and writes nothing over it, until the reader clears
 * the cache or a build that reads it returns.
 */
let newerCache: number | null = null;

export function storedCacheIsNewer(): number | null {
  return newerCache;
}

/**
 * The cache document. An earlier version is migrated (and saved); a newer one is kept untouched while the
 * snapshot is used in memory; a missing or corrupt one is replaced by the bundled snapshot, with the reason logged.
 */
export async function loadDoc(): Promise<CacheDoc> {
  if (memo) return memo;
  // Marked for the tests and the benchmark: a stopped worker answering a page should never get here.
  performance.mark('ll-cache-read');
  const stored = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
  if (stored !== undefined) {
    const read = upgrade('cache', stored);
    if (read.state === 'newer') {
      newerCache = read.version;
      console.warn(`Liquidity Lens: the stored cache is version ${read.version}, written by a newer Liquidity Lens; this one reads version ${CACHE_VERSION}. It is kept as it is, and the bundled snapshot is shown instead.`);
      return (memo = await loadSnapshot());
    }
    newerCache = null;
    const checked = read.state === 'current' ? validateCacheDoc(read.doc) : { ok: false as const, reason: read.reason };
    if (checked.ok) {
      if (read.state === 'current' && read.from !== CACHE_VERSION) await saveDoc(checked.doc);
      return (memo = checked.doc);
    }
    console.warn(`Liquidity Lens: discarding the stored cache (${checked.reason}); starting again from the bundled snapshot`);
  }
  const doc = await loadSnapshot();
  await saveDoc(doc);
  return doc;
}

/** Writes the cache document, unless the stored one is a newer version's: that one is never written over. */
export async function saveDoc(doc: CacheDoc): Promise<void> {
  if (!mayOverwrite('cache', (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY])) {
    console.warn('Liquidity Lens: not saving the cache over the one a newer version wrote');
    memo = doc;
    return;
  }
  await writeDoc(doc);
}

async function writeDoc(doc: CacheDoc): Promise<void> {
  // One write: a worker stopped right after it finds no page answer, never one computed from the old document.
  // A newer version's page answer is left as it is (this version never reads it: core/page-answer.ts).
  const pageAnswerNewer = newerVersion((await browser.storage.local.get(PAGE_ANSWER_KEY))[PAGE_ANSWER_KEY], PAGE_ANSWER_VERSION, 'v') !== null;
  await browser.storage.local.set(pageAnswerNewer ? { [CACHE_KEY]: doc } : { [CACHE_KEY]: doc, [PAGE_ANSWER_KEY]: null });
  memo = doc;
}

/** The reader asked to clear the cache: start again from the bundled snapshot. */
export async function clearDoc(): Promise<CacheDoc> {
  memo = null;
  newerCache = null;
  const doc = await loadSnapshot();
  await writeDoc(doc); // the reader's own choice: even a newer version's cache goes
  return doc;
}

/** On an extension update: keep the cache, add whatever the newer snapshot knows beyond it. */
export async function mergeBundledSnapshot(): Promise<void> {
  const doc = await loadDoc();
  if (newerCache !== null) return;
  const snapshot = await loadSnapshot();
  if (doc.snapshot?.builtAt !== snapshot.snapshot?.builtAt) await saveDoc(mergeSnapshot(doc, snapshot));
}

export async function installJitterMs(): Promise<number> {
  const stored: unknown = (await browser.storage.local.get(INSTALL_KEY))[INSTALL_KEY];
  const read = upgrade('install', stored);
  const kept = read.state === 'invalid' ? undefined : ((read.state === 'newer' ? stored : read.doc) as { jitterMs?: unknown }).jitterMs;
  if (typeof kept === 'number' && kept >= 0 && kept <= MAX_JITTER_MS) {
    if (read.state === 'current' && read.from !== read.doc.version) await browser.storage.local.set({ [INSTALL_KEY]: read.doc });
    return kept;
  }
  const jitterMs = Math.floor(Math.random() * MAX_JITTER_MS);
  if (read.state !== 'newer') await browser.storage.local.set({ [INSTALL_KEY]: { version: SCHEMAS.install.current, jitterMs } });
  return jitterMs;
}

/** The settings (settings-read.ts); a failed storage read is answered with the defaults. */
export async function loadSettings(): Promise<Settings> {
  return readStoredSettings().then(settingsOf).catch(() => DEFAULT_SETTINGS);
}

/** What storage.sync holds under `settings`, as stored; a failed read is thrown (for the copy kept.ts keeps). */
export async function readStoredSettings(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
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
  if (!stored || !('fredApiKey' in stored) || !mayOverwrite('settings', stored)) return;
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
  if (newerVersion((await browser.storage.local.get(PREPARED_KEY))[PREPARED_KEY], PREPARED_ANSWER_VERSION, 'v') !== null) return; // a newer version's, kept
  await browser.storage.local.set({ [PREPARED_KEY]: { ...a, v: PREPARED_ANSWER_VERSION } });
}
