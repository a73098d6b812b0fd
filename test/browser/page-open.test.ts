/**
 * page/open and the page answer, in real Chromium: a content script asks once; a stopped worker answers it from
 * the compact page answer without reading the cache document (the worker marks a read of it: ll-cache-read); an
 * article dated on a day not asked for since the data changed needs the whole cache, once; a new cache document
 * replaces the page answer before the pages are told, so what they repaint is the new data; a running worker
 * answers the next page from what it last read (no storage read), and takes what another page writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../scripts/demo-page';
import { servePages, type PageServer } from '../../scripts/page-server';
import { loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { stopServiceWorkers } from '../helpers/service-workers';
import { inShadow } from '../helpers/shadow';

const pills = async (p: Page, host = 'll-badge') => (await inShadow(p, host, '.pill', (e) => e.textContent ?? '')).join(' | ');

const real = (f: string) => readFileSync(join(new URL('../fixtures/pages', import.meta.url).pathname, f), 'utf8');
const HOST = 'www.reuters.com';
const pages: Record<string, string> = {
  '/seed.html': seedPageHtml(),
  // A byte-exact Reuters page of 2016 (test/fixtures/pages/SOURCES.md): a date no page asked for before.
  '/reuters-2016.html': real('pub-en01_reuters_fed-lifts-rates-trump-2016.html'),
};

let server: PageServer;
let ext: Loaded;

beforeAll(async () => {
  server = await servePages(pages);
  ext = await loadExtension(server.args([HOST]));
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
  // Marks off: the claims' own message reads the whole cache by design, after the badges are up (checked below).
  await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { claimMarks: false } }));
  await storedPageAnswer();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const stopWorker = () => stopServiceWorkers(ext.ctx, ext.page);

/** The marks of the worker running now (background/index.ts, store.ts). */
async function workerMarks(): Promise<Array<{ name: string; detail: unknown }>> {
  const w = ext.ctx.serviceWorkers().find((x) => x.url().includes(ext.id)) ?? (await ext.ctx.waitForEvent('serviceworker'));
  return w.evaluate(() => performance.getEntriesByType('mark').map((m) => ({ name: m.name, detail: (m as PerformanceMark).detail })));
}

async function open(path: string): Promise<Page> {
  const p = await ext.ctx.newPage();
  await p.goto(`https://${HOST}${path}`);
  const scan = await scanSettled(ext, p);
  expect(scan.blocks).toBeGreaterThan(0);
  return p;
}

/** The page answer once one is stored (a new cache document empties it until the worker writes the next). */
const readPageAnswer = () => ext.page.evaluate(async () => (await chrome.storage.local.get('pageAnswer')).pageAnswer ?? null);
async function storedPageAnswer(done: (a: any) => boolean = () => true): Promise<any> {
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
    const a = await readPageAnswer();
    if (a && done(a)) return a;
  }
  throw new Error('no such page answer stored within 30 s');
}

describe('page/open', () => {
  it('one answer: the settings, the article date, today’s numbers and those as of that date', async () => {
    const a = await ext.page.evaluate(() => chrome.runtime.sendMessage({ type: 'page/open', facts: { url: 'https://www.reuters.com/x', jsonLd: [], metas: [], times: ['2025-10-29T12:00:00Z'], texts: [], chinese: false } }));
    // From an extension page the URL is not a news site's: badges are off there, and nothing else is computed.
    expect(a).toEqual({ config: expect.objectContaining({ enabled: false }) });
  });

  it('a stopped worker answers a page from the page answer, without reading the cache; badges as before', async () => {
    const warm = await open('/seed.html');
    const pillsWarm = await pills(warm);
    expect(pillsWarm.length).toBeGreaterThan(0);
    await warm.close();
    expect((await storedPageAnswer())?.v).toBe(1);

    await stopWorker();
    const cold = await open('/seed.html');
    expect(await pills(cold)).toBe(pillsWarm);
    const marks = await workerMarks();
    expect(marks.find((m) => m.name === 'll-first-answer')?.detail).toBe('page/open');
    // The seed's date was asked before this stop: its answer is in storage.session, as today's is in storage.local.
    expect(marks.map((m) => m.name)).not.toContain('ll-cache-read');
    await cold.close();
  });

  it('with the marks on, the claims’ message reads the cache only after page/open was answered', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { claimMarks: true } }));
    await storedPageAnswer();
    const p = await open('/seed.html'); // asks for the seed's date again under the new settings
    await p.close();
    await stopWorker();
    const cold = await open('/seed.html');
    await expect.poll(async () => (await workerMarks()).map((m) => m.name)).toContain('ll-cache-read');
    const marks = await ext.ctx.serviceWorkers().find((x) => x.url().includes(ext.id))!.evaluate(() => ({
      answered: performance.getEntriesByName('ll-first-answer')[0]!.startTime,
      first: (performance.getEntriesByName('ll-first-answer')[0] as PerformanceMark).detail,
      cache: performance.getEntriesByName('ll-cache-read')[0]!.startTime,
    }));
    expect(marks.first).toBe('page/open');
    expect(marks.answered).toBeLessThan(marks.cache);
    await cold.close();
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { claimMarks: false } }));
    await storedPageAnswer();
  });

  it('an article dated on a day not asked for needs the whole cache, once', async () => {
    await stopWorker();
    const first = await open('/reuters-2016.html');
    expect((await workerMarks()).map((m) => m.name)).toContain('ll-cache-read');
    await first.close();
    await stopWorker();
    const again = await open('/reuters-2016.html');
    expect((await workerMarks()).map((m) => m.name)).not.toContain('ll-cache-read');
    await again.close();
  });

  it('a running worker answers pages again from what it read, and takes a change another page writes', async () => {
    const reads = async () => (await workerMarks()).filter((m) => m.name === 'll-page-storage-read').length;
    await stopWorker();
    const first = await open('/seed.html');
    const pillsFirst = await pills(first);
    await first.close();
    // The stopped worker read the settings and the page answers from storage once …
    const afterFirst = await reads();
    expect(afterFirst).toBeGreaterThan(0);
    const again = await open('/seed.html');
    // … and answers the next page from what it kept: no read, the same badges.
    expect(await pills(again)).toBe(pillsFirst);
    expect(await reads()).toBe(afterFirst);
    await again.close();
    // The options page writes the settings: the next page/open follows them (article badge only, no pill).
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { claimMarks: false, badgeDensity: 'article' } }));
    const article = await open('/seed.html');
    expect(await article.locator('ll-summary').count()).toBe(1);
    expect(await article.locator('ll-badge').count()).toBe(0);
    await article.close();
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { claimMarks: false } }));
    const back = await open('/seed.html');
    expect(await pills(back)).toBe(pillsFirst);
    await back.close();
  });

  it('a new cache document: the page answer is written again before pages are told, and they repaint with it', async () => {
    const p = await open('/seed.html');
    expect(await pills(p, 'll-badge[data-ll-indicator="rrp"]')).not.toContain('123');
    const before = await storedPageAnswer();
    const rrpBefore = before.numbers.indicators.find((i: { id: string }) => i.id === 'rrp');
    // The cache as the worker holds it, with the ON RRP's newest observation changed (as a revision would).
    await ext.page.evaluate(async () => {
      const { cache } = await chrome.storage.local.get('cache');
      for (const st of Object.values(cache.providers) as Array<{ points: Record<string, Array<[string, number]>> }>) {
        const rows = st.points.rrp;
        if (rows?.length) rows[rows.length - 1]![1] = 123.456;
      }
      await chrome.storage.local.set({ cache });
    });
    const after = await storedPageAnswer((a) => a.numbers.indicators.find((i: { id: string }) => i.id === 'rrp')?.value === 123.456);
    expect(after.id).not.toBe(before.id);
    expect(rrpBefore.value).not.toBe(123.456);
    await expect.poll(() => pills(p, 'll-badge[data-ll-indicator="rrp"]'), { timeout: 15_000 }).toContain('123');
    await p.close();
  });
});
