/**
 * The cache document: everything the worker knows, in one versioned object that is always written
 * whole, so a refresh cut off half-way leaves the previous document in place.
 */
import { isIsoDate } from './dates';
import { isProviderId, PROVIDERS, type ProviderId, type SeriesKey } from './providers';
import type { SourceErrorKind } from './result';
import { isSeries } from './series';
import type { IsoDate, Point } from './types';

export const CACHE_VERSION = 1;

export interface ProviderState {
  points: Partial<Record<SeriesKey, Point[]>>;
  /** 'snapshot' until the first successful fetch on this install. */
  origin: 'snapshot' | 'live';
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: { kind: SourceErrorKind; message: string; at: string; httpStatus?: number };
  /** Consecutive failures, for backoff. */
  failures: number;
  /** Not before this time (backoff, Retry-After, or waiting for a late release). */
  retryAt?: string;
  /** Re-checks spent waiting for a release that is late. */
  lateChecks?: number;
  /** A one-time history backfill was done. */
  backfilled?: boolean;
  /** How the unit was established on the last fetch. */
  note?: string;
}

export interface SnapshotInfo {
  builtAt: string;
  from: 'fixtures' | 'live';
  /** Newest observation per provider in the snapshot. */
  dataThrough: Partial<Record<ProviderId, IsoDate>>;
}

export interface CacheDoc {
  version: typeof CACHE_VERSION;
  writtenAt: string;
  snapshot: SnapshotInfo | null;
  providers: Partial<Record<ProviderId, ProviderState>>;
  /** A publisher left alone as a whole until a time (FRED after an answer that looks like a block). */
  hold?: { fred?: { until: string; reason: string } };
}

export function emptyDoc(now: number): CacheDoc {
  return { version: CACHE_VERSION, writtenAt: new Date(now).toISOString(), snapshot: null, providers: {} };
}

/**
 * Providers an earlier version kept and this one does not: dropped from a stored document, not a reason to
 * discard it. FRED RPONTSYD counted Treasury collateral only; SRF take-up is RPONTTLD (all collateral).
 */
const RETIRED_PROVIDERS = ['fred:RPONTSYD'];

/** Checks a stored document; anything not exactly right is rejected with a reason (and then rebuilt). */
export function validateCacheDoc(x: unknown): { ok: true; doc: CacheDoc } | { ok: false; reason: string } {
  if (typeof x !== 'object' || x === null) return { ok: false, reason: 'not an object' };
  let d = x as Partial<CacheDoc>;
  if (typeof d.providers === 'object' && d.providers !== null && RETIRED_PROVIDERS.some((id) => id in d.providers!)) {
    d = { ...d, providers: Object.fromEntries(Object.entries(d.providers).filter(([id]) => !RETIRED_PROVIDERS.includes(id))) };
  }
  if (d.version !== CACHE_VERSION) return { ok: false, reason: `version ${String(d.version)}, expected ${CACHE_VERSION}` };
  if (typeof d.writtenAt !== 'string' || Number.isNaN(Date.parse(d.writtenAt))) return { ok: false, reason: 'bad writtenAt' };
  if (typeof d.providers !== 'object' || d.providers === null) return { ok: false, reason: 'no providers' };
  if (d.hold !== undefined && (typeof d.hold !== 'object' || d.hold === null || (d.hold.fred !== undefined && (typeof d.hold.fred?.until !== 'string' || typeof d.hold.fred.reason !== 'string')))) {
    return { ok: false, reason: 'bad hold' };
  }
  for (const [id, st] of Object.entries(d.providers)) {
    if (!isProviderId(id)) return { ok: false, reason: `unknown provider ${id}` };
    if (typeof st !== 'object' || st === null || typeof st.points !== 'object' || st.points === null) return { ok: false, reason: `${id}: no points` };
    if (st.origin !== 'snapshot' && st.origin !== 'live') return { ok: false, reason: `${id}: bad origin` };
    if (typeof st.failures !== 'number') return { ok: false, reason: `${id}: bad failures` };
    for (const [key, pts] of Object.entries(st.points)) {
      if (!PROVIDERS[id].feeds.includes(key as SeriesKey)) return { ok: false, reason: `${id}: unexpected series ${key}` };
      if (!isSeries(pts) || !pts.every(([date]) => isIsoDate(date))) return { ok: false, reason: `${id}.${key}: not an ascending series of finite numbers` };
    }
  }
  return { ok: true, doc: d as CacheDoc };
}

/** Memoises f(doc, key) for as long as the (immutable) document lives; at most `limit` keys, oldest out first. */
export function memoPerDoc<K, V>(f: (doc: CacheDoc, key: K) => V, limit = Infinity): (doc: CacheDoc, key: K) => V {
  const memo = new WeakMap<CacheDoc, Map<K, V>>();
  return (doc, key) => {
    let m = memo.get(doc);
    if (!m) memo.set(doc, (m = new Map()));
    if (!m.has(key)) {
      if (m.size >= limit) m.delete(m.keys().next().value as K);
      m.set(key, f(doc, key));
    }
    return m.get(key)!;
  };
}

export function lastObservation(st: ProviderState | undefined, key: SeriesKey): IsoDate | null {
  const pts = st?.points[key];
  return pts && pts.length ? pts[pts.length - 1]![0] : null;
}


/**
 * After an extension update, a newer bundled snapshot may know more than this install's cache (a long
 * time offline, or history the cache never fetched). Adds snapshot observations before and after what
 * the cache holds; never replaces an observation the cache has.
 */
export function mergeSnapshot(doc: CacheDoc, snapshot: CacheDoc): CacheDoc {
  const providers = { ...doc.providers };
  for (const id of Object.keys(snapshot.providers) as ProviderId[]) {
    const snap = snapshot.providers[id]!;
    const mine = providers[id];
    if (!mine) {
      providers[id] = snap;
      continue;
    }
    const points = { ...mine.points };
    for (const [key, s] of Object.entries(snap.points) as Array<[SeriesKey, Point[]]>) {
      const m = points[key] ?? [];
      if (m.length === 0) {
        points[key] = s;
        continue;
      }
      const first = m[0]![0], last = m[m.length - 1]![0];
      points[key] = [...s.filter(([d]) => d < first), ...m, ...s.filter(([d]) => d > last)];
    }
    providers[id] = { ...mine, points };
  }
  return { ...doc, snapshot: snapshot.snapshot, providers };
}
