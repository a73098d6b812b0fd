/**
 * The popup's first paint from its copy (public/popup-first-paint.js, src/popup/first-paint-copy.ts), in the
 * built extension in real Chromium, offline on the bundled snapshot: the classic script paints the copy with the
 * popup's module blocked, a copy of another version, day, language or shape paints nothing, and the copy
 * follows the worker's answer.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/core/format';
import { DIST, loadExtension, waitForCache, type Loaded } from '../helpers/extension';

let ext: Loaded;
const COPY = 'll-popup-copy';

beforeAll(async () => {
  ext = await loadExtension();
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
  // The helper's page is a popup, which would keep its own copy whenever the settings change: an extension page
  // that keeps none, so each test knows which popup wrote the copy it reads.
  await ext.page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
});
afterAll(() => ext?.close());
beforeEach(async () => {
  await ext.page.evaluate(() => chrome.storage.sync.clear());
});

const readCopy = () => ext.page.evaluate((k) => localStorage.getItem(k), COPY);
const writeCopy = (raw: string | null) => ext.page.evaluate(({ k, v }) => (v === null ? localStorage.removeItem(k) : localStorage.setItem(k, v)), { k: COPY, v: raw });

/** Opens the popup as it is, and waits until it has kept its copy of the worker's answer. */
async function openAndKeep(): Promise<string> {
  await writeCopy(null);
  const page = await ext.ctx.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  await page.waitForSelector('#app [data-ll-card] [data-ll-value]');
  await expect.poll(readCopy).not.toBeNull();
  await page.close();
  return (await readCopy())!;
}

/** The popup with its module script refused: only the classic script runs. */
async function openWithoutModule(): Promise<Page> {
  const page = await ext.ctx.newPage();
  let refused = 0;
  await page.route(/\/assets\/index\.html-[^/]*\.js$/, (r) => (refused++, r.abort()));
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`, { waitUntil: 'load' });
  // The classic script asks for the module itself, after the copy's first paint when it painted one.
  await expect.poll(() => refused).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('ll-popup-script').length)).toBe(0);
  return page;
}

const cardTexts = (page: Page, root: string, attr: string) =>
  page.locator(`${root} [${attr}]`).evaluateAll((els, a) => els.map((e) => [(e as HTMLElement).getAttribute(a), (e as HTMLElement).innerText]), attr);

describe('popup first paint', () => {
  it('paints the copy before the module runs: every card’s value with its unit and date, the gauge and its reasons', async () => {
    await openAndKeep();
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    const page = await openWithoutModule();
    expect(await page.locator('#ll-copy').isVisible()).toBe(true);
    expect(await page.locator('#app').isHidden()).toBe(true);
    const ids = await page.locator('[data-ll-copy-card]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.llCopyCard));
    expect(ids).toEqual(a.indicators.map((i: any) => i.id));
    for (const i of a.indicators) {
      const card = page.locator(`[data-ll-copy-card="${i.id}"]`);
      expect(await card.locator('[data-ll-copy-value]').textContent(), i.id).toBe(formatValue(i.value, i.unit, 'en'));
      if (i.asOf) expect(await card.locator('.asof').textContent(), i.id).toBe(`${i.asOf} · ${i.ageDays} d old`);
      else expect(await card.locator('.asof.missing').textContent(), i.id).toBe('not available');
    }
    expect(await page.locator('#ll-copy .gauge').getAttribute('data-state')).toBe(a.gauge.state);
    const fired = a.gauge.rules.filter((r: any) => r.fired);
    expect(await page.locator('#ll-copy .gauge ul.reasons li').allTextContents()).toEqual(fired.map((r: any) => `${r.text} (${r.asOf})`));
    await page.close();
  });

  it('marks a stale source in the copy as the popup marks it: each card of the copy reads as the popup’s own', async () => {
    await openAndKeep();
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    const stale = a.indicators.filter((i: any) => i.status !== 'ok');
    expect(stale.length).toBeGreaterThan(0); // the bundled snapshot is older than today: some sources are stale
    const early = await openWithoutModule();
    for (const i of stale) {
      expect(await early.locator(`[data-ll-copy-card="${i.id}"] details.status summary`).textContent(), i.id).toBe(`${i.status === 'error' ? 'Failed' : 'Stale'} · last good data ${i.asOf}`);
    }
    const copied = await cardTexts(early, '#ll-copy', 'data-ll-copy-card');
    await early.close();
    const popup = await ext.ctx.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    await popup.waitForSelector('#app [data-ll-card] [data-ll-value]');
    expect(await cardTexts(popup, '#app', 'data-ll-card')).toEqual(copied);
    expect(await popup.locator('#ll-copy').count()).toBe(0);
    expect(await popup.evaluate(() => performance.getEntriesByName('ll-copy-painted')[0]!.startTime < performance.getEntriesByName('ll-popup-script')[0]!.startTime)).toBe(true);
    await popup.close();
  });

  it('lets the browser paint the copy before the module runs: the built page has no module tag, and the module starts after the first paint', async () => {
    const html = readFileSync(`${DIST}/src/popup/index.html`, 'utf8');
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    expect(html).not.toMatch(/modulepreload/);
    await openAndKeep();
    for (let run = 0; run < 3; run++) {
      const page = await ext.ctx.newPage();
      await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
      await page.waitForSelector('#app [data-ll-card] [data-ll-value]');
      const t = await page.evaluate(() => ({
        copy: performance.getEntriesByName('ll-copy-painted')[0]?.startTime ?? -1,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        module: performance.getEntriesByName('ll-popup-script')[0]?.startTime ?? -1,
      }));
      expect(t.copy, JSON.stringify(t)).toBeGreaterThan(0);
      expect(t.paint, JSON.stringify(t)).toBeGreaterThan(t.copy);
      expect(t.module, JSON.stringify(t)).toBeGreaterThan(t.paint);
      await page.close();
    }
  });

  it('paints nothing from a copy of another version, day, language or shape', async () => {
    const good = JSON.parse(await openAndKeep());
    const wrong: Record<string, unknown> = {
      'not JSON': '{"v":1,',
      'another version': { ...good, v: 2 },
      'another day': { ...good, day: '2020-01-02' },
      'another language': { ...good, lang: 'zh_TW' },
      'a number without its date': { ...good, cards: good.cards.map((c: any, n: number) => (n ? c : { ...c, asOf: null })) },
      'a stale card without its mark': { ...good, cards: good.cards.map((c: any) => (c.status === 'ok' ? c : { ...c, statusWord: null })) },
      'a card of another shape': { ...good, cards: [...good.cards, { id: 'reserves', value: '$1T' }] },
      'no cards': { ...good, cards: [] },
      'an unknown gauge state': { ...good, gauge: { ...good.gauge, state: 'fine' } },
    };
    for (const [what, copy] of Object.entries(wrong)) {
      await writeCopy(typeof copy === 'string' ? copy : JSON.stringify(copy));
      const page = await openWithoutModule();
      expect(await page.locator('#ll-copy').count(), what).toBe(0);
      expect(await page.locator('#app').isHidden(), what).toBe(false);
      await page.close();
    }
    // The good one, as kept, paints (so the refusals above are the copy's faults, not the page's).
    await writeCopy(JSON.stringify(good));
    const page = await openWithoutModule();
    expect(await page.locator('#ll-copy [data-ll-copy-card]').count()).toBe(good.cards.length);
    await page.close();
  });

  it('the worker’s answer replaces a copy that says something else, and the copy follows it', async () => {
    const good = JSON.parse(await openAndKeep());
    const old = { ...good, cards: good.cards.map((c: any) => (c.id === 'reserves' ? { ...c, value: '$9.99T' } : c)) };
    await writeCopy(JSON.stringify(old));
    const page = await ext.ctx.newPage();
    await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    await page.waitForSelector('#app [data-ll-card] [data-ll-value]');
    expect(await page.locator('#ll-copy').count()).toBe(0);
    const shown = await page.locator('#app [data-ll-card="reserves"] [data-ll-value]').textContent();
    expect(shown).not.toBe('$9.99T');
    await expect.poll(async () => JSON.parse((await readCopy())!).cards.find((c: any) => c.id === 'reserves').value).toBe(shown);
    await page.close();
  });

  it('follows the reader’s order and language: a card switched off is not in the next copy, Chinese is copied in Chinese, and an English copy is not painted for a Chinese reader', async () => {
    const english = await openAndKeep();
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.waitForSelector('[data-ll-option]');
    const saved = () => ext.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    await options.locator('[data-ll-option="rrp"] input[type=checkbox]').uncheck();
    await expect.poll(async () => (await saved())?.indicators.find((c: any) => c.id === 'rrp').enabled).toBe(false);
    await options.locator('select[data-ll-language]').selectOption('zh_TW');
    await expect.poll(async () => (await saved())?.language).toBe('zh_TW');
    // The options page, reading in the new language, says so to the next popup (src/ui/i18n.ts).
    await expect.poll(() => options.evaluate(() => localStorage.getItem('ll-lang'))).toBe('zh_TW');
    await options.close();
    await writeCopy(english);
    let page = await openWithoutModule();
    expect(await page.locator('#ll-copy').count()).toBe(0);
    await page.close();
    await openAndKeep();
    expect(JSON.parse((await readCopy())!).lang).toBe('zh_TW');
    page = await openWithoutModule();
    expect(await page.locator('#ll-copy h1').textContent()).toBe('聯準會流動性');
    expect(await page.locator('[data-ll-copy-card="rrp"]').count()).toBe(0);
    expect(await page.locator('[data-ll-copy-card]').count()).toBe(JSON.parse(english).cards.length - 1);
    await page.close();
    await ext.page.evaluate(() => localStorage.setItem('ll-lang', 'en'));
  });
});
