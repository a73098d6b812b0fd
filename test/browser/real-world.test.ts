/**
 * The real world, in real Chromium with the built extension: a hostile page that tries to reach into the
 * extension (its storage, its privileged messages, our own tag names), single-page news sites that swap
 * or append articles without a page load, and the Fed's own sites, where the publisher is the Fed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { servePages, type PageServer } from '../../scripts/page-server';
import { shadowText } from '../helpers/shadow';

const html = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FED = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion as the Fed’s ON RRP facility emptied.</p>';

const pages: Record<string, string> = {
  // Text the page hides in our own tag names is still the article's text, and still scanned.
  '/hostile-tags.html': html(`<article><h1>Fed watch</h1><p>Nothing here yet.</p><p><ll-badge>The Fed’s Standing Repo Facility saw $1.5 billion of use.</ll-badge></p><p><ll-claim>The Treasury General Account rose, the Fed said.</ll-claim></p></article>`),
  '/spa.html': html(
    `<article><h1>Reserves slip</h1><p>The Federal Reserve said bank reserves fell again this week, and the Fed watched SOFR.</p></article>
     <script>
       window.go = () => {
         history.pushState({}, '', '/spa/next');
         document.querySelector('meta[property="article:published_time"]').content = '2025-09-15';
         const a = document.createElement('article');
         a.innerHTML = '<h1>Reverse repo drains</h1><p>The Fed’s ON RRP facility held almost nothing, the New York Fed said.</p>';
         document.querySelector('article').replaceWith(a);
       };
     </script>`,
    '<meta property="article:published_time" content="2025-10-20">',
  ),
  '/feed.html': html(
    `<article><h1>First story</h1><p>The Federal Reserve said bank reserves fell, and the Fed’s balance sheet shrank.</p></article>
     <script>
       window.more = () => {
         history.replaceState({}, '', '/feed/2');
         const a = document.createElement('article');
         a.innerHTML = '<h2>Second story</h2><p>Bank reserves at the Federal Reserve rose later, the Fed said, and its ON RRP emptied.</p>';
         document.body.append(a);
       };
     </script>`,
  ),
  // No Fed word at all: on the Fed's own site the publisher is the Fed.
  '/fed-note.html': html(`<article><h1>Notes on the balance sheet</h1><p>Reserves fell to $2.9 trillion as the balance sheet shrank, while reserve requirements stayed at zero.</p></article>`),
};

let server: PageServer;
let ext: Loaded;

beforeAll(async () => {
  server = await servePages(pages);
  ext = await loadExtension(server.args(['www.reuters.com', 'www.federalreserve.gov', 'www.cnbc.com']));
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await scanSettled(ext, page);
  return page;
}

const ids = (page: Page, within = 'body') => page.locator(`${within} ll-badge[data-ll-indicator]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-ll-indicator')!));

/** Runs code in the extension's content-script world of a page (what a compromised renderer can reach). */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await ext.ctx.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.id));
  if (!world) throw new Error('no content-script world on the page');
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return r.exceptionDetails ? { error: r.exceptionDetails.exception?.description ?? r.exceptionDetails.text } : r.result.value;
}

describe('a hostile page finds nothing to take', () => {
  it('the content script’s own world cannot read or write the extension’s storage', async () => {
    await ext.page.evaluate(() => chrome.storage.local.set({ fredApiKey: '0123456789abcdef0123456789abcdef' }));
    const page = await open('https://www.reuters.com/hostile-tags.html');
    const read = (await inContentScript(page, 'chrome.storage.local.get(null).then(() => "read", (e) => String(e))')) as string;
    expect(read).not.toBe('read');
    expect(read).toMatch(/not allowed|Access/i);
    const sync = (await inContentScript(page, 'chrome.storage.sync.set({ settings: { badgeDensity: "every" } }).then(() => "written", (e) => String(e))')) as string;
    expect(sync).not.toBe('written');
    await page.close();
  });

  it('from a content script only reading is answered: refresh and cache clearing are refused', async () => {
    const page = await open('https://www.reuters.com/hostile-tags.html');
    const before = await ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache.writtenAt);
    const answers = (await inContentScript(
      page,
      `Promise.all(['cache/clear', 'indicators/refresh', 'indicators/get'].map((type) => chrome.runtime.sendMessage({ type }).then((a) => a === undefined ? 'no answer' : 'answered', () => 'no answer')))`,
    )) as string[];
    expect(answers).toEqual(['no answer', 'no answer', 'answered']);
    await page.waitForTimeout(1000);
    expect(await ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache.writtenAt)).toBe(before);
    // The extension's own pages still may.
    expect(await ext.send({ type: 'cache/clear' })).toHaveProperty('indicators');
    await page.close();
  });

  it('text wrapped in our tag names is still read; our own badges are closed to the page', async () => {
    const page = await open('https://www.reuters.com/hostile-tags.html');
    expect((await ids(page)).sort()).toEqual(['srf', 'tga']);
    expect(await page.evaluate(() => [...document.querySelectorAll('ll-badge[data-ll-indicator]')].map((b) => b.shadowRoot))).toEqual([null, null]);
    await page.close();
  });
});

describe('single-page news sites', () => {
  it('a client-side navigation to another article restarts the badges for it: its date, its mentions, its article badge', async () => {
    const page = await open('https://www.reuters.com/spa.html');
    expect((await ids(page)).sort()).toEqual(['reserves', 'sofr_effr']);
    expect(await page.locator('[data-ll-summary]').getAttribute('data-ll-article-date')).toBe('2025-10-20');
    await page.evaluate(() => (window as unknown as { go(): void }).go());
    await page.waitForFunction(() => location.pathname === '/spa/next' && document.querySelector('[data-ll-summary]')?.getAttribute('data-ll-article-date') === '2025-09-15', null, { timeout: 10_000 });
    await page.waitForSelector('ll-badge[data-ll-indicator="rrp"]', { state: 'attached' });
    expect(await ids(page)).toEqual(['rrp']);
    expect(await page.locator('[data-ll-summary]').count()).toBe(1);
    expect(await shadowText(page, '[data-ll-summary]')).toMatch(/· 1 liquidity indicators mentioned/);
    await page.close();
  });

  it('a feed that appends a second article gets badges in it too, first mentions counted per article', async () => {
    const page = await open('https://www.reuters.com/feed.html');
    expect((await ids(page)).sort()).toEqual(['fed_assets', 'reserves']);
    await page.evaluate(() => (window as unknown as { more(): void }).more());
    await page.waitForFunction(() => document.querySelectorAll('article')[1]?.querySelector('ll-badge[data-ll-indicator="rrp"]'), null, { timeout: 10_000 });
    expect((await ids(page, 'article:nth-of-type(2)')).sort()).toEqual(['reserves', 'rrp']);
    // The same article: the URL changed, the first article stayed, nothing restarted.
    expect((await ids(page, 'article:nth-of-type(1)')).sort()).toEqual(['fed_assets', 'reserves']);
    expect(await page.locator('[data-ll-summary]').count()).toBe(1);
    await page.close();
  });
});

describe('the Fed’s own sites', () => {
  it('on federalreserve.gov reserves and the balance sheet need no further Fed context; near-misses stay blocked', async () => {
    const fed = await open('https://www.federalreserve.gov/fed-note.html');
    expect((await ids(fed)).sort()).toEqual(['fed_assets', 'reserves']);
    expect(await fed.evaluate(() => document.querySelector('ll-badge[data-ll-indicator="reserves"]')!.previousSibling!.textContent)).toMatch(/^Reserves$/);
    await fed.close();
    // The same words on a news site with no Fed named: nothing.
    const news = await open('https://www.cnbc.com/fed-note.html');
    expect(await ids(news)).toEqual([]);
    await news.close();
  });
});
