/**
 * Market prices for the chart's Compare (core/markets.ts), fetched only when the reader picks one, from FRED,
 * paced with every other FRED request, and kept in their own storage key (`markets`) — never in the cache
 * document, so never in the snapshot or the CSV export.
 *
 * Pacing: FRED is asked one request at a time, at least FRED_GAP_MS after the end of the last FRED request
 * this extension made. That time is kept in storage (`fredLastRequestAt`), so a worker stopped and started
 * again still waits. The refresh's own FRED requests are seen as they complete (the worker's resource timing
 * entries) and counted too. Nothing is asked while the cache document holds FRED back (`hold.fred`).
 */
import browser from 'webextension-polyfill';
import type { CacheDoc } from '../core/cache';
import { ENDPOINTS } from '../core/endpoints';
import { applyMarketReply, buildMarketAnswer, MARKETS, marketPlan, marketUrl, readMarketState, type MarketAnswer, type MarketId, type MarketReply, type MarketState } from '../core/markets';
import { msg } from '../core/messages';
import { FRED_GAP_MS } from '../core/refresh';
import type { SourceError } from '../core/result';
import type { Lang } from '../core/types';
import { fetchText } from './fetch-text';
import { SCHEMAS, upgrade } from '../core/schema';
import { loadDoc } from './store';

export const MARKETS_KEY = 'markets';
export const FRED_LAST_KEY = 'fredLastRequestAt';
const FRED_ORIGIN = `${ENDPOINTS.fred}/*`;

/** The latest end of a FRED request this worker has seen (ms since the epoch). */
let seenFred = 0;

async function noteFredRequest(at: number): Promise<void> {
  if (at <= seenFred) return;
  seenFred = at;
  await browser.storage.local.set({ [FRED_LAST_KEY]: at }).catch(() => undefined);
}

/** The last FRED request's time: this worker's, or an earlier worker's as stored. */
async function lastFredRequest(): Promise<number> {
  const stored = (await browser.storage.local.get(FRED_LAST_KEY))[FRED_LAST_KEY];
  return Math.max(seenFred, typeof stored === 'number' && Number.isFinite(stored) ? Math.min(stored, Date.now()) : 0);
}

/**
 * Every FRED request of this worker, the refresh's included, when it completes: its end is stored, so the
 * next market request waits FRED_GAP_MS after it.
 */
function watchFredRequests(): void {
  if (typeof PerformanceObserver === 'undefined') return;
  try {
    new PerformanceObserver((list) => {
      let end = 0;
      for (const e of list.getEntries()) if (e.name.startsWith(`${ENDPOINTS.fred}/`)) end = Math.max(end, performance.timeOrigin + e.startTime + e.duration);
      if (end) void noteFredRequest(end);
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // no resource timing here: the stored time of our own requests still paces them
  }
}
watchFredRequests();

let fredQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `ask` as the next FRED request: after every one queued before it, and FRED_GAP_MS after the last. The
 * refresh could take its FRED turns here too (its requests are only seen once they end).
 */
export function fredTurn<T>(ask: () => Promise<T>): Promise<T> {
  const turn = fredQueue.then(async () => {
    const wait = (await lastFredRequest()) + FRED_GAP_MS - Date.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    await noteFredRequest(Date.now()); // asked: a worker stopped mid-request leaves this behind
    try {
      return await ask();
    } finally {
      await noteFredRequest(Date.now());
    }
  });
  fredQueue = turn.catch(() => undefined);
  return turn;
}

async function loadState(id: MarketId): Promise<MarketState> {
  const all = (await browser.storage.local.get(MARKETS_KEY))[MARKETS_KEY] as Record<string, unknown> | undefined;
  return readMarketState(upgrade('markets', all ?? {}).state === 'newer' ? undefined : all?.[id]);
}

async function saveState(id: MarketId, state: MarketState): Promise<void> {
  const stored: unknown = (await browser.storage.local.get(MARKETS_KEY))[MARKETS_KEY];
  const read = upgrade('markets', stored ?? {});
  if (read.state === 'newer') return; // a newer version's prices are kept; these live in memory only
  await browser.storage.local.set({ [MARKETS_KEY]: { ...(read.state === 'current' ? read.doc : {}), version: SCHEMAS.markets.current, [id]: state } });
}

async function ask(url: string): Promise<MarketReply> {
  try {
    return await fetchText(url);
  } catch (e) {
    const err = e as Partial<SourceError>;
    return { error: { kind: err.kind === 'timeout' || err.kind === 'truncated' ? err.kind : 'network', message: err.message ?? String(e) } };
  }
}

function fredHeld(doc: CacheDoc): { until: string; reason: string } | undefined {
  const hold = doc.hold?.fred;
  return hold && Date.parse(hold.until) > Date.now() ? hold : undefined;
}

type Update = { state: MarketState; held?: SourceError };

/** One market's newest prices, fetched when needed and stored; a second pick while one is under way shares it. */
const inFlight = new Map<MarketId, Promise<Update>>();

function update(id: MarketId): Promise<Update> {
  let p = inFlight.get(id);
  if (!p) {
    p = updateOnce(id).finally(() => inFlight.delete(id));
    inFlight.set(id, p);
  }
  return p;
}

async function updateOnce(id: MarketId): Promise<Update> {
  const [state, doc] = await Promise.all([loadState(id), loadDoc()]);
  const plan = marketPlan(state, Date.now(), doc.hold?.fred);
  if (!plan.ask) return { state, ...(plan.error ? { held: plan.error } : {}) };
  if (!(await browser.permissions.contains({ origins: [FRED_ORIGIN] }).catch(() => false))) {
    return { state, held: { kind: 'permission', message: `access to ${new URL(ENDPOINTS.fred).host} not granted` } };
  }
  const next = await fredTurn(async () => {
    // Another FRED request may have put FRED on hold while this one waited its turn: then nothing is asked.
    if (fredHeld(await loadDoc())) return state;
    const reply = await ask(marketUrl(id, plan.from));
    const after = applyMarketReply(id, state, reply, plan.from, Date.now());
    await saveState(id, after);
    if (after.lastError) console.warn(`Liquidity Lens: ${MARKETS[id].fredId} failed: ${after.lastError.message}`);
    return after;
  });
  const hold = next === state ? fredHeld(await loadDoc()) : undefined;
  return { state: next, ...(hold ? { held: { kind: 'rate_limited', message: hold.reason } } : {}) };
}

/** The `markets/get` answer: the cached prices, fetched first when the reader's pick needs newer ones. */
export async function marketAnswer(id: MarketId, lang: Lang): Promise<MarketAnswer> {
  const { state, held } = await update(id);
  const def = MARKETS[id];
  return buildMarketAnswer(id, state, { label: msg(lang, def.labelKey), owner: msg(lang, def.ownerKey) }, held);
}
