/**
 * One refresh: decide which providers to ask, ask them, and fold every whole answer into a new cache
 * document. Pure apart from the injected fetch, so the worker, `npm run snapshot` and the tests share it.
 */
import { seriesOf } from './assemble';
import { lastObservation, type CacheDoc, type ProviderState } from './cache';
import { latestRelease, nextRelease, nyTime, observationOf, RELEASES } from './calendar';
import { addDays } from './dates';
import {
  HISTORY_FROM,
  HISTORY_TARGET,
  PRIMARY_PROVIDERS,
  PROVIDERS,
  SERIES,
  type ParseContext,
  type ProviderId,
  type SeriesKey,
} from './providers';
import { fail, ok, type Result, type SourceError } from './result';
import { checkIncoming, mergeWindow } from './series';
import type { IsoDate, Point } from './types';

export interface HttpAnswer {
  status: number;
  body: string;
  retryAfter?: string | null;
}

/** Fetches a URL as text. Rejects only with a SourceError-shaped object (network, timeout). */
export type FetchText = (url: string) => Promise<HttpAnswer>;

export interface RefreshEnv {
  now: number;
  fetchText: FetchText;
  /** This install's fixed delay after each release, so installs do not all ask at once. */
  jitterMs: number;
  fredApiKey?: string | undefined;
  /** Waits between two FRED requests (the worker keeps itself alive meanwhile). */
  pause: (ms: number) => Promise<void>;
  /** Publishers' hosts the reader has not granted access to (Chrome's site access, Firefox's permissions panel). */
  withoutAccess?: readonly string[];
}

export type RefreshMode = 'scheduled' | 'manual';

export interface PlanItem {
  provider: ProviderId;
  from: IsoDate;
  why: 'due' | 'manual' | 'retry' | 'fallback' | 'backfill';
}

export interface Outcome {
  provider: ProviderId;
  why: PlanItem['why'];
  /** Request URLs, with any API key removed. */
  urls: string[];
  ok: boolean;
  error?: SourceError;
  /** Observations of the main series that are new to the cache. */
  added?: number;
  note?: string;
}

const MINUTE = 60_000;
/**
 * FRED's graph CSV sits behind bot management: about ten requests in twenty seconds from one address get
 * it blocked for an hour or more. It is asked one request at a time, this far apart.
 */
export const FRED_GAP_MS = 2_000;
/** A manual refresh this soon after the last attempt leaves FRED alone, and any other publisher after MANUAL_QUIET_MS. */
export const FRED_MANUAL_QUIET_MS = MINUTE;
export const MANUAL_QUIET_MS = 10_000;
const isFred = (id: ProviderId) => id.startsWith('fred:');
/** Re-check interval while a release is late, and how many times per release. */
const LATE_RECHECK_MS = 30 * MINUTE;
const LATE_RECHECKS = 8;

/** 5 min, 10, 20, 40 … capped at 6 h; never sooner than the server's Retry-After. */
export function backoffMs(failures: number, retryAfterSec?: number): number {
  const exp = Math.min(5 * MINUTE * 2 ** Math.max(0, failures - 1), 6 * 60 * MINUTE);
  return Math.max(exp, (retryAfterSec ?? 0) * 1000);
}

/** Retry-After as seconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.round((t - now) / 1000));
}

function rateLimited(st: ProviderState | undefined, now: number): boolean {
  return !!st?.retryAt && Date.parse(st.retryAt) > now && st.lastError?.kind === 'rate_limited';
}

function waiting(st: ProviderState | undefined, now: number): boolean {
  return !!st?.retryAt && Date.parse(st.retryAt) > now;
}

/** Whether a provider's newest release (plus this install's delay) has not been fetched yet. */
function releasePending(id: ProviderId, st: ProviderState | undefined, now: number, jitterMs: number): boolean {
  if (!st?.lastSuccessAt) return true;
  const release = latestRelease(RELEASES[PROVIDERS[id].release], now, jitterMs);
  return Date.parse(st.lastSuccessAt) < release;
}

function fromFor(id: ProviderId, st: ProviderState | undefined, today: IsoDate): IsoDate {
  const def = PROVIDERS[id];
  const last = lastObservation(st, def.main);
  const from = last ? addDays(last, -def.overlapDays) : def.coldFrom(today);
  const earliest = def.maxSpanDays ? addDays(today, -def.maxSpanDays) : from;
  return from < earliest ? earliest : from;
}

function needsBackfill(doc: CacheDoc, key: SeriesKey): boolean {
  const def = SERIES[key]!;
  if (doc.providers[def.backfill]?.backfilled) return false;
  // The combined series starts at the earliest of its providers' first observations (no combining needed, on every wake).
  const firsts = def.providers.map((id) => doc.providers[id]?.points[key]?.[0]?.[0]).filter((d): d is IsoDate => d !== undefined);
  return firsts.length === 0 || firsts.every((d) => d > HISTORY_TARGET);
}

/** The primaries to ask now, and one-time history backfills. Fallbacks are added after primaries fail. */
export function plan(doc: CacheDoc, now: number, mode: RefreshMode, jitterMs: number): PlanItem[] {
  const today = nyTime(now).date;
  const items = new Map<ProviderId, PlanItem>();
  const fredHeld = !!doc.hold?.fred && Date.parse(doc.hold.fred.until) > now;
  // Manual refreshes are rate-limited per publisher: a click storm asks nobody twice.
  const quiet = (id: ProviderId) => {
    if (isFred(id) && fredHeld) return true; // FRED answered like a block: nothing is asked of it until the hold ends
    const last = Date.parse(doc.providers[id]?.lastAttemptAt ?? '');
    return mode === 'manual' && now - last < (isFred(id) ? FRED_MANUAL_QUIET_MS : MANUAL_QUIET_MS);
  };
  for (const id of PRIMARY_PROVIDERS) {
    const st = doc.providers[id];
    if (rateLimited(st, now) || quiet(id)) continue; // a 429's Retry-After binds even a manual refresh
    if (mode === 'manual') items.set(id, { provider: id, from: fromFor(id, st, today), why: 'manual' });
    else if (st?.retryAt) {
      if (Date.parse(st.retryAt) <= now) items.set(id, { provider: id, from: fromFor(id, st, today), why: 'retry' });
    } else if (releasePending(id, st, now, jitterMs)) items.set(id, { provider: id, from: fromFor(id, st, today), why: 'due' });
  }
  for (const key of Object.keys(SERIES) as SeriesKey[]) {
    const b = SERIES[key]!.backfill;
    if (!needsBackfill(doc, key) || waiting(doc.providers[b], now) || quiet(b)) continue;
    items.set(b, { provider: b, from: HISTORY_FROM, why: 'backfill' });
  }
  return [...items.values()];
}

function stripKey(url: string): string {
  return url.replace(/api_key=[^&]*/, 'api_key=…');
}

function describeHttpError(status: number, body: string): string {
  const m = /"error_message"\s*:\s*"([^"]{1,160})"/.exec(body);
  if (m) return `HTTP ${status}: ${m[1]!.replace(/\s+/g, ' ')}`;
  const title = /<title[^>]*>([^<]{1,80})/i.exec(body)?.[1]?.trim();
  return `HTTP ${status}${title ? ` (${title})` : ''}`;
}

export async function fetchOne(url: string, env: Pick<RefreshEnv, 'fetchText' | 'now'>): Promise<Result<string>> {
  let answer: HttpAnswer;
  try {
    answer = await env.fetchText(url);
  } catch (e) {
    const err = e as Partial<SourceError>;
    const kind = err.kind === 'timeout' || err.kind === 'truncated' ? err.kind : 'network';
    return fail(kind, err.message ?? String(e));
  }
  if (answer.status >= 400) {
    const retryAfterSec = parseRetryAfter(answer.retryAfter, env.now);
    return fail(answer.status === 429 ? 'rate_limited' : 'http', describeHttpError(answer.status, answer.body), {
      httpStatus: answer.status,
      ...(retryAfterSec !== undefined ? { retryAfterSec } : {}),
    });
  }
  return ok(answer.body);
}

const MAX_PAGES = 20;

async function fetchBodies(id: ProviderId, from: IsoDate, env: RefreshEnv, urls: string[]): Promise<Result<string[]>> {
  const def = PROVIDERS[id];
  const today = nyTime(env.now).date;
  const url = def.request(from, today, { fredApiKey: env.fredApiKey, page: 1 });
  urls.push(stripKey(url));
  const first = await fetchOne(url, env);
  if (!first.ok) return first;
  const bodies = [first.value];
  const pages = def.pages ? Math.min(def.pages(first.value), MAX_PAGES) : 1;
  for (let page = 2; page <= pages; page++) {
    const next = def.request(from, today, { fredApiKey: env.fredApiKey, page });
    urls.push(stripKey(next));
    const body = await fetchOne(next, env);
    if (!body.ok) return body;
    bodies.push(body.value);
  }
  return ok(bodies);
}

export interface ApplyOptions {
  now: number;
  requestedFrom: IsoDate | null;
  origin: 'snapshot' | 'live';
  jitterMs?: number;
}

/**
 * What is known of a provider's own quantities, combined across providers, each worked out only when its parser
 * asks (a unit check), not all of them on every answer.
 */
function knownOf(doc: CacheDoc, keys: readonly SeriesKey[]): ParseContext['known'] {
  const known: ParseContext['known'] = {};
  for (const key of keys) Object.defineProperty(known, key, { enumerable: true, get: () => seriesOf(doc, key).points });
  return known;
}

/**
 * Folds one provider's answer into a new document: all of it, or — when any part is malformed,
 * partial or in a doubtful unit — none of it, with the reason recorded and the old data kept.
 */
export function applyAnswer(doc: CacheDoc, id: ProviderId, bodies: string[], opts: ApplyOptions): { doc: CacheDoc; outcome: Omit<Outcome, 'why' | 'urls'> } {
  const def = PROVIDERS[id];
  const parsed = def.parse(bodies, { known: knownOf(doc, def.feeds) });
  const st: ProviderState = doc.providers[id] ?? { points: {}, origin: opts.origin, failures: 0 };
  let error: SourceError | null = parsed.ok ? null : parsed.error;
  const points: Partial<Record<SeriesKey, Point[]>> = { ...st.points };
  let added = 0;
  if (parsed.ok) {
    for (const key of def.feeds) {
      const incoming = parsed.value.series[key] ?? [];
      const base = st.points[key] ?? [];
      const problem = checkIncoming(base, incoming, opts.requestedFrom);
      if (problem) {
        error = { ...problem, message: `${key}: ${problem.message}` };
        break;
      }
      if (key === def.main) {
        const known = new Set(base.map(([d]) => d));
        added = incoming.filter(([d]) => !known.has(d)).length;
      }
      if (incoming.length) points[key] = mergeWindow(base, incoming);
    }
  }
  if (opts.origin === 'snapshot') {
    if (error) throw new Error(`snapshot: ${id}: ${error.message}`);
    return { doc: { ...doc, providers: { ...doc.providers, [id]: { ...st, points, origin: 'snapshot' } } }, outcome: { provider: id, ok: true, added } };
  }
  if (error) return recordFailure(doc, id, error, opts.now);
  const at = new Date(opts.now).toISOString();
  const next: ProviderState = { ...st, points, origin: 'live', lastAttemptAt: at, lastSuccessAt: at, failures: 0 };
  delete next.lastError;
  delete next.retryAt;
  if (parsed.ok && parsed.value.note) next.note = parsed.value.note;
  // A release that has not appeared yet is re-checked a few times, then left to the next release.
  const rule = RELEASES[def.release];
  const expected = observationOf(rule, latestRelease(rule, opts.now, opts.jitterMs ?? 0));
  const newest = lastObservation(next, def.main);
  if (expected && newest && newest < expected && (st.lateChecks ?? 0) < LATE_RECHECKS) {
    next.lateChecks = (st.lateChecks ?? 0) + 1;
    next.retryAt = new Date(opts.now + LATE_RECHECK_MS).toISOString();
  } else delete next.lateChecks;
  return { doc: { ...doc, providers: { ...doc.providers, [id]: next } }, outcome: { provider: id, ok: true, added, ...(next.note ? { note: next.note } : {}) } };
}

/** A FRED answer that looks like bot management at work: a block page, a refusal or no answer in time. */
function looksBlocked(error: SourceError): boolean {
  return error.kind === 'html' || error.kind === 'timeout' || error.kind === 'rate_limited' || error.httpStatus === 403 || error.httpStatus === 503;
}

async function runItems(doc: CacheDoc, items: PlanItem[], env: RefreshEnv, fredAskedBefore = false): Promise<{ doc: CacheDoc; outcomes: Outcome[] }> {
  const ask = async (item: PlanItem) => {
    const urls: string[] = [];
    return { item, urls, bodies: await fetchBodies(item.provider, item.from, env, urls) };
  };
  const fold = (d: CacheDoc, { item, urls, bodies }: Awaited<ReturnType<typeof ask>>): { doc: CacheDoc; outcome: Outcome } => {
    let outcome: Omit<Outcome, 'why' | 'urls'>;
    if (bodies.ok) {
      ({ doc: d, outcome } = applyAnswer(d, item.provider, bodies.value, { now: env.now, requestedFrom: item.from, origin: 'live', jitterMs: env.jitterMs }));
      if (item.why === 'backfill' && outcome.ok) d = markBackfilled(d, item.provider);
    } else {
      ({ doc: d, outcome } = recordFailure(d, item.provider, bodies.error, env.now));
    }
    return { doc: d, outcome: { ...outcome, why: item.why, urls } };
  };
  // The NY Fed and Fiscal Data answer in parallel; FRED one request at a time, FRED_GAP_MS apart, and not
  // at all after an answer that looks like a block (which holds FRED back like a 429 would).
  const fredItems = items.filter((i) => isFred(i.provider));
  const others = Promise.all(items.filter((i) => !isFred(i.provider)).map(ask));
  const fredAnswers: Array<Awaited<ReturnType<typeof ask>>> = [];
  for (const [n, item] of fredItems.entries()) {
    if (n > 0 || fredAskedBefore) await env.pause(FRED_GAP_MS);
    const a = await ask(item);
    fredAnswers.push(a);
    const error = a.bodies.ok ? null : a.bodies.error;
    if (error && looksBlocked(error)) break;
  }
  const outcomes: Outcome[] = [];
  for (const a of [...(await others), ...fredAnswers]) {
    const r = fold(doc, a);
    doc = r.doc;
    outcomes.push(r.outcome);
  }
  // A parse error can show a block too (an HTML page with status 200).
  const blocked = outcomes.find((o) => isFred(o.provider) && o.error && looksBlocked(o.error));
  if (blocked) doc = holdFred(doc, blocked, env.now);
  return { doc, outcomes };
}

/**
 * FRED looks blocked: that provider backs off as after a 429 (Retry-After honoured, binding a manual refresh
 * too), and FRED as a whole is left alone until then.
 */
function holdFred(doc: CacheDoc, o: Outcome, now: number): CacheDoc {
  const st = doc.providers[o.provider]!;
  const until = new Date(now + backoffMs(st.failures, o.error!.retryAfterSec)).toISOString();
  const reason = `fred.stlouisfed.org answered like a block (${o.error!.message}); FRED is left alone until ${until}`;
  const next: ProviderState = { ...st, retryAt: until, lastError: { ...st.lastError!, kind: 'rate_limited', message: reason } };
  return { ...doc, hold: { ...doc.hold, fred: { until, reason } }, providers: { ...doc.providers, [o.provider]: next } };
}

function markBackfilled(doc: CacheDoc, id: ProviderId): CacheDoc {
  return { ...doc, providers: { ...doc.providers, [id]: { ...doc.providers[id]!, backfilled: true } } };
}

function recordFailure(doc: CacheDoc, id: ProviderId, error: SourceError, now: number): { doc: CacheDoc; outcome: Omit<Outcome, 'why' | 'urls'> } {
  const st: ProviderState = doc.providers[id] ?? { points: {}, origin: 'live', failures: 0 };
  const at = new Date(now).toISOString();
  const failures = st.failures + 1;
  const next: ProviderState = {
    ...st,
    lastAttemptAt: at,
    lastError: { kind: error.kind, message: error.message, at, ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}) },
    failures,
    retryAt: new Date(now + backoffMs(failures, error.retryAfterSec)).toISOString(),
  };
  delete next.lateChecks;
  return { doc: { ...doc, providers: { ...doc.providers, [id]: next } }, outcome: { provider: id, ok: false, error } };
}

/** The host a provider's requests go to (FRED's API host when a key is used). */
export function hostOf(id: ProviderId, fredApiKey?: string): string {
  return /^https:\/\/([^/]+)/.exec(PROVIDERS[id].request('2000-01-01', '2000-01-02', { fredApiKey }))![1]!;
}

/** A provider whose host the reader keeps closed: not asked, and it says so (no backoff: it is asked as soon as access is given). */
function recordNoAccess(doc: CacheDoc, id: ProviderId, host: string, now: number): CacheDoc {
  const st: ProviderState = doc.providers[id] ?? { points: {}, origin: 'live', failures: 0 };
  const next: ProviderState = { ...st, lastError: { kind: 'permission', message: `access to ${host} not granted`, at: new Date(now).toISOString() } };
  delete next.retryAt;
  return { ...doc, providers: { ...doc.providers, [id]: next } };
}

/** Runs a whole refresh and returns the new document; the caller stores it in one write. */
export async function runRefresh(doc: CacheDoc, env: RefreshEnv, mode: RefreshMode): Promise<{ doc: CacheDoc; outcomes: Outcome[] }> {
  const closed = new Set(env.withoutAccess ?? []);
  const reachable = (i: PlanItem) => !closed.has(hostOf(i.provider, env.fredApiKey));
  const planned = plan(doc, env.now, mode, env.jitterMs);
  const first = planned.filter(reachable);
  for (const i of planned.filter((x) => !reachable(x))) doc = recordNoAccess(doc, i.provider, hostOf(i.provider, env.fredApiKey), env.now);
  let { doc: next, outcomes } = await runItems(doc, first, env);
  // Where a publisher of record failed (now or still in backoff), ask the other provider of that quantity.
  const asked = new Set(first.map((i) => i.provider));
  const today = nyTime(env.now).date;
  const fallbacks = new Map<ProviderId, PlanItem>();
  for (const def of Object.values(SERIES)) {
    const [primary, ...others] = def!.providers;
    const pst = next.providers[primary!];
    const failing = pst?.lastError && (!pst.lastSuccessAt || pst.lastError.at >= pst.lastSuccessAt);
    if (!failing) continue;
    for (const id of others) {
      const st = next.providers[id];
      if (asked.has(id) || waiting(st, env.now) || (isFred(id) && next.hold?.fred && Date.parse(next.hold.fred.until) > env.now)) continue;
      if ((mode === 'manual' || releasePending(id, st, env.now, env.jitterMs)) && !closed.has(hostOf(id, env.fredApiKey))) fallbacks.set(id, { provider: id, from: fromFor(id, st, today), why: 'fallback' });
    }
  }
  if (fallbacks.size) {
    const more = await runItems(next, [...fallbacks.values()], env, first.some((i) => isFred(i.provider)));
    next = more.doc;
    outcomes = [...outcomes, ...more.outcomes];
  }
  return { doc: { ...next, writtenAt: new Date(env.now).toISOString() }, outcomes };
}

/** When the worker should wake next: the earliest release still to come, or a pending retry. */
export function nextWake(doc: CacheDoc, now: number, jitterMs: number): number {
  let t = Infinity;
  // While FRED is held back nothing is asked of it: its pending releases wait for the hold's end, not a wake a minute.
  const fredHold = doc.hold?.fred && Date.parse(doc.hold.fred.until) > now ? Date.parse(doc.hold.fred.until) : null;
  for (const id of PRIMARY_PROVIDERS) {
    const st = doc.providers[id];
    if (st?.retryAt) t = Math.min(t, Date.parse(st.retryAt));
    else if (releasePending(id, st, now, jitterMs)) t = Math.min(t, fredHold !== null && isFred(id) ? fredHold : now);
    else t = Math.min(t, nextRelease(RELEASES[PROVIDERS[id].release], now, jitterMs));
  }
  return Math.max(t, now + MINUTE);
}

const DAILY_GAP_MS = 23 * 3_600_000;

/** Something fetched apart from the cache document (the auctions): when it wants the worker awake, and its last attempt. */
export interface AlsoWake {
  wake: number;
  lastAttemptAt?: string | undefined;
}

/**
 * When the alarm should next wake for the reader's refresh cadence: every release (`calendar`), at most
 * once a day (`daily`: the release plan, but not sooner than 23 h after the last attempt), or never
 * (`manual`: null, only the popup's button refreshes). `also` joins the plan: the earlier wake wins, and its
 * last attempt counts towards the day.
 */
export function wakeFor(cadence: 'calendar' | 'daily' | 'manual', doc: CacheDoc, now: number, jitterMs: number, also?: AlsoWake): number | null {
  if (cadence === 'manual') return null;
  const planned = Math.min(nextWake(doc, now, jitterMs), also ? Math.max(also.wake, now + MINUTE) : Infinity);
  if (cadence === 'calendar') return planned;
  const attempts = [...PRIMARY_PROVIDERS.map((id) => doc.providers[id]?.lastAttemptAt), also?.lastAttemptAt].map((at) => Date.parse(at ?? '')).filter(Number.isFinite);
  const last = attempts.length ? Math.max(...attempts) : -Infinity;
  return Math.max(planned, last + DAILY_GAP_MS);
}
