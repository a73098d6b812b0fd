/** Builds each quantity from its providers' cached points, and says how fresh each provider is. */
import { overdue, RELEASES } from './calendar';
import { lastObservation, memoPerDoc, type CacheDoc } from './cache';
import { PROVIDERS, providersOf, type ProviderId, type SeriesKey } from './providers';
import { combine } from './series';
import type { IsoDate, Point } from './types';

export interface SeriesView {
  key: SeriesKey;
  points: Point[];
  /** The provider each point came from. */
  origin: ProviderId[];
}

export const seriesOf = memoPerDoc((doc, key: SeriesKey): SeriesView => ({
  key,
  ...combine(providersOf(key).map((id) => ({ id, points: doc.providers[id]?.points[key] ?? [] }))),
}));

export function knownSeries(doc: CacheDoc): Partial<Record<SeriesKey, Point[]>> {
  const out: Partial<Record<SeriesKey, Point[]>> = {};
  for (const id of Object.keys(doc.providers) as ProviderId[]) {
    for (const key of PROVIDERS[id].feeds) out[key] ??= seriesOf(doc, key).points;
  }
  return out;
}

export type Health = 'ok' | 'stale' | 'error';

export interface SourceStatus {
  provider: ProviderId;
  name: string;
  publisher: string;
  url: string;
  status: Health;
  /** Why it is not ok, in words; null when ok. */
  reason: string | null;
  /** Date of the newest observation held. */
  lastGoodDate: IsoDate | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  origin: 'snapshot' | 'live' | null;
}

export function providerStatus(doc: CacheDoc, id: ProviderId, now: number): SourceStatus {
  const def = PROVIDERS[id];
  const st = doc.providers[id];
  const last = lastObservation(st, def.main);
  const base = {
    provider: id,
    name: def.name,
    publisher: def.publisher,
    url: def.pageUrl,
    lastGoodDate: last,
    lastSuccessAt: st?.lastSuccessAt ?? null,
    lastAttemptAt: st?.lastAttemptAt ?? null,
    nextAttemptAt: st?.retryAt ?? null,
    origin: st?.origin ?? null,
  };
  if (!last) return { ...base, status: 'error', reason: st?.lastError ? `no data: ${st.lastError.message}` : 'no data yet' };
  const reasons: string[] = [];
  const failedLast = st!.lastError && (!st!.lastSuccessAt || st!.lastError.at >= st!.lastSuccessAt);
  if (failedLast) reasons.push(st!.lastError!.kind === 'permission' ? st!.lastError!.message : `last fetch failed (${st!.lastError!.message})`);
  if (st!.origin === 'snapshot' && !failedLast) reasons.push('bundled snapshot, not fetched on this install yet');
  const late = overdue(RELEASES[def.release], last, now);
  if (late) reasons.push(late);
  return { ...base, status: reasons.length ? 'stale' : 'ok', reason: reasons.length ? reasons.join('; ') : null };
}

const rank: Record<Health, number> = { ok: 0, stale: 1, error: 2 };
export const worse = (a: Health, b: Health): Health => (rank[a] >= rank[b] ? a : b);

/**
 * Health of a quantity as of its newest point: the provider that supplied that point, plus the
 * publisher of record when it is failing and another provider is standing in.
 */
export function seriesHealth(doc: CacheDoc, key: SeriesKey, now: number): { status: Health; reasons: string[]; supplier: ProviderId | null } {
  const view = seriesOf(doc, key);
  if (view.points.length === 0) return { status: 'error', reasons: [`no ${key} data`], supplier: null };
  const supplier = view.origin[view.origin.length - 1]!;
  const s = providerStatus(doc, supplier, now);
  let status = s.status;
  const reasons = s.reason ? [`${s.name}: ${s.reason}`] : [];
  const primary = providersOf(key)[0]!;
  if (primary !== supplier) {
    const p = providerStatus(doc, primary, now);
    if (p.reason && /failed|no data|not granted/.test(p.reason)) {
      reasons.push(`${p.name}: ${p.reason}; showing ${s.name}`);
      status = worse(status, 'stale');
    }
  }
  return { status, reasons, supplier };
}
