/**
 * The article card's line of the calendar days an article names, in the real built extension, on a real page:
 * the Reuters report of banks borrowing from the SRF on a corporate tax date that "coincides with a large
 * Treasury security settlement", served under www.reuters.com. The worker holds the recorded January 2026
 * auctions (written to its storage key as the refresh would) and its clock is set to 12 January 2026 (its
 * Date.now replaced, as Playwright's clock does for pages), so the next tax date and settlement are known ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { toStored } from '../../src/core/ahead/stored';
import { parseAuctionsQuery, parseUpcomingAuctions } from '../../src/core/parsers/fiscaldata-auctions';
import { fixture } from '../helpers/fixtures';
import { loadExtension, scanSettled, type Loaded } from '../helpers/extension';
import { PAGES_DIR } from '../helpers/page-analysis';
import { shadowText } from '../helpers/shadow';

const NAMES_BOTH = 'txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html';
const NAMES_NONE = 'txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html';
let pages: PageServer;
let ext: Loaded;

function records(r: ReturnType<typeof parseAuctionsQuery>) {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records;
}

beforeAll(async () => {
  pages = await servePages(Object.fromEntries([NAMES_BOTH, NAMES_NONE].map((f) => [`/${f}`, readFileSync(join(PAGES_DIR, f), 'utf8')])));
  ext = await loadExtension(pages.args(['www.reuters.com']));
  // The install refresh's own attempt (offline here: it fails and records that) is written first, not over these.
  for (let i = 0; i < 120 && !(await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead?.lastAttemptAt)); i++) await new Promise((r) => setTimeout(r, 250));
  const ahead = toStored({
    held: records(parseAuctionsQuery(fixture('fiscaldata-auctions-query-bills-2026-01.json'))),
    upcoming: records(parseUpcomingAuctions(fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json'))),
    debtCash: [],
    asOf: '2026-07-16T18:32:52Z',
    failures: 0,
  });
  await ext.page.evaluate(async (value) => chrome.storage.local.set({ ahead: value }), ahead);
});
afterAll(async () => {
  await ext?.close();
  await pages?.close();
});

/** The page, scanned, with its article card open; the card's text once it holds `until` (or after a while). */
async function cardOf(file: string, until: RegExp): Promise<{ page: Page; text: string }> {
  await ext.worker.evaluate((at) => void (Date.now = () => at), Date.parse('2026-01-12T15:00:00Z'));
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`https://www.reuters.com/${file}`, { waitUntil: 'load' });
  await scanSettled(ext, page);
  let text = '';
  for (let i = 0; i < 20 && !until.test(text); i++) {
    await page.mouse.move(0, 0);
    await page.locator('[data-ll-summary]').hover({ position: { x: 6, y: 6 } });
    await page.locator('[data-ll-hovercard]').waitFor({ state: 'attached' });
    text = await shadowText(page, "[data-ll-hovercard]", ".card");
    if (!until.test(text)) await new Promise((r) => setTimeout(r, 250));
  }
  return { page, text };
}

describe('the article card’s next calendar days', () => {
  it('names the next tax date and the next Treasury settlement for an article that names them', async () => {
    const { page, text } = await cardOf(NAMES_BOTH, /Next on the calendar/);
    expect(text).toContain('Liquidity gauge');
    expect(text).toContain('Next on the calendar: Tax date 2026-01-15 · Treasury bill settlement 2026-01-13');
    await page.close();
  });

  it('says nothing of the calendar on an article that names none of its days', async () => {
    const { page, text } = await cardOf(NAMES_NONE, /Next on the calendar/);
    // The control: the card is open and full.
    expect(text).toContain('Liquidity gauge');
    expect(text).not.toContain('Next on the calendar');
    await page.close();
  });

  it('speaks the reader’s language', async () => {
    await ext.page.evaluate(() => chrome.storage.sync.set({ settings: { language: 'zh_TW' } }));
    try {
      const { page, text } = await cardOf(NAMES_BOTH, /行事曆上的下一次/);
      expect(text).toContain('行事曆上的下一次：繳稅日 2026-01-15 · 國庫券交割 2026-01-13');
      await page.close();
    } finally {
      await ext.page.evaluate(() => chrome.storage.sync.clear());
    }
  });
});
