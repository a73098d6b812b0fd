/** Builds each quantity from its providers' cached points, and says how fresh each provider is. */
import { overdue, RELEASES } from './calendar';
import { lastObservation, memoPerDoc, type CacheDoc } from './cache';
import { PROVIDERS, providersOf, type ProviderId, type SeriesKey } from './providers';
import { combine } from './series';
import { wordsList } from './messages';
import { say, type Say } from './say';
import type { IsoDate, Lang, Point } from './types';

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

interface ProviderHealth {
  base: Omit<SourceStatus, 'status' | 'reason'>;
  status: Health;
  reasons: Say[];
  /** It has no data, or its last fetch failed (a stand-in is worth saying so). */
  failing: boolean;
}

/** A fetch error in words: the publisher's own message (HTTP 500, a cut-off CSV) within the reader's language. */
function fetchFailed(error: { kind: string; message: string }): Say {
  const host = error.kind === 'permission' ? /^access to (\S+) not granted$/.exec(error.message)?.[1] : undefined;
  return host ? say('status_no_access', host) : say('status_fetch_failed', error.message);
}

function providerHealth(doc: CacheDoc, id: ProviderId, now: number): ProviderHealth {
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
  if (!last) {
    const why = st?.lastError ? say('status_no_data_error', fetchFailed(st.lastError)) : say('status_no_data_yet');
    return { base, status: 'error', reasons: [why], failing: true };
  }
  const reasons: Say[] = [];
  const failedLast = !!st!.lastError && (!st!.lastSuccessAt || st!.lastError.at >= st!.lastSuccessAt);
  if (failedLast) reasons.push(fetchFailed(st!.lastError!));
  if (st!.origin === 'snapshot' && !failedLast) reasons.push(say('status_snapshot'));
  const late = overdue(RELEASES[def.release], last, now);
  if (late) reasons.push(late);
  return { base, status: reasons.length ? 'stale' : 'ok', reasons, failing: failedLast };
}

export function providerStatus(doc: CacheDoc, id: ProviderId, now: number, lang: Lang = 'en'): SourceStatus {
  const h = providerHealth(doc, id, now);
  return { ...h.base, status: h.status, reason: h.reasons.length ? wordsList(lang, h.reasons) : null };
}

const rank: Record<Health, number> = { ok: 0, stale: 1, error: 2 };
export const worse = (a: Health, b: Health): Health => (rank[a] >= rank[b] ? a : b);

/**
 * Health of a quantity as of its newest point: the provider that supplied that point, plus the
 * publisher of record when it is failing and another provider is standing in.
 */
export function seriesHealth(doc: CacheDoc, key: SeriesKey, now: number): { status: Health; reasons: Say[]; supplier: ProviderId | null } {
  const view = seriesOf(doc, key);
  if (view.points.length === 0) return { status: 'error', reasons: [say('status_no_series', key)], supplier: null };
  const supplier = view.origin[view.origin.length - 1]!;
  const s = providerHealth(doc, supplier, now);
  let status = s.status;
  const reasons = s.reasons.map((r) => say('reason_of', s.base.name, r));
  const primary = providersOf(key)[0]!;
  if (primary !== supplier) {
    const p = providerHealth(doc, primary, now);
    if (p.failing) {
      // Its first reason is the failure (or the lack of any data).
      reasons.push(say('reason_of', p.base.name, say('status_showing_instead', p.reasons[0]!, s.base.name)));
      status = worse(status, 'stale');
    }
  }
  return { status, reasons, supplier };
}
