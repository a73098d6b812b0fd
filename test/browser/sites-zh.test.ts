/**
 * The Chinese-language sites of issue 22 as a reader adds them, in real Chromium with the built extension: each
 * real saved page (test/helpers/sites-zh.ts, provenance in test/fixtures/real/SOURCES.md) served from 127.0.0.1
 * under its own host name, the site in the reader's added sites and its origin granted, so the content script
 * runs through the registration for added sites (src/background/sites.ts), never the built-in list.
 *
 * Chromium shows a dialog for permissions.request that headless Chromium cannot answer, so the origins are
 * granted at install instead: a copy of the build whose manifest lists them as host permissions (the one key
 * changed). The built-in content script does not match these hosts; only the added-sites registration does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { builtinSiteOf, matchPattern } from '../../src/core/sites';
import { DIST, loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { storyBlocks } from '../helpers/site-pages';
import { ZH_SITE_PAGES, type ZhSitePage } from '../helpers/sites-zh';

const SITES = new URL('../fixtures/real/sites', import.meta.url).pathname;
const html = (file: string) => readFileSync(join(SITES, file), 'utf8');
const path = (url: string) => new URL(url).pathname;
const added = [...new Set(ZH_SITE_PAGES.map((p) => p.site))];
// Two real Sina stories, the second reached from the first as a single-page site would: the address pushed, the
// head's <meta> and the body's content swapped for the next page's (the swap is the test's, the markup the pages').
const [SPA_FROM, SPA_TO] = ZH_SITE_PAGES.filter((p) => p.site === 'finance.sina.com.cn') as [ZhSitePage, ZhSitePage];
const SPA_PATH = '/spa/first-story.shtml';
const spaPage = () => `${html(SPA_FROM.file)}<script>
  window.go = async () => {
    const next = new DOMParser().parseFromString(await (await fetch(${JSON.stringify(path(SPA_TO.url))})).text(), 'text/html');
    history.pushState({}, '', ${JSON.stringify(path(SPA_TO.url))});
    document.title = next.title;
    for (const m of document.head.querySelectorAll('meta')) m.remove();
    document.head.append(...next.head.querySelectorAll('meta'));
    document.body.replaceChildren(...next.body.childNodes);
  };
</script>`;
const hostsServed = [...new Set(ZH_SITE_PAGES.map((p) => new URL(p.url).hostname))];

let server: PageServer;
let ext: Loaded;
let build: string;

beforeAll(async () => {
  server = await servePages({ ...Object.fromEntries(ZH_SITE_PAGES.map((p) => [path(p.url), html(p.file)])), [SPA_PATH]: spaPage() });
  build = mkdtempSync(join(tmpdir(), 'll-zh-build-'));
  cpSync(DIST, build, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...added.map(matchPattern)];
  writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
  ext = await loadExtension(server.args(hostsServed), [], build);
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
  await ext.page.evaluate((sites) => chrome.storage.sync.set({ settings: { sitesAdded: sites } }), added);
  // The worker registers the added sites' script when the settings change.
  const want = JSON.stringify(added.map(matchPattern).sort());
  let got = '';
  for (const end = Date.now() + 15_000; got !== want && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    got = JSON.stringify(await ext.page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []).sort()));
  }
  if (got !== want) throw new Error(`the added sites' script was not registered for ${want}: ${got}`);
}, 120_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (build) rmSync(build, { recursive: true, force: true });
});

/** The article's date as the page's content script holds it (`page/article`, answered to the extension's own pages). */
async function articleDate(page: Page): Promise<{ date: string | null; source: string | null }> {
  return ext.page.evaluate(async (url) => {
    for (const t of await chrome.tabs.query({})) {
      const a = t.id === undefined ? null : await chrome.tabs.sendMessage(t.id, { type: 'page/article' }).catch(() => null);
      if (a && (await chrome.tabs.sendMessage(t.id!, { type: 'page/scan' }).catch(() => null))?.url === url) return { date: a.date, source: a.source };
    }
    throw new Error(`no content script answers from ${url}`);
  }, page.url());
}

describe('real pages of the Chinese-language sites, added by the reader', () => {
  it('none of them is a built-in site: only the reader’s adding them runs the script there', () => {
    for (const h of hostsServed) expect(builtinSiteOf(h), h).toBeUndefined();
  });

  for (const p of ZH_SITE_PAGES) {
    it(`${p.file}: the story read, dated ${p.date ?? 'unknown'}${p.summary ? ', the article badge' : ''}, no pill`, async () => {
      const page = await ext.ctx.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(p.url, { waitUntil: 'load' });
      const scan = await scanSettled(ext, page, 30_000);
      // The browser's scan reads the story's element, not the portal around it.
      expect(scan.blocks).toBe(storyBlocks(p.file, p.url, p.root));
      expect(await articleDate(page)).toEqual({ date: p.date, source: p.source });
      expect(await page.locator('ll-badge[data-ll-indicator]').count()).toBe(p.ids.length);
      const summary = page.locator('[data-ll-summary]');
      expect(await summary.count()).toBe(p.summary ? 1 : 0);
      if (p.summary) {
        expect(await summary.getAttribute('data-ll-article-date')).toBe(p.date);
        expect(await summary.getAttribute('data-ll-date-source')).toBe(p.source);
      }
      await page.close();
    }, 60_000);
  }
});

describe('a single-page site built of <div>s (no <article>, no <main>)', () => {
  it('a client-side navigation to another story restarts for it: that story’s element read, its date', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`https://${new URL(SPA_FROM.url).hostname}${SPA_PATH}`, { waitUntil: 'load' });
    expect((await scanSettled(ext, page, 30_000)).blocks).toBe(storyBlocks(SPA_FROM.file, SPA_FROM.url, SPA_FROM.root));
    expect(await articleDate(page)).toEqual({ date: SPA_FROM.date, source: SPA_FROM.source });
    await page.evaluate(() => (window as unknown as { go(): Promise<void> }).go());
    expect(new URL(page.url()).pathname).toBe(path(SPA_TO.url));
    let dated: { date: string | null } = { date: null };
    for (const end = Date.now() + 15_000; dated.date !== SPA_TO.date && Date.now() < end; await page.waitForTimeout(200)) dated = await articleDate(page);
    expect(await articleDate(page)).toEqual({ date: SPA_TO.date, source: SPA_TO.source });
    expect((await scanSettled(ext, page, 30_000)).blocks).toBe(storyBlocks(SPA_TO.file, SPA_TO.url, SPA_TO.root));
    await page.close();
  }, 60_000);
});
