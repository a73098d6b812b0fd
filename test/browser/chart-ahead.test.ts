/**
 * The heavy days ahead on the charts of the real built extension, with Fiscal Data on loopback answering the
 * recorded auction datasets. The popup's clock is set (Playwright's clock) to 20 July 2026: the announced
 * 10-year note settles on 31 July, the month's last business day; the recorded reserves end on 17 June, so
 * the chart's x range must reach past its data to show the day.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../helpers/artifacts';
import { loadExtension, type Loaded } from '../helpers/extension';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';

let server: PublisherServer;
let ext: Loaded;

beforeAll(async () => {
  server = await startPublisherServer();
  ext = await loadExtension(server.chromiumArgs());
  for (let i = 0; i < 240; i++) {
    if ((await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead))?.asOf) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out waiting for the auctions in storage');
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The popup at `at` with one chart open, once that chart has drawn with the worker's calendar in hand. */
async function chartAt(at: string, id: string): Promise<{ page: Page; chart: Locator }> {
  const page = await ext.ctx.newPage();
  await page.clock.setFixedTime(new Date(at));
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html?open=${id}`);
  const chart = page.locator(`[data-ll-chart="${id}"]`);
  await chart.locator('.plot[data-drawn-range="1y"]').waitFor();
  return { page, chart };
}

/** What the draw hook saw: the marks inside the plot area and the x range's end. */
const drawn = (chart: Locator) => chart.locator('.plot').evaluate((el) => ({ marks: (el as HTMLElement).dataset.aheadMarks, xMax: (el as HTMLElement).dataset.xMax }));

describe('the days ahead on the charts', () => {
  it('marks 31 July 2026 on the reserves chart, its x range reaching past the data to show it, with a label saying date, what, how much and from whom', async () => {
    const { page, chart } = await chartAt('2026-07-20T14:00:00Z', 'reserves');
    await expect.poll(() => drawn(chart)).toEqual({ marks: '2026-07-31', xMax: '2026-08-01' });
    const series = await ext.send({ type: 'series/get', id: 'reserves', lang: 'en' });
    expect(series.points.at(-1)[0]).toBe('2026-06-17');
    const mark = chart.locator('[data-ll-ahead-mark="2026-07-31"]');
    expect(await mark.textContent()).toBe(
      'Fri, Jul 31, 2026: Treasury note and bond settlement + Month-end — Settlement cash for reserves: −$21.0B (a drain) · gross: what matures that day is not given — U.S. Treasury, Fiscal Data: Treasury Securities Upcoming Auctions, Federal Reserve Board, holidays observed by the Federal Reserve System',
    );
    expect(await mark.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(['https://fiscaldata.treasury.gov/datasets/upcoming-auctions/', 'https://www.federalreserve.gov/aboutthefed/k8.htm']);
    expect(await chart.locator('[data-ll-chart-ahead] ol').getAttribute('type')).toBe('A');
    expect(await chart.locator('.plot').getAttribute('aria-label')).toMatch(/1 heavy days ahead are marked with letters\.$/);
    // The marker is painted: the threshold colour's square at the top of the plot, where 31 July falls.
    const painted = await chart.locator('.plot').evaluate((el) => {
      const [x, y] = (el as HTMLElement).dataset.aheadMarksAt!.split(',').map(Number);
      const rgb = getComputedStyle(document.documentElement).getPropertyValue('--threshold').trim();
      const want = [1, 3, 5].map((i) => parseInt(rgb.slice(i, i + 2), 16));
      const d = el.querySelector('canvas')!.getContext('2d')!.getImageData(x! - 5, y! - 5, 11, 11).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (want.every((w, k) => Math.abs(d[i + k]! - w) < 4)) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(30); // of 121: the letter takes the rest
    await page.screenshot({ path: artifact('chart-ahead-reserves.png') });
    await page.close();
  });

  it('marks the same day on the TGA, RRP and net-liquidity charts, and none on a chart the day’s cash does not move', async () => {
    for (const id of ['tga', 'rrp', 'net_liquidity']) {
      const { page, chart } = await chartAt('2026-07-20T14:00:00Z', id);
      await expect.poll(() => drawn(chart).then((d) => d.marks), { message: id }).toBe('2026-07-31');
      expect(await chart.locator('[data-ll-ahead-mark]').count(), id).toBe(1);
      await page.close();
    }
    const { page, chart } = await chartAt('2026-07-20T14:00:00Z', 'reserves_gdp');
    expect((await drawn(chart)).marks).toBe('');
    expect(await chart.locator('[data-ll-chart-ahead]').count()).toBe(0);
    await page.close();
  });

  it('a heavy day within the data is marked where it falls, the x range left at the data (15 January 2026: bills settle on a tax date)', async () => {
    const { page, chart } = await chartAt('2026-01-12T15:00:00Z', 'reserves');
    await expect.poll(() => drawn(chart)).toEqual({ marks: '2026-01-15', xMax: '2026-06-17' });
    expect(await chart.locator('[data-ll-ahead-mark="2026-01-15"]').textContent()).toMatch(/^Thu, Jan 15, 2026: Treasury bill settlement \+ Tax date — Settlement cash for reserves: −\$4\.0B \(a drain\) — /);
    await page.close();
  });

  it('follows the reader’s threshold: at $39B the net $39.0B of bills on 27 January 2026 is heavy too (and 3 February’s)', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { aheadThresholdBn: 39 } }));
    try {
      const { page, chart } = await chartAt('2026-01-12T15:00:00Z', 'reserves');
      await expect.poll(() => drawn(chart).then((d) => d.marks)).toBe('2026-01-15 2026-01-27 2026-02-03');
      expect(await chart.locator('[data-ll-ahead-mark="2026-01-27"]').textContent()).toMatch(/^Tue, Jan 27, 2026: Treasury bill settlement — Settlement cash for reserves: −\$39\.0B \(a drain\) — /);
      expect(await chart.locator('[data-ll-chart-ahead] p').textContent()).toMatch(/a net settlement of \$39B or more/);
      await page.close();
    } finally {
      await ext.page.evaluate(() => chrome.storage.sync.clear());
    }
  });

  it('speaks the reader’s language', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { language: 'zh_TW' } }));
    try {
      const { page, chart } = await chartAt('2026-07-20T14:00:00Z', 'reserves');
      await expect.poll(() => chart.locator('[data-ll-ahead-mark="2026-07-31"]').textContent()).toMatch(/^2026年7月31日週五：美國公債交割（中長期） \+ 月底 — 交割資金對準備金：−210 億美元（抽走）/);
      expect(await chart.locator('[data-ll-chart-ahead] p').textContent()).toMatch(/^未來 30 天的重要日子/);
      await page.close();
    } finally {
      await ext.page.evaluate(() => chrome.storage.sync.clear());
    }
  });
});
