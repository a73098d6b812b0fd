/**
 * The popup and the options page of the built extension, in real Chromium, offline on the bundled
 * snapshot. Each test starts from default settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/core/format';
import { INDICATOR_IDS } from '../../src/core/types';
import { artifact } from '../helpers/artifacts';
import { loadExtension, waitForCache, type Loaded } from '../helpers/extension';

let ext: Loaded;
const DAY = 86_400_000;

beforeAll(async () => {
  ext = await loadExtension();
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt);
});
afterAll(() => ext?.close());
beforeEach(async () => {
  await ext.page.evaluate(() => chrome.storage.sync.clear());
});

async function openPopup(opts: { dark?: boolean } = {}): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  await page.waitForSelector('[data-ll-card] [data-ll-value]');
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.waitForSelector('[data-ll-option]');
  return page;
}

const setSettings = (s: unknown) => ext.page.evaluate((x) => chrome.storage.sync.set({ settings: x }), s);

describe('popup', () => {
  it('shows a card for every enabled indicator, in order, with the value, date and source the worker answers', async () => {
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    const page = await openPopup();
    const cards = await page.locator('[data-ll-card]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.llCard));
    expect(cards).toEqual([...INDICATOR_IDS]);
    for (const i of a.indicators) {
      const card = page.locator(`[data-ll-card="${i.id}"]`);
      expect(await card.locator('[data-ll-value]').textContent(), i.id).toBe(formatValue(i.value, i.unit, 'en'));
      expect(await card.locator('.asof').textContent(), i.id).toContain(i.asOf);
      expect(await card.locator('a.source').getAttribute('href'), i.id).toBe(i.source.url);
      expect(await card.locator('.spark path').count(), i.id).toBe(i.spark.length > 1 ? 1 : 0);
    }
    // The gauge names its state and the rules that fired, with their dates.
    expect(await page.locator('.gauge').getAttribute('data-state')).toBe(a.gauge.state);
    const fired = a.gauge.rules.filter((r: any) => r.fired);
    expect(await page.locator('.gauge ul.reasons li').allTextContents()).toEqual(fired.map((r: any) => `${r.text} (${r.asOf})`));
    // FRED's terms: the sources say the product is not endorsed by the St. Louis Fed.
    expect(await page.locator('.sources [data-ll-fred-notice]').textContent()).toMatch(/not endorsed or certified by the Federal Reserve Bank of St\. Louis/);
    await page.close();
  });

  it('says why a stale source is stale, with its last good date, and never shows it as zero', async () => {
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    const page = await openPopup();
    const stale = a.indicators.filter((i: any) => i.status !== 'ok');
    expect(stale.length).toBeGreaterThan(0); // the bundled data are months old
    for (const i of stale) {
      const status = page.locator(`[data-ll-card="${i.id}"] [data-ll-status]`);
      expect(await status.locator('summary').textContent(), i.id).toContain(`last good data ${i.asOf}`);
      await status.locator('summary').click();
      expect(await status.locator('.reason').textContent(), i.id).toBe(i.statusReason);
    }
    await page.close();
  });

  it('draws the chart with the right number of points for each range', async () => {
    const series = await ext.send({ type: 'series/get', id: 'reserves_gdp', lang: 'en' });
    const points: Array<[string, number]> = series.points;
    const last = Date.parse(points[points.length - 1]![0]);
    const within = (days: number) => points.filter(([d]) => Date.parse(d) >= last - days * DAY).length;
    const page = await openPopup();
    await page.click('[data-ll-card="reserves_gdp"] .card-main');
    const chart = page.locator('[data-ll-chart="reserves_gdp"]');
    for (const [range, expected] of [
      ['1y', within(365)],
      ['5y', within(5 * 365)],
      ['max', points.length],
    ] as const) {
      await chart.locator(`button[data-range="${range}"]`).click();
      await page.waitForFunction((r) => document.querySelector(`[data-ll-chart="reserves_gdp"] .plot[data-drawn-range="${r}"]`), range);
      expect(Number(await chart.locator('.plot').getAttribute('data-drawn')), range).toBe(expected);
      // uPlot painted the line: the canvas has many non-transparent pixels.
      const inked = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
      expect(inked, range).toBeGreaterThan(500);
    }
    expect(within(365)).toBeLessThan(within(5 * 365));
    // The 1Y view shows the 10% and 7% lines in its threshold list, the Dec 2025 end of QT and the start of bill
    // purchases, each linked to the publisher's page that records it.
    await chart.locator('button[data-range="1y"]').click();
    // The events list is rendered before the 1Y plot is drawn (an effect): wait for the plot, or the arrow key
    // below would move the crosshair of the Max plot about to be replaced.
    await page.waitForFunction(() => document.querySelector('[data-ll-chart="reserves_gdp"] .plot[data-drawn-range="1y"]'));
    await expect.poll(() => chart.locator('.events li').allTextContents()).toEqual(['1 Dec 2025: QT ends', '12 Dec 2025: reserve management purchases of Treasury bills begin']);
    expect(await chart.locator('.events li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      'https://www.newyorkfed.org/markets/opolicy/operating_policy_251029',
      'https://www.federalreserve.gov/newsevents/pressreleases/monetary20251210a.htm',
    ]);
    // A crosshair reads out date and value, from the keyboard too.
    await chart.locator('.plot').focus();
    await page.keyboard.press('ArrowLeft');
    const prev = points[points.length - 2]!;
    await expect.poll(() => chart.locator('.readout').textContent()).toBe(`${prev[0]} · Reserves / GDP: ${formatValue(prev[1], 'pct', 'en', { compact: true })}`);
    // A second series on its own axis.
    await chart.locator('select').selectOption('net_liquidity');
    await page.waitForFunction(() => document.querySelector('[data-ll-chart="reserves_gdp"] .plot')?.getAttribute('data-series') === '2');
    await page.close();
  });

  it('paints the toolbar badge with the gauge colour and reserves/GDP', async () => {
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    const ratio = a.indicators.find((i: any) => i.id === 'reserves_gdp');
    const [text, colour, title] = await ext.worker.evaluate(async () => [
      await chrome.action.getBadgeText({}),
      await chrome.action.getBadgeBackgroundColor({}),
      await chrome.action.getTitle({}),
    ]);
    expect(text).toBe(ratio.value.toFixed(1));
    const hex = { ample: [31, 136, 61], adequate: [154, 103, 0], tight: [212, 85, 11], stressed: [207, 34, 46] }[a.gauge.state as string]!;
    expect(colour.slice(0, 3)).toEqual(hex);
    expect(title).toContain(ratio.asOf);
  });

  it('saves screenshots: light, dark and Traditional Chinese', async () => {
    for (const [name, dark, language] of [
      ['popup-light.png', false, 'en'],
      ['popup-dark.png', true, 'en'],
      ['popup-zh_TW.png', false, 'zh_TW'],
    ] as const) {
      await setSettings({ language });
      const page = await openPopup({ dark });
      await page.click('[data-ll-card="reserves_gdp"] .card-main');
      await page.waitForSelector('[data-ll-chart] .plot[data-drawn]');
      await page.screenshot({ path: artifact(name) });
      await page.close();
    }
  });
});

describe('SOFR’s distribution', () => {
  it('draws the percentile bands, IORB and the ON RRP rate under the SOFR-tail card, as the worker answers them', async () => {
    const s = await ext.send({ type: 'series/get', id: 'sofr', bands: true, lang: 'en' });
    const page = await openPopup();
    await page.click('[data-ll-card="sofr_tail"] .card-main');
    const plot = page.locator('[data-ll-distribution] .plot[data-drawn]');
    await plot.waitFor();
    // One year back from the newest day, counted here from the worker's answer.
    const last = s.points[s.points.length - 1][0];
    const from = new Date(Date.parse(`${last}T00:00:00Z`) - 365 * DAY).toISOString().slice(0, 10);
    const idx = s.points.map(([d]: [string]) => d >= from);
    const count = (xs: Array<number | null>) => xs.filter((v, i) => idx[i] && v !== null).length;
    expect(await plot.getAttribute('data-drawn')).toBe(String(idx.filter(Boolean).length));
    expect(Number(await plot.getAttribute('data-band-days'))).toBe(count(s.bands.p99));
    expect(Number(await plot.getAttribute('data-band-days'))).toBeGreaterThan(200); // a year of the NY Fed's percentiles
    expect(Number(await plot.getAttribute('data-iorb-days'))).toBe(count(s.lines.iorb));
    expect(Number(await plot.getAttribute('data-rrp-rate-days'))).toBe(count(s.lines.rrp_rate));
    // The readout starts on the newest day, with the rate and both bands.
    const p = (v: number) => formatValue(v, 'pct', 'en');
    const n = s.points.length - 1;
    expect(await page.locator('[data-ll-distribution] .readout').textContent()).toBe(
      `${last} · SOFR ${p(s.points[n][1])} · 1st–99th ${p(s.bands.p1[n])}–${p(s.bands.p99[n])} · 25th–75th ${p(s.bands.p25[n])}–${p(s.bands.p75[n])} · IORB — · ON RRP ${s.lines.rrp_rate[n] === null ? '—' : p(s.lines.rrp_rate[n])}`,
    );
    await page.close();
  });

  it('saves screenshots: light, dark and Traditional Chinese', async () => {
    for (const [name, dark, language] of [
      ['sofr-distribution-light.png', false, 'en'],
      ['sofr-distribution-dark.png', true, 'en'],
      ['sofr-distribution-zh_TW.png', false, 'zh_TW'],
    ] as const) {
      await setSettings({ language });
      const page = await openPopup({ dark });
      await page.click('[data-ll-card="sofr_tail"] .card-main');
      const dist = page.locator('[data-ll-distribution]');
      await page.waitForSelector('[data-ll-distribution] .plot[data-drawn]');
      await dist.scrollIntoViewIfNeeded();
      await dist.screenshot({ path: artifact(name) });
      await page.close();
    }
  });
});

describe('options page', () => {
  it('switching an indicator off removes its card from an open popup, without a reload', async () => {
    const popup = await openPopup();
    const options = await openOptions();
    await options.locator('[data-ll-option="rrp"] input[type=checkbox]').uncheck();
    await popup.waitForSelector('[data-ll-card="rrp"]', { state: 'detached' });
    expect(await popup.locator('[data-ll-card]').count()).toBe(INDICATOR_IDS.length - 1);
    // Order: moving the second card's indicator up puts it first.
    const second = (await popup.locator('[data-ll-card]').nth(1).getAttribute('data-ll-card'))!;
    await options.locator(`[data-ll-option="${second}"] button`).first().click();
    await popup.waitForFunction((id) => (document.querySelector('[data-ll-card]') as HTMLElement).dataset.llCard === id, second);
    await Promise.all([popup.close(), options.close()]);
  });

  it('switching the language changes the popup’s words', async () => {
    const popup = await openPopup();
    expect(await popup.locator('h1').textContent()).toBe('Fed liquidity');
    const options = await openOptions();
    await options.locator('select[data-ll-language]').selectOption('zh_TW');
    const zh = await ext.send({ type: 'indicators/get', lang: 'zh_TW' });
    await popup.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('聯準會流動性');
    await expect.poll(() => popup.locator('[data-ll-card="reserves"] .card-title').textContent()).toBe(zh.indicators[0].label);
    await expect.poll(() => options.locator('h1').textContent()).toContain('設定');
    await Promise.all([popup.close(), options.close()]);
  });

  it('a changed threshold changes the gauge, and reset puts the default back', async () => {
    const options = await openOptions();
    const input = options.locator('#th-reserves_below_ample');
    await input.fill('9');
    await input.press('Enter');
    await input.blur();
    await expect.poll(async () => (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings?.thresholds).toEqual({ reserves_below_ample: 9 });
    const a = await ext.send({ type: 'indicators/get', lang: 'en' });
    expect(a.gauge.rules.find((r: any) => r.id === 'reserves_below_ample').threshold).toBe(9);
    await options.getByRole('button', { name: 'Reset thresholds to defaults' }).click();
    await expect.poll(async () => (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings?.thresholds).toEqual({});
    await options.close();
  });

  it('a heavy-day threshold out of range is refused with the allowed range, and the previous one kept; a stored one out of range is said', async () => {
    const stored = async () => (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings?.aheadThresholdBn;
    const options = await openOptions();
    const input = options.locator('#th-ahead-net');
    await input.fill('150');
    await input.press('Enter');
    await expect.poll(stored).toBe(150);
    const error = options.locator('[data-ll-ahead-threshold-error]');
    for (const bad of ['5000', '0', '-3']) {
      await input.fill(bad);
      await input.press('Enter');
      await error.waitFor();
      expect(await error.textContent()).toBe("Not saved: a heavy day's net settlement must be a number from 1 to 2,000 (USD bn). It stays at $150B.");
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.inputValue()).toBe('150');
      expect(await stored()).toBe(150);
    }
    // A good value clears the refusal.
    await input.fill('120');
    await input.press('Enter');
    await expect.poll(stored).toBe(120);
    await error.waitFor({ state: 'detached' });
    await options.close();

    // Stored out of range (another device, an edited file): the page says so and what stands in for it.
    await setSettings({ ...(await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings, aheadThresholdBn: 9000 });
    const again = await openOptions();
    const said = again.locator('[data-ll-ahead-threshold-stored]');
    await said.waitFor();
    expect(await said.textContent()).toBe('The stored heavy-day threshold (9000) is not a number from 1 to 2,000 (USD bn): the default $100B is used until you set one.');
    await again.locator('#th-ahead-net').fill('110');
    await again.locator('#th-ahead-net').press('Enter');
    await said.waitFor({ state: 'detached' });
    await again.close();
    await setSettings({});
  });

  it('a gauge threshold out of range is refused with its range, and the previous one kept; a stored one out of range is said', async () => {
    const stored = async () => (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings?.thresholds?.reserves_below_ample;
    const options = await openOptions();
    const input = options.locator('#th-reserves_below_ample');
    await input.fill('12');
    await input.press('Enter');
    await expect.poll(stored).toBe(12);
    const error = options.locator('[data-ll-threshold-error="reserves_below_ample"]');
    for (const bad of ['31', '0', '']) {
      await input.fill(bad);
      await input.press('Enter');
      await error.waitFor();
      expect(await error.textContent()).toBe('Not saved: the threshold of “Reserves / GDP under the ample line” must be a number from 1 to 30 (%). It stays at 12%.');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.inputValue()).toBe('12');
      expect(await stored()).toBe(12);
    }
    await input.fill('11');
    await input.press('Enter');
    await expect.poll(stored).toBe(11);
    await error.waitFor({ state: 'detached' });
    await options.close();

    const settings = (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings;
    await setSettings({ ...settings, thresholds: { reserves_below_ample: 99 } });
    const again = await openOptions();
    const said = again.locator('[data-ll-threshold-stored="reserves_below_ample"]');
    await said.waitFor();
    expect(await said.textContent()).toBe('The stored threshold of “Reserves / GDP under the ample line” (99) is not a number from 1 to 30 (%): the default 10% is used until you set one.');
    await again.locator('#th-reserves_below_ample').fill('9');
    await again.locator('#th-reserves_below_ample').press('Enter');
    await said.waitFor({ state: 'detached' });
    await again.close();
    await setSettings({});
  });

  it('settings a newer version saved are not read nor written over: the page says so, shows the defaults in effect, and only a change made here replaces them', async () => {
    const newer = { version: 99, language: 'zh-Hant', thresholds: { reserves_below_ample: 12 }, aheadThresholdBn: 300, aFieldOfTheFuture: [1, 2] };
    await setSettings(newer);
    const stored = async () => (await ext.page.evaluate(() => chrome.storage.sync.get('settings'))).settings;
    const options = await openOptions();
    const notice = options.locator('[data-ll-settings-newer]');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('These settings were saved by a newer version of Liquidity Lens (settings version 99). This version cannot read them: it uses its defaults and keeps them as they are. A change made here replaces them.');
    // What the worker uses: the defaults (in English, the browser's language), not the newer document's fields.
    expect(await options.locator('#th-reserves_below_ample').inputValue()).toBe('10');
    expect(await options.locator('#th-ahead-net').inputValue()).toBe('100');
    expect(await options.locator('html').getAttribute('lang')).toBe('en');
    expect(await stored()).toEqual(newer);
    await options.locator('#th-reserves_below_ample').fill('11');
    await options.locator('#th-reserves_below_ample').press('Enter');
    await expect.poll(async () => (await stored())?.version).toBe(2);
    expect((await stored()).thresholds).toEqual({ reserves_below_ample: 11 });
    await notice.waitFor({ state: 'detached' });
    await options.close();
    await setSettings({});
  });

  it('repairs a broken settings object instead of failing, and imports settings with a report', async () => {
    await setSettings({ version: 0, language: 'klingon', indicators: 'all', badgeDensity: 7 });
    const popup = await openPopup();
    expect(await popup.locator('[data-ll-card]').count()).toBe(INDICATOR_IDS.length);
    const options = await openOptions();
    await options.locator('input[type=file]').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ language: 'zh_CN', refresh: 'hourly' })) });
    await options.waitForFunction(() => document.documentElement.lang === 'zh-Hans-CN');
    await expect.poll(() => options.locator('.status').textContent()).toContain('refresh');
    await Promise.all([popup.close(), options.close()]);
  });

  it('exports the cached series as CSV, every observation of every series', async () => {
    const options = await openOptions();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export cached series (CSV)' }).click()]);
    const csv = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(csv).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('series,date,value,unit,provider');
    const reserves = await ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache.providers['fred:WRESBAL'].points.reserves.length);
    expect(lines.filter((l) => l.startsWith('reserves,')).length).toBe(reserves);
    await options.close();
  });

  it('every control of the popup and the options page is reachable with the keyboard', async () => {
    for (const page of [await openPopup(), await openOptions()]) {
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = false)));
      const controls = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), select, input:not([disabled]), summary, [tabindex="0"]')];
        // A radio group is one stop on the Tab path (arrow keys move within it), as everywhere on the web.
        return [...new Set(all.filter((e) => e.checkVisibility()).map((e, i) => (e.dataset.kb = e instanceof HTMLInputElement && e.type === 'radio' ? `radio:${e.name}` : String(i))))];
      });
      const reached = new Set<string>();
      for (let n = 0; n < controls.length * 2 + 5 && reached.size < controls.length; n++) {
        await page.keyboard.press('Tab');
        const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb);
        if (k !== undefined) reached.add(k);
      }
      const missed = await page.evaluate((r) => [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((e) => !r.includes(e.dataset.kb!)).map((e) => e.outerHTML.slice(0, 80)), [...reached]);
      expect(missed, page.url()).toEqual([]);
      await page.close();
    }
  });
});
