/**
 * The snapshot bundled with the extension, so a fresh install shows real, dated numbers before its
 * first fetch. Built from the real payloads in test/fixtures/real (the committed one) or from the
 * live sources (`npm run snapshot`), through the same parsers and checks as a refresh.
 */
import { applyAnswer, runRefresh, type FetchText } from './refresh';
import { emptyDoc, lastObservation, type CacheDoc } from './cache';
import { PROVIDERS, type ProviderId } from './providers';

/** Fixture files per provider, oldest first: each later file must extend the earlier ones whole. */
export const FIXTURE_PLAN: ReadonlyArray<{ provider: ProviderId; files: readonly string[] }> = [
  { provider: 'fred:GDP', files: ['fred-csv-GDP.csv'] },
  { provider: 'fred:WRESBAL', files: ['fred-csv-legacy-DATE-WRESBAL.csv', 'fred-csv-WRESBAL.csv'] },
  { provider: 'fred:WRBWFRBL', files: ['fred-csv-WRBWFRBL.csv'] },
  { provider: 'fred:WALCL', files: ['fred-csv-WALCL.csv'] },
  { provider: 'fred:IORB', files: ['fred-csv-IORB.csv'] },
  { provider: 'fred:SOFR', files: ['fred-csv-SOFR-from-2018.csv', 'fred-csv-SOFR.csv'] },
  { provider: 'fred:EFFR', files: ['fred-csv-legacy-DATE-EFFR.csv', 'fred-csv-EFFR.csv', 'fred-csv-EFFR-program-written-excerpt-2025-2026.csv'] },
  { provider: 'fred:RRPONTSYD', files: ['fred-csv-RRPONTSYD.csv'] },
  { provider: 'fiscaldata:dts', files: ['fiscaldata-dts-operating-cash-balance.json', 'fiscaldata-dts-operating-cash-balance-download-2021-2026.csv'] },
  { provider: 'fred:WTREGEN', files: ['fred-csv-WTREGEN.csv'] },
  { provider: 'fred:WDTGAL', files: ['fred-csv-WDTGAL.csv'] },
  { provider: 'fred:RRPONTSYAWARD', files: ['fred-csv-legacy-DATE-RRPONTSYAWARD.csv'] },
  { provider: 'fred:RPONTTLD', files: ['fred-csv-RPONTTLD-excerpt-2025-03-to-2026-09.csv'] },
  { provider: 'nyfed:sofr', files: ['nyfed-sofr-search.json', 'nyfed-sofr-search-2025-09-to-2026-09.json'] },
  { provider: 'nyfed:tgcr', files: ['nyfed-tgcr-search-2025-09-to-2026-09.json'] },
  { provider: 'nyfed:effr', files: ['nyfed-effr-search.json'] },
  { provider: 'nyfed:rp', files: ['nyfed-rp-all-lastTwoWeeks-operations-array-program-written.json', 'nyfed-rp-all-results-search-2026-09.json'] },
];

function withInfo(doc: CacheDoc, builtAt: number, from: 'fixtures' | 'live'): CacheDoc {
  const dataThrough: Partial<Record<ProviderId, string>> = {};
  for (const id of Object.keys(doc.providers) as ProviderId[]) {
    const last = lastObservation(doc.providers[id], PROVIDERS[id].main);
    if (last) dataThrough[id] = last;
  }
  const providers = Object.fromEntries(
    Object.entries(doc.providers).map(([id, st]) => [id, { points: st!.points, origin: 'snapshot' as const, failures: 0, ...(st!.backfilled ? { backfilled: true } : {}) }]),
  );
  return { ...doc, writtenAt: new Date(builtAt).toISOString(), snapshot: { builtAt: new Date(builtAt).toISOString(), from, dataThrough }, providers };
}

/** Dated by its newest observation, so rebuilding it from the same files gives the same bytes. */
export function buildSnapshotFromFixtures(readFixture: (name: string) => string): CacheDoc {
  let doc = emptyDoc(0);
  for (const { provider, files } of FIXTURE_PLAN) {
    for (const file of files) {
      doc = applyAnswer(doc, provider, [readFixture(file)], { now: 0, requestedFrom: null, origin: 'snapshot' }).doc;
    }
  }
  const newest = Object.keys(doc.providers)
    .map((id) => lastObservation(doc.providers[id as ProviderId], PROVIDERS[id as ProviderId].main) ?? '')
    .sort()
    .pop()!;
  return withInfo(doc, Date.parse(`${newest}T23:59:59Z`), 'fixtures');
}

export async function buildSnapshotLive(fetchText: FetchText, builtAt: number, pause: (ms: number) => Promise<void>): Promise<{ doc: CacheDoc; failed: string[] }> {
  // On an empty document one manual refresh asks every publisher and backfills every history (FRED paced).
  const r = await runRefresh(emptyDoc(builtAt), { now: builtAt, fetchText, jitterMs: 0, pause }, 'manual');
  const failed = r.outcomes.filter((o) => !o.ok).map((o) => `${o.provider}: ${o.error?.message}`);
  return { doc: withInfo(r.doc, builtAt, 'live'), failed };
}
