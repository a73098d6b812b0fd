import { describe, expect, it } from 'vitest';
import { words } from '../../src/core/messages';
import { expectedObservation, fedHolidays, isBusinessDay, latestRelease, nextRelease, nyWallTimeToUtc, observationOf, overdue, RELEASES } from '../../src/core/calendar';

const iso = (ms: number) => new Date(ms).toISOString();

describe('New York time, daylight saving included', () => {
  it('08:00 in New York is 13:00 UTC in winter and 12:00 UTC in summer', () => {
    expect(iso(nyWallTimeToUtc('2026-03-06', 8, 0))).toBe('2026-03-06T13:00:00.000Z'); // EST
    expect(iso(nyWallTimeToUtc('2026-03-09', 8, 0))).toBe('2026-03-09T12:00:00.000Z'); // EDT from 8 Mar
    expect(iso(nyWallTimeToUtc('2026-11-02', 8, 0))).toBe('2026-11-02T13:00:00.000Z'); // EST from 1 Nov
  });

  it('the next SOFR release across the spring change is Monday 08:00 EDT', () => {
    expect(iso(nextRelease(RELEASES.sofr, Date.parse('2026-03-06T14:00:00Z')))).toBe('2026-03-09T12:00:00.000Z');
  });

  it('adds this install’s delay after every release', () => {
    expect(iso(nextRelease(RELEASES.sofr, Date.parse('2026-03-06T14:00:00Z'), 7 * 60_000))).toBe('2026-03-09T12:07:00.000Z');
  });
});

describe('the Federal Reserve holiday calendar', () => {
  it('2026: Saturday holidays are not moved, Sunday ones move to Monday', () => {
    expect([...fedHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(isBusinessDay('2026-07-03')).toBe(true); // 4 July 2026 is a Saturday
    expect(fedHolidays(2027).has('2027-07-05')).toBe(true); // 4 July 2027 is a Sunday
  });
});

describe('release times and the observations they carry', () => {
  it('the H.4.1 moves to Friday when Thursday is Thanksgiving, still for Wednesday', () => {
    const r = nextRelease(RELEASES.h41, Date.parse('2026-11-25T10:00:00Z'));
    expect(iso(r)).toBe('2026-11-27T21:30:00.000Z');
    expect(observationOf(RELEASES.h41, r)).toBe('2026-11-25');
  });

  it('reverse repo results on the day, twice (RRP, then the afternoon standing repo)', () => {
    expect(iso(nextRelease(RELEASES.rp, Date.parse('2026-06-23T17:00:00Z')))).toBe('2026-06-23T17:15:00.000Z');
    expect(iso(nextRelease(RELEASES.rp, Date.parse('2026-06-23T17:20:00Z')))).toBe('2026-06-23T17:50:00.000Z');
    expect(iso(latestRelease(RELEASES.dts, Date.parse('2026-06-23T19:00:00Z')))).toBe('2026-06-22T20:00:00.000Z');
  });

  it('knows which observation should be in hand, and when data are overdue', () => {
    // Monday 30 Nov 2026, 10:00 New York: the newest SOFR due (with a day’s grace) is for Wed 25 Nov.
    const now = Date.parse('2026-11-30T15:00:00Z');
    expect(expectedObservation(RELEASES.sofr, now)).toBe('2026-11-25');
    expect(overdue(RELEASES.sofr, '2026-11-25', now)).toBeNull();
    expect(words('en', overdue(RELEASES.sofr, '2026-11-20', now)!)).toMatch(/expected data for 2026-11-25/);
    expect(words('zh_TW', overdue(RELEASES.sofr, '2026-11-20', now)!)).toMatch(/2026-11-25.*最新為 2026-11-20/);
    expect(words('en', overdue(RELEASES.gdp, '2026-01-01', now)!)).toMatch(/days old/);
  });
});
