/**
 * Runs refreshes one at a time and keeps the alarm pointed at the next release. A manual refresh asked
 * for while one is running runs right after it (several such requests share that one run).
 */
import browser from 'webextension-polyfill';
import type { CacheDoc } from '../core/cache';
import { nextWake, runRefresh, type Outcome, type RefreshMode } from '../core/refresh';
import { fetchText } from './fetch-text';
import { installJitterMs, loadDoc, loadSettings, saveDoc } from './store';

export const ALARM = 'refresh';

let running: Promise<CacheDoc> | null = null;
let queuedManual: Promise<CacheDoc> | null = null;

/** The outcomes of the last refresh this worker ran (for the console and tests). */
export let lastOutcomes: Outcome[] = [];

/** If the worker is stopped mid-refresh, this alarm wakes it again; a finished refresh replaces it. */
const SAFETY_WAKE_MS = 5 * 60_000;

async function refreshOnce(mode: RefreshMode): Promise<CacheDoc> {
  await browser.alarms.create(ALARM, { when: Date.now() + SAFETY_WAKE_MS });
  const [doc, settings, jitterMs] = await Promise.all([loadDoc(), loadSettings(), installJitterMs()]);
  const { doc: next, outcomes } = await runRefresh(doc, { now: Date.now(), fetchText, jitterMs, fredApiKey: settings.fredApiKey || undefined }, mode);
  await saveDoc(next);
  lastOutcomes = outcomes;
  for (const o of outcomes) {
    if (o.ok) console.info(`Liquidity Lens: ${o.provider} (${o.why}) ok, ${o.added ?? 0} new`);
    else console.warn(`Liquidity Lens: ${o.provider} (${o.why}) failed: ${o.error?.message}`);
  }
  await schedule(next, jitterMs);
  return next;
}

export function requestRefresh(mode: RefreshMode): Promise<CacheDoc> {
  if (!running) {
    running = refreshOnce(mode).finally(() => {
      running = null;
    });
    return running;
  }
  if (mode !== 'manual') return running;
  queuedManual ??= running
    .catch(() => undefined)
    .then(() => {
      queuedManual = null;
      return requestRefresh('manual');
    });
  return queuedManual;
}

export async function schedule(doc?: CacheDoc, jitterMs?: number): Promise<void> {
  const d = doc ?? (await loadDoc());
  const when = nextWake(d, Date.now(), jitterMs ?? (await installJitterMs()));
  await browser.alarms.create(ALARM, { when });
}
