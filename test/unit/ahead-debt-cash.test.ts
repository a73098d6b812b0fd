import { describe, expect, it } from 'vitest';
import { settledEvents } from '../../src/core/ahead/settled';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { fixture } from '../helpers/fixtures';

const CSV = 'fiscaldata-dts-public-debt-transactions-download-excerpt.csv';

describe('Net cash raised each day, from the DTS public debt transactions', () => {
  const parsed = parseDebtCashCsv(fixture(CSV));
  const byDate = new Map(parsed.ok ? parsed.value : []);

  it('reads every day of the excerpt, across the 2022 table change', () => {
    expect(parsed.ok).toBe(true);
    expect(byDate.size).toBe(252);
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

  it('becomes one "settled" event a day with the amount and the DTS as its source', () => {
    const events = settledEvents([['2026-02-03', byDate.get('2026-02-03')!]]);
    expect(events).toEqual([expect.objectContaining({ date: '2026-02-03', kind: 'settled', unit: 'usd_bn', gross: false, amount: byDate.get('2026-02-03') })]);
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
