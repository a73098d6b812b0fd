/**
 * The built extension in real Chromium with no network at all: the worker must hold every indicator
 * from the bundled snapshot, say how old each is and why it is stale, and answer only its own pages.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextWake } from '../../src/core/refresh';
import { INDICATOR_IDS } from '../../src/core/types';
import { expectedLatest } from '../helpers/expected';
import { loadExtension, waitForCache, type Loaded } from '../helpers/extension';

let ext: Loaded;

beforeAll(async () => {
  ext = await loadExtension();
  // The install's first refresh fails (no network); wait until it has been recorded.
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
});
afterAll(() => ext?.close());

describe('offline, from the bundled snapshot', () => {
  it('answers indicators/get with every indicator, each equal to the value computed from the fixture files', async () => {
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    expect(a.indicators.map((i: any) => i.id)).toEqual([...INDICATOR_IDS]);
    expect(['ample', 'adequate', 'tight', 'stressed']).toContain(a.gauge.state);
    const expected = expectedLatest();
    for (const i of a.indicators) {
      expect(i.asOf, i.id).toBe(expected[i.id]!.asOf);
      const value = expected[i.id]!.value;
      if (value === null) expect([i.value, i.note], i.id).toEqual([null, expect.stringMatching(/FOMC decision/)]);
      else expect(i.value, i.id).toBeCloseTo(value, i.id === 'runway' ? 0 : 9);
      expect(i.source.url, i.id).toMatch(/^https:\/\//);
      expect(typeof i.unit).toBe('string');
    }
  });

  it('marks every source stale with its reason and last good date, and keeps the numbers', async () => {
    const a = await ext.send({ type: 'indicators/get' });
    for (const s of a.sources) {
      expect(s.status, s.provider).toBe('stale');
      expect(s.reason, s.provider).toMatch(/last fetch failed \(network error/);
      expect(s.lastGoodDate, s.provider).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
    for (const i of a.indicators) {
      expect(i.status).toBe('stale');
      expect(i.statusReason).toMatch(/last fetch failed/);
    }
    expect(a.snapshot).toMatchObject({ from: 'fixtures' });
  });

  it('answers series/get with history from 2019 or earlier, the September 2019 spike included', async () => {
    const ratio = await ext.send({ type: 'series/get', id: 'reserves_gdp' });
    expect(ratio).toMatchObject({ id: 'reserves_gdp', unit: 'pct' });
    expect(ratio.points[0][0] <= '2019-01-01').toBe(true);
    expect(new Map(ratio.points).get('2019-09-18')).toBeCloseTo(6.515, 3);
    const spread = await ext.send({ type: 'series/get', id: 'sofr_effr' });
    expect(new Map(spread.points).get('2019-09-17')).toBe(295);
    for (const id of INDICATOR_IDS) {
      const s = await ext.send({ type: 'series/get', id });
      expect(s.points.length, id).toBeGreaterThan(5);
    }
  });

  it('answers indicators/get as of a past date: only what was published by the end of that New York day', async () => {
    const a = await ext.send({ type: 'indicators/get', asOf: '2019-09-18' });
    expect(a.asOf).toBe('2019-09-18');
    const ratio = a.indicators.find((i: any) => i.id === 'reserves_gdp');
    // The week of 18 Sep 2019 is published on the 19th: the 18th still reads the week of the 11th.
    expect([ratio.asOf, ratio.details.find((d: any) => d.id === 'gdp').asOf]).toEqual(['2019-09-11', '2019-04-01']);
    expect(a.gauge.state).toBe('stressed');
    expect((await ext.send({ type: 'indicators/get' })).asOf).toBeNull();
  });

  it('answers nothing to malformed or unknown messages', async () => {
    for (const m of [{ type: 'nope' }, { type: 'series/get', id: 'reserves; drop' }, 'indicators/get', null, { type: 'indicators/get', lang: 'xx' }, { type: 'indicators/get', asOf: '2025-02-30' }, { type: 'indicators/get', asOf: 20251020 }]) {
      const r = await ext.page.evaluate((msg) => chrome.runtime.sendMessage(msg).then((x: unknown) => ({ answered: x !== undefined }), () => ({ answered: false })), m);
      expect(r).toEqual({ answered: false });
    }
  });

  it('is out of reach of web pages', async () => {
    const server = createServer((_, res) => res.end('<!doctype html><title>news</title><p>Bank reserves fell.</p>'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const page = await ext.ctx.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const reach = await page.evaluate(async (id) => {
      const runtime = (globalThis as any).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime messaging';
      try {
        return await runtime.sendMessage(id, { type: 'indicators/get' });
      } catch (e) {
        return `rejected: ${(e as Error).message}`;
      }
    }, ext.id);
    expect(typeof reach === 'string' ? reach : 'answered').not.toBe('answered');
    await page.close();
    server.close();
  });

  it('keeps its state in storage and sets the alarm for the next release or retry', async () => {
    const { doc, install, alarm } = await ext.worker.evaluate(async () => ({
      doc: (await chrome.storage.local.get('cache')).cache,
      install: (await chrome.storage.local.get('install')).install,
      alarm: await chrome.alarms.get('refresh'),
    }));
    expect(doc.version).toBe(1);
    expect(install.jitterMs).toBeGreaterThanOrEqual(0);
    expect(install.jitterMs).toBeLessThanOrEqual(15 * 60_000);
    // Offline, every source failed once: the alarm is their 5-minute backoff, as the core computes it.
    const written = Date.parse(doc.writtenAt);
    expect(alarm.scheduledTime).toBe(nextWake(doc, written, install.jitterMs));
    expect(alarm.scheduledTime - written).toBe(5 * 60_000);
  });
});
