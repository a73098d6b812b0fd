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

/** Opens the popup on a chart, and waits until it has kept that chart in its copy; returns what uPlot drew. */
async function openChartAndKeep(id: string): Promise<{ copy: any; readout: string; points: number }> {
  await openAndKeep();
  const page = await ext.ctx.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html?open=${id}`);
  await page.waitForSelector(`#app [data-ll-chart="${id}"] .plot[data-drawn]`);
  await expect.poll(async () => JSON.parse((await readCopy())!).chart?.id).toBe(id);
  const readout = (await page.locator(`#app [data-ll-chart="${id}"] .readout`).textContent())!;
  const points = Number(await page.locator(`#app [data-ll-chart="${id}"] .plot`).getAttribute('data-drawn'));
  await page.close();
  return { copy: JSON.parse((await readCopy())!), readout, points };
}

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
async function openWithoutModule(query = ''): Promise<Page> {
  const page = await ext.ctx.newPage();
  let refused = 0;
  await page.route(/\/assets\/index\.html-[^/]*\.js$/, (r) => (refused++, r.abort()));
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html${query}`, { waitUntil: 'load' });
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
      'another version': { ...good, v: good.v + 1 },
      'an earlier version': { ...good, v: good.v - 1 },
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

  it('draws the last opened chart from the copy with the module blocked, for a popup opened on that chart: its line, its edges and its readout (the newest point’s date and value, as uPlot read it)', async () => {
    const { copy, readout, points } = await openChartAndKeep('reserves_gdp');
    expect(points).toBeGreaterThan(10);
    expect(copy.chart).toMatchObject({ id: 'reserves_gdp', range: '1y', readout });
    expect(readout.startsWith(`${copy.chart.asOf} · `)).toBe(true);
    const page = await openWithoutModule('?open=reserves_gdp');
    const chart = page.locator('#ll-copy [data-ll-copy-chart="reserves_gdp"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('.readout').textContent()).toBe(readout);
    const d = (await chart.locator('path').getAttribute('d'))!;
    // At most two points a pixel column of the plot, and not fewer than the drawn points or the columns allow.
    const n = d.split(/[ML]/).length - 1;
    expect(n).toBeGreaterThanOrEqual(Math.min(points, copy.chart.plot.width / 2));
    expect(n).toBeLessThanOrEqual(2 * (Math.round(copy.chart.plot.width) + 1));
    expect(await chart.locator('text').allTextContents()).toEqual([copy.chart.top, copy.chart.bottom, copy.chart.from, copy.chart.to]);
    // It follows its card, as the popup's chart does.
    expect(await page.locator('#ll-copy [data-ll-copy-card="reserves_gdp"] + .chart [data-ll-copy-chart]').count()).toBe(1);
    await page.close();
    // Not for a popup opened on nothing, or on another chart: the popup would not open this one.
    for (const q of ['', '?open=rrp']) {
      const other = await openWithoutModule(q);
      expect(await other.locator('#ll-copy [data-ll-copy-card]').count(), q).toBe(copy.cards.length);
      expect(await other.locator('[data-ll-copy-chart]').count(), q).toBe(0);
      await other.close();
    }
  });

  it('hands the copy’s chart to the popup’s chart box until uPlot draws, then lets it go', async () => {
    await openChartAndKeep('reserves_gdp');
    // The chart's code held back: the copy's chart stands in the popup's own (loading) chart box.
    const held = await ext.ctx.newPage();
    await held.route(/\/assets\/Chart-[^/]*\.js$/, (r) => r.abort());
    await held.goto(`chrome-extension://${ext.id}/src/popup/index.html?open=reserves_gdp`);
    await held.waitForSelector('#app [data-ll-card] [data-ll-value]');
    expect(await held.locator('#ll-copy').count()).toBe(0);
    await expect.poll(() => held.locator('#app .chart-loading [data-ll-copy-chart="reserves_gdp"]').count()).toBe(1);
    expect(await held.locator('#app .chart-loading [data-ll-copy-chart] path').isVisible()).toBe(true);
    await held.close();
    // As it is: uPlot draws and the copy's chart is gone.
    const page = await ext.ctx.newPage();
    await page.goto(`chrome-extension://${ext.id}/src/popup/index.html?open=reserves_gdp`);
    await page.waitForSelector('#app [data-ll-chart="reserves_gdp"] .plot[data-drawn] canvas');
    expect(await page.locator('[data-ll-copy-chart]').count()).toBe(0);
    const t = await page.evaluate(() => ({ copy: performance.getEntriesByName('ll-copy-painted')[0]?.startTime ?? -1, chart: performance.getEntriesByName('ll-chart-drawn')[0]!.startTime }));
    expect(t.copy).toBeGreaterThan(0);
    expect(t.copy).toBeLessThan(t.chart);
    await page.close();
  });

  it('refuses a copy whose chart is malformed, undated or from the future: nothing of it is painted', async () => {
    const { copy: good } = await openChartAndKeep('reserves_gdp');
    const c = good.chart;
    const wrong: Record<string, unknown> = {
      'a chart of another shape': 'reserves_gdp',
      'a path with more than moves and lines': { ...c, path: `${c.path}Z` },
      'a path with markup': { ...c, path: 'M0 0L<script>' },
      'a readout without its date': { ...c, readout: c.readout.slice(c.asOf.length + 3) },
      'a readout of another date': { ...c, readout: c.readout.replace(c.asOf, '2020-01-02') },
      'a point after today': { ...c, asOf: '2999-01-01', readout: c.readout.replace(c.asOf, '2999-01-01') },
      'no date at its right edge': { ...c, to: '' },
      'a size that is not a number': { ...c, plot: { ...c.plot, width: 'wide' } },
      'a negative size': { ...c, width: -1 },
      'no edge label': { ...c, top: null },
    };
    for (const [what, chart] of Object.entries(wrong)) {
      await writeCopy(JSON.stringify({ ...good, chart }));
      const page = await openWithoutModule('?open=reserves_gdp');
      expect(await page.locator('#ll-copy').count(), what).toBe(0);
      expect(await page.locator('#app').isHidden(), what).toBe(false);
      await page.close();
    }
    await writeCopy(JSON.stringify(good));
    const page = await openWithoutModule('?open=reserves_gdp');
    expect(await page.locator('#ll-copy [data-ll-copy-chart]').count()).toBe(1);
    await page.close();
  });

  it('keeps the chart only beside a copy of the same day and language, and carries it over when the cards are copied again', async () => {
    const { copy } = await openChartAndKeep('reserves_gdp');
    // The cards copied again on the same day (a popup opened on no chart): the chart stays.
    const reserves = copy.cards.find((c: any) => c.id === 'reserves').value;
    await writeCopy(JSON.stringify({ ...copy, cards: copy.cards.map((c: any) => (c.id === 'reserves' ? { ...c, value: '$9.99T' } : c)) }));
    const again = await ext.ctx.newPage();
    await again.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    await expect.poll(async () => JSON.parse((await readCopy())!).cards.find((c: any) => c.id === 'reserves').value).toBe(reserves);
    await again.close();
    expect(JSON.parse((await readCopy())!).chart).toEqual(copy.chart);
    // A kept copy of another day or language: its chart is not carried over into today's.
    for (const other of [{ day: '2020-01-02' }, { lang: 'zh_CN' }]) {
      await writeCopy(JSON.stringify({ ...copy, ...other }));
      const page = await ext.ctx.newPage();
      await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
      await expect.poll(async () => JSON.parse((await readCopy())!)).toMatchObject({ day: copy.day, lang: copy.lang });
      await page.close();
      expect(JSON.parse((await readCopy())!).chart, JSON.stringify(other)).toBeNull();
    }
  });
});
