import { describe, expect, it } from 'vitest';
import { settledEvents } from '../../src/core/ahead/settled';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { fixture } from '../helpers/fixtures';

const CSV = 'fiscaldata-dts-public-debt-transactions-download-excerpt.csv';

describe('Net cash raised each day, from the DTS public debt transactions', () => {
  const parsed = parseDebtCashCsv(fixture(CSV));
  const days = new Map((parsed.ok ? parsed.value : []).map((d) => [d.date, d]));
  const byDate = new Map([...days].map(([date, d]) => [date, d.netBn]));

  it('reads every day of the excerpt, across the 2022 table change', () => {
    expect(parsed.ok).toBe(true);
    expect(byDate.size).toBe(252);
    expect(days.get('2026-01-15')).toEqual({ date: '2026-01-15', issuedBn: expect.closeTo(399.425, 9), redeemedBn: expect.closeTo(374.019, 9), netBn: expect.closeTo(25.406, 9) });
  });

  it('is the marketable bills, notes and bonds issued less redeemed ($ millions in the fixture, read by hand)', () => {
    // 2026-01-08: bills 250,246 issued, 254,250 redeemed (the auctions announced a net of −$3.991B).
    expect(byDate.get('2026-01-08')).toBeCloseTo((250_246 - 254_250) / 1000, 9);
    // 2026-01-15: bills, notes and bonds all settle: (245,787 + 125,234 + 28,404) − (241,786 + 97,618 + 34,615).
    expect(byDate.get('2026-01-15')).toBeCloseTo((245_787 + 125_234 + 28_404 - 241_786 - 97_618 - 34_615) / 1000, 9);
    expect(byDate.get('2026-02-03')).toBeCloseTo((270_007 - 227_660) / 1000, 9);
    expect(byDate.get('2026-06-23')).toBeCloseTo((227_255 - 249_087) / 1000, 9);
    // A negative adjustment, under the old "III-A" table.
    expect(byDate.get('2022-09-09')).toBeCloseTo(-3 / 1000, 9);
  });

  it('becomes a "settled" event on each day securities were issued or redeemed, with the DTS as its source', () => {
    const events = settledEvents(['2026-01-12', '2026-01-13', '2026-01-28', '2026-02-03'].map((d) => days.get(d)!));
    // 12 Jan holds only a −$4M bill adjustment; 28 Jan only note and bond redemptions ($802M and $105M).
    expect(events.map((e) => [e.date, e.amount])).toEqual([
      ['2026-01-13', expect.closeTo((229_703 - 245_698) / 1000, 9)],
      ['2026-01-28', expect.closeTo((-6 - 802 - 105) / 1000, 9)],
      ['2026-02-03', expect.closeTo((270_007 - 227_660) / 1000, 9)],
    ]);
    expect(events.every((e) => e.kind === 'settled' && e.unit === 'usd_bn' && e.gross === false)).toBe(true);
    expect(events[0]!.source.url).toContain('fiscaldata.treasury.gov');
  });

  it('refuses a day that lacks its redemptions, and a cut-off line', () => {
    const lines = fixture(CSV).split('\r\n');
    const noRedemptions = lines.filter((l) => !(l.startsWith('2026-01-08,Redemptions,Marketable'))).join('\r\n');
    const r = parseDebtCashCsv(noRedemptions);
    expect(r.ok || r.error.kind).toBe('truncated');
    const cut = parseDebtCashCsv(fixture(CSV).slice(0, 2000));
    expect(cut.ok || cut.error.kind).toBe('truncated');
  });
});
