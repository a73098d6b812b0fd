import { describe, expect, it } from 'vitest';
import { calendarAnswer, type CalendarData } from '../../src/core/ahead/answer';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { parsed, recordedCalendar } from '../helpers/auctions';
import { fixture } from '../helpers/fixtures';

const data: CalendarData = { ...recordedCalendar(), debtCash: parsed(parseDebtCashCsv(fixture('fiscaldata-dts-public-debt-transactions-download-excerpt.csv'))) };

describe('The calendar/get answer', () => {
  const answer = calendarAnswer(data, '2026-01-12', 21, 'en');

  it('holds the window’s events in date order, each with a source', () => {
    expect(answer.from).toBe('2026-01-12');
    expect(answer.days).toBe(21);
    expect(answer.asOf).toBe('2026-07-16T18:32:52Z');
    expect(answer.events.every((e) => e.date >= '2026-01-12' && e.date < '2026-02-02')).toBe(true);
    expect(answer.events.map((e) => e.date)).toEqual(answer.events.map((e) => e.date).sort());
    expect(answer.events.every((e) => e.source.url.startsWith('https://'))).toBe(true);
    const kinds = (date: string) => answer.events.filter((e) => e.date === date).map((e) => e.kind);
    expect(kinds('2026-01-15')).toEqual(['settlement', 'settled', 'tax', 'release']);
    expect(kinds('2026-01-28')).toEqual(['settled', 'fomc']);
    expect(kinds('2026-01-30')).toEqual(['settled', 'month_end']);
  });

  it('says the amounts in words: offered (by auction date, then CUSIP), maturing, net', () => {
    const jan15 = answer.events.find((e) => e.date === '2026-01-15' && e.kind === 'settlement')!;
    expect(jan15.label).toBe('Treasury bill settlement');
    expect(jan15.detail).toBe('13-Week Bill: $86.0B; 26-Week Bill: $77.0B; 6-Week Bill: $75.0B. Maturing that day and held by the public: $234.0B. Net cash raised: $4.0B.');
    const tax = answer.events.find((e) => e.kind === 'tax')!;
    expect(tax.detail).toBe('Individuals’ estimated tax for the fourth quarter');
  });

  it('weighs each day: the net settlement, what really settled, and the tax date meeting it', () => {
    const jan15 = answer.weights.find((w) => w.date === '2026-01-15')!;
    expect(jan15.settlementBn).toBeCloseTo(238 - 233.991, 9);
    expect(jan15.settledBn).toBeCloseTo(25.406, 9); // notes and bonds settled that day too
    expect(jan15).toMatchObject({ tax: true, monthEnd: false, quarterEnd: false, gross: false, toBeAnnounced: false, meets: 2 });
    const jan30 = answer.weights.find((w) => w.date === '2026-01-30')!;
    expect(jan30).toMatchObject({ settlementBn: null, monthEnd: true, meets: 1 });
  });

  it('speaks the reader’s language', () => {
    const tw = calendarAnswer(data, '2026-01-12', 21, 'zh_TW');
    const cn = calendarAnswer(data, '2026-01-12', 21, 'zh_CN');
    const at = (a: typeof tw) => a.events.find((e) => e.date === '2026-01-15' && e.kind === 'settlement')!;
    expect(at(tw).label).toBe('國庫券交割');
    expect(at(tw).detail).toContain('13-Week Bill：860 億美元；26-Week Bill：770 億美元；6-Week Bill：750 億美元。當日到期且由公眾持有：2,340 億美元。淨籌資金：40 億美元。');
    expect(at(cn).label).toBe('国库券交割');
    expect(at(cn).detail).toContain('当日到期且由公众持有：2,340 亿美元。净筹资金：40 亿美元。');
  });

  it('marks announced amounts as gross and unknown amounts as to be announced', () => {
    const july = calendarAnswer(data, '2026-07-20', 14, 'en');
    const bills = july.events.find((e) => e.date === '2026-07-23' && e.kind === 'settlement')!;
    expect(bills).toMatchObject({ amount: 266, gross: true });
    expect(bills.detail).toContain('Gross: what matures that day is not given.');
    expect(july.weights.find((w) => w.date === '2026-07-23')).toMatchObject({ settlementBn: 266, gross: true });
  });
});
