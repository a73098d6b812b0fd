import { describe, expect, it } from 'vitest';
import { currentUpcoming, settlementEvents, UPCOMING_AUCTIONS_SOURCE, AUCTIONS_SOURCE } from '../../src/core/ahead/settlements';
import { parseAuctionsQuery, parseUpcomingAuctions, type AuctionRecord } from '../../src/core/parsers/fiscaldata-auctions';
import { fixture } from '../helpers/fixtures';

const QUERY = 'fiscaldata-auctions-query-bills-2026-01.json';
const UPCOMING = 'fiscaldata-upcoming-auctions-recorded-2026-07-16.json';

function records(result: ReturnType<typeof parseAuctionsQuery>): AuctionRecord[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.records;
}

describe('Treasury settlements from Fiscal Data auctions', () => {
  const held = records(parseAuctionsQuery(fixture(QUERY)));
  const upcoming = records(parseUpcomingAuctions(fixture(UPCOMING)));

  it('reads every auction of January 2026 in whole dollars, with the maturing amount held by the public', () => {
    expect(held).toHaveLength(25);
    expect(held[0]).toEqual({
      cusip: '912797SL2',
      securityType: 'Bill',
      securityTerm: '13-Week',
      recordDate: '2026-01-08',
      auctionDate: '2026-01-05',
      issueDate: '2026-01-08',
      offeringUsd: 86_000_000_000,
      maturingPublicUsd: 241_991_000_000,
      cashManagementBill: false,
      held: true,
    });
  });

  it('puts every settlement on its issue date, net of what matures there (amounts read from the fixture by hand)', () => {
    const events = settlementEvents(held, []);
    // Offerings and the day's est_pub_held_mat_by_type_amt, in $ billions, as the fixture gives them.
    expect(events.map((e) => [e.date, e.amount, e.gross])).toEqual([
      ['2026-01-08', 86 + 77 + 75 - 241.991, false],
      ['2026-01-13', 69 + 80 + 80 - 244.994, false],
      ['2026-01-15', 77 + 86 + 75 - 233.991, false],
      ['2026-01-20', 69 + 95 + 90 - 239.983, false],
      ['2026-01-22', 77 + 89 + 50 + 85 - 280.566, false],
      ['2026-01-27', 69 + 95 + 105 - 229.987, false],
      ['2026-01-29', 89 + 77 + 90 - 233.988, false],
      ['2026-02-03', 69 + 95 + 105 - 226.662, false],
    ].map(([d, a, g]) => [d, expect.closeTo(a as number, 9), g]));
    expect(events.every((e) => e.kind === 'settlement' && e.unit === 'usd_bn' && e.source === AUCTIONS_SOURCE)).toBe(true);
    expect(events[0]!.label.key).toBe('ahead_settlement_bills');
  });

  it('keeps only the current announcements of upcoming_auctions: stale rows back to 2024 are dropped', () => {
    expect(upcoming).toHaveLength(90);
    const current = currentUpcoming(upcoming);
    expect(current.map((r) => r.cusip)).toEqual(['912797UL9', '912797TM9', '912797RS8', '91282CRE3', '912810UV8']);
  });

  it('gives announced settlements gross, labelled so, since upcoming_auctions does not say what matures', () => {
    const events = settlementEvents([], upcoming);
    expect(events.map((e) => [e.date, e.label.key, e.amount, e.gross])).toEqual([
      ['2026-07-23', 'ahead_settlement_bills', 92 + 79 + 95, true],
      ['2026-07-24', 'ahead_settlement_coupons', 13, true],
      ['2026-07-31', 'ahead_settlement_coupons', 21, true],
    ]);
    expect(events.every((e) => e.source === UPCOMING_AUCTIONS_SOURCE && e.detail.key === 'ahead_settlement_gross')).toBe(true);
  });

  it('says "to be announced" for an offering Fiscal Data gives as "null", never an estimate', () => {
    const twoYear = upcoming.find((r) => r.cusip === '91282CPV7')!;
    expect(twoYear.offeringUsd).toBeNull();
    const [event] = settlementEvents([], [twoYear]);
    expect(event).toMatchObject({ date: '2026-02-02', kind: 'settlement', detail: { key: 'ahead_settlement_tba' } });
    expect(event!.amount).toBeUndefined();
    expect(event!.gross).toBeUndefined();
  });

  it('takes an auction found in both datasets from auctions_query, which carries what matures', () => {
    const announced = { ...held[0]!, recordDate: '2026-01-02', offeringUsd: held[0]!.offeringUsd, maturingPublicUsd: null, held: false };
    const events = settlementEvents(held, [announced]);
    expect(events[0]).toMatchObject({ date: '2026-01-08', gross: false, source: AUCTIONS_SOURCE });
  });

  it('refuses amounts that are not whole dollars rather than read them a million times too small', () => {
    const body = fixture(QUERY);
    const millions = parseAuctionsQuery(body.replace('"offering_amt":"86000000000"', '"offering_amt":"86000"'));
    expect(millions.ok || millions.error.kind).toBe('unit');
    const decimal = parseUpcomingAuctions(fixture(UPCOMING).replace('"offering_amt":"92000000000"', '"offering_amt":"92000.00"'));
    expect(decimal.ok || decimal.error.kind).toBe('unit');
  });

  it('gives a typed error for a page that is not data, cut off, or missing its dates', () => {
    const cut = parseAuctionsQuery(fixture(QUERY).slice(0, 5000));
    expect(cut.ok || cut.error.kind).toBe('truncated');
    const html = parseUpcomingAuctions('<!DOCTYPE html><html><title>Maintenance</title></html>');
    expect(html.ok || html.error.kind).toBe('html');
    const noDate = parseUpcomingAuctions(fixture(UPCOMING).replace('"issue_date":"2026-07-23"', '"issue_date":"null"'));
    expect(noDate.ok || noDate.error.kind).toBe('format');
  });
});
