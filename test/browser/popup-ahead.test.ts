/**
 * The popup's Ahead section in the real built extension, with Fiscal Data on loopback answering the recorded
 * auction datasets: the install refresh fills `ahead`, and the popup shows the days from "today" — the popup's
 * clock set (Playwright's clock) to days the real answers cover: January 2026 (held bill auctions, with what
 * matures) and July 2026 (the announced auctions of 10 July, gross).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nyTime } from '../../src/core/calendar';
import { addDays } from '../../src/core/dates';
import { loadExtension, type Loaded } from '../helpers/extension';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';

let server: PublisherServer;
let ext: Loaded;

beforeAll(async () => {
  server = await startPublisherServer();
  ext = await loadExtension(server.chromiumArgs());
  await untilStored((ahead) => !!ahead?.asOf);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Waits for the worker's `ahead` key to pass `ok` (a refresh writes it). */
async function untilStored(ok: (ahead: any) => boolean): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (ok(await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out waiting for the auctions in storage');
}

/** The popup with its clock at `at` (New York's date of it is the popup's "today"). */
async function openPopupAt(at: string): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.clock.setFixedTime(new Date(at));
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  await page.waitForSelector('[data-ll-ahead-day]');
  return page;
}

const rowDates = (page: Page) => page.locator('[data-ll-ahead-day]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.llAheadDay));
const row = (page: Page, date: string) => page.locator(`[data-ll-ahead-day="${date}"]`);

describe('the Ahead section', () => {
  it('the install refresh filled `ahead` from Fiscal Data, asking for new records only', async () => {
    const stored = await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead);
    expect(stored).toMatchObject({ v: 1, failures: 0 });
    expect(stored.held).toHaveLength(25);
    expect(stored.upcoming).toHaveLength(5); // the newest announcement's rows of the 90 answered
    const today = nyTime(Date.now()).date;
    const fiscal = server.requests.filter((u) => u.includes('/accounting/od/'));
    expect(fiscal.some((u) => u.includes(`/upcoming_auctions?filter=record_date:gte:${addDays(today, -14)}&`))).toBe(true);
    expect(fiscal.some((u) => u.includes('/auctions_query?fields=') && u.includes(`filter=record_date:gte:${addDays(today, -45)}&`))).toBe(true);
    // The DTS public debt transactions beside them: the last 45 days' marketable rows (answered: the recorded 6 October 2026).
    expect(server.requests.some((u) => u.includes(`/accounting/dts/public_debt_transactions?filter=record_date:gte:${addDays(today, -45)},security_market:eq:Marketable&`))).toBe(true);
    expect(stored.debtCash).toEqual([{ date: '2026-10-06', issuedBn: 283.77, redeemedBn: 272.735, netBn: expect.closeTo(11.035, 9) }]);
  });

  it('shows what a past settlement really drew, from the Daily Treasury Statement the worker fetched', async () => {
    // calendar/get from a past day: 6 October 2026's bills raised $283.770B − $272.735B (the recorded DTS answer).
    const a = await ext.send({ type: 'calendar/get', from: '2026-10-01', days: 14, lang: 'en' });
    const settled = a.events.filter((e: { kind: string }) => e.kind === 'settled');
    expect(settled.map((e: { date: string; amount: number }) => [e.date, e.amount])).toEqual([['2026-10-06', expect.closeTo(11.035, 9)]]);
    expect(settled[0].detail).toBe('Marketable bills, notes and bonds issued less redeemed, by the Daily Treasury Statement: $11.0B.');
    expect(a.weights.find((w: { date: string }) => w.date === '2026-10-06').settledBn).toBeCloseTo(11.035, 9);
    // The popup on that day: its row says what the DTS says it raised, with the DTS as the source.
    const page = await openPopupAt('2026-10-06T14:00:00Z');
    const oct6 = row(page, '2026-10-06');
    expect(await oct6.locator('.ahead-settled').textContent()).toBe('The Daily Treasury Statement says it raised $11.0B');
    expect(await oct6.locator('[data-ll-ahead-event="settled"] a.source').getAttribute('href')).toBe('https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/');
    expect(await page.locator('[data-ll-ahead-past]').count()).toBe(0); // nothing raised in the week before
    await page.close();
    // Two days on, when the DTS of the 6th is out: the day is past, and the past week shows what it raised.
    const later = await openPopupAt('2026-10-08T14:00:00Z');
    const past = later.locator('[data-ll-ahead-past]');
    await past.waitFor({ state: 'attached' });
    expect(await past.locator('summary').textContent()).toBe('The past week: what settlements really raised (Daily Treasury Statement)');
    expect(await past.locator('[data-ll-ahead-day]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.llAheadDay))).toEqual(['2026-10-06']);
    expect(await past.locator('.ahead-settled').textContent()).toBe('The Daily Treasury Statement says it raised $11.0B');
    expect(await later.locator('[data-ll-ahead] > ol [data-ll-ahead-day="2026-10-06"]').count()).toBe(0);
    await later.close();
  });

  it('shows the next 14 days, a row per day with its events, the settlement cash signed for reserves and each source', async () => {
    const page = await openPopupAt('2026-01-12T15:00:00Z');
    const worker = await ext.send({ type: 'calendar/get', from: '2026-01-12', days: 14, lang: 'en' });
    expect(await rowDates(page)).toEqual(worker.weights.map((w: { date: string }) => w.date));
    expect((await rowDates(page)).every((d) => d! >= '2026-01-12' && d! < '2026-01-26')).toBe(true);
    // 15 January: $238B of bills settle against $233.991B maturing — $4.0B drained — on a tax date.
    const jan15 = row(page, '2026-01-15');
    expect(await jan15.locator('[data-ll-ahead-cash]').textContent()).toBe('Settlement cash for reserves: −$4.0B (a drain)');
    expect(await jan15.locator('[data-ll-ahead-cash]').getAttribute('data-sign')).toBe('drain');
    expect(await jan15.locator('[data-ll-ahead-event]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.llAheadEvent))).toEqual(['settlement', 'tax', 'release']);
    const settlement = jan15.locator('[data-ll-ahead-event="settlement"]');
    expect(await settlement.textContent()).toMatch(/^Treasury bill settlement — .*Net cash raised: \$4\.0B\./);
    expect(await settlement.locator('a.source').getAttribute('href')).toBe('https://fiscaldata.treasury.gov/datasets/treasury-securities-auctions-data/');
    for (const a of await page.locator('[data-ll-ahead] [data-ll-ahead-event] a.source').all()) expect(await a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('[data-ll-ahead-asof]').textContent()).toMatch(/^Auction data from Fiscal Data, fetched /);
    // Up to 60 days: the FOMC decision of 28 January and the month-end of the 30th come into view.
    await page.locator('[data-ll-ahead-days]').selectOption('30');
    await page.waitForSelector('[data-ll-ahead-day="2026-01-30"]');
    expect(await row(page, '2026-01-28').locator('[data-ll-ahead-event]').first().getAttribute('data-ll-ahead-event')).toBe('fomc');
    // Treasury's quarterly refunding of 4 February, with its own statement as the source.
    const refunding = row(page, '2026-02-04').locator('[data-ll-ahead-event="release"]').filter({ hasText: 'Quarterly refunding announcement' });
    expect(await refunding.locator('a.source').getAttribute('href')).toBe('https://home.treasury.gov/news/press-releases/sb0384');
    expect(await page.locator('[data-ll-ahead-days] option').allTextContents()).toEqual(['next 14 days', 'next 30 days', 'next 60 days']);
    await page.close();
  });

  it('labels an amount gross where what matures is not given, and marks the days where several meet', async () => {
    const page = await openPopupAt('2026-07-20T14:00:00Z');
    // The 13-, 26- and 6-week bills announced on 10 July: $92B + $79B + $95B, settling on the 23rd.
    expect(await row(page, '2026-07-23').locator('[data-ll-ahead-cash]').textContent()).toBe('Settlement cash for reserves: −$266.0B (a drain) · gross: what matures that day is not given');
    // The 10-year note settles on the last business day of July: a settlement and a month-end meet.
    expect(await row(page, '2026-07-31').getAttribute('data-meets')).toBe('2');
    expect(await row(page, '2026-07-31').locator('h3 .ahead-meets').textContent()).toBe(' · a settlement and a month-end meet');
    await page.close();
  });

  it('is in the reader’s language', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { language: 'zh_TW' } }));
    try {
      const page = await openPopupAt('2026-01-12T15:00:00Z');
      expect(await page.locator('#ahead-title').textContent()).toBe('未來：接下來什麼會抽走準備金');
      expect(await row(page, '2026-01-15').locator('[data-ll-ahead-event="settlement"] strong').textContent()).toBe('國庫券交割');
      expect(await row(page, '2026-01-15').locator('h3 .ahead-meets').textContent()).toBe(' · 交割和報稅日同日');
      expect(await row(page, '2026-01-15').locator('[data-ll-ahead-cash]').textContent()).toMatch(/^交割資金對準備金：−/);
      await page.close();
    } finally {
      await ext.page.evaluate(() => chrome.storage.sync.clear());
    }
  });

  it('every control in it is on the Tab path, and it is a labelled region of labelled days', async () => {
    const page = await openPopupAt('2026-01-12T15:00:00Z');
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = false)));
    const controls = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-ll-ahead] a[href], [data-ll-ahead] select')].map((e, i) => (e.dataset.kb = String(i))));
    expect(controls.length).toBeGreaterThan(5);
    const reached = new Set<string>();
    for (let n = 0; n < 200 && reached.size < controls.length; n++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb);
      if (k !== undefined) reached.add(k);
    }
    expect([...reached].sort()).toEqual([...controls].sort());
    expect(await page.getByRole('region', { name: 'Ahead: what drains reserves next' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Days shown' }).count()).toBe(1);
    expect(await page.getByRole('listitem', { name: /Thu, Jan 15/ }).count()).toBe(1);
    await page.close();
  });
});
