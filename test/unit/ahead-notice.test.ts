import { describe, expect, it } from 'vitest';
import { calendarAnswer, type CalendarData } from '../../src/core/ahead/answer';
import { HEAVY_NET_BN } from '../../src/core/ahead/heavy';
import { EMPTY_NOTICE, noticeDue, readNotice, resumed, snoozed, told } from '../../src/core/ahead/notice';
import { recordedCalendar } from '../helpers/auctions';

const data: CalendarData = recordedCalendar(null);
const { upcoming } = data;
/** What the worker asks: today and tomorrow. */
const weights = (today: string, d: CalendarData = data) => calendarAnswer(d, today, 2, 'en').weights;

describe('the day-before notice of a heavy day', () => {
  it('is due the day before a settlement on a tax date, from 09:00 New York time (14 Jan 2026 for the 15th)', () => {
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 9, EMPTY_NOTICE, HEAVY_NET_BN)).toMatchObject({ date: '2026-01-15', reasons: ['tax'] });
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 8, EMPTY_NOTICE, HEAVY_NET_BN)).toBeNull();
    // On the day itself it is too late, and two days before too early.
    expect(noticeDue(weights('2026-01-15'), '2026-01-15', 10, EMPTY_NOTICE, HEAVY_NET_BN)).toBeNull();
    expect(noticeDue(weights('2026-01-13'), '2026-01-13', 10, EMPTY_NOTICE, HEAVY_NET_BN)).toBeNull();
  });

  it('is made once: a day announced is not announced again, and days long past are forgotten', () => {
    const after = told(EMPTY_NOTICE, '2026-01-15', '2026-01-14');
    expect(after.told).toEqual(['2026-01-15']);
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 20, after, HEAVY_NET_BN)).toBeNull();
    expect(told(after, '2026-03-02', '2026-03-01').told).toEqual(['2026-03-02']);
  });

  it('waits out a week’s snooze', () => {
    const quiet = snoozed(EMPTY_NOTICE, '2026-01-08');
    expect(quiet.snoozedUntil).toBe('2026-01-15');
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 10, quiet, HEAVY_NET_BN)).toBeNull();
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 10, snoozed(EMPTY_NOTICE, '2026-01-07'), HEAVY_NET_BN)).toMatchObject({ date: '2026-01-15' });
    expect(noticeDue(weights('2026-01-14'), '2026-01-14', 10, resumed(quiet), HEAVY_NET_BN)).toMatchObject({ date: '2026-01-15' });
  });

  it('counts a net settlement from the reader’s threshold (26 Jan 2026 for the 27th: $39.013B of bills net)', () => {
    expect(noticeDue(weights('2026-01-26'), '2026-01-26', 10, EMPTY_NOTICE, HEAVY_NET_BN)).toBeNull();
    expect(noticeDue(weights('2026-01-26'), '2026-01-26', 10, EMPTY_NOTICE, 39)).toMatchObject({ date: '2026-01-27', reasons: ['net'] });
    expect(noticeDue(weights('2026-01-26'), '2026-01-26', 10, EMPTY_NOTICE, 39.1)).toBeNull();
  });

  it('leaves out a gross offering and a month-end (22 and 30 Jul 2026), which the charts still mark at the month-end', () => {
    expect(noticeDue(weights('2026-07-22'), '2026-07-22', 10, EMPTY_NOTICE, 1)).toBeNull(); // $266B gross on the 23rd
    expect(noticeDue(weights('2026-07-30'), '2026-07-30', 10, EMPTY_NOTICE, HEAVY_NET_BN)).toBeNull(); // the 10-year note on 31 July
  });

  it('a settlement on the April tax deadline (15 Apr 2024, from the stale rows upcoming_auctions keeps)', () => {
    const april = { ...data, held: upcoming.filter((r) => r.issueDate === '2024-04-15'), upcoming: [] };
    expect(april.held.length).toBeGreaterThan(0);
    expect(noticeDue(weights('2024-04-14', april), '2024-04-14', 9, EMPTY_NOTICE, HEAVY_NET_BN)).toMatchObject({ date: '2024-04-15', reasons: ['tax'] });
  });

  it('reads what storage holds: a newer version’s record is left to it, a damaged one is no record', () => {
    expect(readNotice(told(EMPTY_NOTICE, '2026-01-15', '2026-01-14'))).toEqual({ state: 'current', notice: { v: 1, told: ['2026-01-15'], snoozedUntil: null } });
    expect(readNotice({ v: 2, told: [] })).toEqual({ state: 'newer' });
    expect(readNotice({ v: 1, told: ['15 Jan'], snoozedUntil: null })).toEqual({ state: 'none' });
    expect(readNotice(undefined)).toEqual({ state: 'none' });
  });
});
