/**
 * Treasury's quarterly refunding announcements in the calendar: each sourced date on its day with its own
 * Treasury release, in the three languages, and no refunding on any other day.
 */
import { describe, expect, it } from 'vitest';
import { calendarAnswer, type CalendarData } from '../../src/core/ahead/answer';
import { REFUNDING_ANNOUNCEMENTS } from '../../src/core/ahead/refunding';
import { parseDebtCashCsv } from '../../src/core/parsers/fiscaldata-debt-cash';
import { weekday } from '../../src/core/dates';
import { parsed, recordedCalendar } from '../helpers/auctions';
import { fixture } from '../helpers/fixtures';

const data: CalendarData = { ...recordedCalendar(), debtCash: parsed(parseDebtCashCsv(fixture('fiscaldata-dts-public-debt-transactions-download-excerpt.csv'))) };

describe('quarterly refunding announcements', () => {
  const year = calendarAnswer(data, '2025-12-01', 396, 'en');
  const refundings = year.events.filter((e) => e.label === 'Quarterly refunding announcement');

  it('puts each announcement Treasury dated on its Wednesday, as a release with its statement as the source', () => {
    expect(refundings.map((e) => [e.date, e.kind, e.source.url])).toEqual([
      ['2026-02-04', 'release', 'https://home.treasury.gov/news/press-releases/sb0384'],
      ['2026-05-06', 'release', 'https://home.treasury.gov/news/press-releases/sb0489'],
      ['2026-08-05', 'release', 'https://home.treasury.gov/news/press-releases/sb0590'],
      // Announced ahead in the August statement.
      ['2026-11-04', 'release', 'https://home.treasury.gov/news/press-releases/sb0590'],
    ]);
    expect(refundings.every((e) => weekday(e.date) === 3)).toBe(true);
    expect(refundings[0]!.detail).toBe('Treasury’s quarterly refunding: the next quarter’s coupon and FRN auction sizes');
    expect(refundings[3]!.source.name).toBe('U.S. Treasury, Quarterly Refunding Statement, 5 August 2026 (next announcement)');
  });

  it('lists no refunding on any other day, nor one guessed beyond the last dated', () => {
    const dated = new Set(REFUNDING_ANNOUNCEMENTS.map((r) => r.date));
    expect(year.events.filter((e) => e.detail.includes('refunding') && !dated.has(e.date))).toEqual([]);
    expect(calendarAnswer(data, '2026-11-05', 60, 'en').events.some((e) => e.label === 'Quarterly refunding announcement')).toBe(false);
    const onNovember4 = year.events.filter((e) => e.date === '2026-11-04').map((e) => e.label);
    expect(onNovember4).toContain('Quarterly refunding announcement');
  });

  it('says it in Traditional and Simplified Chinese', () => {
    const on = (lang: 'zh_TW' | 'zh_CN') => calendarAnswer(data, '2026-05-06', 1, lang).events.find((e) => e.source.url.endsWith('sb0489'))!;
    expect(on('zh_TW')).toMatchObject({ label: '季度再融資公告', detail: '美國財政部季度再融資：公布下一季附息公債與浮動利率票據的標售規模' });
    expect(on('zh_CN')).toMatchObject({ label: '季度再融资公告', detail: '美国财政部季度再融资：公布下一季度附息国债与浮动利率票据的拍卖规模' });
  });
});
