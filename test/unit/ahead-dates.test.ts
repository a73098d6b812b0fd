import { describe, expect, it } from 'vitest';
import { fomcEvents } from '../../src/core/ahead/meetings';
import { lastBusinessDay, periodEndEvents } from '../../src/core/ahead/period-ends';
import { h41Events } from '../../src/core/ahead/releases';
import { emancipationDay, taxDueDate, taxEvents } from '../../src/core/ahead/tax';
import { weekday } from '../../src/core/dates';

describe('Tax dates, moved past weekends and legal holidays (IRS Publication 509; 26 U.S.C. § 7503)', () => {
  // Weekdays checked by hand against the calendar: 15 Jan 2028 is a Saturday and Monday the 17th is
  // Martin Luther King Jr. Day; 15 Apr 2028 is a Saturday and DC Emancipation Day (Sunday the 16th) is
  // observed on Monday the 17th; 15 Jan 2029 is itself Martin Luther King Jr. Day.
  it.each([
    [2026, ['2026-01-15', '2026-04-15', '2026-06-15', '2026-09-15', '2026-12-15']],
    [2027, ['2027-01-15', '2027-04-15', '2027-06-15', '2027-09-15', '2027-12-15']],
    [2028, ['2028-01-18', '2028-04-18', '2028-06-15', '2028-09-15', '2028-12-15']],
    [2029, ['2029-01-16', '2029-04-17', '2029-06-15', '2029-09-17', '2029-12-17']],
  ])('%i', (year, dates) => {
    const events = taxEvents(year);
    expect(events.map((e) => e.date)).toEqual(dates);
    expect(events.every((e) => e.kind === 'tax' && e.source.url === 'https://www.irs.gov/publications/p509')).toBe(true);
  });

  it('says when a date moved, and from which', () => {
    const [jan, apr, jun] = taxEvents(2028);
    expect(jan!.detail).toEqual({ key: 'ahead_tax_moved', subs: [{ key: 'ahead_tax_jan' }, '2028-01-15'] });
    expect(apr!.detail).toEqual({ key: 'ahead_tax_moved', subs: [{ key: 'ahead_tax_apr' }, '2028-04-15'] });
    expect(jun!.detail).toEqual({ key: 'ahead_tax_jun' });
  });

  it('matches the April deadlines the IRS announced when Emancipation Day moved them', () => {
    expect(taxDueDate('2016-04-15')).toBe('2016-04-18'); // Friday the 15th was Emancipation Day observed
    expect(taxDueDate('2017-04-15')).toBe('2017-04-18'); // Saturday; Monday the 17th was Emancipation Day observed
    expect(taxDueDate('2022-04-15')).toBe('2022-04-18'); // Friday the 15th was Emancipation Day observed
    expect(taxDueDate('2023-01-15')).toBe('2023-01-17'); // Sunday; Monday the 16th was Martin Luther King Jr. Day
    expect(emancipationDay(2026)).toBe('2026-04-16');
  });
});

describe('Month- and quarter-ends: the last business day', () => {
  it.each([
    [2026, ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']],
    [2027, ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']],
    [2028, ['2028-03-31', '2028-06-30', '2028-09-29', '2028-12-29']],
  ])('quarter-ends of %i', (year, dates) => {
    expect(periodEndEvents(year).filter((e) => e.kind === 'quarter_end').map((e) => e.date)).toEqual(dates);
  });

  it('steps back over weekends and holidays', () => {
    expect(lastBusinessDay(2026, 1)).toBe('2026-01-30'); // the 31st is a Saturday
    expect(lastBusinessDay(2026, 5)).toBe('2026-05-29'); // the 31st is a Sunday
    expect(lastBusinessDay(2027, 5)).toBe('2027-05-28'); // Monday the 31st is Memorial Day
    expect(lastBusinessDay(2027, 10)).toBe('2027-10-29'); // the 31st is a Sunday
  });

  it('gives each month once: a quarter-end is not also listed as a month-end', () => {
    const events = periodEndEvents(2026);
    expect(events).toHaveLength(12);
    expect(events.filter((e) => e.kind === 'month_end')).toHaveLength(8);
  });
});

describe('FOMC decisions and the H.4.1', () => {
  it('lists the second day of each 2026 and 2027 meeting on the Fed’s calendar', () => {
    const days = fomcEvents().map((e) => e.date);
    expect(days.filter((d) => d.startsWith('2026'))).toEqual(['2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09']);
    expect(days.filter((d) => d.startsWith('2027'))).toHaveLength(8);
    expect(days.filter((d) => d >= '2026').every((d) => weekday(d) === 3)).toBe(true);
    expect(fomcEvents()[0]!.source.url).toBe('https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm');
  });

  it('puts the H.4.1 on Thursdays, on Friday when Thursday is a holiday', () => {
    expect(h41Events('2026-11-16', '2026-12-05').map((e) => [e.date, e.detail.subs![0]])).toEqual([
      ['2026-11-19', '2026-11-18'],
      ['2026-11-27', '2026-11-25'], // Thanksgiving, Thursday 26 November
      ['2026-12-03', '2026-12-02'],
    ]);
  });
});
