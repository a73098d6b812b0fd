/**
 * The chart's Compare with the markets, in real Chromium with the built extension: Bitcoin (FRED CBBTCUSD) and
 * the S&P 500 (FRED SP500) come from a loopback FRED under its real name, with the real fixture bytes — asked
 * only when the reader picks one, one request at a time and paced with the other FRED requests, kept in their
 * own storage key, never in the snapshot or the CSV export, and named with their owners under the chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesCsv } from '../../src/core/export';
import { FRED_GAP_MS } from '../../src/core/refresh';
import { DIST, loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { csvMap } from '../helpers/fixtures';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';
import { FAULTS } from '../helpers/publishers';
import { servePages, type PageServer } from '../../scripts/page-server';

const BTC = csvMap('fred-csv-CBBTCUSD-excerpt-2025-08-to-2026-09.csv');
const SPX = csvMap('fred-csv-SP500-excerpt-2024-12-to-2026-09.csv');
const newest = (m: Map<string, number>) => [...m.keys()].sort().pop()!;
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let server: PublisherServer;
let pages: PageServer;
let ext: Loaded;
/** The chart opened in these tests, its 1Y range as the worker's series gives it. */
const CHART = 'reserves_gdp';
let from: string;
let last: string;
let points1y: number;

const fredLog = () => server.log.filter((x) => x.url.startsWith('https://fred.stlouisfed.org/'));
const asked = (fredId: string) => server.log.filter((x) => x.url.startsWith(`https://fred.stlouisfed.org/graph/fredgraph.csv?id=${fredId}&`));

beforeAll(async () => {
  server = await startPublisherServer();
  pages = await servePages({ '/note.html': '<!doctype html><html><head><meta charset="utf-8"></head><body><article><h1>Fed watch</h1><p>The Federal Reserve said bank reserves fell this week.</p></article></body></html>' });
  ext = await loadExtension([...server.chromiumArgs(), ...pages.args(['www.reuters.com'])]);
  // The install refresh (every publisher, then FRED's one-time backfills) is written in one go when it ends.
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt, 120_000);
  const series = await ext.send({ type: 'series/get', id: CHART, lang: 'en' });
  last = series.points[series.points.length - 1][0];
  // 1Y: the points within 365 days of the newest; the second series is drawn over the dates they span.
  const shown = series.points.filter(([d]: [string]) => d >= plusDays(last, -365));
  from = shown[0][0];
  points1y = shown.length;
});
afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await server?.close();
});

async function openChart(): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 400, height: 700 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  await page.click(`[data-ll-card="${CHART}"] .card-main`);
  await page.waitForSelector(`[data-ll-chart="${CHART}"] .plot[data-drawn]`);
  return page;
}

const plot = (page: Page) => page.locator(`[data-ll-chart="${CHART}"] .plot`);
const compare = (page: Page) => page.locator(`[data-ll-chart="${CHART}"] .chart-bar select`).first();
const attrs = (page: Page) =>
  plot(page).evaluate((el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>);

/** Waits until the chart has been drawn with this second series (and lag). */
async function drawnWith(page: Page, overlay: string, lag?: number): Promise<Record<string, string>> {
  await page.waitForFunction(
    ([sel, o, l]) => {
      const d = (document.querySelector(sel as string) as HTMLElement | null)?.dataset;
      return !!d && d.overlay === o && (l === null || d.overlayLag === String(l));
    },
    [`[data-ll-chart="${CHART}"] .plot`, overlay, lag ?? null] as const,
  );
  return attrs(page);
}

/** Pixels of the indicator's own line (the accent colour), so a line broken into nothing is caught. */
const accentInk = (page: Page) =>
  page.locator(`[data-ll-chart="${CHART}"] canvas`).evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 128 && Math.abs(d[i]! - 9) < 40 && Math.abs(d[i + 1]! - 105) < 40 && Math.abs(d[i + 2]! - 218) < 40) n++;
    return n;
  });

/** The market prices expected on the 1Y chart with a lag: each price drawn 7·lag days before its date. */
function expected(prices: Map<string, number>, lag: number): { count: number; first: string } {
  const drawn = [...prices.entries()].map(([d, v]) => [plusDays(d, -7 * lag), v] as const).filter(([d]) => d >= from && d <= last).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { count: drawn.length, first: `${drawn[0]![0]}=${drawn[0]![1]}` };
}

/** Changes one stored market's state from inside the worker (as the clock would age it); null drops it. */
const editMarket = (id: string, patch: Record<string, unknown> | null) =>
  ext.worker.evaluate(
    async ([key, p]) => {
      const all = (await chrome.storage.local.get('markets')).markets ?? {};
      if (p) all[key] = { ...all[key], ...p };
      else delete all[key];
      await chrome.storage.local.set({ markets: all });
    },
    [id, patch] as const,
  );
/** Fetched 13 hours ago: past the 12 hours the prices are answered from storage. */
const stale = () => {
  const at = new Date(Date.now() - 13 * 3_600_000).toISOString();
  return { fetchedAt: at, lastAttemptAt: at };
};

describe('Compare with the markets', () => {
  it('nothing is asked before a pick, and the bundled snapshot holds neither market', async () => {
    const page = await openChart();
    expect(Number((await attrs(page)).drawn)).toBe(points1y);
    expect(await compare(page).locator('optgroup option').allTextContents()).toEqual(['Bitcoin', 'S&P 500']);
    // The refresh's own FRED requests are seen as they end, and the time of the last one kept in storage.
    const fred = fredLog();
    const kept = await ext.worker.evaluate(async () => (await chrome.storage.local.get('fredLastRequestAt')).fredLastRequestAt);
    expect(Math.abs(kept - fred[fred.length - 1]!.end)).toBeLessThan(1_000);
    await page.waitForTimeout(500);
    expect(asked('CBBTCUSD')).toEqual([]);
    expect(asked('SP500')).toEqual([]);
    for (const file of [join(DIST, 'snapshot.json'), new URL('../../public/snapshot.json', import.meta.url).pathname]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toContain('fred:WRESBAL'); // the control: it is the snapshot, with FRED's ids in it
      expect(text, file).not.toContain('CBBTCUSD');
      expect(text, file).not.toContain('SP500');
    }
    await page.close();
  });

  it('Bitcoin: one request after the pick, drawn on a log axis beside the indicator’s own line, its owner named; a second pick uses the cache', async () => {
    const page = await openChart();
    const ink = await accentInk(page);
    expect(ink).toBeGreaterThan(200);
    const picked = Date.now();
    await compare(page).selectOption('market:btc');
    const a = await drawnWith(page, 'btc', 0);
    expect(asked('CBBTCUSD').map((x) => x.url)).toEqual(['https://fred.stlouisfed.org/graph/fredgraph.csv?id=CBBTCUSD&cosd=2014-01-01']);
    expect(asked('CBBTCUSD')[0]!.start).toBeGreaterThanOrEqual(picked);
    expect(a.series).toBe('2');
    expect(a.overlayScale).toBe('log');
    const lag0 = expected(BTC, 0);
    expect(Number(a.overlayPoints)).toBe(lag0.count);
    expect(a.overlayFirst).toBe(lag0.first);
    // The indicator is drawn as before: every point, and its line (a daily series beside it leaves it whole).
    expect(Number(a.drawn)).toBe(points1y);
    expect(await accentInk(page)).toBeGreaterThan(ink * 0.6);
    const owner = page.locator('[data-ll-market-owner]');
    expect(await owner.textContent()).toBe(`Bitcoin: Coinbase, via FRED CBBTCUSD · newest price ${newest(BTC)} · right axis, log scale`);
    expect(await owner.locator('a').getAttribute('href')).toBe('https://fred.stlouisfed.org/series/CBBTCUSD');
    // Picked again, here and in a new popup: answered from storage, FRED not asked.
    await compare(page).selectOption('');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).dataset.series === '1', `[data-ll-chart="${CHART}"] .plot`);
    expect(await page.locator('[data-ll-lag]').count()).toBe(0); // the lag control only with a market
    await compare(page).selectOption('market:btc');
    expect(Number((await drawnWith(page, 'btc')).overlayPoints)).toBe(lag0.count);
    const again = await openChart();
    await compare(again).selectOption('market:btc');
    expect(Number((await drawnWith(again, 'btc')).overlayPoints)).toBe(lag0.count);
    expect(asked('CBBTCUSD')).toHaveLength(1);
    await Promise.all([page.close(), again.close()]);
  });

  it('the lag draws at the indicator’s date the price N weeks later', async () => {
    const page = await openChart();
    await compare(page).selectOption('market:btc');
    await drawnWith(page, 'btc', 0);
    const lag = page.locator('[data-ll-lag]');
    expect(await lag.locator('option').count()).toBe(13); // 0 … 12 weeks
    await lag.selectOption('4');
    const a = await drawnWith(page, 'btc', 4);
    expect(await lag.locator('option:checked').textContent()).toBe('price 4 weeks later');
    const lag4 = expected(BTC, 4);
    expect(a.overlayFirst).toBe(lag4.first);
    // At the date it is drawn on, the value is the file's price 28 days later.
    const [at, value] = a.overlayFirst!.split('=');
    expect(Number(value)).toBe(BTC.get(plusDays(at!, 28)));
    expect(at! >= from).toBe(true);
    expect(Number(a.overlayPoints)).toBe(lag4.count);
    expect(lag4.count).not.toBe(expected(BTC, 0).count);
    await lag.selectOption('12');
    expect((await drawnWith(page, 'btc', 12)).overlayFirst).toBe(expected(BTC, 12).first);
    expect(asked('CBBTCUSD')).toHaveLength(1);
    await page.close();
  });

  it('the S&P 500, separately: one request, its holidays left as gaps, its owner named', async () => {
    const page = await openChart();
    await compare(page).selectOption('market:spx');
    const a = await drawnWith(page, 'spx', 0);
    expect(asked('SP500').map((x) => x.url)).toEqual(['https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500&cosd=2014-01-01']);
    const lag0 = expected(SPX, 0);
    expect(Number(a.overlayPoints)).toBe(lag0.count); // the file's empty values (holidays) are not points
    expect(a.overlayFirst).toBe(lag0.first);
    expect(a.overlayScale).toBe('log');
    expect(await page.locator('[data-ll-market-owner]').textContent()).toBe(`S&P 500: S&P Dow Jones Indices LLC, via FRED SP500 · newest price ${newest(SPX)} · right axis, log scale`);
    // Each FRED request came at least FRED_GAP_MS after the one before it ended.
    const log = fredLog();
    for (let i = 1; i < log.length; i++) expect(log[i]!.start - log[i - 1]!.end, log[i]!.url).toBeGreaterThanOrEqual(FRED_GAP_MS - 100);
    await page.close();
  });

  it('the prices stay in their own storage key: not in the cache document, not in the CSV export', async () => {
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.local.get('markets')).markets);
    expect(stored.btc.points.length).toBe(BTC.size); // the control: they are stored
    expect(stored.spx.points.length).toBe(SPX.size);
    const doc = await ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache);
    expect(JSON.stringify(doc)).not.toMatch(/CBBTCUSD|SP500|"btc"|"spx"/);
    const csv = seriesCsv(doc);
    expect(csv).toMatch(/^reserves,/m);
    expect(csv).not.toMatch(/CBBTCUSD|SP500|btc|spx/i);
    // The options page's export, as the reader gets it.
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export cached series (CSV)' }).click()]);
    const exported = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(exported).toMatch(/^reserves,/m);
    expect(exported).not.toMatch(/CBBTCUSD|SP500|btc|spx/i);
    // A price of the file at its own date appears nowhere in the export.
    expect(exported).not.toContain(`,${newest(BTC)},${BTC.get(newest(BTC))},`);
    await options.close();
  });

  it('paced: one request at a time, and FRED_GAP_MS after the last FRED request whose time is kept in storage (as an earlier worker leaves it)', async () => {
    await editMarket('btc', stale());
    await editMarket('spx', stale());
    const before = fredLog().length;
    const t0 = Date.now();
    await ext.worker.evaluate((t) => chrome.storage.local.set({ fredLastRequestAt: t }), t0);
    const [btc, spx] = await Promise.all([ext.send({ type: 'markets/get', id: 'btc', lang: 'en' }), ext.send({ type: 'markets/get', id: 'spx', lang: 'en' })]);
    const made = fredLog().slice(before);
    expect(made.map((x) => x.url).sort()).toEqual([
      `https://fred.stlouisfed.org/graph/fredgraph.csv?id=CBBTCUSD&cosd=${plusDays(newest(BTC), -7)}`,
      `https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500&cosd=${plusDays(newest(SPX), -7)}`,
    ]);
    expect(made[0]!.start - t0).toBeGreaterThanOrEqual(FRED_GAP_MS - 100);
    expect(made[1]!.start - made[0]!.end).toBeGreaterThanOrEqual(FRED_GAP_MS - 100);
    // Whole answers: the prices are all kept, none added twice.
    expect([btc.points.length, spx.points.length, btc.error, spx.error]).toEqual([BTC.size, SPX.size, undefined, undefined]);
    expect(btc).toMatchObject({ id: 'btc', label: 'Bitcoin', owner: 'Bitcoin: Coinbase, via FRED CBBTCUSD', sourceUrl: 'https://fred.stlouisfed.org/series/CBBTCUSD', unit: 'usd', asOf: newest(BTC) });
    expect(spx).toMatchObject({ id: 'spx', unit: 'index', asOf: newest(SPX) });
  });

  it('while the cache document holds FRED, nothing is asked: the reason is shown and the prices kept are drawn', async () => {
    await editMarket('btc', stale());
    const reason = 'fred.stlouisfed.org answered like a block (HTTP 403); FRED is left alone until later';
    const setHold = (hold: unknown) =>
      ext.worker.evaluate(async (h) => {
        const doc = (await chrome.storage.local.get('cache')).cache;
        if (h) doc.hold = { fred: h };
        else delete doc.hold;
        const seen = new Promise<void>((ok) => chrome.storage.onChanged.addListener(function once() {
          chrome.storage.onChanged.removeListener(once);
          ok();
        }));
        await chrome.storage.local.set({ cache: doc });
        await seen; // the worker's own listener has dropped its in-memory copy
      }, hold);
    await setHold({ until: new Date(Date.now() + 3_600_000).toISOString(), reason });
    const before = fredLog().length;
    const page = await openChart();
    await compare(page).selectOption('market:btc');
    const a = await drawnWith(page, 'btc', 0);
    expect(Number(a.overlayPoints)).toBe(expected(BTC, 0).count);
    await expect.poll(() => page.locator('[data-ll-market-note]').textContent()).toBe(`The Bitcoin prices could not be updated from FRED (${reason}): the prices kept, to ${newest(BTC)}, are shown.`);
    expect(fredLog().length).toBe(before);
    await setHold(null);
    await page.close();
  });

  it('a failed fetch says so in the chart and the indicator is still drawn; a malformed answer keeps the prices kept', async () => {
    const kept = await ext.worker.evaluate(async () => (await chrome.storage.local.get('markets')).markets.btc);
    // Nothing cached, FRED answers 500.
    await editMarket('btc', null);
    server.fault((u) => u.includes('id=CBBTCUSD&'), FAULTS.http500);
    const before = asked('CBBTCUSD').length;
    const page = await openChart();
    const ink = await accentInk(page);
    await compare(page).selectOption('market:btc');
    const note = page.locator('[data-ll-market-note="failed"]');
    await note.waitFor();
    expect(await note.textContent()).toBe('The Bitcoin prices could not be fetched from FRED: HTTP 500 (500 Internal Server Error). The chart of the indicator is unaffected.');
    expect(asked('CBBTCUSD').length).toBe(before + 1);
    const a = await attrs(page);
    expect([a.series, a.overlayPoints, Number(a.drawn)]).toEqual(['1', '0', points1y]);
    expect(await accentInk(page)).toBeGreaterThan(ink * 0.9);
    await page.close();
    // Prices cached, FRED answers an HTML page with status 200: they are kept and drawn, and the note says so.
    server.clearFaults();
    server.fault((u) => u.includes('id=CBBTCUSD&'), FAULTS.htmlWith200);
    await editMarket('btc', { ...kept, ...stale() });
    const page2 = await openChart();
    await compare(page2).selectOption('market:btc');
    const b = await drawnWith(page2, 'btc', 0);
    expect(Number(b.overlayPoints)).toBe(expected(BTC, 0).count);
    await expect.poll(() => page2.locator('[data-ll-market-note="failed"]').textContent()).toMatch(new RegExp(`^The Bitcoin prices could not be updated from FRED \\(.*FRED is undergoing maintenance.*\\): the prices kept, to ${newest(BTC)}, are shown\\.$`));
    expect(asked('CBBTCUSD').length).toBe(before + 2);
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.local.get('markets')).markets.btc);
    expect(stored.points).toEqual(kept.points);
    expect(stored.lastError.kind).toBe('html');
    server.clearFaults();
    await page2.close();
  });

  it('a content script cannot make the worker fetch them; the extension’s own pages can', async () => {
    const page = await ext.ctx.newPage();
    await page.goto('https://www.reuters.com/note.html', { waitUntil: 'load' });
    await scanSettled(ext, page);
    await editMarket('spx', stale());
    const before = fredLog().length;
    const cdp = await ext.ctx.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.id));
    expect(world).toBeDefined();
    const r = await cdp.send('Runtime.evaluate', {
      expression: `Promise.all([{ type: 'markets/get', id: 'spx' }, { type: 'indicators/get' }].map((m) => chrome.runtime.sendMessage(m).then((a) => (a === undefined ? 'no answer' : 'answered'), () => 'no answer')))`,
      contextId: world!.id,
      awaitPromise: true,
      returnByValue: true,
    });
    await cdp.detach();
    expect(r.result.value).toEqual(['no answer', 'answered']);
    await page.waitForTimeout(FRED_GAP_MS + 500);
    expect(fredLog().length).toBe(before);
    expect((await ext.send({ type: 'markets/get', id: 'spx', lang: 'en' })).asOf).toBe(newest(SPX));
    expect(fredLog().length).toBe(before + 1);
    await page.close();
  });
});
