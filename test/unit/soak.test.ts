/**
 * Years of use: two years of the release calendar on a fake clock. The worker's alarm is followed exactly
 * (wakeFor after every refresh), each refresh asks the in-process loopback publishers of
 * test/helpers/soak-publishers.ts (the real payloads, published day by day on the release calendar), and
 * one request in ten meets a fault: a timeout, a 429 with Retry-After, an HTML block page with status 200,
 * a body cut off, a unit change, or a publisher revising a recent observation.
 */
import { describe, expect, it } from 'vitest';
import { type CacheDoc } from '../../src/core/cache';
import { nyWallTimeToUtc } from '../../src/core/calendar';
import { PROVIDERS, type ProviderId, type SeriesKey } from '../../src/core/providers';
import { checkWrite, itemBytes, STORAGE_LOCAL_QUOTA_BYTES } from '../../src/core/quota';
import { runRefresh, wakeFor } from '../../src/core/refresh';
import { isSeries } from '../../src/core/series';
import { fixturesDoc } from '../helpers/docs';
import { publishedOnly, soakPublishers } from '../helpers/soak-publishers';

const START = nyWallTimeToUtc('2024-06-24', 7, 0); // a Monday morning in New York: the install
const END = nyWallTimeToUtc('2026-06-24', 7, 0); // two years of releases later
const JITTER_MS = 7 * 60_000;
const SEED = 20;
/** The longest answer a refresh may get after the one-time histories: NY Fed's 60-day window, Fiscal Data's 10 days of rows. */
const MAX_ROWS = 100;
/** The bound the cache document must stay under after two years (Chrome's storage.local quota is 10 MB). */
const DOC_BOUND_BYTES = 3 * 1_048_576;

async function soak() {
  const publishers = soakPublishers(SEED);
  // The bundled snapshot as it would have been built just before the install: what had been published by then.
  let doc: CacheDoc = publishedOnly(fixturesDoc(), START - 86_400_000);
  let now = START;
  let wakes = 0;
  let maxBytes = 0;
  /** Wakes that asked no publisher anything (each one still loads and writes the whole document). */
  let idleWakes = 0;
  const started = performance.now();
  while (now < END) {
    const mode = wakes === 0 ? 'manual' : 'scheduled'; // the install's first refresh, then the alarm
    const asked = publishers.stats.requests;
    const r = await runRefresh(doc, { now, fetchText: publishers.fetchAt(now), jitterMs: JITTER_MS, pause: async () => undefined }, mode);
    doc = r.doc;
    wakes++;
    if (publishers.stats.requests === asked) idleWakes++;
    if (wakes % 250 === 0) maxBytes = Math.max(maxBytes, itemBytes('cache', doc));
    const next = wakeFor('calendar', doc, now, JITTER_MS)!;
    expect(next).toBeGreaterThan(now);
    now = next;
  }
  const bytes = itemBytes('cache', doc);
  return { doc, publishers, wakes, idleWakes, bytes, maxBytes: Math.max(maxBytes, bytes), ms: performance.now() - started };
}

describe('two years of refreshes with one fault in ten', () => {
  it('keeps every observation the publishers served, once, with its latest revision, in a document well under the quota', async () => {
    const { doc, publishers, wakes, idleWakes, bytes, maxBytes, ms } = await soak();
    const { served, stats } = publishers;
    const missing: string[] = [], wrong: string[] = [], extra: string[] = [];
    let observations = 0;
    for (const [provider, byKey] of served) {
      for (const [key, truth] of byKey) {
        const cached = doc.providers[provider as ProviderId]?.points[key as SeriesKey] ?? [];
        expect(isSeries(cached), `${provider}.${key} is strictly ascending (no date twice)`).toBe(true);
        const byDate = new Map(cached);
        for (const [d, v] of truth) {
          observations++;
          const c = byDate.get(d);
          if (c === undefined) missing.push(`${provider}.${key} ${d}`);
          else if (Math.abs(c - v) > 1e-9 * Math.max(1, Math.abs(v))) wrong.push(`${provider}.${key} ${d}: cache ${c}, served ${v}`);
        }
        // Nothing in the simulated years that no publisher served.
        for (const [d] of cached) if (d >= '2024-06-22' && !truth.has(d)) extra.push(`${provider}.${key} ${d}`);
      }
    }
    const taken = stats.revisions.filter((r) => served.get(r.provider)?.get(PROVIDERS[r.provider as ProviderId].main)?.get(r.date) === r.to);
    console.info(
      `soak: ${wakes} wakes (${idleWakes} idle), ${stats.requests} requests, faults ${JSON.stringify(stats.faults)}, ${observations} observations served, ` +
        `${stats.revisions.length} revisions (${taken.length} served in a whole answer and taken), cache ${bytes} B (max ${maxBytes} B), ${Math.round(ms)} ms`,
    );
    expect({ missing: missing.slice(0, 5), wrong: wrong.slice(0, 5), extra: extra.slice(0, 5) }).toEqual({ missing: [], wrong: [], extra: [] });
    expect(observations).toBeGreaterThan(5_000);
    // Every kind of fault happened, about one request in ten.
    for (const [kind, n] of Object.entries(stats.faults)) expect(n, kind).toBeGreaterThan(10);
    const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
    expect(faults / stats.requests).toBeGreaterThan(0.08);
    expect(faults / stats.requests).toBeLessThan(0.12);
    // Revisions are taken: each one served in a whole answer is what the cache holds for its date.
    expect(taken.length).toBeGreaterThan(20);
    for (const r of taken) expect(doc.providers[r.provider as ProviderId]!.points[PROVIDERS[r.provider as ProviderId].main]!.find(([d]) => d === r.date)?.[1]).toBeCloseTo(r.to, 9);
    // The next refresh asks only for what is new (and the few days it re-reads for revisions): after the one-time histories, no answer is long.
    expect(stats.maxRowsPerAnswer).toBeLessThanOrEqual(MAX_ROWS);
    // Histories are asked once per provider (again only after a fault), except by a fallback that holds nothing yet: FRED
    // RPONTTLD and WTREGEN publish from 2025 and 2026 in these files, so until then each of their turns asks from 2007.
    const history = new Map<string, number>();
    for (const u of stats.historyRequests) {
      const endpoint = u.replace(/[?&](cosd|startDate|endDate)=[\d-]+/g, '');
      history.set(endpoint, (history.get(endpoint) ?? 0) + 1);
    }
    for (const [u, n] of history) if (!/id=(RPONTTLD|WTREGEN)/.test(u)) expect(n, u).toBeLessThanOrEqual(3);
    // The alarm wakes the worker only when there is something to ask: not every minute while FRED is held back.
    expect(idleWakes).toBeLessThanOrEqual(wakes / 100);
    // The document after two years, as Chrome counts it, stays far below storage.local's 10 MB.
    expect(maxBytes).toBeLessThan(DOC_BOUND_BYTES);
    expect(checkWrite('cache', doc, 0).ok).toBe(true);
    expect(DOC_BOUND_BYTES).toBeLessThan(STORAGE_LOCAL_QUOTA_BYTES / 3);
  }, 300_000);
});
