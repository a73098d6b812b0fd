import { describe, expect, it } from 'vitest';
import { EMPTY_AHEAD, refreshAuctions } from '../../src/core/ahead/auctions-refresh';
import { debtCashUrl, foldDebtCashAnswer, mergedDebtCash } from '../../src/core/ahead/debt-cash-refresh';
import { settledEvents } from '../../src/core/ahead/settled';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { parseDebtCashApi } from '../../src/core/parsers/fiscaldata-debt-cash-api';
import type { HttpAnswer } from '../../src/core/refresh';
import { fixture } from '../helpers/fixtures';

const API = fixture('fiscaldata-dts-public-debt-transactions-marketable-2026-10-06.json');
const CSV = parseDebtCashCsv(fixture('fiscaldata-dts-public-debt-transactions-download-excerpt.csv'));
const CSV_DAYS = CSV.ok ? CSV.value : [];
const UPCOMING = fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json');
const QUERY = fixture('fiscaldata-auctions-query-bills-2026-01.json');
const NOW = Date.parse('2026-10-08T22:27:29Z');

/** Fiscal Data answering each dataset by its path; `debt` for the DTS one. */
function fiscalData(debt: HttpAnswer, asked: string[] = []) {
  return async (url: string): Promise<HttpAnswer> => {
    asked.push(url);
    if (url.includes('/dts/public_debt_transactions?')) return debt;
    return { status: 200, body: url.includes('/upcoming_auctions?') ? UPCOMING : QUERY };
  };
}

describe('The DTS public debt transactions as the Fiscal Data API answers them', () => {
  it('reads the recorded answer of 6 October 2026: bills only, the inflation increment and the FFB left out', () => {
    const r = parseDebtCashApi(API);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.totalPages).toBe(1);
    // $ millions in the file: regular bills 283,770 and CMBs 0 issued, notes and bonds 0; bills 272,735 redeemed.
    // The TIPS increment (223) is an accrual and the FFB is no market cash: neither is in.
    expect(r.value.days).toEqual([{ date: '2026-10-06', issuedBn: 283.77, redeemedBn: 272.735, netBn: expect.closeTo(11.035, 9) }]);
    expect(settledEvents(r.value.days).map((e) => [e.date, e.kind, e.amount])).toEqual([['2026-10-06', 'settled', expect.closeTo(11.035, 9)]]);
  });

  it('gives the same kind of day as the CSV download (the stored state holds either)', () => {
    const r = parseDebtCashApi(API);
    expect(r.ok && Object.keys(r.value.days[0]!).sort()).toEqual(Object.keys(CSV_DAYS[0]!).sort());
  });

  it('refuses another unit, a cut-off body, a day without its redemptions, a non-amount and no data', () => {
    const kind = (body: string) => {
      const r = parseDebtCashApi(body);
      return r.ok ? 'ok' : r.error.kind;
    };
    const thousands = API.replace('"transaction_today_amt":"$1,000,000"', '"transaction_today_amt":"$1,000"');
    expect(thousands).not.toBe(API);
    expect(kind(thousands)).toBe('unit');
    expect(kind(API.slice(0, 3000))).toBe('truncated');
    const doc = JSON.parse(API);
    expect(kind(JSON.stringify({ ...doc, data: doc.data.filter((r: { transaction_type: string }) => r.transaction_type !== 'Redemptions') }))).toBe('truncated');
    expect(kind(API.replace('"transaction_today_amt":"283770"', '"transaction_today_amt":"n/a"'))).toBe('format');
    expect(kind(JSON.stringify({ ...doc, data: [] }))).toBe('empty');
    expect(kind(JSON.stringify({ error: 'Invalid filter' }))).toBe('format');
    expect(kind('<!DOCTYPE html><html><title>Maintenance</title></html>')).toBe('html');
  });
});

describe('Asking for new days only, and holding a bounded window', () => {
  it('asks the marketable rows from 45 days back with nothing held, else from the newest day held', () => {
    const base = 'https://api.fiscaldata.treasury.gov/services/api/fiscal_service/v1/accounting/dts/public_debt_transactions?filter=record_date:gte:';
    expect(debtCashUrl([], '2026-10-08')).toBe(`${base}2026-08-24,security_market:eq:Marketable&sort=record_date&page%5Bsize%5D=1000`);
    expect(debtCashUrl(CSV_DAYS, '2026-07-01')).toBe(`${base}2026-06-23,security_market:eq:Marketable&sort=record_date&page%5Bsize%5D=1000`);
    // Held days older than the window (a worker long offline): from 45 days back, one page still.
    expect(debtCashUrl(CSV_DAYS, '2026-10-08')).toBe(`${base}2026-08-24,security_market:eq:Marketable&sort=record_date&page%5Bsize%5D=1000`);
  });

  it('puts a day answered again in place of the held one and keeps 45 days before the newest', () => {
    const june = CSV_DAYS.filter((d) => d.date >= '2026-06-01');
    expect(june).toHaveLength(16);
    const jun23 = { ...june.at(-1)!, netBn: 0 };
    const again = mergedDebtCash(june, [jun23]);
    expect(again).toHaveLength(16);
    expect(again.at(-1)).toBe(jun23);
    // With 6 October in, what is before 22 August goes: all of June.
    const r = foldDebtCashAnswer(CSV_DAYS, API);
    expect(r.ok && r.value.map((d) => d.date)).toEqual(['2026-10-06']);
    const bounded = mergedDebtCash([], CSV_DAYS);
    // 45 days before 23 June is Saturday 9 May: Friday the 8th, held in the excerpt, goes; Monday the 11th stays.
    expect(CSV_DAYS.some((d) => d.date === '2026-05-08')).toBe(true);
    expect(bounded[0]!.date).toBe('2026-05-11');
    expect(bounded.at(-1)!.date).toBe('2026-06-23');
  });

  it('refuses an answer of several pages, holding what it had', () => {
    const r = foldDebtCashAnswer(CSV_DAYS, API.replace('"total-pages":1', '"total-pages":2'));
    expect(r.ok || r.error).toMatchObject({ kind: 'truncated', message: expect.stringMatching(/^public_debt_transactions: 2 pages/) });
  });
});

describe('Beside the auctions in the worker’s refresh', () => {
  it('folds the real answer in with the auctions, asking the three datasets', async () => {
    const asked: string[] = [];
    const s = await refreshAuctions(EMPTY_AHEAD, { now: NOW, today: '2026-10-08', fetchText: fiscalData({ status: 200, body: API }, asked) });
    expect(asked).toHaveLength(3);
    expect(asked).toContain(debtCashUrl([], '2026-10-08'));
    expect(s.debtCash.map((d) => [d.date, d.netBn])).toEqual([['2026-10-06', expect.closeTo(11.035, 9)]]);
    expect(s.held).toHaveLength(25);
    expect(s).toMatchObject({ failures: 0, asOf: new Date(NOW).toISOString() });
    expect(s.lastError).toBeUndefined();
  });

  it('keeps the days held through a refused answer, still takes the auctions, and backs off once', async () => {
    const held = { ...EMPTY_AHEAD, debtCash: CSV_DAYS.slice(-5) };
    for (const debt of [{ status: 200, body: API.slice(0, 4000) }, { status: 503, body: 'Service Unavailable' }, { status: 200, body: API.replace('"$1,000,000"', '"$1"') }]) {
      const s = await refreshAuctions(held, { now: NOW, today: '2026-10-08', fetchText: fiscalData(debt) });
      expect(s.debtCash).toEqual(held.debtCash);
      expect(s.held).toHaveLength(25);
      expect(s.asOf).toBe(new Date(NOW).toISOString());
      expect(s.failures).toBe(1);
      expect(s.lastError!.message).toMatch(/^public_debt_transactions: /);
      expect(Date.parse(s.retryAt!)).toBeGreaterThan(NOW);
    }
  });

  it('takes the DTS days when the auctions fail, recording the auctions’ error alone', async () => {
    const s = await refreshAuctions(EMPTY_AHEAD, {
      now: NOW,
      today: '2026-10-08',
      fetchText: async (url) => (url.includes('/dts/') ? { status: 200, body: API } : url.includes('/upcoming_auctions?') ? { status: 429, body: '', retryAfter: '60' } : { status: 200, body: QUERY }),
    });
    expect(s.debtCash.map((d) => d.date)).toEqual(['2026-10-06']);
    expect(s.held).toEqual([]);
    expect(s).toMatchObject({ failures: 1, asOf: null, lastError: { kind: 'rate_limited' } });
  });

  it('counts one failure when both the auctions and the DTS answer fail', async () => {
    const held = { ...EMPTY_AHEAD, debtCash: CSV_DAYS.slice(-5) };
    const s = await refreshAuctions(held, { now: NOW, today: '2026-10-08', fetchText: async (url) => (url.includes('/dts/') ? { status: 200, body: API.slice(0, 4000) } : { status: 503, body: 'Service Unavailable' }) });
    expect(s.debtCash).toEqual(held.debtCash);
    expect(s.failures).toBe(1);
    expect(s.lastError!.message).toMatch(/^upcoming_auctions: /);
  });
});
