/**
 * The selection check on a page of a site that is not built in (the seed article served under
 * notes.example.net): nothing of ours is in the page before the reader asks; the worker's real context-menu
 * handler, called with the menu's info and the tab as the browser gives them, injects the check, and the marks
 * appear in the selection only, checked against the page's own date, with a note that says so. Where the page
 * cannot be scripted (a host the extension holds no grant for, chrome://version) the results window opens, fed
 * through storage.session, never the URL.
 *
 * What a headless Chromium cannot do, and what stands in for it (test/helpers/menu-build.ts): the menu cannot
 * be clicked, so the test build keeps the worker's own listeners for the test to call; activeTab cannot be
 * granted without a real click, so the test build holds notes.example.net as a host permission in its place.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPageHtml, SEED_DATE } from '../../scripts/demo-page';
import { servePages, type PageServer } from '../../scripts/page-server';
import { artifact } from '../helpers/artifacts';
import { data } from '../helpers/expected';
import { DIST, loadExtension, type Loaded } from '../helpers/extension';
import { menuTestBuild } from '../helpers/menu-build';
import { shadowText } from '../helpers/shadow';

const GRANTED = 'notes.example.net';
const UNGRANTED = 'letters.example.org';
/** A built-in site: the page scan runs there and marks the article's figures itself. */
const BUILTIN = 'www.odaily.news';
let server: PageServer;
let ext: Loaded;
let build: string;

beforeAll(async () => {
  server = await servePages({ '/seed.html': seedPageHtml() });
  build = menuTestBuild(DIST, [`https://${GRANTED}/*`, `https://${BUILTIN}/*`]);
  ext = await loadExtension(server.args([GRANTED, UNGRANTED, BUILTIN]), [], build);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (build) rmSync(build, { recursive: true, force: true });
});

/** Selects from the start of the paragraph that begins `from` to just after `to` in that paragraph or the next that holds it. */
async function select(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const ps = [...document.querySelectorAll('article p')];
      const first = ps.find((p) => p.textContent!.startsWith(a))!;
      const last = ps.slice(ps.indexOf(first)).find((p) => p.textContent!.includes(b))!;
      const text = last.firstChild as Text;
      const range = document.createRange();
      range.setStart(first.firstChild!, 0);
      range.setEnd(text, text.data.indexOf(b) + b.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    },
    [from, to] as const,
  );
}

/**
 * The tab showing `page`, as the worker sees it (what the browser passes to the menu's listener): found by its
 * address where the extension may read it (a granted host; the tabs API can be a moment behind the page), else
 * (chrome://, an ungranted host) as the active tab, with the page brought to the front first.
 */
async function tabOf(page: Page): Promise<{ id?: number; url?: string }> {
  const byUrl = (u: string) => ext.worker.evaluate(async (x) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === x) ?? null, u);
  if ([GRANTED, BUILTIN].includes(new URL(page.url()).host)) {
    for (let i = 0; i < 100; i++) {
      const tab = await byUrl(page.url());
      if (tab) return tab;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab shows ${page.url()}`);
  }
  await page.bringToFront();
  return ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]);
}

/** Calls the worker's own onClicked listener as the browser does on a click of our item. */
async function clickMenu(tab: { id?: number; url?: string }, selectionText: string, menuItemId = 'check-selection'): Promise<void> {
  await ext.worker.evaluate(
    ([t, text, id]) => {
      const heard = (globalThis as unknown as { __llHeard: Record<string, Array<(...a: unknown[]) => void>> }).__llHeard.contextMenus ?? [];
      if (!heard.length) throw new Error('the worker registered no contextMenus.onClicked listener');
      const info = { menuItemId: id, selectionText: text, pageUrl: t.url, frameId: 0, editable: false };
      for (const f of heard) f(info, t);
    },
    [tab, selectionText, menuItemId] as const,
  );
}

const marks = (page: Page) =>
  page.locator('ll-claim').evaluateAll((els) =>
    els.map((e) => ({ id: e.dataset.llIndicator!, verdict: e.dataset.llVerdict!, claimed: Number(e.dataset.llClaimed), actual: Number(e.dataset.llActual), asof: e.dataset.llAsof!, paragraph: e.closest('p')!.textContent!.slice(0, 8) })),
  );

/** Whether the selection check's script is in the page's isolated world (probed from the worker, which holds the grant). */
const injected = (tabId: number) =>
  ext.worker.evaluate(
    async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, func: () => typeof (globalThis as { __liquidityLensSelection?: unknown }).__liquidityLensSelection })).map((r: { result: unknown }) => r.result),
    tabId,
  );

describe('the selection check in the page', () => {
  it('the menu item is made on install', async () => {
    // Made on install (the worker's onInstalled), which runs beside this test's start: asked until it is there.
    const menu = () => ext.worker.evaluate(() => chrome.contextMenus.update('check-selection', {}).then(() => 'exists', (e: unknown) => String(e)));
    await expect.poll(menu, { timeout: 30_000 }).toBe('exists');
  });

  it('nothing before the click; after it, marks in the selection only, as of the page’s date, and a note that says so', async () => {
    const page = await ext.ctx.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`https://${GRANTED}/seed.html?${Math.random()}`, { waitUntil: 'load' });
    const tab = await tabOf(page);
    // Not a built-in site and not added: no content script of ours, nothing of ours on the page.
    const scan = await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/scan' }).then(() => 'answered', (e: unknown) => String(e)), tab.id!);
    expect(scan).toMatch(/Receiving end does not exist|Could not establish connection/);
    expect(await injected(tab.id!)).toEqual(['undefined']);
    expect(await page.locator('ll-claim, ll-badge, ll-summary, ll-card').count()).toBe(0);

    const text = await select(page, '而我們目前的儲備金', 'RRP 約 6,000 億美元');
    await clickMenu(tab, text);
    await page.waitForSelector('[data-ll-selection-note]', { state: 'attached', timeout: 30_000 });
    const got = await marks(page);
    const one = (id: string, claimed: number) => got.find((m) => m.id === id && m.claimed === claimed);
    const january = [...data.rrp].filter(([d]) => d.startsWith('2025-01')).map(([, v]) => v);
    // The seed's date (2025-10-20) decides: the same verdicts as on the built-in site.
    expect(one('reserves', 2960)).toMatchObject({ verdict: 'match', asof: '2025-10-01' });
    expect(one('reserves', 3400)).toMatchObject({ verdict: 'match', asof: '2025-01-15' });
    expect(one('rrp', 600)).toMatchObject({ verdict: 'differs', actual: Math.max(...january) });
    // Only what was selected: the paragraph before it also states reserves at 2.96 trillion, and gets no mark.
    expect(new Set(got.map((m) => m.paragraph))).toEqual(new Set(['而我們目前的儲備', '今年 1 月銀行']));
    expect(await injected(tab.id!)).toEqual(['function']);
    expect(await page.locator('ll-badge, ll-summary').count()).toBe(0);
    await page.screenshot({ path: artifact('selection-in-page.png') });
    // The note is ours, in a closed shadow root: read as DevTools reads it.
    const note = await shadowText(page, 'll-card[data-ll-selection-note]', '.card');
    expect(note).toContain(SEED_DATE);
    expect(note).toMatch(/3 figures checked: 2 match, 0 close, 1 differ/);

    // A mark opens its card, as on the built-in sites.
    await page.locator('ll-claim[data-ll-verdict="differs"]').first().hover();
    await page.waitForSelector('ll-card[data-ll-hovercard]', { state: 'attached' });
    // A second check replaces the first one's marks.
    await clickMenu(tab, text);
    await page.waitForFunction(() => document.querySelectorAll('[data-ll-selection-note]').length === 1 && document.querySelectorAll('ll-claim').length === 3);
    await page.close();
  });

  it('a page with no date is checked against today’s data, and the note says so', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`https://${GRANTED}/seed.html?${Math.random()}`, { waitUntil: 'load' });
    // The seed without its dates (its meta and <time>): nothing on the page says when it was written.
    await page.evaluate(() => {
      document.querySelector('meta[property="article:published_time"]')!.remove();
      document.querySelector('.byline')!.remove();
    });
    const tab = await tabOf(page);
    const text = await select(page, '而我們目前的儲備金', '2.96 兆美元');
    await clickMenu(tab, text);
    await page.waitForSelector('[data-ll-selection-note]', { state: 'attached', timeout: 30_000 }).catch((e) => {
      throw new Error(`${e} pages: ${ext.ctx.pages().map((p) => p.url()).join(' ')}`);
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(Date.now());
    expect(await shadowText(page, 'll-card[data-ll-selection-note]', '.card')).toContain(`The page gives no date: checked against today’s data (${today})`);
    await page.close();
  });

  it('on a site the page scan marks, a figure it marked is not marked again (the check is another script)', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`https://${BUILTIN}/seed.html?${Math.random()}`, { waitUntil: 'load' });
    // The scan's own marks, settled: the same count a second apart.
    let scanned = -1;
    await expect.poll(async () => {
      const n = await page.locator('ll-claim').count();
      const settled = n > 0 && n === scanned;
      scanned = n;
      return settled;
    }, { timeout: 30_000, interval: 1000 }).toBe(true);
    const before = await marks(page);
    expect(before.filter((m) => m.paragraph === '而我們目前的儲備').length).toBeGreaterThan(0);
    const tab = await tabOf(page);
    await clickMenu(tab, await select(page, '而我們目前的儲備金', 'RRP 約 6,000 億美元'));
    await page.waitForSelector('[data-ll-selection-note]', { state: 'attached', timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await marks(page)).toEqual(before);
    await page.close();
  });

  it('another menu item’s click does nothing', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`https://${GRANTED}/seed.html?${Math.random()}`, { waitUntil: 'load' });
    const tab = await tabOf(page);
    await clickMenu(tab, await select(page, '而我們目前的儲備金', '2.96 兆美元'), 'something-else');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await injected(tab.id!)).toEqual(['undefined']);
    await page.close();
  });
});

describe('the results window, where the page cannot be scripted', () => {
  const windowPage = () => ext.ctx.waitForEvent('page', { predicate: (p) => p.url().includes('/src/selection/index.html'), timeout: 30_000 });

  for (const where of [`https://${UNGRANTED}/seed.html?window`, 'chrome://version/']) {
    it(`${where}: each figure as written, its verdict, the data and date that decided, the source`, async () => {
      const page = await ext.ctx.newPage();
      await page.goto(where, { waitUntil: 'load' });
      const tab = await tabOf(page);
      // The figures as the menu's selectionText gives them (a PDF's or a browser page's text reaches the worker so).
      const text = '今年 1 月銀行儲備金約 3.4 兆美元,RRP 約 6,000 億美元。\nFed bank reserves were $2,966 billion in the week of Oct. 1, 2025, the Fed said.';
      const opened = windowPage();
      await clickMenu(tab, text);
      const win = await opened;
      // The text travels in storage.session under the request's key, not in the address.
      const id = new URL(win.url()).searchParams.get('id')!;
      expect(win.url()).not.toContain(encodeURIComponent('儲備金'));
      expect(win.url()).not.toContain('2,966');
      const held = await ext.page.evaluate((k) => chrome.storage.session.get(k), `selection:${id}`);
      expect(held[`selection:${id}`]).toMatchObject({ text, why: 'unscriptable' });
      await win.waitForSelector('[data-ll-selection-results] li, [data-ll-selection-none]');
      const rows = await win.locator('[data-ll-selection-results] li').evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute('data-ll-indicator'), verdict: e.getAttribute('data-ll-verdict'), claimed: Number(e.getAttribute('data-ll-claimed')), asof: e.getAttribute('data-ll-asof'), text: e.textContent!, link: e.querySelector('a')?.href })),
      );
      const reserves = rows.find((r) => r.id === 'reserves' && r.claimed === 2966)!;
      // Dated in its own sentence: checked against that week whatever today is.
      expect(reserves).toMatchObject({ verdict: 'match', asof: '2025-10-01' });
      expect(reserves.text).toContain('$2,966 billion');
      expect(reserves.link).toMatch(/^https:\/\/fred\.stlouisfed\.org\//);
      expect(rows.find((r) => r.id === 'rrp' && r.claimed === 600)).toMatchObject({ verdict: 'differs' });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(Date.now());
      expect(await win.locator('[data-ll-selection-date]').getAttribute('data-ll-selection-date')).toBe(today);
      expect(await win.locator('[data-ll-selection-why]').getAttribute('data-ll-selection-why')).toBe('unscriptable');
      await win.screenshot({ path: artifact(`selection-window-${where.startsWith('chrome') ? 'chrome' : 'page'}.png`) });
      await Promise.all([win.close(), page.close()]);
    });
  }
});

describe('the popup’s button and the shortcuts', () => {
  it('the popup’s “Check the selected text” checks the selection of the tab it was opened for, in place', async () => {
    const news = await ext.ctx.newPage();
    await news.goto(`https://${GRANTED}/seed.html?popup`, { waitUntil: 'load' });
    await select(news, '而我們目前的儲備金', 'RRP 約 6,000 億美元');
    const popup = await ext.ctx.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    // The popup asks for the active tab: make the article the active tab, then load the popup behind it.
    await news.bringToFront();
    await popup.reload();
    const button = popup.locator('[data-ll-check-selection]');
    await button.waitFor();
    expect(await button.textContent()).toBe('Check the selected text');
    await button.click();
    await news.waitForSelector('[data-ll-selection-note]', { state: 'attached', timeout: 30_000 });
    expect(await news.locator('ll-claim').count()).toBe(3);
    await news.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('the options page names both shortcuts with their keys, and opens the browser’s shortcut settings', async () => {
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator('[data-ll-shortcuts] li').first().waitFor();
    const rows = await options.locator('[data-ll-shortcuts] li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-ll-command'), e.getAttribute('data-ll-shortcut'), e.textContent]));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['_execute_action', 'Alt+Shift+L', 'Open the popup: Alt+Shift+L'],
        ['check-selection', 'Alt+Shift+K', 'Check the figures in the selected text: Alt+Shift+K'],
      ]),
    );
    // Chrome's page cannot be a link from an extension page: the button opens it as a tab.
    const opened = ext.ctx.waitForEvent('page', { predicate: (p) => p.url().startsWith('chrome://extensions/shortcuts'), timeout: 15_000 });
    await options.locator('[data-ll-shortcuts-open]').click();
    await (await opened).close();
    // The Firefox words are for Firefox only.
    expect(await options.locator('#h-shortcuts ~ p').count()).toBe(0);
    await options.close();
  });
});
