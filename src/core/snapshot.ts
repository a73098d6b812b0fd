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
  { provider: 'fred:WALCL', files: ['fred-csv-WALCL.csv'] },
  { provider: 'fred:IORB', files: ['fred-csv-IORB.csv'] },
  { provider: 'fred:SOFR', files: ['fred-csv-SOFR-from-2018.csv', 'fred-csv-SOFR.csv'] },
  { provider: 'fred:EFFR', files: ['fred-csv-legacy-DATE-EFFR.csv', 'fred-csv-EFFR.csv', 'fred-csv-EFFR-program-written-excerpt-2025-2026.csv'] },
  { provider: 'fred:RRPONTSYD', files: ['fred-csv-RRPONTSYD.csv'] },
  { provider: 'fiscaldata:dts', files: ['fiscaldata-dts-operating-cash-balance.json', 'fiscaldata-dts-operating-cash-balance-download-2021-2026.csv'] },
  { provider: 'fred:WTREGEN', files: ['fred-csv-WTREGEN.csv'] },
  { provider: 'nyfed:sofr', files: ['nyfed-sofr-search.json'] },
  { provider: 'nyfed:effr', files: ['nyfed-effr-search.json'] },
  { provider: 'nyfed:rp', files: ['nyfed-rp-all-lastTwoWeeks-operations-array-program-written.json'] },
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

export function buildSnapshotFromFixtures(readFixture: (name: string) => string, builtAt: number): CacheDoc {
  let doc = emptyDoc(builtAt);
  for (const { provider, files } of FIXTURE_PLAN) {
    for (const file of files) {
      doc = applyAnswer(doc, provider, [readFixture(file)], { now: builtAt, requestedFrom: null, origin: 'snapshot' }).doc;
    }
  }
  return withInfo(doc, builtAt, 'fixtures');
}

export async function buildSnapshotLive(fetchText: FetchText, builtAt: number): Promise<{ doc: CacheDoc; failed: string[] }> {
  let doc = emptyDoc(builtAt);
  const failed: string[] = [];
  // Two passes: the first fetches every primary and backfills history, the second whatever the first left thin.
  for (let pass = 0; pass < 2; pass++) {
    const r = await runRefresh(doc, { now: builtAt, fetchText, jitterMs: 0 }, 'manual');
    doc = r.doc;
    for (const o of r.outcomes) if (!o.ok) failed.push(`${o.provider}: ${o.error?.message}`);
  }
  return { doc: withInfo(doc, builtAt, 'live'), failed };
}
