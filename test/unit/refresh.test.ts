import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import type { CacheDoc } from '../../src/core/cache';
import { PRIMARY_PROVIDERS } from '../../src/core/providers';
import { backoffMs, FRED_GAP_MS, nextWake, parseRetryAfter, plan, runRefresh, type FetchText } from '../../src/core/refresh';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { FAULTS, publisherAnswer, type Answer } from '../helpers/publishers';

const NOW = Date.parse('2026-11-25T15:00:00Z'); // Wednesday 10:00 New York
const MIN = 60_000;

function publishers(override: (url: string, real: Answer) => Answer | undefined = () => undefined) {
  const asked: string[] = [];
  const fetchText: FetchText = async (url) => {
    asked.push(url);
    const real = publisherAnswer(url);
    const a = override(url, real) ?? real;
    return { status: a.status, body: a.body, retryAfter: a.headers?.['retry-after'] ?? null };
  };
  return { fetchText, asked };
}

/** The pauses between FRED requests, taken at once and written down (the worker's are real). */
const pauses: number[] = [];
const env = (fetchText: FetchText, now = NOW) => ({ now, fetchText, jitterMs: 0, pause: async (ms: number) => void pauses.push(ms) });
const withBackfilled = (doc: CacheDoc, id: keyof CacheDoc['providers']): CacheDoc => ({ ...doc, providers: { ...doc.providers, [id]: { ...doc.providers[id]!, backfilled: true } } });
const pts = (doc: CacheDoc, id: keyof CacheDoc['providers'], key: string) => (doc.providers[id]!.points as Record<string, unknown>)[key];

describe('what a refresh asks for', () => {
  it('a fresh install asks every publisher of record, and backfills the histories that start after 2019', () => {
    const items = plan(fixturesDoc(), NOW, 'scheduled', 0);
    const why = Object.fromEntries(items.map((i) => [i.provider, i.why]));
    for (const id of PRIMARY_PROVIDERS) expect(why[id]).toBeDefined();
    expect(why).toMatchObject({ 'fred:RRPONTSYD': 'backfill', 'fred:WTREGEN': 'backfill', 'fred:RPONTTLD': 'backfill', 'fred:IORB': 'backfill', 'fred:WRESBAL': 'due' });
    expect(items.find((i) => i.provider === 'fred:WRESBAL')!.from).toBe('2026-05-13'); // newest week minus 35 days of overlap
    // The NY Fed is asked for 60 days at most; FRED's copy fills a longer gap.
    expect(items.find((i) => i.provider === 'nyfed:effr')!.from).toBe('2026-09-26');
    // …except once for SOFR's percentiles, which only the NY Fed publishes: its search back-fills them from 2018.
    expect(items.find((i) => i.provider === 'nyfed:sofr')).toMatchObject({ why: 'backfill', from: '2007-01-01' });
    expect(plan(withBackfilled(fixturesDoc(), 'nyfed:sofr'), NOW, 'scheduled', 0).find((i) => i.provider === 'nyfed:sofr')!.from).toBe('2026-09-26');
  });

  it('asks FRED only for new observations (cosd) and never sends an API key in the clear to logs', async () => {
    const { fetchText, asked } = publishers();
    const r = await runRefresh(fixturesDoc(), { ...env(fetchText), fredApiKey: '0123456789abcdef0123456789abcdef' }, 'manual');
    expect(asked.find((u) => u.includes('WRESBAL'))).toContain('observation_start=2026-05-13');
    expect(r.outcomes.flatMap((o) => o.urls).join(' ')).not.toContain('0123456789abcdef');
  });
});

describe('a refresh with the publishers’ real payloads', () => {
  it('brings a cache that fell behind back up to date', async () => {
    const behind = { ...fixturesDoc(), providers: { ...fixturesDoc().providers, 'fred:WRESBAL': docAsOf(fixturesDoc(), '2026-04-01').providers['fred:WRESBAL'] } };
    const { fetchText, asked } = publishers();
    const r = await runRefresh(behind, env(fetchText), 'manual');
    expect(asked.some((u) => u === 'https://fred.stlouisfed.org/graph/fredgraph.csv?id=WRESBAL&cosd=2026-02-25')).toBe(true);
    const o = r.outcomes.find((x) => x.provider === 'fred:WRESBAL')!;
    expect(o).toMatchObject({ ok: true, added: 11 });
    expect(o.note).toBe('published in millions (told by history)');
    expect(buildIndicatorsAnswer(r.doc, NOW).indicators[0]).toMatchObject({ value: 3033.444, asOf: '2026-06-17' });
    expect(r.doc.providers['fred:WRESBAL']).toMatchObject({ origin: 'live', failures: 0, lastSuccessAt: new Date(NOW).toISOString() });
  });

  it('keeps the cache when an answer ends before it (Treasury’s sample ends July 2025), and says why', async () => {
    const { fetchText } = publishers();
    const before = fixturesDoc();
    const r = await runRefresh(before, env(fetchText), 'manual');
    const dts = r.doc.providers['fiscaldata:dts']!;
    expect(dts.lastError).toMatchObject({ kind: 'truncated' });
    expect(dts.lastError!.message).toMatch(/ends at 2025-07-11, before the cached 2026-06-23/);
    expect(dts.points).toEqual(before.providers['fiscaldata:dts']!.points);
  });

  it('fills a TGA gap from the Treasury API answer', async () => {
    const gap = { ...fixturesDoc(), providers: { ...fixturesDoc().providers, 'fiscaldata:dts': docAsOf(fixturesDoc(), '2025-07-01').providers['fiscaldata:dts'] } };
    const { fetchText, asked } = publishers();
    const r = await runRefresh(gap, env(fetchText), 'manual');
    expect(asked.find((u) => u.includes('fiscaldata'))).toContain('filter=record_date:gte:2025-06-21');
    expect((pts(r.doc, 'fiscaldata:dts', 'tga') as unknown[]).slice(-5)).toEqual([
      ['2025-07-07', 332.482], ['2025-07-08', 343.047], ['2025-07-09', 311.048], ['2025-07-10', 288.395], ['2025-07-11', 282.363],
    ]);
  });
});

describe('a failing source keeps its good data and says why', () => {
  const wresbal = (fault: (real: Answer) => Answer) => publishers((url, real) => (url.includes('id=WRESBAL') ? fault(real) : undefined));

  it.each([
    ['HTTP 500', () => FAULTS.http500(), 'http', /HTTP 500 \(500 Internal Server Error\)/],
    // FRED answering with a page instead of data looks like its bot management: it is held back as after a 429.
    ['an HTML page with status 200', () => FAULTS.htmlWith200(), 'rate_limited', /answered like a block \(an HTML page \("FRED is undergoing maintenance"\)/],
    ['an empty body', () => FAULTS.empty(), 'empty', /empty response/],
    ['a truncated CSV', (a: Answer) => FAULTS.truncated(a), 'truncated', /cut off/],
    ['a complete-looking CSV missing the last weeks', (a: Answer) => FAULTS.partial(a, 200), 'truncated', /ends at 2025-04-09, before the cached 2026-06-17/],
    ['a header change', (a: Answer) => FAULTS.headerChange(a), 'format', /unexpected CSV header "period,WRESBAL"/],
  ])('%s', async (_, fault, kind, message) => {
    const { fetchText } = wresbal(fault);
    const before = fixturesDoc();
    const r = await runRefresh(before, env(fetchText), 'manual');
    const st = r.doc.providers['fred:WRESBAL']!;
    expect(st.points).toEqual(before.providers['fred:WRESBAL']!.points);
    expect(st.lastError).toMatchObject({ kind });
    expect(st.lastError!.message).toMatch(message);
    expect(st).toMatchObject({ failures: 1, retryAt: new Date(NOW + 5 * MIN).toISOString() });
    const a = buildIndicatorsAnswer(r.doc, NOW);
    expect(a.sources.find((s) => s.provider === 'fred:WRESBAL')).toMatchObject({ status: 'stale', lastGoodDate: '2026-06-17' });
    expect(a.indicators[0]).toMatchObject({ value: 3033.444, asOf: '2026-06-17', status: 'stale' });
    expect(a.indicators[0]!.statusReason).toMatch(/last fetch failed/);
    expect(r.doc.providers['nyfed:rp']!.lastSuccessAt).toBe(new Date(NOW).toISOString()); // the others keep working
  });

  it('a change of unit is detected and normalised, not stored ×1000', async () => {
    const inBillions = (a: Answer): Answer => ({
      ...a,
      body: a.body.replace(/^(\d{4}-\d{2}-\d{2}),(\d+)$/gm, (_, d: string, v: string) => `${d},${(Number(v) / 1000).toFixed(3)}`),
    });
    const { fetchText } = wresbal(inBillions);
    const r = await runRefresh(fixturesDoc(), env(fetchText), 'manual');
    expect(r.doc.providers['fred:WRESBAL']!.note).toBe('published in billions (told by history)');
    expect(r.doc.providers['fred:WRESBAL']!.points.reserves!.at(-1)).toEqual(['2026-06-17', 3033.444]);
  });

  it('backs off 5, 10, 20 minutes, and honours Retry-After even for a manual refresh', async () => {
    let doc = fixturesDoc();
    const deltas: number[] = [];
    for (let k = 0; k < 3; k++) {
      const now = NOW + k * 60 * MIN;
      const { fetchText } = wresbal(() => FAULTS.http500());
      doc = (await runRefresh(doc, env(fetchText, now), 'manual')).doc;
      deltas.push((Date.parse(doc.providers['fred:WRESBAL']!.retryAt!) - now) / MIN);
    }
    expect(deltas).toEqual([5, 10, 20]);

    const limited = wresbal(() => FAULTS.rateLimited(3600));
    doc = (await runRefresh(fixturesDoc(), env(limited.fetchText), 'manual')).doc;
    expect(doc.providers['fred:WRESBAL']).toMatchObject({ retryAt: new Date(NOW + 3600_000).toISOString(), lastError: { kind: 'rate_limited', httpStatus: 429 } });
    const again = publishers();
    await runRefresh(doc, env(again.fetchText, NOW + 10 * MIN), 'manual');
    expect(again.asked.some((u) => u.includes('id=WRESBAL'))).toBe(false);
    const later = publishers();
    await runRefresh(doc, env(later.fetchText, NOW + 61 * MIN), 'scheduled');
    expect(later.asked.some((u) => u.includes('id=WRESBAL'))).toBe(true);
    expect(backoffMs(12)).toBe(6 * 60 * MIN);
    expect(parseRetryAfter('Wed, 25 Nov 2026 15:02:00 GMT', NOW)).toBe(120);
  });

  it('asks the other provider of a quantity when the publisher of record fails', async () => {
    const { fetchText, asked } = publishers((url) => (url.includes('/sofr/') ? FAULTS.http503() : undefined));
    // The NY Fed's SOFR held only to 1 Jun 2026: FRED's copy (to 23 Jun) then gives the newest days.
    const behind = { ...fixturesDoc(), providers: { ...fixturesDoc().providers, 'nyfed:sofr': docAsOf(fixturesDoc(), '2026-06-01').providers['nyfed:sofr'] } };
    const r = await runRefresh(behind, env(fetchText), 'manual');
    expect(r.outcomes.find((o) => o.provider === 'nyfed:sofr')).toMatchObject({ ok: false, error: { kind: 'http', retryAfterSec: 120 } });
    expect(r.outcomes.find((o) => o.provider === 'fred:SOFR')).toMatchObject({ ok: true, why: 'fallback' });
    expect(asked.filter((u) => u.includes('id=SOFR'))).toHaveLength(1);
    const sofrIorb = buildIndicatorsAnswer(r.doc, NOW).indicators.find((i) => i.id === 'sofr_iorb')!;
    expect(sofrIorb.source.name).toContain('FRED SOFR');
  });

  it('a network failure or a timeout is a typed error too', async () => {
    const fetchText: FetchText = async (url) => {
      if (url.includes('newyorkfed')) throw { kind: 'timeout', message: 'no answer within 30 s' };
      throw new TypeError('Failed to fetch');
    };
    const r = await runRefresh(fixturesDoc(), env(fetchText), 'manual');
    expect(r.doc.providers['nyfed:rp']!.lastError).toMatchObject({ kind: 'timeout' });
    expect(r.doc.providers['fred:WALCL']!.lastError).toMatchObject({ kind: 'network' });
    expect(r.doc.providers['fred:WALCL']!.points).toEqual(fixturesDoc().providers['fred:WALCL']!.points);
  });
});

describe('gentle on FRED', () => {
  /** Publishers that take a moment to answer, and a log of what was in flight together. */
  function timed(override: (url: string) => Answer | undefined = () => undefined) {
    const log: Array<{ url: string; inFlight: string[] }> = [];
    const flying = new Set<string>();
    const fetchText: FetchText = async (url) => {
      log.push({ url, inFlight: [...flying] });
      flying.add(url);
      await new Promise((r) => setTimeout(r, 5));
      flying.delete(url);
      const a = override(url) ?? publisherAnswer(url);
      return { status: a.status, body: a.body, retryAfter: a.headers?.['retry-after'] ?? null };
    };
    return { fetchText, log };
  }
  const fred = (u: string) => u.startsWith('https://fred.stlouisfed.org/');

  it('asks FRED one request at a time, 2 s apart, while the NY Fed and Fiscal Data answer in parallel', async () => {
    pauses.length = 0;
    const { fetchText, log } = timed();
    await runRefresh(fixturesDoc(), env(fetchText), 'scheduled');
    const fredAsks = log.filter((x) => fred(x.url));
    expect(fredAsks.length).toBeGreaterThan(4); // the four publishers of record and the one-time backfills
    for (const x of fredAsks) expect(x.inFlight.filter(fred), x.url).toEqual([]);
    expect(pauses).toEqual(Array(fredAsks.length - 1).fill(FRED_GAP_MS));
    // The others were asked together, without waiting for FRED.
    expect(log.filter((x) => !fred(x.url)).some((x) => x.inFlight.length > 0)).toBe(true);
  });

  it('a manual refresh within a minute of the last one does not ask FRED again', async () => {
    const first = await runRefresh(fixturesDoc(), env(timed().fetchText), 'manual');
    const soon = timed();
    await runRefresh(first.doc, env(soon.fetchText, NOW + 50_000), 'manual');
    expect(soon.log.filter((x) => fred(x.url))).toEqual([]);
    expect(soon.log.length).toBeGreaterThan(0); // the NY Fed and Fiscal Data are asked again
    const later = timed();
    await runRefresh(first.doc, env(later.fetchText, NOW + 61_000), 'manual');
    expect(later.log.some((x) => fred(x.url))).toBe(true);
  });

  it('an answer that looks like a block page stops FRED for the rest of the refresh and holds it back like a 429', async () => {
    const blocked = timed((u) => (u.includes('id=WRESBAL') ? { status: 403, body: '<html><title>Access Denied</title></html>' } : undefined));
    const r = await runRefresh(fixturesDoc(), env(blocked.fetchText), 'scheduled');
    expect(blocked.log.filter((x) => fred(x.url)).map((x) => new URL(x.url).searchParams.get('id'))).toEqual(['WRESBAL']);
    expect(r.doc.hold?.fred?.until).toBe(new Date(NOW + 5 * MIN).toISOString());
    expect(r.doc.providers['fred:WRESBAL']!.lastError).toMatchObject({ kind: 'rate_limited', httpStatus: 403 });
    // Not even a manual refresh asks FRED while the hold lasts; a refresh after it does.
    const during = timed();
    await runRefresh(r.doc, env(during.fetchText, NOW + 2 * MIN), 'manual');
    expect(during.log.filter((x) => fred(x.url))).toEqual([]);
    const after = timed();
    await runRefresh(r.doc, env(after.fetchText, NOW + 6 * MIN), 'scheduled');
    expect(after.log.some((x) => fred(x.url))).toBe(true);
    // A timeout counts as a block too.
    const rest = timed();
    const fetchText: FetchText = async (url) => (url.includes('id=WRESBAL') ? Promise.reject({ kind: 'timeout', message: 'no answer within 30 s' }) : rest.fetchText(url));
    expect((await runRefresh(fixturesDoc(), env(fetchText), 'scheduled')).doc.hold?.fred).toBeDefined();
  });
});

describe('the schedule', () => {
  it('re-checks a late release every 30 minutes, a few times', async () => {
    // The fixtures stop in 2026; on 25 Nov 2026 every answer looks late.
    const { fetchText } = publishers();
    const r = await runRefresh(fixturesDoc(), env(fetchText), 'manual');
    expect(r.doc.providers['fred:WALCL']).toMatchObject({ lateChecks: 1, retryAt: new Date(NOW + 30 * MIN).toISOString() });
    // The earliest wake is the Treasury answer's 5-minute backoff (it ended before the cache, above).
    expect(r.doc.providers['fiscaldata:dts']!.retryAt).toBe(new Date(NOW + 5 * MIN).toISOString());
    expect(nextWake(r.doc, NOW, 0)).toBe(NOW + 5 * MIN);
  });

  it('re-checks a late release at most 8 times, 30 minutes apart, then leaves it to the next release', async () => {
    const { fetchText } = publishers();
    let doc = fixturesDoc();
    const seen: Array<[attemptMin: number, lateChecks: number | undefined, retryMin: number | null]> = [];
    for (let k = 0; k < 9; k++) {
      const at = NOW + k * 30 * MIN;
      doc = (await runRefresh(doc, env(fetchText, at), k === 0 ? 'manual' : 'scheduled')).doc;
      const st = doc.providers['fred:WALCL']!;
      seen.push([(Date.parse(st.lastAttemptAt!) - NOW) / MIN, st.lateChecks, st.retryAt ? (Date.parse(st.retryAt) - NOW) / MIN : null]);
    }
    // Asked at each run; re-checked 30 minutes later eight times; the ninth leaves it to the next release.
    expect(seen).toEqual([[0, 1, 30], [30, 2, 60], [60, 3, 90], [90, 4, 120], [120, 5, 150], [150, 6, 180], [180, 7, 210], [210, 8, 240], [240, undefined, null]]);
  });

  it('wakes for the next release plus this install’s delay when everything is current', () => {
    const doc = fixturesDoc();
    const fresh: CacheDoc = {
      ...doc,
      providers: Object.fromEntries(Object.entries(doc.providers).map(([id, st]) => [id, { ...st!, origin: 'live', lastSuccessAt: new Date(NOW).toISOString() }])),
    };
    // 10:00 New York on Wednesday, after the SOFR, EFFR, IORB and GDP checks: next come the 13:15 reverse repo results.
    expect(new Date(nextWake(fresh, NOW, 7 * MIN)).toISOString()).toBe('2026-11-25T18:22:00.000Z');
  });
});
