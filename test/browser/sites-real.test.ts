/**
 * The sites where this news is read (issue 22), on their real article pages (test/fixtures/real/sites), in real
 * Chromium with the built extension: each page served from 127.0.0.1 under its own host name, on a site the reader
 * added and granted. These sites are not built in (0.1.0 is released: a new site may never be a required host), so
 * the content script reaches them the way it reaches any added site: registered at runtime for the granted hosts.
 * Headless Chromium cannot answer a permission prompt: the grant is given at install and the build's own manifest
 * put back (test/helpers/reload.ts), so the extension under test is the shipped one with these hosts granted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { DIST, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { loadWithOriginsGranted } from '../helpers/reload';
import { shadowText } from '../helpers/shadow';
import { SITE_PAGES, sitePageHtml } from '../helpers/site-pages';

/** The sites as a reader adds them (registrable domains: each covers its subdomains). */
const ADDED = ['coindesk.com', 'cointelegraph.com', 'theblock.co', 'substack.com'];
const hostOf = (url: string) => new URL(url).host;

let build: string;
let server: PageServer;
let ext: Loaded;

beforeAll(async () => {
  build = join(mkdtempSync(join(tmpdir(), 'll-sites-granted-')), 'liquidity-lens');
  cpSync(DIST, build, { recursive: true });
  server = await servePages(Object.fromEntries(SITE_PAGES.map((p) => [new URL(p.url).pathname, sitePageHtml(p)])));
  ext = await loadWithOriginsGranted(server.args([...new Set(SITE_PAGES.map((p) => hostOf(p.url)))]), build, ADDED.map((h) => `https://*.${h}/*`));
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
  await ext.page.evaluate((sitesAdded) => chrome.storage.sync.set({ settings: { sitesAdded } }), ADDED);
  // The worker registers the script for the granted added sites once the settings say so.
  const end = Date.now() + 15_000;
  while (!(await ext.page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).some((s: { matches?: string[] }) => s.matches?.includes('https://*.substack.com/*'))))) {
    if (Date.now() > end) throw new Error('the added sites’ content script was not registered');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (build) rmSync(join(build, '..'), { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; blocks: number }> {
  const page = await ext.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const { blocks } = await scanSettled(ext, page);
  return { page, blocks };
}

/** The article's date as the content script on `url` answers the popup. */
const articleDate = (url: string) =>
  ext.page.evaluate(async (u) => {
    for (const t of await chrome.tabs.query({})) {
      if (t.id === undefined) continue;
      const scan = await chrome.tabs.sendMessage(t.id, { type: 'page/scan' }).catch(() => null);
      if (scan?.url === u) return chrome.tabs.sendMessage(t.id, { type: 'page/article' });
    }
    return 'no content script on the page';
  }, url);

const ids = (page: Page) => page.locator('ll-badge[data-ll-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ll-indicator')!).sort());

describe('the new sites’ real pages, added and granted', () => {
  it('the hosts are granted, not declared: the script runs there only as an added site', async () => {
    const registered: Array<{ id: string; matches?: string[] }> = await ext.page.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toEqual(['added-sites']);
    expect([...registered[0]!.matches!].sort()).toEqual(ADDED.map((h) => `https://*.${h}/*`).sort());
    const shipped = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    for (const h of ADDED) {
      expect([...shipped.content_scripts[0].matches, ...shipped.host_permissions].some((m: string) => m.includes(h)), h).toBe(false);
      expect(await ext.page.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `https://*.${h}/*`), h).toBe(true);
    }
  });

  it.each(SITE_PAGES)('$file: the story is read, dated as the page says, and badged as its text names', async (p) => {
    const { page, blocks } = await open(p.url);
    expect(blocks, 'blocks of the article read').toBeGreaterThan(0);
    const dated = (await articleDate(page.url())) as { date: string; source: string };
    expect([dated.date, dated.source]).toEqual([p.date, p.source]);
    expect(await ids(page)).toEqual(p.indicators);
    const summary = page.locator('[data-ll-summary]');
    expect(await summary.count()).toBe(p.articleBadge ? 1 : 0);
    if (p.articleBadge) {
      expect([await summary.getAttribute('data-ll-article-date'), await summary.getAttribute('data-ll-date-source')]).toEqual([p.date, p.source]);
      expect(await shadowText(page, '[data-ll-summary]')).toMatch(new RegExp(`Written ${p.date}.*${p.indicators.length} liquidity indicators mentioned`));
      // Under the story's own headline.
      expect(await page.evaluate(() => document.querySelector('[data-ll-summary]')!.previousElementSibling?.tagName)).toBe('H1');
    }
    // Nothing is placed in what is not the story (teaser cards, related rails).
    for (const t of p.notRead) {
      const inTeasers = await page.evaluate((text) => [...document.querySelectorAll('a, article')].filter((e) => e.textContent?.includes(text)).some((e) => e.querySelector('ll-badge, ll-summary')), t);
      expect(inTeasers, t).toBe(false);
    }
    await page.close();
  });
});

describe('single-page navigation on real markup', () => {
  it('CoinDesk (Next.js: <main> stays, its content is swapped): a client-side move to another story restarts the reading for it', async () => {
    const [first, second] = SITE_PAGES.filter((p) => p.url.startsWith('https://www.coindesk.com/'));
    const { page } = await open(first!.url);
    expect(((await articleDate(page.url())) as { date: string }).date).toBe(first!.date);
    // The same <main> element before and after: the root stays, only what it holds changes.
    await page.evaluate(() => ((document.querySelector('main') as HTMLElement).dataset.kept = 'yes'));
    // What the app router does: a new address, and the next story's <main> content (its JSON-LD with it) in the same <main>.
    await page.evaluate(async (next) => {
      const html = await (await fetch(new URL(next).pathname)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', next);
      document.title = doc.title;
      document.querySelector('main')!.replaceChildren(...[...doc.querySelector('main')!.childNodes].map((n) => document.importNode(n, true)));
    }, second!.url);
    expect(await page.evaluate(() => (document.querySelector('main') as HTMLElement).dataset.kept)).toBe('yes');
    await expect.poll(async () => ((await articleDate(page.url())) as { date?: string } | string), { timeout: 10_000 }).toMatchObject({ date: second!.date, source: second!.source });
    const { blocks } = await scanSettled(ext, page);
    expect(blocks).toBeGreaterThan(0);
    expect(await page.locator('[data-ll-summary]').count()).toBe(second!.articleBadge ? 1 : 0);
    await page.close();
  });
});

