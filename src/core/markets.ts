/**
 * Two market prices a chart can be compared with: Bitcoin (Coinbase's price, FRED CBBTCUSD) and the S&P 500
 * (S&P Dow Jones Indices LLC, FRED SP500). They are their owners' data, which FRED shows under their terms:
 * the worker asks for one only when the reader picks it (src/background/markets.ts), keeps it in a storage key
 * of its own, and it is never part of the cache document — so never in the bundled snapshot nor in the CSV
 * export (both are built from that document). Pure: no browser API.
 */
import { addDays } from './dates';
import { ENDPOINTS } from './endpoints';
import { parseFredCsv } from './parsers/fred-csv';
import { fail, ok, type Result, type SourceError } from './result';
import { checkIncoming, isSeries, lastDate, mergeWindow } from './series';
import type { IsoDate, Point } from './types';

export const MARKET_IDS = ['btc', 'spx'] as const;
export type MarketId = (typeof MARKET_IDS)[number];

export interface MarketDef {
  id: MarketId;
  fredId: 'CBBTCUSD' | 'SP500';
  /** Who owns the prices, as FRED names them on the series page. */
  owner: string;
  /** US dollars per bitcoin; index points. */
  unit: 'usd' | 'index';
  /** CBBTCUSD has a price every calendar day; SP500 on business days, with market holidays left empty. */
  days: 'every day' | 'business days';
  /** Message keys (public/_locales) of the name and of the line naming the owner under the chart. */
  labelKey: string;
  ownerKey: string;
}

export const MARKETS: Record<MarketId, MarketDef> = {
  btc: { id: 'btc', fredId: 'CBBTCUSD', owner: 'Coinbase', unit: 'usd', days: 'every day', labelKey: 'market_btc', ownerKey: 'marketOwner_btc' },
  spx: { id: 'spx', fredId: 'SP500', owner: 'S&P Dow Jones Indices LLC', unit: 'index', days: 'business days', labelKey: 'market_spx', ownerKey: 'marketOwner_spx' },
};

export function isMarketId(x: unknown): x is MarketId {
  return typeof x === 'string' && (MARKET_IDS as readonly string[]).includes(x);
}

/**
 * The first request asks from here: CBBTCUSD starts in December 2014 and FRED keeps about ten years of SP500,
 * so one request gives each whole. Later ones ask only for the newest prices.
 */
export const MARKET_HISTORY_FROM: IsoDate = '2014-01-01';
/** Later requests start this many days before the newest cached price (a revised last price is taken). */
export const MARKET_OVERLAP_DAYS = 7;
/** Prices fetched this recently are answered from storage without asking FRED. */
export const MARKET_FRESH_MS = 12 * 3_600_000;
/** After a failed request, a pick this soon answers the failure again instead of asking (as a manual refresh leaves FRED alone). */
export const MARKET_RETRY_QUIET_MS = 60_000;
/** The lag control: the price this many weeks after the indicator's date, 0 … 12. */
export const MAX_LAG_WEEKS = 12;

/** fredgraph.csv, keyless, the endpoint the refresh uses for FRED's own series. */
export function marketUrl(id: MarketId, from: IsoDate): string {
  return `${ENDPOINTS.fred}/graph/fredgraph.csv?id=${MARKETS[id].fredId}&cosd=${from}`;
}

/** The series page on FRED, where the owner and the terms are named. */
export function marketSourceUrl(id: MarketId): string {
  return `${ENDPOINTS.fred}/series/${MARKETS[id].fredId}`;
}

/**
 * A fredgraph.csv answer as prices: the requested series' column only, empty values (market holidays) left out
 * as gaps, and every price above zero (the chart draws them on a log axis, and no price of either is ≤ 0).
 */
export function parseMarketCsv(id: MarketId, body: string): Result<Point[]> {
  const parsed = parseFredCsv(body);
  if (!parsed.ok) return parsed;
  const { fredId } = MARKETS[id];
  const ids = Object.keys(parsed.value.columns);
  if (ids.length !== 1 || ids[0] !== fredId) return fail('format', `expected the column ${fredId}, got ${ids.join(', ')}`);
  const points = parsed.value.columns[fredId]!;
  const bad = points.find(([, v]) => !(v > 0) || !Number.isFinite(v));
  if (bad) return fail('format', `${fredId} on ${bad[0]} is ${bad[1]}: a price must be above zero`);
  return ok(points);
}

/** What is stored for one market (storage.local, key `markets`). */
export interface MarketState {
  points: Point[];
  /** When the last whole answer was stored. */
  fetchedAt?: string;
  lastAttemptAt?: string;
  lastError?: SourceError & { at: string };
  failures: number;
  /** FRED answered like a block: these prices are not asked for again before this time. */
  holdUntil?: string;
}

export const EMPTY_MARKET: MarketState = { points: [], failures: 0 };

const isTime = (x: unknown) => x === undefined || (typeof x === 'string' && Number.isFinite(Date.parse(x)));

/** A stored state, checked; anything else (missing, corrupt, another version's) reads as nothing cached. */
export function readMarketState(x: unknown): MarketState {
  if (typeof x !== 'object' || x === null) return EMPTY_MARKET;
  const s = x as Record<string, unknown>;
  if (!isSeries(s.points) || s.points.some(([, v]) => !(v > 0))) return EMPTY_MARKET;
  if (!isTime(s.fetchedAt) || !isTime(s.lastAttemptAt) || !isTime(s.holdUntil)) return EMPTY_MARKET;
  const e = s.lastError as Record<string, unknown> | undefined;
  const errorOk = e === undefined || (typeof e === 'object' && e !== null && typeof e.kind === 'string' && typeof e.message === 'string' && isTime(e.at));
  if (!errorOk) return EMPTY_MARKET;
  return {
    points: s.points,
    failures: typeof s.failures === 'number' && s.failures >= 0 ? s.failures : 0,
    ...(s.fetchedAt ? { fetchedAt: s.fetchedAt as string } : {}),
    ...(s.lastAttemptAt ? { lastAttemptAt: s.lastAttemptAt as string } : {}),
    ...(e ? { lastError: e as unknown as MarketState['lastError'] } : {}),
    ...(s.holdUntil ? { holdUntil: s.holdUntil as string } : {}),
  };
}

export type MarketPlan = { ask: true; from: IsoDate } | { ask: false; why: 'fresh' | 'quiet' | 'held'; error?: SourceError };

/**
 * Whether a pick asks FRED. Not while FRED is held (the cache document's `hold.fred`, set when FRED answered
 * like a block, or this market's own hold), not when the prices are fresh, not within a minute of a failure;
 * else for the newest prices (all of them the first time).
 */
export function marketPlan(state: MarketState, now: number, fredHold?: { until: string; reason: string }): MarketPlan {
  if (fredHold && Date.parse(fredHold.until) > now) return { ask: false, why: 'held', error: { kind: 'rate_limited', message: fredHold.reason } };
  if (state.holdUntil && Date.parse(state.holdUntil) > now) {
    return { ask: false, why: 'held', error: { kind: 'rate_limited', message: `fred.stlouisfed.org answered like a block (${state.lastError?.message ?? 'no reason kept'}); not asked again until ${state.holdUntil}` } };
  }
  const failedLast = !!state.lastError && (!state.fetchedAt || state.lastError.at >= state.fetchedAt);
  if (failedLast && now - Date.parse(state.lastAttemptAt ?? '') < MARKET_RETRY_QUIET_MS) return { ask: false, why: 'quiet' };
  if (!failedLast && state.fetchedAt && now - Date.parse(state.fetchedAt) < MARKET_FRESH_MS && state.points.length) return { ask: false, why: 'fresh' };
  const last = lastDate(state.points);
  return { ask: true, from: last ? addDays(last, -MARKET_OVERLAP_DAYS) : MARKET_HISTORY_FROM };
}

/** What came back: an HTTP answer, or no answer at all (network, timeout), as refresh.ts's FetchText gives them. */
export type MarketReply = { status: number; body: string; retryAfter?: string | null } | { error: SourceError };

function describeHttp(status: number, body: string): string {
  const title = /<title[^>]*>([^<]{1,80})/i.exec(body)?.[1]?.trim();
  return `HTTP ${status}${title ? ` (${title})` : ''}`;
}

/** A FRED answer that looks like bot management at work (as refresh.ts judges them). */
function looksBlocked(e: SourceError): boolean {
  return e.kind === 'html' || e.kind === 'timeout' || e.kind === 'rate_limited' || e.httpStatus === 403 || e.httpStatus === 503;
}

/** 5 min, 10, 20 … capped at 6 h; never sooner than Retry-After (refresh.ts's backoff). */
function backoffMs(failures: number, retryAfterSec?: number): number {
  return Math.max(Math.min(5 * 60_000 * 2 ** Math.max(0, failures - 1), 6 * 3_600_000), (retryAfterSec ?? 0) * 1000);
}

function retryAfterSec(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.round((t - now) / 1000));
}

/** The answer as prices, or why not; a partial one (ending before the cache, or lacking prices it holds) is refused. */
export function readMarketReply(id: MarketId, reply: MarketReply, cached: readonly Point[], from: IsoDate, now: number): Result<Point[]> {
  if ('error' in reply) return { ok: false, error: reply.error };
  if (reply.status >= 400) {
    const after = retryAfterSec(reply.retryAfter, now);
    return fail(reply.status === 429 ? 'rate_limited' : 'http', describeHttp(reply.status, reply.body), { httpStatus: reply.status, ...(after !== undefined ? { retryAfterSec: after } : {}) });
  }
  const parsed = parseMarketCsv(id, reply.body);
  if (!parsed.ok) return parsed;
  if (parsed.value.length === 0) return fail('empty', `no ${MARKETS[id].fredId} prices from ${from}`);
  const problem = checkIncoming(cached, parsed.value, from);
  return problem ? { ok: false, error: problem } : parsed;
}

/**
 * The state after an answer: a whole answer merged into the cached prices (it is authoritative over its own
 * dates, older prices are kept); anything else leaves every cached price as it was and records why.
 */
export function applyMarketReply(id: MarketId, state: MarketState, reply: MarketReply, from: IsoDate, now: number): MarketState {
  const at = new Date(now).toISOString();
  const read = readMarketReply(id, reply, state.points, from, now);
  if (read.ok) return { points: mergeWindow(state.points, read.value), fetchedAt: at, lastAttemptAt: at, failures: 0 };
  const failures = state.failures + 1;
  const error = read.error;
  const next: MarketState = { ...state, lastAttemptAt: at, failures, lastError: { kind: error.kind, message: error.message, at, ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}) } };
  delete next.holdUntil;
  if (looksBlocked(error)) next.holdUntil = new Date(now + backoffMs(failures, error.retryAfterSec)).toISOString();
  return next;
}

/** What the worker answers to `markets/get`. */
export interface MarketAnswer {
  id: MarketId;
  /** The market's name in the reader's language. */
  label: string;
  /** The line naming the owner, in the reader's language: "Bitcoin: Coinbase, via FRED CBBTCUSD". */
  owner: string;
  sourceUrl: string;
  unit: MarketDef['unit'];
  /** Every cached price, ascending; gaps (holidays) are absent, never zero. */
  points: Point[];
  /** The date of the newest price, or null with none. */
  asOf: IsoDate | null;
  /** Why the newest prices could not be had (the cached ones, if any, are still in `points`). */
  error?: { kind: SourceError['kind']; message: string; at?: string };
}

/** `held`: why FRED is not being asked now (a hold), which outranks the last failure kept. */
export function buildMarketAnswer(id: MarketId, state: MarketState, words: { label: string; owner: string }, held?: SourceError): MarketAnswer {
  const failedLast = !!state.lastError && (!state.fetchedAt || state.lastError.at >= state.fetchedAt);
  const last = failedLast ? state.lastError : undefined;
  const error = held ? { kind: held.kind, message: held.message } : last ? { kind: last.kind, message: last.message, at: last.at } : undefined;
  return {
    id,
    label: words.label,
    owner: words.owner,
    sourceUrl: marketSourceUrl(id),
    unit: MARKETS[id].unit,
    points: state.points,
    asOf: lastDate(state.points),
    ...(error ? { error } : {}),
  };
}

/**
 * The lag: each price drawn `weeks` weeks before its own date, so that at an indicator's date the chart shows
 * the price that many weeks later. Dates within `weeks` of the newest price get nothing (no price yet), never
 * a carried value.
 */
export function shiftByWeeks(points: readonly Point[], weeks: number): Point[] {
  if (!Number.isInteger(weeks) || weeks < 0 || weeks > MAX_LAG_WEEKS) throw new RangeError(`lag of ${weeks} weeks: 0 … ${MAX_LAG_WEEKS} whole weeks`);
  if (weeks === 0) return points.slice();
  return points.map(([d, v]) => [addDays(d, -7 * weeks), v]);
}
