/**
 * New York business calendar and the release times of every source, DST-correct through Intl.
 * Pure: takes epoch milliseconds, returns epoch milliseconds or ISO dates.
 */
import { addDays, dayNumber, weekday } from './dates';
import { say, type Say } from './say';
import type { IsoDate } from './types';

const NY_TZ = 'America/New_York';
const nyFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: NY_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export interface NyTime {
  date: IsoDate;
  hour: number;
  minute: number;
}

export function nyTime(ms: number): NyTime {
  const parts: Record<string, string> = {};
  for (const p of nyFormat.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Minutes New York is ahead of UTC at `ms` (−300 in winter, −240 in summer). */
function nyOffsetMinutes(ms: number): number {
  const t = nyTime(ms);
  const asUtc = Date.UTC(Number(t.date.slice(0, 4)), Number(t.date.slice(5, 7)) - 1, Number(t.date.slice(8, 10)), t.hour, t.minute);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The UTC instant of a New York wall-clock time (times used here never fall in a DST gap). */
export function nyWallTimeToUtc(date: IsoDate, hour: number, minute: number): number {
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  let t = guess - nyOffsetMinutes(guess) * 60_000;
  t = guess - nyOffsetMinutes(t) * 60_000;
  return t;
}

function nthWeekday(year: number, month: number, wd: number, n: number): IsoDate {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const shift = (wd - weekday(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

function lastWeekday(year: number, month: number, wd: number): IsoDate {
  const nextFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextFirst, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** A fixed-date holiday as the Federal Reserve observes it: Sunday moves to Monday, Saturday is not moved. */
function fixed(year: number, month: number, day: number): IsoDate | null {
  const d = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const wd = weekday(d);
  if (wd === 0) return addDays(d, 1);
  if (wd === 6) return null;
  return d;
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** Federal Reserve System holidays of a year (the days the H.4.1, SOFR, EFFR and operations skip). */
export function fedHolidays(year: number): Set<IsoDate> {
  let set = holidayCache.get(year);
  if (set) return set;
  const days = [
    fixed(year, 1, 1),
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    lastWeekday(year, 5, 1), // Memorial Day
    year >= 2022 ? fixed(year, 6, 19) : null, // Juneteenth, observed by the Fed from 2022
    fixed(year, 7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    fixed(year, 11, 11),
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    fixed(year, 12, 25),
  ];
  set = new Set(days.filter((d): d is IsoDate => d !== null));
  holidayCache.set(year, set);
  return set;
}

export function isBusinessDay(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !fedHolidays(Number(date.slice(0, 4))).has(date);
}

export function nextBusinessDay(date: IsoDate): IsoDate {
  let d = addDays(date, 1);
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

export function previousBusinessDay(date: IsoDate): IsoDate {
  let d = addDays(date, -1);
  while (!isBusinessDay(d)) d = addDays(d, -1);
  return d;
}

export type ReleaseRuleId = 'sofr' | 'effr' | 'rp' | 'dts' | 'h41' | 'gdp' | 'iorb';

export interface ReleaseRule {
  /** A source's rule (RELEASES), or one kept beside its own feature (the auctions, core/ahead/auctions-schedule.ts). */
  id: ReleaseRuleId | 'auctions';
  /** In words, for the README and the popup. */
  describe: string;
  /** New York wall-clock times of the release on a release day. */
  times: ReadonlyArray<readonly [number, number]>;
  days: 'business' | 'h41';
  /** Which observation date a release on day D publishes. */
  observation: 'previous_business_day' | 'same_day' | 'wednesday_before' | 'unknown';
  /** For 'unknown': how many days old the newest observation may be before it counts as overdue. */
  maxAgeDays?: number;
}

export const RELEASES: Record<ReleaseRuleId, ReleaseRule> = {
  sofr: { id: 'sofr', describe: 'each business day about 08:00 New York time, for the prior business day', times: [[8, 0]], days: 'business', observation: 'previous_business_day' },
  effr: { id: 'effr', describe: 'each business day about 09:00 New York time, for the prior business day', times: [[9, 0]], days: 'business', observation: 'previous_business_day' },
  rp: { id: 'rp', describe: 'each business day after the 12:45–13:15 reverse repo window, and after the 13:30–13:45 standing repo operation', times: [[13, 15], [13, 50]], days: 'business', observation: 'same_day' },
  dts: { id: 'dts', describe: 'each business day about 16:00 New York time, for the prior business day', times: [[16, 0]], days: 'business', observation: 'previous_business_day' },
  h41: { id: 'h41', describe: 'Thursdays after 16:30 New York time (the next business day when Thursday is a holiday), for Wednesday', times: [[16, 30]], days: 'h41', observation: 'wednesday_before' },
  gdp: { id: 'gdp', describe: 'BEA releases about a month after each quarter (08:30 New York time); checked each business day at 09:30', times: [[9, 30]], days: 'business', observation: 'unknown', maxAgeDays: 215 },
  iorb: { id: 'iorb', describe: 'changes after FOMC meetings; checked each business day at 09:00', times: [[9, 0]], days: 'business', observation: 'unknown', maxAgeDays: 10 },
};

/** Whether `rule` releases on `date`. */
export function isReleaseDay(rule: ReleaseRule, date: IsoDate): boolean {
  if (!isBusinessDay(date)) return false;
  if (rule.days === 'business') return true;
  const wd = weekday(date);
  if (wd === 4) return true;
  // The H.4.1 moves to the next business day when Thursday is a holiday.
  let d = addDays(date, -1);
  while (!isBusinessDay(d)) {
    if (weekday(d) === 4) return true;
    d = addDays(d, -1);
  }
  return false;
}

/** The first release of `rule` strictly after `ms` (with `offsetMs` added to each release). */
export function nextRelease(rule: ReleaseRule, ms: number, offsetMs = 0): number {
  let date = nyTime(ms).date;
  for (let i = 0; i < 21; i++, date = addDays(date, 1)) {
    if (!isReleaseDay(rule, date)) continue;
    for (const [h, m] of rule.times) {
      const t = nyWallTimeToUtc(date, h, m) + offsetMs;
      if (t > ms) return t;
    }
  }
  throw new Error(`no ${rule.id} release within three weeks of ${new Date(ms).toISOString()}`);
}

/** The latest release of `rule` at or before `ms` (with `offsetMs` added to each release). */
export function latestRelease(rule: ReleaseRule, ms: number, offsetMs = 0): number {
  let date = nyTime(ms).date;
  for (let i = 0; i < 21; i++, date = addDays(date, -1)) {
    if (!isReleaseDay(rule, date)) continue;
    for (const [h, m] of [...rule.times].reverse()) {
      const t = nyWallTimeToUtc(date, h, m) + offsetMs;
      if (t <= ms) return t;
    }
  }
  throw new Error(`no ${rule.id} release within three weeks before ${new Date(ms).toISOString()}`);
}

/** The observation date a release at `releaseMs` makes available, or null when the rule cannot tell. */
export function observationOf(rule: ReleaseRule, releaseMs: number): IsoDate | null {
  const day = nyTime(releaseMs).date;
  switch (rule.observation) {
    case 'previous_business_day':
      return previousBusinessDay(day);
    case 'same_day':
      return day;
    case 'wednesday_before': {
      let d = addDays(day, -1);
      while (weekday(d) !== 3) d = addDays(d, -1);
      return d;
    }
    case 'unknown':
      return null;
  }
}

/**
 * The newest observation date that should be in hand at `ms`, allowing the publisher a day's grace
 * after each release; null when the rule has no fixed rhythm (GDP, IORB).
 */
export function expectedObservation(rule: ReleaseRule, ms: number): IsoDate | null {
  return observationOf(rule, latestRelease(rule, ms - 24 * 3_600_000));
}

/** Whether data whose newest observation is `latest` is overdue at `ms`, and why. */
export function overdue(rule: ReleaseRule, latest: IsoDate, ms: number): Say | null {
  const expected = expectedObservation(rule, ms);
  if (expected !== null) {
    return latest < expected ? say('status_overdue_expected', expected, latest) : null;
  }
  const today = nyTime(ms).date;
  const age = dayNumber(today) - dayNumber(latest);
  return rule.maxAgeDays !== undefined && age > rule.maxAgeDays ? say('status_overdue_age', latest, age) : null;
}
