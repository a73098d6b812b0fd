/**
 * The selection check in real Firefox (Debian's firefox-esr over Marionette), with the add-on as shipped: no host
 * granted, nothing injected before the click. The page's context menu is opened with a real right-click on the
 * selection (WebDriver actions: trusted input), and our item in it is activated as a click would: Firefox
 * grants activeTab for it, the background injects the check, and the marks appear in the selection. On a page no
 * add-on may script (about:robots), the same click opens the results window.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../vite.config';
import { seedPageHtml } from '../../scripts/demo-page';
import { extensionApi, openTab as openTabIn, startFirefox, until, useTab, windowHandles, type Marionette } from '../helpers/marionette';
import { servePages, type PageServer } from '../../scripts/page-server';

const root = new URL('../..', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const UUID = '5b0c6f0e-8d1a-4f5e-9a51-0c3e2f7d9a42';
const PAGE = (path: string) => `moz-extension://${UUID}/${path}`;

let server: PageServer;
let ff: Marionette;

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox not found: install Debian’s firefox-esr (CI does) or set FIREFOX_PATH');
  server = await servePages({ '/seed.html': seedPageHtml() });
  ff = await startFirefox(FIREFOX, { ...server.firefoxPrefs(), 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) });
  await ff.send('Addon:Install', { path: join(root, 'dist-firefox'), temporary: true });
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const openTab = (url: string) => openTabIn(ff, url);
const api = <T>(call: string) => extensionApi<T>(ff, call);
const handles = () => windowHandles(ff);
const use = (handle: string) => useTab(ff, handle);

/** Selects from the start of the paragraph beginning `from` to just after `to`; returns the element to right-click. */
async function select(from: string, to: string): Promise<unknown> {
  return ff.run(
    `const [a, b] = arguments;
     const ps = [...document.querySelectorAll('article p')];
     const first = ps.find((p) => p.textContent.startsWith(a));
     const last = ps.slice(ps.indexOf(first)).find((p) => p.textContent.includes(b));
     const text = last.firstChild;
     const range = document.createRange();
     range.setStart(first.firstChild, 0);
     range.setEnd(text, text.data.indexOf(b) + b.length);
     getSelection().removeAllRanges();
     getSelection().addRange(range);
     first.scrollIntoView({ block: 'center' });
     return first;`,
    from,
    to,
  );
}

/** A real right-click on `element`, then our item in the page's context menu, activated as a click. */
async function menuClick(element: unknown): Promise<void> {
  await ff.send('WebDriver:PerformActions', {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', origin: element, x: 0, y: 0 },
      { type: 'pointerDown', button: 2 },
      { type: 'pointerUp', button: 2 },
    ] }],
  });
  await ff.context('chrome');
  try {
    const label = await until(
      () => ff.run<string | false>(`const m = document.getElementById('contentAreaContextMenu');
        if (m.state !== 'open') return false;
        const item = [...m.querySelectorAll('menuitem')].find((i) => /Liquidity Lens/.test(i.label) && !i.hidden);
        if (!item) return false;
        m.activateItem(item);
        return item.label;`),
      'our item in the open context menu',
      50,
    );
    expect(label).toBe('Check these figures with Liquidity Lens');
  } finally {
    await ff.context('content');
  }
}

describe('the selection check in real Firefox', () => {
  it('nothing before the click; after a real menu click, marks in the selection only, as of the page’s date', async () => {
    const news = await openTab('https://notes.example.net/seed.html');
    await sleep(1000);
    expect(await ff.run('return document.querySelectorAll("ll-claim, ll-badge, ll-summary, ll-card").length')).toBe(0);
    // No content script of ours in any tab: none answers the scan question.
    const probe = await openTab(PAGE('src/options/index.html'));
    const answers = await api<unknown[]>('b.tabs.query({}).then((ts) => Promise.all(ts.map((t) => b.tabs.sendMessage(t.id, { type: "page/scan" }).then((a) => a, () => null))))');
    expect(answers.filter(Boolean)).toEqual([]);
    await use(news);
    const target = await select('而我們目前的儲備金', 'RRP 約 6,000 億美元');
    await menuClick(target);
    await until(async () => (await ff.run<number>('return document.querySelectorAll("ll-claim").length')) >= 3, 'marks on the page', 150);
    const marks = await ff.run<Array<{ id: string; verdict: string; claimed: number; asof: string; paragraph: string }>>(
      `return [...document.querySelectorAll('ll-claim')].map((e) => ({ id: e.dataset.llIndicator, verdict: e.dataset.llVerdict, claimed: Number(e.dataset.llClaimed), asof: e.dataset.llAsof, paragraph: e.closest('p').textContent.slice(0, 8) }))`,
    );
    expect(marks).toEqual([
      expect.objectContaining({ id: 'reserves', verdict: 'match', claimed: 2960, asof: '2025-10-01', paragraph: '而我們目前的儲備' }),
      expect.objectContaining({ id: 'reserves', verdict: 'match', claimed: 3400, asof: '2025-01-15', paragraph: '今年 1 月銀行' }),
      expect.objectContaining({ id: 'rrp', verdict: 'differs', claimed: 600, paragraph: '今年 1 月銀行' }),
    ]);
    // Closed shadow roots, as in Chromium.
    expect(await ff.run('return document.querySelector("ll-claim").shadowRoot === null')).toBe(true);
    // The note comes once the check has finished, a moment after the marks.
    await until(async () => (await ff.run<number>('return document.querySelectorAll("[data-ll-selection-note]").length')) > 0, 'the note', 150);
    expect(await ff.run('return document.querySelectorAll("[data-ll-selection-note]").length')).toBe(1);
    // activeTab was for that click only: no host permission was asked for or kept.
    await use(probe);
    expect(await api('b.permissions.contains({ origins: ["https://notes.example.net/*"] })')).toBe(false);
  }, 120_000);

  it('about:robots, which no add-on may script: the same click opens the results window', async () => {
    await openTab('about:robots');
    const before = await handles();
    const target = await ff.run(
      `const p = document.querySelector('p') ?? document.body; p.textContent = 'Fed bank reserves were $2,966 billion in the week of Oct. 1, 2025, the Fed said.';
       const r = document.createRange(); r.selectNodeContents(p); getSelection().removeAllRanges(); getSelection().addRange(r); return p;`,
    );
    await menuClick(target);
    const win = await until(async () => (await handles()).find((h) => !before.includes(h)), 'the results window', 150);
    await use(win);
    await until(async () => /\/src\/selection\/index\.html\?id=/.test(await ff.run<string>('return location.href')), 'the results page', 150);
    const row = await until(
      () => ff.run<{ verdict: string; asof: string } | false>(`const li = document.querySelector('[data-ll-selection-results] li[data-ll-indicator="reserves"]'); return li ? { verdict: li.dataset.llVerdict, asof: li.dataset.llAsof } : false;`),
      'the figure listed',
      150,
    );
    expect(row).toEqual({ verdict: 'match', asof: '2025-10-01' });
    expect(await ff.run('return document.querySelector("[data-ll-selection-why]").dataset.llSelectionWhy')).toBe('unscriptable');
    expect(await ff.run<string>('return location.href')).not.toContain('2,966');
  }, 120_000);

  it('the options page names both shortcuts with Firefox’s keys, and says where Firefox changes them', async () => {
    await openTab(PAGE('src/options/index.html'));
    const rows = await until(
      async () => {
        const r = await ff.run<Array<[string, string]>>(`return [...document.querySelectorAll('[data-ll-shortcuts] li')].map((e) => [e.dataset.llCommand, e.dataset.llShortcut])`);
        return r.length >= 2 && r;
      },
      'the shortcuts listed',
      150,
    );
    expect(rows).toEqual(expect.arrayContaining([['_execute_action', 'Alt+Shift+L'], ['check-selection', 'Alt+Shift+K']]));
    expect(await ff.run('return document.querySelector("#h-shortcuts ~ p").textContent')).toBe('In Firefox: about:addons → the gear menu → Manage Extension Shortcuts.');
  }, 60_000);
});
