import { describe, expect, it } from 'vitest';
import { calendarAnswer, type CalendarData } from '../../src/core/ahead/answer';
import { chartMarks, marksReach } from '../../src/core/ahead/chart-marks';
import { HEAVY_NET_BN, heavyReasons } from '../../src/core/ahead/heavy';
import { recordedCalendar } from '../helpers/auctions';

const data: CalendarData = recordedCalendar();
const january = calendarAnswer(data, '2026-01-12', 30, 'en');
const july = calendarAnswer(data, '2026-07-20', 30, 'en');
const day = (a: typeof january, date: string) => a.weights.find((w) => w.date === date)!;

describe('heavy days', () => {
  it('a settlement on a tax date is heavy whatever its size (15 Jan 2026: $4.0B net on the estimated-tax date)', () => {
    expect(heavyReasons(day(january, '2026-01-15'), { thresholdBn: HEAVY_NET_BN, ends: 'month' })).toEqual(['tax']);
    expect(heavyReasons(day(january, '2026-01-15'), { thresholdBn: HEAVY_NET_BN, ends: 'quarter' })).toEqual(['tax']);
  });

  it('the net settlement counts from the threshold up (the real $4.009B net of 15 January against thresholds about it)', () => {
    const jan15 = day(january, '2026-01-15');
    expect(heavyReasons(jan15, { thresholdBn: 4.009, ends: 'month' })).toEqual(['net', 'tax']);
    expect(heavyReasons(jan15, { thresholdBn: 4.01, ends: 'month' })).toEqual(['tax']);
  });

  it('a gross offering is never measured against the threshold: what rolls over is not known (23 Jul 2026, $266B of bills, gross)', () => {
    const jul23 = day(july, '2026-07-23');
    expect(jul23).toMatchObject({ settlementBn: 266, gross: true });
    expect(heavyReasons(jul23, { thresholdBn: HEAVY_NET_BN, ends: 'month' })).toEqual([]);
  });

  it('a settlement on a month-end is heavy on the charts, not for the notification (31 Jul 2026, the 10-year note)', () => {
    const jul31 = day(july, '2026-07-31');
    expect(heavyReasons(jul31, { thresholdBn: HEAVY_NET_BN, ends: 'month' })).toEqual(['month_end']);
    expect(heavyReasons(jul31, { thresholdBn: HEAVY_NET_BN, ends: 'quarter' })).toEqual([]);
  });

  it('a month-end or a tax date with nothing settling is not heavy (30 Jan 2026)', () => {
    expect(day(january, '2026-01-30')).toMatchObject({ settlementBn: null, toBeAnnounced: false, monthEnd: true });
    expect(heavyReasons(day(january, '2026-01-30'), { thresholdBn: HEAVY_NET_BN, ends: 'month' })).toEqual([]);
  });
});

describe('the charts’ marks of the days ahead', () => {
  it('are the heavy days, each with the events that weigh on it and each source once', () => {
    const marks = chartMarks(july, HEAVY_NET_BN);
    expect(marks.map((m) => m.date)).toEqual(['2026-07-31']);
    const [jul31] = marks;
    expect(jul31!.events.map((e) => e.kind)).toEqual(['settlement', 'month_end']);
    expect(jul31!.sources.map((s) => s.url)).toEqual([...new Set(jul31!.events.map((e) => e.source.url))]);
    expect(chartMarks(january, HEAVY_NET_BN).map((m) => m.date)).toEqual(['2026-01-15']);
  });

  it('the x range reaches the last mark after the newest point, and no nearer', () => {
    const marks = chartMarks(july, HEAVY_NET_BN);
    expect(marksReach(marks, '2026-06-17')).toBe('2026-07-31');
    expect(marksReach(marks, '2026-09-02')).toBe('2026-09-02');
    expect(marksReach([], '2026-06-17')).toBe('2026-06-17');
  });
});
