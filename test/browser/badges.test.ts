/**
 * Badges on news pages: the built extension in real Chromium, pages served over http from 127.0.0.1
 * under the built-in sites' own names. Checks precision on real annotated pages (English and Chinese,
 * traps included), the seed article, hostile CSS, text added after load, links, editable regions, the
 * hover card, and switching a site off without a reload.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../scripts/demo-page';
import { artifact } from '../helpers/artifacts';
import { loadExtension, scanSettled, waitForCache, type Loaded, type ScanState } from '../helpers/extension';
import { servePages, type PageServer } from '../../scripts/page-server';
import { inShadow, shadowText } from '../helpers/shadow';
import { addReservesWeek, removeReservesWeek } from '../helpers/new-week';
import { data } from '../helpers/expected';
import { INDICATOR_IDS } from '../../src/core/types';

const PAGES = join(new URL('../fixtures/pages', import.meta.url).pathname);
const annotations: Array<{ file: string; role: string; expect: string[]; allow: string[]; forbid: string[]; topic: boolean }> = JSON.parse(readFileSync(join(PAGES, 'annotations.json'), 'utf8'));

const html = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FED_P = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion as the Fed’s ON RRP facility emptied.</p>';

const pages: Record<string, string> = {
  '/seed.html': seedPageHtml(),
  '/nothing.html': html('<article><h1>Cricket scores</h1><p>The home side won by six wickets after a late rally.</p></article>'),
  '/hostile.html': html(
    `<article><h1>Fed watch</h1>${FED_P}<p id="one">SOFR rose above IORB today, the Fed said.</p></article>`,
    `<style>* { all: unset !important; } html, body, p, h1, article { display: block !important; font-size: 40px !important; line-height: 1.2 !important; color: red !important; }
     ll-badge, ll-summary, ll-card, span { display: none !important; visibility: hidden !important; opacity: 0 !important; } *::before, *::after { content: 'x' !important; }</style>`,
  ),
  '/append.html': html(
    `<article><h1>Live: Fed day</h1>${FED_P}</article><script>
      let n = 0;
      const t = setInterval(() => {
        const p = document.createElement('p');
        p.textContent = n % 2 ? 'Treasury General Account balances rose, the Fed noted.' : 'Banks tapped the Fed’s Standing Repo Facility again.';
        document.querySelector('article').append(p);
        if (++n === 4) { clearInterval(t); document.title = 'appended'; }
      }, 300);
    </script>`,
  ),
  '/tricky.html': html(
    `<article><h1>The Fed and markets</h1>
     <p>The <a href="/x">Fed’s Standing Repo Facility</a> saw use as the Federal Reserve watched SOFR.</p>
     <div contenteditable="true"><p>The Fed’s ON RRP in an editor.</p></div>
     <pre>ON RRP in code, and the Fed’s balance sheet</pre>
     <nav><p>Treasury General Account in the nav</p></nav></article>`,
  ),
  '/hostile-js.html': html(
    `<article><h1>Fed watch</h1>${FED_P}</article><script>
      Node.prototype.appendChild = function () { throw new Error('page says no appendChild'); };
      Node.prototype.insertBefore = function () { throw new Error('page says no insertBefore'); };
      window.MutationObserver = function () { throw new Error('page says no MutationObserver'); };
      Array.prototype.map = function () { throw new Error('page says no map'); };
      Element.prototype.attachShadow = function () { throw new Error('page says no shadow'); };
    </script>`,
  ),
  '/100k.html': html(`<article><h1>Many nodes</h1>${FED_P}<p id="many"></p></article><script>
    const p = document.getElementById('many'); const f = document.createDocumentFragment();
    for (let i = 0; i < 100000; i++) { const s = document.createElement('span'); s.textContent = 'word ' + i + ' '; f.append(s); }
    p.append(f);</script>`),
  // display: contents: 5,000 levels in the DOM, but not in layout (Chromium's renderer itself crashes
  // laying out ~3,000 nested boxes, with or without any extension).
  '/deep.html': html(`<style>#root div { display: contents }</style><article><h1>Deep</h1><div id="root"></div></article><script>
    let el = document.getElementById('root');
    for (let i = 0; i < 5000; i++) { const d = document.createElement('div'); el.append(d); el = d; }
    const p = document.createElement('p'); p.textContent = 'At the bottom, the Fed’s ON RRP and the Federal Reserve’s bank reserves.'; el.append(p);</script>`),
  '/claims-link.html': html(
    `<article><h1>The Fed’s balance sheet</h1><p>The <a href="/x">Federal Reserve’s bank reserves were $2,966 billion</a> in the week of Oct. 1, 2025, the Fed said.</p><p>Fed bank reserves were about $3 trillion last week.</p></article>`,
  ),
  // Far more text than is read at once: the top is badged at load, the bottom only when the reader comes near.
  '/long.html': html(`<article><h1>The Fed, at length</h1>${FED_P}${'<p>Officials spoke at length about the outlook for growth and jobs in the coming year, and about prices.</p>'.repeat(3000)}<p id="last">At the end, the Fed’s Standing Repo Facility again.</p></article>`),
  // The article inside a frame: the script runs in the top frame only.
  '/framed.html': html(`<article><h1>Markets today</h1><p>Stocks rose.</p></article><iframe src="/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html" width="800" height="400"></iframe>`),
  '/editor.html': html(`<article><h1>The Fed, edited</h1><p>The Federal Reserve watched SOFR closely.</p><div id="ed" contenteditable="true"><p>Draft:</p></div></article>`),
  // The money market's own words (issue 19), and a 99th percentile that is not SOFR's.
  '/money-market.html': html(
    `<article><h1>Repo rates rise at month-end</h1><p>The Federal Reserve’s data showed the tri-party general collateral rate (TGCR) at 4.15% on Oct. 31.</p><p>SOFR’s 99th percentile reached 4.35% that day, the New York Fed said, as SOFR volume climbed to $3.2 trillion.</p><p>Household income at the 99th percentile rose, the Census Bureau said.</p></article>`,
  ),
  '/money-market-zh.html': html(
    `<article><h1>月底回购利率上升</h1><p>美联储数据显示，10月31日三方回购利率升至4.15%，SOFR 的第 99 百分位达4.35%，SOFR 成交量为3.2万亿美元。</p></article>`,
  ),
};
for (const a of annotations) pages[`/${a.file}`] = readFileSync(join(PAGES, a.file), 'utf8');
// The same story stamped with its time: Thursday 16 Oct 2025, before and after the H.4.1 of 15 Oct came out (16:30 New York).
const stamped = (at: string) => html(`<article><h1>Bank reserves and the Fed</h1><p>The Federal Reserve’s bank reserves held near $3 trillion this week, the Fed said.</p></article>`, `<meta property="article:published_time" content="${at}">`);
pages['/stamped-1000.html'] = stamped('2025-10-16T10:00:00-04:00');
pages['/stamped-1700.html'] = stamped('2025-10-16T17:00:00-04:00');
pages['/stamped-hk.html'] = stamped('2025-10-17T04:00:00+08:00');

// A real Taiwanese column that prints its figures in Chinese digits around a ‧ point (held-out corpus zh2, g05).
const ZH_POINT_PAGE = '/qt-ends-markets-stay-loose.html';
pages[ZH_POINT_PAGE] = readFileSync(new URL('../fixtures/claims-heldout/zh2/pages/g05-zh-wpimnews-qt-ends-markets-stay-loose.html', import.meta.url), 'utf8');

const HOSTS = ['www.odaily.news', 'www.reuters.com', 'www.cnyes.com', 'news.cnyes.com', 'www.cnbc.com', 'www.apnews.com'];
let server: PageServer;
let ext: Loaded;

beforeAll(async () => {
  server = await servePages(pages);
  ext = await loadExtension(server.args(HOSTS));
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});
beforeEach(async () => {
  await ext.page.evaluate(() => chrome.storage.sync.clear());
});

/** What each page's scan said when it settled. */
const scans = new WeakMap<Page, ScanState>();

/** Opens a page and waits for its content script to say the scan settled (it throws if the script never ran). */
async function open(url: string): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  scans.set(page, await scanSettled(ext, page));
  return page;
}
const scanOf = (page: Page) => scans.get(page)!;

const badgeIds = (page: Page) => page.locator('ll-badge[data-ll-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ll-indicator')!));

describe('the annotated news pages', () => {
  for (const a of annotations) {
    it(`${a.file}: ${a.role === 'trap' ? 'no badge, no article badge' : `badges ${a.expect.join(', ')}`}`, async () => {
      const host = /zh0[13]/.test(a.file) ? 'www.cnyes.com' : 'www.reuters.com';
      const page = await open(`https://${host}/${a.file}`);
      const ids = new Set(await badgeIds(page));
      // The control for what is absent: the script ran and read the article's text.
      expect(scanOf(page).blocks, 'blocks read').toBeGreaterThan(0);
      for (const id of a.expect) expect([...ids], `expected ${id}`).toContain(id);
      for (const id of ids) expect([...a.expect, ...a.allow], `unexpected ${id}`).toContain(id);
      for (const id of a.forbid) expect([...ids]).not.toContain(id);
      expect(await page.locator('[data-ll-summary]').count()).toBe(a.topic ? 1 : 0);
      // Density "first mention": one badge per indicator.
      expect((await badgeIds(page)).length).toBe(ids.size);
      await page.close();
    });
  }
});

describe('the seed article', () => {
  it('badges its liquidity terms, shows the article badge by the headline, and opens a hover card', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    const ids = await badgeIds(page);
    for (const id of ['rrp', 'reserves', 'balance_sheet_pace', 'reserves_gdp']) expect(ids).toContain(id);
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    // The summary sits right after the h1, and names the gauge state.
    expect(await page.evaluate(() => document.querySelector('h1')!.nextElementSibling?.tagName)).toBe('LL-SUMMARY');
    const summaryText = await shadowText(page, '[data-ll-summary]');
    expect(summaryText).toContain(`${ids.length} liquidity indicators mentioned`);
    // Pill text = the worker's value; hovering opens the card with name, date and source link.
    const rrp = a.indicators.find((i: any) => i.id === 'rrp');
    const pill = page.locator('ll-badge[data-ll-indicator="rrp"]').first();
    expect(await shadowText(page, 'll-badge[data-ll-indicator="rrp"]')).toContain(rrp.display.value);
    await page.screenshot({ path: artifact('badges-seed.png') });
    await pill.hover();
    const card = page.locator('[data-ll-hovercard]');
    await card.waitFor({ state: 'attached' });
    const text = await shadowText(page, '[data-ll-hovercard]', '.card');
    expect(text).toContain(rrp.label);
    expect(text).toContain(rrp.asOf);
    expect((await inShadow(page, '[data-ll-hovercard]', 'a', (a) => (a as HTMLAnchorElement).href))[0]).toBe(rrp.source.url);
    // The card is on screen, next to the badge.
    const [[cardBox], pillBox] = await Promise.all([inShadow(page, '[data-ll-hovercard]', '.card', (c) => c.getBoundingClientRect().toJSON()), pill.boundingBox()]);
    expect(cardBox.width).toBeGreaterThan(200);
    expect(cardBox.top).toBeGreaterThanOrEqual(0);
    expect(cardBox.bottom).toBeLessThanOrEqual(900);
    expect(Math.abs(cardBox.top - (pillBox!.y + pillBox!.height)) < 40 || Math.abs(cardBox.bottom - pillBox!.y) < 40).toBe(true);
    await page.screenshot({ path: artifact('badges-hover-card.png') });
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    // Keyboard: focusing a badge opens the card too.
    await inShadow(page, 'll-badge[data-ll-indicator="reserves"]', '.pill', (p) => p.focus());
    await card.waitFor({ state: 'attached' });
    await page.close();
  });

  it('shows Chinese words on the badge when the reader reads Traditional Chinese', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { language: 'zh_TW' } }));
    const page = await open('https://www.odaily.news/seed.html');
    expect(await shadowText(page, '[data-ll-summary]')).toMatch(/^撰於 2025-10-20 · 流動性指標當時：.+ · 現在：.+ · 提及 \d+ 項流動性指標( · 核對 \d+ 個數字：.+)?$/);
    await page.close();
  });
});

describe('then → now: the article’s date and the numbers as they stood then', () => {
  it('a dated article: each pill shows then → now with the worker’s values of that date, the card both dates and the change', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    const summary = page.locator('[data-ll-summary]');
    expect(await summary.getAttribute('data-ll-article-date')).toBe('2025-10-20');
    expect(await summary.getAttribute('data-ll-date-source')).toBe('meta');
    const [now, then] = await Promise.all([ext.send({ type: 'indicators/get', lang: 'en' }), ext.send({ type: 'indicators/get', lang: 'en', asOf: '2025-10-20' })]);
    expect(then.asOf).toBe('2025-10-20');
    expect(await shadowText(page, '[data-ll-summary]')).toContain(`Written 2025-10-20 · gauge then: ${then.gauge.state[0].toUpperCase()}${then.gauge.state.slice(1)}`);
    const texts = await inShadow(page, 'll-badge[data-ll-indicator]', '.pill', (p) => p.textContent);
    const pills = (await page.locator('ll-badge[data-ll-indicator]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-ll-indicator')!, then: e.getAttribute('data-ll-then'), asof: e.getAttribute('data-ll-then-asof') })))).map((p, k) => ({ ...p, text: texts[k] }));
    const withThen = pills.filter((p) => p.then !== null);
    expect(withThen.map((p) => p.id)).toEqual(expect.arrayContaining(['reserves', 'rrp', 'reserves_gdp', 'fed_assets']));
    for (const p of withThen) {
      const t = then.indicators.find((i: any) => i.id === p.id);
      const n = now.indicators.find((i: any) => i.id === p.id);
      expect([Number(p.then), p.asof], p.id).toEqual([t.value, t.asOf]);
      expect(p.asof! <= '2025-10-20').toBe(true);
      expect(p.text).toBe(`${t.display.value} → ${n.display.value}`);
    }
    // Reserves then: the week of 15 Oct 2025, out on the 16th; not a later week.
    expect(withThen.find((p) => p.id === 'reserves')!.asof).toBe('2025-10-15');
    // The SRF then: FRED RPONTTLD's take-up of 20 Oct 2025 ($2.001B), in the bundled data since issue 19.
    const srf = pills.find((p) => p.id === 'srf');
    expect(srf, 'the seed names the SRF (常備回購工具)').toBeDefined();
    expect([Number(srf!.then), srf!.asof]).toEqual([data.srf.get('2025-10-20'), '2025-10-20']);
    await page.locator('ll-badge[data-ll-indicator="reserves"]').first().hover();
    const card = page.locator('[data-ll-hovercard]');
    await card.waitFor({ state: 'attached' });
    const text = await shadowText(page, '[data-ll-hovercard]', '.card');
    const r = then.indicators.find((i: any) => i.id === 'reserves');
    const rn = now.indicators.find((i: any) => i.id === 'reserves');
    expect(text).toContain(`When written: ${r.display.value} (as of 2025-10-15)`);
    expect(text).toContain(`Now: ${rn.display.value} (as of ${rn.asOf})`);
    expect(text).toMatch(/Since the article: [+−]\$[\d.]+B \((more|less) liquidity\)/);
    expect(text).toContain('Article dated 2025-10-20 (read from the page’s meta tags)');
    await page.screenshot({ path: artifact('badges-then-now.png') });
    await page.close();
  });

  it('an article stamped with its time and zone: then is what was published by that instant, not by its day’s end', async () => {
    const thenOf = async (path: string) => {
      const page = await open(`https://www.reuters.com${path}`);
      const got = await page.locator('ll-badge[data-ll-indicator="reserves"]').first().getAttribute('data-ll-then-asof');
      const day = await page.locator('[data-ll-summary]').getAttribute('data-ll-article-date');
      await page.close();
      return [day, got];
    };
    // 10:00: the week of 15 Oct was published at 16:30 that day, so then is the week of 8 Oct.
    expect(await thenOf('/stamped-1000.html')).toEqual(['2025-10-16', '2025-10-08']);
    // 17:00 the same day: the week of 15 Oct is out.
    expect(await thenOf('/stamped-1700.html')).toEqual(['2025-10-16', '2025-10-15']);
    // 04:00 in Hong Kong on the 17th is 16:00 on the 16th in New York (an English page's date is New York's): still before the release.
    expect(await thenOf('/stamped-hk.html')).toEqual(['2025-10-16', '2025-10-08']);
  });

  it('an undated article keeps today’s pills, and its card says why the date is unknown', async () => {
    const page = await open('https://www.reuters.com/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html');
    expect(await page.locator('[data-ll-then]').count()).toBe(0);
    expect(await page.locator('[data-ll-summary]').getAttribute('data-ll-article-date')).toBeNull();
    expect(await page.locator('[data-ll-summary]').getAttribute('data-ll-date-source')).toBeNull();
    await page.locator('[data-ll-summary]').hover({ position: { x: 6, y: 6 } });
    const card = page.locator('[data-ll-hovercard]');
    await card.waitFor({ state: 'attached' });
    expect(await shadowText(page, '[data-ll-hovercard]', '.card')).toContain('The article’s date could not be read: the page gives no publication date');
    await page.close();
  });

  it('the options switch turns then → now off and on again, without a reload', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    expect(await page.locator('[data-ll-then]').count()).toBeGreaterThan(0);
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator('[data-ll-option-then]').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('ll-badge').length > 0 && !document.querySelector('[data-ll-then]'));
    // The date is still read; only the numbers of then are gone.
    expect(await page.locator('[data-ll-summary]').getAttribute('data-ll-article-date')).toBe('2025-10-20');
    expect(await shadowText(page, '[data-ll-summary]')).toMatch(/^Written 2025-10-20 · Liquidity gauge: /);
    await options.locator('[data-ll-option-then]').check();
    await page.waitForSelector('[data-ll-then]', { state: 'attached' });
    await Promise.all([page.close(), options.close()]);
  });

  it('the popup offers the data as of the article’s date, and one click back to now', async () => {
    const news = await open('https://www.odaily.news/seed.html');
    const popup = await ext.ctx.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    // The popup asks for the active tab: make the article the active tab, then load the popup behind it.
    await news.bringToFront();
    await popup.reload();
    const bar = popup.locator('[data-ll-article-bar]');
    await bar.waitFor();
    expect(await bar.getAttribute('data-ll-article-bar')).toBe('2025-10-20');
    const nowValue = await popup.locator('[data-ll-card="reserves"] [data-ll-value]').textContent();
    await popup.locator('[data-ll-as-of-toggle]').click();
    const then = await ext.send({ type: 'indicators/get', asOf: '2025-10-20' });
    const r = then.indicators.find((i: any) => i.id === 'reserves');
    await popup.waitForFunction((v) => document.querySelector('[data-ll-card="reserves"] [data-ll-value]')?.textContent === v, r.display.value);
    expect(await popup.locator('[data-ll-card="reserves"] .asof').textContent()).toContain('2025-10-15');
    expect(await popup.locator('.gauge').getAttribute('data-state')).toBe(then.gauge.state);
    await popup.screenshot({ path: artifact('popup-as-of-article.png') });
    await popup.locator('[data-ll-as-of-toggle]').click();
    await popup.waitForFunction((v) => document.querySelector('[data-ll-card="reserves"] [data-ll-value]')?.textContent === v, nowValue);
    await Promise.all([news.close(), popup.close()]);
  });
});

describe('marks on the article’s own figures', () => {
  const marks = (page: Page) =>
    page.locator('ll-claim').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-ll-indicator')!, verdict: e.getAttribute('data-ll-verdict')!, claimed: Number(e.getAttribute('data-ll-claimed')), actual: Number(e.getAttribute('data-ll-actual')), asof: e.getAttribute('data-ll-asof')!, before: e.previousSibling?.textContent ?? '', inLink: !!e.closest('a') })),
    );

  it('the seed: the figures the issue names get the verdicts the data give, each mark right after its number, with a card', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    await page.waitForFunction(() => document.querySelectorAll('ll-claim').length >= 6);
    const got = await marks(page);
    const one = (id: string, claimed: number) => got.find((m) => m.id === id && m.claimed === claimed)!;
    const week = (d: string) => data.wresbal.get(d)!;
    expect(one('reserves', 2960)).toMatchObject({ verdict: 'match', asof: '2025-10-01' });
    expect(one('reserves', 2960).actual).toBeCloseTo(week('2025-10-01'), 9);
    expect(one('reserves', 3400)).toMatchObject({ verdict: 'match', asof: '2025-01-15' });
    expect(one('reserves', 3400).actual).toBeCloseTo(week('2025-01-15'), 9);
    const january = [...data.rrp].filter(([d]) => d.startsWith('2025-01')).map(([, v]) => v);
    expect(one('rrp', 600)).toMatchObject({ verdict: 'differs', actual: Math.max(...january) });
    expect(one('fed_assets', 6900)).toMatchObject({ verdict: 'close', asof: '2025-09-17' });
    expect(one('fed_assets', 6900).actual).toBeCloseTo(data.walcl.get('2025-09-17')!, 9);
    expect(one('reserves_gdp', 9.71)).toMatchObject({ verdict: 'close', asof: '2025-10-01' });
    expect(one('reserves_gdp', 9.71).actual).toBeCloseTo((week('2025-10-01') / data.gdp.get('2025-04-01')!) * 100, 9);
    expect(one('rrp_drawdown', 99)).toMatchObject({ verdict: 'match' });
    expect(one('rrp_drawdown', 99).actual.toFixed(1)).toBe('99.7');
    expect(one('reserves', 2960).before.endsWith('2.96 兆美元')).toBe(true);
    expect(one('rrp_drawdown', 99).before.endsWith('99% 以上')).toBe(true);
    expect(got.every((m) => !m.inLink)).toBe(true);
    // No mark on the vague or the change.
    expect(await page.evaluate(() => [...document.querySelectorAll('ll-claim')].some((e) => /幾十億美元$|進行了 2 兆美元$/.test(e.previousSibling?.textContent ?? '')))).toBe(false);
    const counts = { match: got.filter((m) => m.verdict === 'match').length, close: got.filter((m) => m.verdict === 'close').length, differs: got.filter((m) => m.verdict === 'differs').length };
    await expect.poll(() => shadowText(page, '[data-ll-summary]')).toContain(`${got.length} figures checked`);
    expect(await shadowText(page, '[data-ll-summary]')).toContain(`${got.length} figures checked: ${counts.match} match, ${counts.close} close, ${counts.differs} differ`);
    // The card of the ✗: the figure as written, how it was read, the data that decided, the difference, the source.
    const mark = page.locator('ll-claim[data-ll-verdict="differs"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('[data-ll-hovercard]');
    await card.waitFor({ state: 'attached' });
    const text = await shadowText(page, '[data-ll-hovercard]', '.card');
    expect(text).toContain('✗ Differs from the data');
    expect(text).toContain('In the article: “約 6,000 億美元”');
    expect(text).toContain('Read as: about $600B · in 2025-01');
    expect(text).toContain(`The data: $${Math.max(...january).toFixed(1)}B on 2025-01-02`);
    expect(text).toMatch(/Difference: −\$360\.1B \(−60\.0%\)/);
    expect((await inShadow(page, '[data-ll-hovercard]', 'a', (a) => (a as HTMLAnchorElement).href))[0]).toMatch(/^https:\/\/(fred\.stlouisfed\.org|www\.newyorkfed\.org)\//);
    await page.screenshot({ path: artifact('claims-seed.png') });
    await page.close();
  });

  it('pages without figures about the indicators get no mark', async () => {
    for (const path of ['/nothing.html', '/txt-zh01_cnyes_fed-qt-brake-qe-rumours.html', '/txt-zh03_singtao-stheadline_pboc-reverse-repo-trap.html', '/en04_msnbc_electoral-college-colin-powell.html']) {
      const page = await open(`https://www.cnyes.com${path}`);
      expect([scanOf(page).blocks > 0, scanOf(page).marks, await page.locator('ll-claim').count()], path).toEqual([true, 0, 0]);
      await page.close();
    }
    // The control, on the same host and settings: a page with figures about the indicators is marked.
    const control = await open('https://www.cnyes.com/seed.html');
    expect(scanOf(control).marks).toBeGreaterThan(0);
    expect(await control.locator('ll-claim').count()).toBe(scanOf(control).marks);
    await control.close();
  });

  it('an undated page shows only figures with their own period; a figure in a link is marked after the link', async () => {
    let page = await open('https://www.reuters.com/txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html');
    // "a record $2.554 trillion stashed on Dec. 30, 2022" names its day; "$292 billion" (on Tuesday) does not.
    expect(await marks(page)).toEqual([expect.objectContaining({ id: 'rrp', verdict: 'match', claimed: 2554, asof: '2022-12-30', actual: data.rrp.get('2022-12-30') })]);
    await page.close();
    page = await open('https://www.reuters.com/claims-link.html');
    const got = await marks(page);
    // "in the week of Oct. 1, 2025" names its period; "about $3 trillion last week" on an undated page does not.
    expect(got).toEqual([expect.objectContaining({ id: 'reserves', verdict: 'match', claimed: 2966, asof: '2025-10-01', inLink: false })]);
    expect(got[0]!.actual).toBeCloseTo(data.wresbal.get('2025-10-01')!, 9);
    expect(await page.evaluate(() => document.querySelector('ll-claim')!.previousElementSibling?.tagName)).toBe('A');
    await page.close();
  });

  it('a figure printed in Chinese digits around a ‧ point (六‧五四兆美元) reaches the reader and is marked, with its week', async () => {
    const page = await open(`https://www.cnyes.com${ZH_POINT_PAGE}`);
    // "仍達六‧五四兆美元" of the Fed's assets on a page dated 10 Dec 2025: the H.4.1 of 3 Dec (out on the 4th).
    const got = (await marks(page)).filter((m) => /六‧五四兆美元$/.test(m.before));
    expect(got).toEqual([expect.objectContaining({ id: 'fed_assets', claimed: 6540, asof: '2025-12-03', actual: data.walcl.get('2025-12-03') })]);
    expect(['match', 'close']).toContain(got[0]!.verdict);
    await page.close();
  });

  it('the options switch turns the marks off and on again, without a reload', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    const text = await page.locator('article').textContent();
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator('[data-ll-option-claims]').uncheck();
    await page.waitForSelector('ll-claim', { state: 'detached' });
    await page.waitForSelector('ll-badge', { state: 'attached' });
    expect(await page.locator('article').textContent()).toBe(text);
    await options.locator('[data-ll-option-claims]').check();
    await page.waitForSelector('ll-claim', { state: 'attached' });
    await Promise.all([page.close(), options.close()]);
  });
});

describe('badge behaviour', () => {
  it('a news page never writes the popup’s prepared answer; the popup’s own request does, for today in the reader’s language', async () => {
    const prepared = () => ext.page.evaluate(async () => (await chrome.storage.local.get('preparedAnswer')).preparedAnswer ?? null);
    // The settings cleared before each test make the worker prepare one: let it land, then take it away.
    await ext.page.waitForFunction(async () => !!(await chrome.storage.local.get('preparedAnswer')).preparedAnswer);
    await ext.page.waitForTimeout(300);
    await ext.page.evaluate(() => chrome.storage.local.remove('preparedAnswer'));
    const page = await open('https://www.reuters.com/seed.html');
    expect(await badgeIds(page)).not.toEqual([]);
    expect(await prepared()).toBe(null);
    await page.close();
    const popup = await ext.ctx.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    await popup.waitForSelector('[data-ll-card] [data-ll-value]');
    await ext.page.waitForFunction(async () => !!(await chrome.storage.local.get('preparedAnswer')).preparedAnswer);
    const a = await prepared();
    expect([a.asOf, a.lang, a.indicators.length]).toEqual([null, 'en', INDICATOR_IDS.length]);
    await popup.close();
  });

  it('top frame only: an article inside a frame gets no badge, the same article on its own does (the control)', async () => {
    const page = await open('https://www.reuters.com/framed.html');
    const frame = page.frames().find((f) => f.url().includes('txt-en01'))!;
    await frame.waitForLoadState('load');
    expect(await frame.locator('article p').count()).toBeGreaterThan(0);
    // The frame's document is complete and the top frame's scan has settled: a script in the frame would have badged by now.
    await scanSettled(ext, page);
    expect(await frame.locator('ll-badge, ll-summary').count()).toBe(0);
    await page.close();
    const alone = await open('https://www.reuters.com/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html');
    expect(await alone.locator('ll-badge').count()).toBeGreaterThan(0);
    await alone.close();
  });

  it('new data repaint the pills in place (page/changed), without a reload', async () => {
    const page = await open('https://www.odaily.news/seed.html');
    const pill = page.locator('ll-badge[data-ll-indicator="reserves"]').first();
    const before = Number(await pill.getAttribute('data-ll-value'));
    // A new week of reserves arrives in the cache, as a refresh would write it.
    const { date, value } = await addReservesWeek(ext, 111);
    await page.waitForFunction((v) => document.querySelector('ll-badge[data-ll-indicator="reserves"]')?.getAttribute('data-ll-value') === String(v), value, { timeout: 10_000 });
    expect(Number(await pill.getAttribute('data-ll-value'))).not.toBe(before);
    // Put back as it was, for the tests after this one.
    await removeReservesWeek(ext, date);
    await page.close();
  });

  it('a page with none of the terms gets nothing', async () => {
    const page = await open('https://www.reuters.com/nothing.html');
    expect(scanOf(page).settled).toBe(true);
    expect(scanOf(page).blocks).toBeGreaterThan(0);
    expect(await page.locator('ll-badge, ll-summary').count()).toBe(0);
    await page.close();
    // The control: the same site and settings, a page with the terms.
    const control = await open('https://www.reuters.com/hostile.html');
    expect(await control.locator('ll-badge').count()).toBeGreaterThan(0);
    await control.close();
  });

  it('the money market: pills for TGCR − IORB, SOFR’s tail and SOFR volume, in English and Chinese; a 99th percentile of something else gets none', async () => {
    for (const path of ['/money-market.html', '/money-market-zh.html']) {
      await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { density: 'every' } }));
      const page = await open(`https://www.reuters.com${path}`);
      const ids = await badgeIds(page);
      for (const id of ['tgcr_iorb', 'sofr_tail', 'sofr_volume']) expect(ids, `${path} ${id}`).toContain(id);
      if (path === '/money-market.html') {
        // One tail pill (SOFR's), not a second for the household-income percentile.
        expect(ids.filter((id) => id === 'sofr_tail'), path).toHaveLength(1);
        expect(await page.locator('p:last-child ll-badge').count()).toBe(0);
      }
      await page.close();
    }
  });

  it('survives hostile CSS: badges stay visible, with their own look, and shift no line', async () => {
    const page = await open('https://www.reuters.com/hostile.html');
    const badge = page.locator('ll-badge[data-ll-indicator="sofr_iorb"]').first();
    const [pill] = await inShadow(page, 'll-badge[data-ll-indicator="sofr_iorb"]', '.pill', (p) => {
      const s = getComputedStyle(p);
      const r = p.getBoundingClientRect();
      return { font: s.fontSize, w: r.width, h: r.height, color: s.color };
    });
    const look = { display: await badge.evaluate((h) => getComputedStyle(h).display), ...pill! };
    expect(look.display).toBe('inline');
    expect(look.font).toBe('11px');
    expect(look.w).toBeGreaterThan(10);
    expect(look.color).toBe('rgb(255, 255, 255)');
    const withBadges = await page.locator('#one').evaluate((p) => p.getBoundingClientRect().height);
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { sitesOff: ['reuters.com'] } }));
    await page.waitForSelector('ll-badge', { state: 'detached' });
    const without = await page.locator('#one').evaluate((p) => p.getBoundingClientRect().height);
    expect(withBadges).toBe(without);
    await page.close();
  });

  it('badges paragraphs added after load, scanning only what was added', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { badgeDensity: 'every' } }));
    const page = await open('https://www.reuters.com/append.html');
    await page.waitForFunction(() => document.title === 'appended');
    await scanSettled(ext, page);
    const ids = await badgeIds(page);
    expect(ids.filter((i) => i === 'srf').length).toBe(2);
    expect(ids.filter((i) => i === 'tga').length).toBe(2);
    expect(ids.filter((i) => i === 'rrp').length).toBe(1); // the first paragraph is not badged twice
    await page.close();
  });

  it('a very long page: what the reader sees is badged at once, text far below only when scrolled near', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { badgeDensity: 'every' } }));
    const page = await open('https://www.reuters.com/long.html');
    expect(await badgeIds(page)).toContain('rrp');
    const lastBadged = () => page.evaluate(() => document.getElementById('last')!.querySelector('ll-badge')?.getAttribute('data-ll-indicator') ?? null);
    expect(await lastBadged()).toBe(null);
    await page.evaluate(() => document.getElementById('last')!.scrollIntoView());
    await page.waitForFunction(() => !!document.getElementById('last')!.querySelector('ll-badge'), undefined, { timeout: 5000 });
    expect(await lastBadged()).toBe('srf');
    await page.close();
  });

  it('puts a badge after a link, never inside it, and none in editable text, code or navigation', async () => {
    const page = await open('https://www.reuters.com/tricky.html');
    const where = await page.locator('ll-badge[data-ll-indicator]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-ll-indicator'), inLink: !!e.closest('a'), after: e.previousElementSibling?.tagName ?? null, edit: !!e.closest('[contenteditable]'), pre: !!e.closest('pre, nav') })));
    expect(where.find((w) => w.id === 'srf')).toMatchObject({ inLink: false, after: 'A' });
    expect(where.every((w) => !w.edit && !w.pre)).toBe(true);
    expect(where.map((w) => w.id).sort()).toEqual(['sofr_effr', 'srf']);
    await page.close();
  });

  it('switching a site off in the options removes every badge at once, and on again brings them back, without a reload', async () => {
    const page = await open('https://www.reuters.com/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html');
    expect(await page.locator('ll-badge').count()).toBeGreaterThan(0);
    const text = await page.locator('article').textContent();
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator('[data-ll-site="reuters.com"]').uncheck();
    await page.waitForSelector('ll-badge, ll-summary', { state: 'detached' });
    expect(await page.locator('article').textContent()).toBe(text); // text nodes put back together
    expect(await page.evaluate(() => [...document.querySelectorAll('article p')].every((p) => [...p.childNodes].every((n, i, a) => !(n.nodeType === 3 && a[i + 1]?.nodeType === 3))))).toBe(true);
    await options.locator('[data-ll-site="reuters.com"]').check();
    await page.waitForSelector('ll-badge', { state: 'attached' });
    await Promise.all([page.close(), options.close()]);
  });

  it('density "article badge only" shows the summary and no inline badge; "off" shows nothing', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { badgeDensity: 'article' } }));
    let page = await open('https://www.reuters.com/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html');
    expect([await page.locator('ll-badge').count(), await page.locator('[data-ll-summary]').count()]).toEqual([0, 1]);
    await page.close();
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { badgeDensity: 'off' } }));
    page = await open('https://www.reuters.com/txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html');
    expect(scanOf(page).blocks).toBe(0); // settled, and nothing read: the density is off
    expect(await page.locator('ll-badge, ll-summary').count()).toBe(0);
    await page.close();
  });

  it('hostile pages: a page that breaks appendChild, MutationObserver, Array.prototype.map and attachShadow; 100,000 text nodes; 5,000 levels of nesting; an editor — no page breakage, no console error, no badge in editable text', async () => {
    // Each page, the badge it must get, and what else it must show.
    const cases: Array<[path: string, want: string, also: (page: Page) => Promise<void>]> = [
      ['/hostile-js.html', 'reserves', async () => undefined],
      ['/100k.html', 'reserves', async (page) => expect(await page.locator('#many span').count()).toBe(100_000)],
      ['/deep.html', 'rrp', async (page) => expect(await page.evaluate(() => { let d = 0; for (let e: Element | null = document.querySelector('ll-badge'); e; e = e.parentElement) d++; return d; })).toBeGreaterThan(5000)],
      ['/editor.html', 'sofr_effr', async (page) => {
        await page.click('#ed');
        await page.keyboard.type(' The Fed’s ON RRP and bank reserves, typed.');
        await scanSettled(ext, page);
        expect(await page.locator('#ed ll-badge').count()).toBe(0);
        expect(await page.locator('#ed').textContent()).toBe('Draft: The Fed’s ON RRP and bank reserves, typed.');
      }],
    ];
    for (const [path, want, also] of cases) {
      const page = await ext.ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`https://www.reuters.com${path}`, { waitUntil: 'load' });
      await page.waitForSelector(`ll-badge[data-ll-indicator="${want}"]`, { state: 'attached', timeout: 15_000 });
      await also(page);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('ships the content script as one self-contained file, exposing nothing to web pages', async () => {
    const manifest = JSON.parse(readFileSync(join(new URL('../../dist', import.meta.url).pathname, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    const [file] = manifest.content_scripts[0].js;
    const code = readFileSync(join(new URL('../../dist', import.meta.url).pathname, file), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[({'"]|\bimport\s+\w/);
    expect(manifest.content_scripts[0].js).toHaveLength(1);
    // Everything in it (terms, dates, claims, cards, feeds' posts, the scan's state for the extension's pages)
    // stays within 19 KB gzip: 16 KB until the money market's terms (TGCR, SOFR's tail and volume, in three
    // scripts) came, 16.5 KB until issue 22's sites and the Ahead card line (17,404 bytes) and feeds, each post
    // badged as of its own date (934 bytes more: 18,338), 18 KB until the review's fixes (a figure already
    // marked is not marked again, teaser cards are no posts, update stamps by whole class parts: 18,432; a
    // feed's badges repainted in place on new data: 18,606), 18.5 KB until the scan and the date were measured on
    // pages never met (test/fixtures/real/roots-heldout, dates-heldout): furniture inside the story (comments,
    // related rails, asks, share bars, link lists) left out, bylines over update stamps, microdata dates, and
    // abbreviations of a named indicator: 19,195; 19,412 with the article's instant and the scan's <br> stories, then
    // 18,995 after a pass that kept the behaviour (worker-only formatting out, Chinese terms listed once).
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(19 * 1024);
  });
});
