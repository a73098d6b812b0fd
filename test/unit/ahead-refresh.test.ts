import { beforeAll, describe, expect, it } from 'vitest';
import { auctionsMayAsk, auctionUrls, EMPTY_AHEAD, refreshAuctions, type AheadState } from '../../src/core/ahead/auctions-refresh';
import type { HttpAnswer } from '../../src/core/refresh';
import { parseUpcomingAuctions } from '../../src/core/parsers/fiscaldata-auctions';
import { fixture } from '../helpers/fixtures';

const UPCOMING = fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json');
const QUERY = fixture('fiscaldata-auctions-query-bills-2026-01.json');
const DTS = fixture('fiscaldata-dts-public-debt-transactions-marketable-2026-10-06.json');
const NOW = Date.parse('2026-07-16T18:32:52Z');

function server(answers: { upcoming: HttpAnswer; held: HttpAnswer }, asked: string[] = []) {
  return async (url: string): Promise<HttpAnswer> => {
    asked.push(url);
    // The DTS public debt transactions, asked beside them, as recorded (ahead-debt-cash-api.test.ts tests them).
    if (url.includes('/dts/public_debt_transactions?')) return { status: 200, body: DTS };
    return url.includes('/upcoming_auctions?') ? answers.upcoming : answers.held;
  };
}

describe('Asking Fiscal Data for the auctions', () => {
  it('asks for new records only, from what is held', () => {
    const cold = auctionUrls(EMPTY_AHEAD, '2026-07-16');
    expect(cold.upcoming).toBe('https://api.fiscaldata.treasury.gov/services/api/fiscal_service/v1/accounting/od/upcoming_auctions?filter=record_date:gte:2026-07-02&sort=record_date&page%5Bsize%5D=1000');
    expect(cold.held).toContain('/v1/accounting/od/auctions_query?fields=');
    expect(cold.held).toContain('filter=record_date:gte:2026-06-01&');
  });

  it('folds both real answers in, and asks from the newest record next time', async () => {
    const asked: string[] = [];
    const state = await refreshAuctions(EMPTY_AHEAD, { now: NOW, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: QUERY } }, asked) });
    expect(asked).toHaveLength(3);
    expect(state.held).toHaveLength(25);
    // Of the answer's 90 rows only the newest announcement's 5 are kept: the calendar reads no other.
    expect(state.upcoming).toHaveLength(5);
    expect(new Set(state.upcoming.map((r) => r.recordDate))).toEqual(new Set(['2026-07-10']));
    expect(state).toMatchObject({ asOf: '2026-07-16T18:32:52.000Z', failures: 0 });
    expect(state.lastError).toBeUndefined();
    const next = auctionUrls(state, '2026-07-17');
    expect(next.upcoming).toContain('record_date:gte:2026-07-10&'); // the newest announcement held
    expect(next.held).toContain('record_date:gte:2026-01-20&'); // 14 days before the newest held record (3 Feb)
    // An answer for new records only (the real rows recorded from 29 January) keeps the earlier ones.
    const doc = JSON.parse(QUERY);
    doc.data = doc.data.filter((r: { record_date: string }) => r.record_date >= '2026-01-29');
    expect(doc.data).toHaveLength(6);
    const newOnly = await refreshAuctions(state, { now: NOW + 1, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: JSON.stringify(doc) } }) });
    expect(newOnly.held).toEqual(state.held);
    // The same answers again add nothing twice.
    const again = await refreshAuctions(state, { now: NOW + 60_000, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: QUERY } }) });
    expect(again.held).toHaveLength(25);
    expect(again.upcoming).toHaveLength(5);
  });

  it('lets go of held auctions settling more than 45 days before the newest held, and of superseded announcements', async () => {
    const upcoming = parseUpcomingAuctions(UPCOMING);
    if (!upcoming.ok) throw new Error(upcoming.error.message);
    // Real auctions of 2024 and 2025 (the stale rows upcoming_auctions keeps) held beside January 2026's.
    const old = upcoming.value.records.filter((r) => r.issueDate < '2025-12-01');
    expect(old.length).toBeGreaterThan(50);
    const before = { ...EMPTY_AHEAD, held: old, upcoming: upcoming.value.records, asOf: '2026-07-01T00:00:00.000Z' };
    const state = await refreshAuctions(before, { now: NOW, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: QUERY } }) });
    // The newest held record is of 3 Feb 2026: what settles from 20 Dec 2025 on is kept, all of January's.
    expect(state.held).toHaveLength(25);
    expect(state.held.every((r) => r.issueDate >= '2025-12-20')).toBe(true);
    expect(state.upcoming).toHaveLength(5);
    // A failed answer prunes nothing: what is held stays as it was.
    const failed = await refreshAuctions(before, { now: NOW, today: '2026-07-16', fetchText: server({ upcoming: { status: 503, body: '' }, held: { status: 200, body: QUERY } }) });
    expect(failed.held).toEqual(old);
    expect(failed.upcoming).toEqual(before.upcoming);
  });

  describe('a bad answer loses nothing', () => {
    let good: AheadState;
    beforeAll(async () => {
      good = await refreshAuctions(EMPTY_AHEAD, { now: NOW, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: QUERY } }) });
    });

    it('keeps the records held through a 429, honouring Retry-After', async () => {
      const later = NOW + 86_400_000;
      const s = await refreshAuctions(good, { now: later, today: '2026-07-17', fetchText: server({ upcoming: { status: 429, body: '', retryAfter: '3600' }, held: { status: 200, body: QUERY } }) });
      expect(s.held).toEqual(good.held);
      expect(s.upcoming).toEqual(good.upcoming);
      expect(s.asOf).toBe(good.asOf);
      expect(s.lastError).toMatchObject({ kind: 'rate_limited', httpStatus: 429 });
      expect(s.retryAt).toBe(new Date(later + 3_600_000).toISOString());
      expect(auctionsMayAsk(s, later + 3_599_000)).toBe(false);
      expect(auctionsMayAsk(s, later + 3_600_000)).toBe(true);
    });

    it('keeps them through a cut-off body or an HTML page with status 200, and backs off', async () => {
      const cut = await refreshAuctions(good, { now: NOW + 1, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: QUERY.slice(0, 9000) } }) });
      expect(cut.held).toEqual(good.held);
      expect(cut.upcoming).toEqual(good.upcoming);
      expect(cut.lastError).toMatchObject({ kind: 'truncated' });
      expect(cut.lastError!.message).toMatch(/^auctions_query: /);
      expect(cut.failures).toBe(1);
      const html = await refreshAuctions(cut, { now: NOW + 2, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: '<!DOCTYPE html><html><title>Down</title></html>' }, held: { status: 200, body: QUERY } }) });
      expect(html.held).toEqual(good.held);
      expect(html).toMatchObject({ failures: 2, lastError: { kind: 'html' } });
      expect(Date.parse(html.retryAt!) - (NOW + 2)).toBe(10 * 60_000);
    });

    it('refuses an answer of several pages read as one', async () => {
      const paged = QUERY.replace('"total-pages":1', '"total-pages":2');
      expect(paged).not.toBe(QUERY);
      const s = await refreshAuctions(good, { now: NOW + 3, today: '2026-07-16', fetchText: server({ upcoming: { status: 200, body: UPCOMING }, held: { status: 200, body: paged } }) });
      expect(s.held).toEqual(good.held);
      expect(s.lastError).toMatchObject({ kind: 'truncated' });
    });
  });
});
