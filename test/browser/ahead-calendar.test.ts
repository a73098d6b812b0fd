/**
 * calendar/get in the real built extension: the dated rules answered from a fresh profile, the settlements once
 * the worker holds the real January 2026 auctions (written to its storage key as the refresh will), the three
 * languages, a refused window, and a content script's isolated world allowed to ask (it only reads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { parseAuctionsQuery, parseUpcomingAuctions } from '../../src/core/parsers/fiscaldata-auctions';
import { toStored } from '../../src/core/ahead/stored';
import { fixture } from '../helpers/fixtures';
import { loadExtension, scanSettled, type Loaded } from '../helpers/extension';

let pages: PageServer;
let ext: Loaded;

beforeAll(async () => {
  pages = await servePages({ '/note.html': '<!doctype html><html><head><meta charset="utf-8"></head><body><article><h1>Fed watch</h1><p>The Federal Reserve said bank reserves fell this week.</p></article></body></html>' });
  ext = await loadExtension(pages.args(['www.reuters.com']));
});
afterAll(async () => {
  await ext?.close();
  await pages?.close();
});

const ASK = { type: 'calendar/get', from: '2026-01-12', days: 21 } as const;

function records(r: ReturnType<typeof parseAuctionsQuery>) {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records;
}

describe('calendar/get', () => {
  it('answers the dated rules before any auction data are held', async () => {
    const a = await ext.send({ ...ASK, lang: 'en' });
    expect(a.from).toBe('2026-01-12');
    expect(a.days).toBe(21);
    expect(a.asOf).toBeNull();
    const at = (date: string) => a.events.filter((e: { date: string }) => e.date === date).map((e: { kind: string }) => e.kind);
    expect(at('2026-01-15')).toEqual(['tax', 'release']);
    expect(at('2026-01-28')).toEqual(['fomc']);
    expect(at('2026-01-30')).toEqual(['month_end']);
    expect(a.events.some((e: { kind: string }) => e.kind === 'settlement')).toBe(false);
    // No window given: 14 days from today in New York.
    const today = await ext.send({ type: 'calendar/get' });
    expect(today.days).toBe(14);
    expect(today.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives each settlement on its issue date once the worker holds the auctions, in the reader’s language', async () => {
    const debt = parseDebtCashCsv(fixture('fiscaldata-dts-public-debt-transactions-download-excerpt.csv'));
    const ahead = toStored({
      held: records(parseAuctionsQuery(fixture('fiscaldata-auctions-query-bills-2026-01.json'))),
      upcoming: records(parseUpcomingAuctions(fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json'))),
      debtCash: debt.ok ? debt.value : [],
      asOf: '2026-07-16T18:32:52Z',
      failures: 0,
    });
    // The install refresh's own attempt (offline here: it fails and records that) is written first, not over these.
    for (let i = 0; i < 120 && !(await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead?.lastAttemptAt)); i++) await new Promise((r) => setTimeout(r, 250));
    await ext.page.evaluate(async (value) => chrome.storage.local.set({ ahead: value }), ahead);
    const a = await ext.send({ ...ASK, lang: 'en' });
    expect(a.asOf).toBe('2026-07-16T18:32:52Z');
    const jan15 = a.events.find((e: { date: string; kind: string }) => e.date === '2026-01-15' && e.kind === 'settlement');
    expect(jan15.amount).toBeCloseTo(77 + 86 + 75 - 233.991, 9);
    expect(jan15.gross).toBe(false);
    expect(jan15.detail).toMatch(/Net cash raised: \$4\.0B\.$/);
    expect(a.weights.find((w: { date: string }) => w.date === '2026-01-15')).toMatchObject({ tax: true, meets: 2 });
    const tw = await ext.send({ ...ASK, lang: 'zh_TW' });
    expect(tw.events.find((e: { date: string; kind: string }) => e.date === '2026-01-15' && e.kind === 'settlement').label).toBe('國庫券交割');
  });

  it('refuses a window of more than 60 days or a date that does not exist', async () => {
    const outcome = (m: unknown) => ext.page.evaluate(async (msg) => chrome.runtime.sendMessage(msg).then((a: unknown) => (a === undefined || a === null ? 'no answer' : 'answered'), () => 'no answer'), m);
    expect(await outcome({ type: 'calendar/get', days: 61 })).toBe('no answer');
    expect(await outcome({ type: 'calendar/get', from: '2026-02-30' })).toBe('no answer');
    expect(await outcome({ type: 'calendar/get', days: 60 })).toBe('answered');
  });

  it('may be asked from a content script’s isolated world (it only reads)', async () => {
    const page = await ext.ctx.newPage();
    await page.goto('https://www.reuters.com/note.html', { waitUntil: 'load' });
    await scanSettled(ext, page);
    const cdp = await ext.ctx.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.id));
    expect(world).toBeDefined();
    const r = await cdp.send('Runtime.evaluate', {
      expression: `Promise.all([{ type: 'calendar/get', from: '2026-01-12', days: 21 }, { type: 'cache/clear' }].map((m) => chrome.runtime.sendMessage(m).then((a) => (a === undefined || a === null ? 'no answer' : a.events ? 'events ' + a.events.length : 'answered'), () => 'no answer')))`,
      contextId: world!.id,
      awaitPromise: true,
      returnByValue: true,
    });
    await cdp.detach();
    expect(r.result.value[0]).toMatch(/^events \d+$/);
    expect(r.result.value[1]).toBe('no answer');
    await page.close();
  });
});
