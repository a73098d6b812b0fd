/**
 * Real refreshes through the worker's own fetch code: Chromium resolves fred.stlouisfed.org,
 * markets.newyorkfed.org and api.fiscaldata.treasury.gov to a local HTTPS server that answers with the
 * real fixture bytes, then with the faults the real sources show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nyTime } from '../../src/core/calendar';
import { addDays } from '../../src/core/dates';
import { letTimePass, loadExtension, waitForCache, type Loaded } from '../helpers/extension';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';
import { FAULTS } from '../helpers/publishers';

let server: PublisherServer;
let ext: Loaded;

const PRIMARIES = ['fred:WRESBAL', 'fred:WALCL', 'fred:GDP', 'fred:IORB', 'nyfed:sofr', 'nyfed:effr', 'nyfed:rp', 'fiscaldata:dts'];

/** Drops cached observations after a date, from inside the worker; returns once the worker has seen it. */
async function truncateCache(cuts: Array<[provider: string, key: string, upTo: string]>): Promise<void> {
  await ext.worker.evaluate(async (list) => {
    const doc = (await chrome.storage.local.get('cache')).cache;
    for (const [provider, key, upTo] of list) {
      const pts = doc.providers[provider].points;
      pts[key] = pts[key].filter(([d]: [string]) => d <= upTo);
    }
    const seen = new Promise<void>((ok) => chrome.storage.onChanged.addListener(function once() {
      chrome.storage.onChanged.removeListener(once);
      ok();
    }));
    await chrome.storage.local.set({ cache: doc });
    await seen; // the worker's own listener, registered first, has dropped its in-memory copy
  }, cuts);
}

beforeAll(async () => {
  server = await startPublisherServer();
  ext = await loadExtension(server.chromiumArgs());
  await waitForCache(ext, (doc) => PRIMARIES.every((id) => doc.providers[id]?.lastAttemptAt));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('refreshing from the publishers', () => {
  it('the install refresh asks every publisher, for new observations only', () => {
    const urls = server.requests;
    const sixtyDaysAgo = addDays(nyTime(Date.now()).date, -60); // the NY Fed is asked for 60 days at most
    expect(urls).toContain('https://fred.stlouisfed.org/graph/fredgraph.csv?id=WRESBAL&cosd=2026-05-13');
    expect(urls).toContain('https://fred.stlouisfed.org/graph/fredgraph.csv?id=WALCL&cosd=2025-11-26');
    expect(urls.some((u) => u.startsWith(`https://markets.newyorkfed.org/api/rates/unsecured/effr/search.json?startDate=${sixtyDaysAgo}&endDate=`))).toBe(true);
    // SOFR's percentiles only the NY Fed publishes: its search back-fills them once, from 2018 on.
    expect(urls.some((u) => u.startsWith('https://markets.newyorkfed.org/api/rates/secured/sofr/search.json?startDate=2007-01-01&endDate='))).toBe(true);
    expect(urls.some((u) => u.startsWith(`https://markets.newyorkfed.org/api/rp/results/search.json?startDate=${sixtyDaysAgo}&endDate=`))).toBe(true);
    expect(urls.some((u) => u.includes('api.fiscaldata.treasury.gov') && u.includes('filter=record_date:gte:2026-06-13'))).toBe(true);
    // One-time backfills of thin histories, from FRED.
    expect(urls).toContain('https://fred.stlouisfed.org/graph/fredgraph.csv?id=RRPONTSYD&cosd=2007-01-01');
  });

  it('asks FRED one request at a time, about 2 s apart, and the others alongside', async () => {
    // The install refresh: the four publishers of record, then the one-time history backfills.
    await waitForCache(ext, (doc) => !!doc.providers['fred:WTREGEN']?.lastAttemptAt && !!doc.providers['fred:RRPONTSYD']?.lastAttemptAt);
    const fred = server.log.filter((x) => x.url.startsWith('https://fred.stlouisfed.org/'));
    expect(fred.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < fred.length; i++) {
      expect(fred[i]!.start - fred[i - 1]!.end, fred[i]!.url).toBeGreaterThanOrEqual(1_900);
    }
    // The NY Fed and Fiscal Data were asked while FRED was still being paced.
    const others = server.log.filter((x) => !x.url.startsWith('https://fred.stlouisfed.org/'));
    expect(Math.max(...others.map((x) => x.start))).toBeLessThan(fred[fred.length - 1]!.start);
  });

  it('a manual refresh within a minute of the last one leaves FRED alone', async () => {
    const asked = server.requests.length;
    await ext.send({ type: 'indicators/refresh' });
    expect(server.requests.slice(asked).filter((u) => u.startsWith('https://fred.stlouisfed.org/'))).toEqual([]);
  });

  it('ten seconds for the NY Fed and Fiscal Data: asked again after that, while FRED is still left alone', async () => {
    // Every attempt moved 11 s back (as the clock would): past the others' ten seconds, within FRED's minute.
    const back = (ms: number) =>
      ext.worker.evaluate(async (by) => {
        const doc = (await chrome.storage.local.get('cache')).cache;
        for (const st of Object.values(doc.providers) as Array<{ lastAttemptAt?: string }>) if (st.lastAttemptAt) st.lastAttemptAt = new Date(Date.parse(st.lastAttemptAt) - by).toISOString();
        delete doc.hold;
        await chrome.storage.local.set({ cache: doc });
      }, ms);
    await ext.send({ type: 'indicators/refresh' });
    let asked = server.requests.length;
    await ext.send({ type: 'indicators/refresh' }); // at once: nobody asked
    expect(server.requests.slice(asked)).toEqual([]);
    await back(11_000);
    asked = server.requests.length;
    await ext.send({ type: 'indicators/refresh' });
    const now = server.requests.slice(asked);
    expect(now.some((u) => u.startsWith('https://markets.newyorkfed.org/'))).toBe(true);
    expect(now.some((u) => u.startsWith('https://api.fiscaldata.treasury.gov/'))).toBe(true);
    expect(now.filter((u) => u.startsWith('https://fred.stlouisfed.org/'))).toEqual([]);
  });

  it('one refresh at a time: two asked together make one round of requests, and both get its answer', async () => {
    await letTimePass(ext);
    server.fault((u) => u.includes('/rates/secured/sofr/'), (real) => ({ ...real, delayMs: 1500 }));
    const asked = server.requests.length;
    const [a, b] = await Promise.all([ext.send({ type: 'indicators/refresh' }), ext.send({ type: 'indicators/refresh' })]);
    server.clearFaults();
    const now = server.requests.slice(asked);
    const sofr = now.filter((u) => u.includes('/rates/secured/sofr/'));
    expect(sofr, sofr.join(' ')).toHaveLength(1);
    expect(now.filter((u) => u.includes('id=WRESBAL'))).toHaveLength(1);
    // Both answers are of that one refresh: the same attempt at each source.
    const attempt = (x: any) => x.sources.find((src: any) => src.provider === 'nyfed:sofr').lastAttemptAt;
    expect(attempt(a)).toBe(attempt(b));
    expect(attempt(a)).not.toBeNull();
  });

  it('cache/clear drops the cache, answers from the bundled snapshot and starts a refresh', async () => {
    const asked = server.requests.length;
    const cleared = await ext.send({ type: 'cache/clear' });
    expect(cleared.indicators.length).toBeGreaterThan(10);
    await waitForCache(ext, (doc) => PRIMARIES.every((id) => Date.parse(doc.providers[id]?.lastAttemptAt ?? '') > Date.now() - 60_000));
    const now = server.requests.slice(asked);
    for (const host of ['fred.stlouisfed.org', 'markets.newyorkfed.org', 'api.fiscaldata.treasury.gov']) expect(now.some((u) => u.startsWith(`https://${host}/`)), host).toBe(true);
  });

  it('records each answer: whole ones taken, a partial one refused with its reason', async () => {
    const a = await ext.send({ type: 'indicators/get' });
    const src = Object.fromEntries(a.sources.map((s: any) => [s.provider, s]));
    for (const id of ['fred:WRESBAL', 'fred:WALCL', 'fred:GDP', 'fred:IORB', 'nyfed:sofr', 'nyfed:effr', 'nyfed:rp']) {
      expect(src[id].lastSuccessAt, id).not.toBeNull();
      expect(src[id].reason ?? '', id).not.toMatch(/failed/);
      expect(src[id].origin, id).toBe('live');
    }
    // The Treasury sample answer ends in July 2025, before the cached June 2026: refused, data kept.
    expect(src['fiscaldata:dts']).toMatchObject({ status: 'stale', lastGoodDate: '2026-06-23', lastSuccessAt: null });
    expect(src['fiscaldata:dts'].reason).toMatch(/last fetch failed \(tga: ends at 2025-07-11, before the cached 2026-06-23/);
  });

  it('brings a cache that fell behind back up to date on a manual refresh', async () => {
    await truncateCache([
      ['fred:WRESBAL', 'reserves', '2026-04-01'],
      ['fiscaldata:dts', 'tga', '2025-07-01'],
    ]);
    const before = await ext.send({ type: 'indicators/get' });
    expect(before.indicators[0]).toMatchObject({ id: 'reserves', asOf: '2026-04-01' });
    await letTimePass(ext);
    const after = await ext.send({ type: 'indicators/refresh' });
    expect(after.indicators[0]).toMatchObject({ id: 'reserves', value: 3033.444, asOf: '2026-06-17', previous: 3080.723 });
    expect(server.requests).toContain('https://fred.stlouisfed.org/graph/fredgraph.csv?id=WRESBAL&cosd=2026-02-25');
    const doc = await waitForCache(ext, () => true);
    expect(doc.providers['fiscaldata:dts'].points.tga.slice(-2)).toEqual([['2025-07-10', 288.395], ['2025-07-11', 282.363]]);
  });

  it('keeps good data and marks the source stale with the reason when a source fails (HTTP 500, HTML page, truncated CSV)', async () => {
    const before = await ext.send({ type: 'indicators/get' });
    server.fault((u) => u.includes('id=WALCL'), () => FAULTS.http500());
    server.fault((u) => u.includes('/rates/secured/sofr/'), () => FAULTS.htmlWith200());
    server.fault((u) => u.includes('id=WRESBAL'), (real) => FAULTS.truncated(real));
    const asked = server.requests.length;
    await letTimePass(ext);
    const a = await ext.send({ type: 'indicators/refresh' });
    server.clearFaults();
    const src = Object.fromEntries(a.sources.map((s: any) => [s.provider, s]));
    expect(src['fred:WALCL']).toMatchObject({ status: 'stale', lastGoodDate: '2025-12-31' });
    expect(src['fred:WALCL'].reason).toMatch(/last fetch failed \(HTTP 500/);
    expect(src['nyfed:sofr'].reason).toMatch(/last fetch failed \(an HTML page \("FRED is undergoing maintenance"\)/);
    expect(src['fred:WRESBAL'].reason).toMatch(/last fetch failed \(CSV does not end with a newline: the body was cut off\)/);
    const byId = (x: any) => Object.fromEntries(x.indicators.map((i: any) => [i.id, i]));
    for (const id of ['reserves', 'fed_assets', 'reserves_gdp', 'net_liquidity', 'balance_sheet_pace']) {
      expect(byId(a)[id].value, id).toBe(byId(before)[id].value);
      expect(byId(a)[id].asOf, id).toBe(byId(before)[id].asOf);
      expect(byId(a)[id].status, id).toBe('stale');
    }
    expect(byId(a).fed_assets.statusReason).toMatch(/FRED WALCL: last fetch failed \(HTTP 500/);
    // The NY Fed's SOFR failed, so FRED's SOFR was asked in the same refresh; the other sources kept working.
    const now = server.requests.slice(asked);
    expect(now.some((u) => u.includes('id=SOFR&cosd='))).toBe(true);
    expect(src['fred:GDP'].reason ?? '').not.toMatch(/failed/);
  });

  it('the cadence in the options: "only by hand" sets no alarm, "at most daily" none sooner than 23 hours after the last attempt', async () => {
    const alarm = () => ext.worker.evaluate(async () => (await chrome.alarms.get('refresh'))?.scheduledTime ?? null);
    const lastAttempt = await ext.worker.evaluate(async () => {
      const doc = (await chrome.storage.local.get('cache')).cache;
      return Math.max(...Object.values(doc.providers).map((st: any) => Date.parse(st.lastAttemptAt ?? '') || 0));
    });
    const setCadence = (refresh: string) => ext.page.evaluate((r) => chrome.storage.sync.set({ settings: { refresh: r } }), refresh);
    const until = async (ok: (t: number | null) => boolean, what: string) => {
      for (let i = 0; i < 100; i++) {
        const t = await alarm();
        if (ok(t)) return t;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out: ${what}`);
    };
    const calendar = await alarm();
    expect(calendar).not.toBeNull();
    await setCadence('manual');
    await until((t) => t === null, 'no alarm under "only by hand"');
    await setCadence('daily');
    const daily = await until((t) => t !== null, 'an alarm under "at most daily"');
    expect(daily!).toBeGreaterThanOrEqual(lastAttempt + 23 * 3_600_000);
    await setCadence('calendar');
    await until((t) => t !== null && t < daily!, 'the release calendar again');
  });

  it('wakes at the earliest pending retry, and never sooner than a minute from now (the README’s schedule, not the core’s code)', async () => {
    const MIN_MS = 60_000;
    const alarm = () => ext.worker.evaluate(async () => (await chrome.alarms.get('refresh'))?.scheduledTime ?? null);
    /** Sets each source's retry time, then has the worker schedule again (a settings change does; daily first, then back). */
    const retries = async (at: Record<string, number>, others: number) => {
      await ext.worker.evaluate(async ([list, rest]) => {
        const doc = (await chrome.storage.local.get('cache')).cache;
        for (const [id, st] of Object.entries(doc.providers) as Array<[string, { retryAt?: string }]>) st.retryAt = new Date((list as Record<string, number>)[id] ?? (rest as number)).toISOString();
        await chrome.storage.local.set({ cache: doc });
      }, [at, others] as const);
      await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { refresh: 'daily' } }));
      for (let i = 0; i < 100 && ((await alarm()) ?? 0) < Date.now() + 20 * 3_600_000; i++) await new Promise((r) => setTimeout(r, 100));
      const before = Date.now();
      await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { refresh: 'calendar' } }));
      return before;
    };
    const settled = async (ok: (t: number) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const t = await alarm();
        if (t !== null && ok(t)) return t;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the alarm did not move: ${await alarm()}`);
    };
    // One source retries in 7 minutes, every other in 50: the worker wakes in 7.
    const now = Date.now();
    await retries({ 'fred:WALCL': now + 7 * MIN_MS }, now + 50 * MIN_MS);
    expect(await settled((t) => t < now + 20 * 3_600_000)).toBe(now + 7 * MIN_MS);
    // A retry already due: not at once, but a minute after scheduling.
    const due = await retries({ 'nyfed:sofr': Date.now() - MIN_MS }, Date.now() + 50 * MIN_MS);
    const t = await settled((x) => x < due + 20 * 3_600_000);
    expect(t).toBeGreaterThanOrEqual(due + MIN_MS);
    expect(t).toBeLessThanOrEqual(Date.now() + MIN_MS);
  });
});
