/**
 * Runs refreshes one at a time and keeps the alarm pointed at the next release. A manual refresh asked
 * for while a scheduled one is running runs right after it; during a manual one, it shares that run.
 */
import browser from 'webextension-polyfill';
import type { CacheDoc } from '../core/cache';
import { ENDPOINTS } from '../core/endpoints';
import { notSavedOverQuota, notSavedRefused } from '../core/not-saved';
import { bytesBesides, checkWrite } from '../core/quota';
import { runRefresh, wakeFor, type FetchText, type Outcome, type RefreshMode } from '../core/refresh';
import { fetchText } from './fetch-text';
import { fredTurn } from './markets';
import { FRED_API_ORIGIN, hostsWithoutAccess } from './access';
import { installJitterMs, loadDoc, loadFredKey, loadSettings, saveDoc, STORAGE_KEYS, storedCacheIsNewer } from './store';
import { refreshAhead } from './ahead-refresh';
import { loadAhead } from './ahead-store';
import { auctionsWake } from '../core/ahead/auctions-schedule';

export const ALARM = 'refresh';

/**
 * The pause between two FRED requests. An extension API call on each side resets the idle timer that lets
 * the browser stop a worker, so a paced refresh is not cut short; the safety alarm covers the rest.
 */
async function keepAlivePause(ms: number): Promise<void> {
  await browser.runtime.getPlatformInfo();
  await new Promise((done) => setTimeout(done, ms));
  await browser.runtime.getPlatformInfo();
}

/** FRED's requests take their turn with the prices the popup asks for (markets.ts): one at a time, paced. */
const pacedFetch: FetchText = (url) => (url.startsWith(`${ENDPOINTS.fred}/`) ? fredTurn(() => fetchText(url)) : fetchText(url));

let running: Promise<CacheDoc> | null = null;
let runningMode: RefreshMode = 'scheduled';
let queuedManual: Promise<CacheDoc> | null = null;

/** The outcomes of the last refresh this worker ran (for the console and tests). */
export let lastOutcomes: Outcome[] = [];

/** Why the last refresh's result was not saved (over the storage quota, or refused by the browser), else null. */
export let lastRefusal: string | null = null;

/**
 * The refusal as the popup learns it (IndicatorsAnswer.notSaved): in storage.session, so a restarted worker
 * still knows it and a browser restart, which refreshes anew, forgets it.
 */
export const NOT_SAVED_KEY = 'notSaved';

/**
 * Saves a refresh's document only if it fits storage.local's quota beside everything else stored; otherwise,
 * or when the browser refuses the write all the same, the previous document stays and the reason is logged.
 */
async function saveWithinQuota(previous: CacheDoc, next: CacheDoc): Promise<CacheDoc> {
  const stored = await browser.storage.local.get(null);
  const check = checkWrite(STORAGE_KEYS.CACHE_KEY, next, bytesBesides(stored, STORAGE_KEYS.CACHE_KEY));
  try {
    if (!check.ok) throw new Error(check.reason);
    await saveDoc(next);
  } catch (e) {
    lastRefusal = check.ok ? `storage refused the refresh's document (${(e as Error).message}): the previous data are kept` : check.reason;
    console.warn(`Liquidity Lens: ${lastRefusal}`);
    const at = new Date().toISOString();
    const record = check.ok ? notSavedRefused(e, at) : notSavedOverQuota(check, at);
    await browser.storage.session.set({ [NOT_SAVED_KEY]: record }).catch(() => undefined);
    return previous;
  }
  lastRefusal = null;
  await browser.storage.session.remove(NOT_SAVED_KEY).catch(() => undefined);
  return next;
}

/** If the worker is stopped mid-refresh, this alarm wakes it again; a finished refresh replaces it. */
const SAFETY_WAKE_MS = 5 * 60_000;

async function refreshOnce(mode: RefreshMode): Promise<CacheDoc> {
  await browser.alarms.create(ALARM, { when: Date.now() + SAFETY_WAKE_MS });
  const [doc, key, jitterMs] = await Promise.all([loadDoc(), loadFredKey(), installJitterMs()]);
  // A newer version's cache is kept untouched: what a refresh fetched could not be saved, so none is made.
  if (storedCacheIsNewer() !== null) {
    console.warn('Liquidity Lens: no refresh while the stored cache belongs to a newer version');
    await browser.alarms.clear(ALARM);
    return doc;
  }
  // The key is used only once the reader has granted FRED's API host (asked for on the options page).
  const fredApiKey = key && (await browser.permissions.contains({ origins: [FRED_API_ORIGIN] })) ? key : undefined;
  const withoutAccess = await hostsWithoutAccess(fredApiKey);
  const now = Date.now();
  // The auctions are asked alongside (Fiscal Data is not paced like FRED) and kept in their own key.
  const [refreshed] = await Promise.all([
    runRefresh(doc, { now, fetchText: pacedFetch, jitterMs, fredApiKey, pause: keepAlivePause, withoutAccess }, mode),
    refreshAhead(mode, { now, jitterMs, fetchText, withoutAccess }).catch((e: unknown) => console.warn('Liquidity Lens: the auctions refresh failed', e)),
  ]);
  const { outcomes } = refreshed;
  const next = await saveWithinQuota(doc, refreshed.doc);
  lastOutcomes = outcomes;
  for (const o of outcomes) {
    if (o.ok) console.info(`Liquidity Lens: ${o.provider} (${o.why}) ok, ${o.added ?? 0} new`);
    else console.warn(`Liquidity Lens: ${o.provider} (${o.why}) failed: ${o.error?.message}`);
  }
  // A refused write still wakes on the refreshed plan (next release, backoff), not at once: nothing asked again every minute.
  await schedule(refreshed.doc, jitterMs);
  return next;
}

export function requestRefresh(mode: RefreshMode): Promise<CacheDoc> {
  if (!running) {
    runningMode = mode;
    running = refreshOnce(mode).finally(() => {
      running = null;
    });
    return running;
  }
  // A manual refresh asked for during a manual one shares it: it has only just asked everyone (a paced FRED
  // round can outlast the per-publisher quiet time, so a queued second round would ask again).
  if (mode !== 'manual' || runningMode === 'manual') return running;
  queuedManual ??= running
    .catch(() => undefined)
    .then(() => {
      queuedManual = null;
      return requestRefresh('manual');
    });
  return queuedManual;
}

/** Points the alarm at the next wake for the reader's cadence; with `manual`, no alarm at all. */
export async function schedule(doc?: CacheDoc, jitterMs?: number): Promise<void> {
  const [d, settings, jitter, ahead] = await Promise.all([doc ?? loadDoc(), loadSettings(), jitterMs ?? installJitterMs(), loadAhead()]);
  const now = Date.now();
  const when = wakeFor(settings.refresh, d, now, jitter, { wake: auctionsWake(ahead, now, jitter), lastAttemptAt: ahead.lastAttemptAt });
  if (when === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when });
}
