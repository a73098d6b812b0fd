/**
 * The verdict on an article's figure: against the data as published by the article's date, in the window
 * its period gives. With c the claimed value and u one unit of its last significant digit, a plain figure
 * matches when some observation rounds or truncates to it ([c − u/2, c + u) in magnitude), an "about" one when
 * some observation is within max(u/2, 2% of c), a "more"/"less" one when some observation satisfies the bound;
 * otherwise it is close when some observation is within 10% of c (2 bp for a spread), and differs when none is.
 */
import { computation } from '../answer';
import { seriesOf } from '../assemble';
import type { CacheDoc } from '../cache';
import { previousBusinessDay } from '../calendar';
import { addDays, quarterStart, weekday } from '../dates';
import { gdpPublishedBy } from '../gdp';
import { PROVIDERS, providersOf, type SeriesKey } from '../providers';
import { cutoffBefore, publishedBy, type Cutoff } from '../published';
import type { IndicatorId, IsoDate, Point } from '../types';
import { readClaims, type Claim, type ClaimTarget, type Passage, type SkipWhy } from './claims';
import { FIGURES_PER_MESSAGE } from './limits';
import type { Period } from './periods';

export type Verdict = 'match' | 'close' | 'differs';

export interface CheckedClaim extends Claim {
  /** Index of the passage the figure is in. */
  passage: number;
  verdict: Verdict;
  /** The observation that decided, in the claim's unit, and its date. */
  actual: number;
  asOf: IsoDate;
  /** actual − claimed, and as a share of the claimed value (percent). */
  difference: number;
  differencePct: number | null;
  /** The observations compared: first and last date, and how many. */
  window: { from: IsoDate; to: IsoDate; count: number };
  /** What the figure was compared with, in words (English). */
  compared: string;
  /** Reserves: checked against the Wednesday level (WRBWFRBL), not the week average. */
  wednesday?: boolean;
  /** The RRP's peak a drawdown is measured from. */
  reference?: { value: number; date: IsoDate };
  /** The lowest and highest observation in the window (the card of a ✗ names them). */
  range: { low: number; high: number };
  /**
   * For a ✗: when the data (published by the article's date) last stood at the figure — the latest run of
   * observations that bear it out, its first and last date and the value on the last — if they ever did.
   */
  lastAt?: { from: IsoDate; to: IsoDate; value: number };
  /**
   * A figure read as today's that the data bear out at another time — a time the passage names, or the series'
   * peak or trough in the article's year: ≈ with that date ("matches the data of 2022-04-13 — about then?"), not ✗.
   */
  elsewhen?: Point;
  source: { name: string; url: string };
}

export interface UncheckedClaim {
  passage: number;
  start: number;
  end: number;
  text: string;
  /** `loose`: a ✗ would rest on a reading that is not strict (claims.ts), so no mark. */
  why: SkipWhy | 'not_covered' | 'loose';
}

/** Observations in the window a current figure is read against, by cadence. */
const CURRENT_DAYS = { daily: 10, weekly: 35 } as const;
/** How far from the claimed value "close" reaches. */
const CLOSE = 0.1;
/** How far an "about" reaches beyond the rounding of its last digit. */
const ABOUT = 0.02;

interface TargetData {
  points: Point[];
  cadence: 'daily' | 'weekly' | 'quarterly';
  compared: string;
  key: SeriesKey;
  reference?: { value: number; date: IsoDate };
}

const fromSeries = (doc: CacheDoc, key: SeriesKey, cadence: TargetData['cadence'], compared: string): TargetData => ({ points: seriesOf(doc, key).points, cadence, compared, key });

function fromIndicator(doc: CacheDoc, id: IndicatorId, key: SeriesKey, cadence: TargetData['cadence'], compared: string): TargetData {
  const points = computation(doc, id).rows.flatMap((r) => (r.value === null ? [] : [[r.date, r.value] as Point]));
  return { points, cadence, compared, key };
}

/** The series a target is checked against, on a document already cut at the article's date. */
function dataFor(doc: CacheDoc, target: ClaimTarget): TargetData {
  switch (target) {
    case 'reserves':
      return fromSeries(doc, 'reserves', 'weekly', 'reserve balances, H.4.1 week average (WRESBAL)');
    case 'reserves_gdp':
      return fromIndicator(doc, 'reserves_gdp', 'reserves', 'weekly', 'weekly reserves ÷ GDP of the latest quarter published by that week');
    case 'rrp':
      return fromSeries(doc, 'rrp', 'daily', 'overnight reverse repo take-up, each business day');
    case 'rrp_drawdown': {
      const rrp = seriesOf(doc, 'rrp').points;
      const peak = rrp.reduce<Point | null>((m, p) => (!m || p[1] > m[1] ? p : m), null);
      if (!peak || peak[1] <= 0) return { points: [], cadence: 'daily', compared: 'no reverse repo data', key: 'rrp' };
      const points = rrp.map(([d, v]) => [d, ((peak[1] - v) / peak[1]) * 100] as Point);
      return { points, cadence: 'daily', compared: `decline of the overnight reverse repo from its peak of ${peak[1]} bn on ${peak[0]}`, key: 'rrp', reference: { value: peak[1], date: peak[0] } };
    }
    case 'fed_assets':
      return fromSeries(doc, 'fed_assets', 'weekly', 'Fed total assets, Wednesday level (WALCL)');
    case 'tga':
      return fromSeries(doc, 'tga', 'daily', 'Treasury General Account closing balance (Daily Treasury Statement)');
    case 'srf':
      return fromSeries(doc, 'srf', 'daily', 'Standing Repo Facility take-up, each business day');
    case 'sofr_effr':
      return fromIndicator(doc, 'sofr_effr', 'sofr', 'daily', 'SOFR − EFFR, same business day');
    case 'sofr_iorb':
      return fromIndicator(doc, 'sofr_iorb', 'sofr', 'daily', 'SOFR − IORB, same business day');
    case 'gdp':
      return fromSeries(doc, 'gdp', 'quarterly', 'nominal GDP (SAAR) of the quarter, FRED’s current vintage: the figure first published may have been revised since');
    case 'sofr':
      return fromSeries(doc, 'sofr', 'daily', 'SOFR, each business day');
    case 'effr':
      return fromSeries(doc, 'effr', 'daily', 'effective federal funds rate, each business day');
    case 'iorb':
      return fromSeries(doc, 'iorb', 'daily', 'interest rate on reserve balances in force that day');
    case 'tgcr':
      return fromSeries(doc, 'tgcr', 'daily', 'TGCR, each business day');
    case 'tgcr_iorb':
      return fromIndicator(doc, 'tgcr_iorb', 'tgcr', 'daily', 'TGCR − IORB, same business day');
    case 'sofr_p99':
      return fromSeries(doc, 'sofr_p99', 'daily', 'SOFR’s 99th percentile, each business day');
    case 'sofr_tail':
      return fromIndicator(doc, 'sofr_tail', 'sofr_p99', 'daily', 'SOFR’s 99th percentile − IORB, same business day');
    case 'sofr_volume':
      return fromSeries(doc, 'sofr_volume', 'daily', 'volume underlying SOFR, each business day');
  }
}

/** Reserves' Wednesday level (H.4.1, WRBWFRBL). */
const wednesdayData = (doc: CacheDoc): TargetData => fromSeries(doc, 'reserves_wed', 'weekly', 'reserve balances, H.4.1 Wednesday level (WRBWFRBL)');

const inRange = (points: readonly Point[], from: IsoDate, to: IsoDate) => points.filter(([d]) => d >= from && d <= to);

/** The observations a figure's period points to (all published by the article's date: `data` is cut there). */
function windowOf(data: TargetData, period: Period, articleDay: IsoDate): Point[] {
  const { points, cadence } = data;
  if (cadence === 'quarterly') {
    switch (period.kind) {
      case 'current':
        return points.slice(-1);
      case 'day':
        return [gdpPublishedBy(points, period.date)].filter((p): p is Point => !!p);
      case 'quarter':
        return points.filter(([d]) => d === period.from);
      case 'month': {
        const published = gdpPublishedBy(points, period.to);
        return points.filter(([d]) => d === quarterStart(period.from) || d === published?.[0]);
      }
      case 'peak':
        return [];
    }
  }
  switch (period.kind) {
    case 'current':
      return inRange(points, addDays(articleDay, -CURRENT_DAYS[cadence]), articleDay);
    case 'day': {
      if (cadence === 'weekly') return inRange(points, addDays(period.date, -6), period.date).slice(-1);
      const on = inRange(points, period.date, period.date);
      return on.length ? on : inRange(points, previousBusinessDay(period.date), previousBusinessDay(period.date));
    }
    case 'month':
    case 'quarter':
      return inRange(points, period.from, period.to);
    case 'peak': {
      const year = inRange(points, period.from, period.to);
      return year.length ? [year.reduce((m, p) => (p[1] > m[1] ? p : m))] : [];
    }
  }
}

/** Does an observation bear the figure out: rounding or truncation, "about", or the bound of "more"/"less". */
function bears(c: Claim, claimed: number, x: number): boolean {
  switch (c.hedge) {
    case 'more':
      return x >= claimed;
    case 'less':
      return x <= claimed;
    case 'about':
      return Math.abs(x - claimed) <= Math.max(c.step / 2, ABOUT * Math.abs(claimed)) + 1e-9;
    case 'plain': {
      if (claimed !== 0 && Math.sign(x) !== Math.sign(claimed)) return false;
      const m = Math.abs(x);
      return m >= Math.abs(claimed) - c.step / 2 - 1e-9 && m < Math.abs(claimed) + c.step - 1e-9;
    }
  }
}

/**
 * A spread of a few basis points is "close" within 2 bp whatever its size: one basis point of rounding, a
 * neighbouring day or a sibling rate (tri-party repo for SOFR) is not a wrong figure.
 */
const SPREAD_CLOSE_BP = 2;

const near = (c: Claim, claimed: number, x: number) =>
  Math.abs(x - claimed) <= Math.max(claimed === 0 ? c.step : CLOSE * Math.abs(claimed), c.unit === 'bp' ? SPREAD_CLOSE_BP : 0) + 1e-9;

/** The verdict on one figure, over its window; an unsigned spread is given the better of either sign. */
export function judgeClaim(c: Claim, window: readonly Point[]): { verdict: Verdict; point: Point; claimed: number } {
  const signs = c.signKnown ? [c.value] : [c.value, -c.value];
  let best: { verdict: Verdict; point: Point; claimed: number; distance: number } | null = null;
  const rank: Record<Verdict, number> = { match: 0, close: 1, differs: 2 };
  for (const claimed of signs) {
    for (const p of window) {
      const verdict: Verdict = bears(c, claimed, p[1]) ? 'match' : near(c, claimed, p[1]) ? 'close' : 'differs';
      const distance = Math.abs(p[1] - claimed);
      // The best verdict wins; among equals the nearest value, then the newest date.
      if (!best || rank[verdict] < rank[best.verdict] || (rank[verdict] === rank[best.verdict] && (distance < best.distance || (distance === best.distance && p[0] > best.point[0])))) {
        best = { verdict, point: p, claimed, distance };
      }
    }
  }
  return best!;
}

function sourceOf(key: SeriesKey, doc: CacheDoc, date: IsoDate): { name: string; url: string } {
  const view = seriesOf(doc, key);
  const i = view.points.findIndex(([d]) => d === date);
  const provider = PROVIDERS[i >= 0 ? view.origin[i]! : providersOf(key)[0]!];
  return { name: provider.name, url: provider.pageUrl };
}

/**
 * Reads the figures in each passage and checks them against the data published by the article's date
 * (by today for an undated article, whose figures are read only when they name their period). With `at`, the
 * cut-off of the article's stated time (published.ts), the data are those published by then; a figure they do
 * not bear out but the data of its day's end do is given the day's end verdict (or, when those leave it unmarked,
 * no mark), as without a time: a stated time may be an update's, and a release a little earlier than the
 * calendar's time, so a ✗ is never drawn from an hour's difference.
 */
export function checkPassages(doc: CacheDoc, passages: readonly Passage[], articleDate: IsoDate | null, today: IsoDate, headline?: Passage, at?: Cutoff): { checked: CheckedClaim[]; unchecked: UncheckedClaim[] } {
  const day = articleDate && articleDate < today ? articleDate : today;
  const dayEnd = publishedBy(doc, day);
  const byTime = articleDate && at && cutoffBefore(at, day) ? publishedBy(doc, at) : dayEnd;
  const checked: CheckedClaim[] = [];
  const unchecked: UncheckedClaim[] = [];
  let room: number = FIGURES_PER_MESSAGE;
  passages.forEach((p, passage) => {
    if (room <= 0) return;
    const read = readClaims(p, articleDate, headline, passages[passage - 1]);
    const { claims, skipped } = withinBudget(read, room);
    room -= claims.length + skipped.length;
    for (const s of skipped) unchecked.push({ passage, ...s });
    for (const c of claims) {
      let r = checkClaim(c, passage, byTime, day, read.named);
      if (byTime !== dayEnd && (!('verdict' in r) || r.verdict === 'differs')) {
        const later = checkClaim(c, passage, dayEnd, day, read.named);
        // …and a ✗ the day's end would not give (it leaves the figure unmarked: a part of the day's total) is none.
        if (!('verdict' in later) ? 'verdict' in r : later.verdict !== 'differs') r = later;
      }
      if ('verdict' in r) checked.push(r);
      else unchecked.push(r);
    }
  });
  return { checked, unchecked };
}

/** One figure checked against `cut` (the cache as published by the article's moment), or why it is not. */
function checkClaim(c: Claim, passage: number, cut: CacheDoc, day: IsoDate, named: readonly Period[]): CheckedClaim | UncheckedClaim {
  let data = dataFor(cut, c.target);
  const window = windowOf(data, c.period, day);
  // Reserves on a Wednesday the week average does not cover yet (it is published with the level): the level alone.
  if (!window.length && c.target === 'reserves') {
    data = wednesdayData(cut);
    window.push(...windowOf(data, c.period, day));
  }
  if (!window.length) return { passage, start: c.start, end: c.end, text: c.text, why: 'not_covered' };
  let judged = judgeClaim(c, window);
  let compared = data;
  let { verdict } = judged;
  // Reserves are published both as the week average and as the Wednesday level: a figure is checked against
  // the one it quotes — the Wednesday level when the text says Wednesday, or when only it bears the figure out.
  if (c.target === 'reserves' && data.key !== 'reserves_wed') {
    const wed = wednesdayData(cut);
    const wedWindow = wed.points.length ? windowOf(wed, c.period, day) : [];
    const saysWednesday = c.period.kind === 'day' && weekday(c.period.date) === 3;
    if (wedWindow.length) {
      const w = judgeClaim(c, wedWindow);
      const rank = { match: 0, close: 1, differs: 2 } as const;
      if (rank[w.verdict] < rank[verdict] || (saysWednesday && rank[w.verdict] <= rank[verdict])) {
        judged = w;
        compared = wed;
        verdict = w.verdict;
        window.splice(0, window.length, ...wedWindow);
      }
    }
  }
  const { point, claimed } = judged;
  let elsewhen: Point | undefined;
  let lastAt: CheckedClaim['lastAt'];
  if (verdict === 'differs') {
    // A ✗ needs a strict reading; and a figure read as today's may belong to a time the text names elsewhere.
    if (!c.strict) return { passage, start: c.start, end: c.end, text: c.text, why: 'loose' };
    // A Standing Repo Facility take-up below the day's total (FRED RPONTTLD, all collateral) may be a part of it:
    // one of the day's two operations (a morning result is news before the afternoon's, since mid-2025) or one
    // collateral type's. So it is no ✗; above the total it is. Of a span ("now": the last days), below any of its
    // days' totals: the nearest day is not the one it must be a part of.
    if (c.target === 'srf' && window.some(([, v]) => claimed < v)) return { passage, start: c.start, end: c.end, text: c.text, why: 'part' };
    const other = c.period.kind === 'current' ? otherTime(c, compared, named, day) : null;
    if (other) {
      verdict = 'close';
      elsewhen = other;
    } else lastAt = lastStood(c, claimed, compared.points.filter(([d]) => d <= day));
  }
  const difference = point[1] - claimed;
  const values = window.map(([, v]) => v);
  return {
    ...c,
    value: claimed,
    passage,
    verdict,
    actual: point[1],
    asOf: point[0],
    difference,
    differencePct: claimed !== 0 ? (difference / Math.abs(claimed)) * 100 : null,
    window: { from: window[0]![0], to: window[window.length - 1]![0], count: window.length },
    range: { low: Math.min(...values), high: Math.max(...values) },
    compared: compared.compared,
    ...(compared.key === 'reserves_wed' ? { wednesday: true } : {}),
    ...(data.reference ? { reference: data.reference } : {}),
    ...(lastAt ? { lastAt } : {}),
    ...(elsewhen ? { elsewhen } : {}),
    source: sourceOf(compared.key, cut, point[0]),
  };
}

/** A passage's first `room` figures, checked or skipped, in the order they stand in its text. */
function withinBudget<C extends { start: number }, S extends { start: number }>(read: { claims: C[]; skipped: S[] }, room: number): { claims: C[]; skipped: S[] } {
  if (read.claims.length + read.skipped.length <= room) return read;
  const cut = [...read.claims, ...read.skipped].map((f) => f.start).sort((a, b) => a - b)[room]!;
  return { claims: read.claims.filter((c) => c.start < cut), skipped: read.skipped.filter((s) => s.start < cut) };
}

/** The latest run of observations that bear the figure out: its first and last date, and the last value. */
function lastStood(c: Claim, claimed: number, points: readonly Point[]): CheckedClaim['lastAt'] {
  let i = points.length - 1;
  while (i >= 0 && !bears(c, claimed, points[i]![1])) i--;
  if (i < 0) return undefined;
  const last = points[i]!;
  while (i > 0 && bears(c, claimed, points[i - 1]![1])) i--;
  return { from: points[i]![0], to: last[0], value: last[1] };
}

/**
 * Where a figure read as today's is borne out at another time: in a period the passage names elsewhere, or
 * at the series' peak or trough in the article's year. The first such observation, else null.
 */
function otherTime(c: Claim, data: TargetData, named: readonly Period[], day: IsoDate): Point | null {
  const year = day.slice(0, 4);
  const inYear = data.points.filter(([d]) => d.startsWith(year) && d <= day);
  const extremes: Point[] = inYear.length ? [inYear.reduce((m, p) => (p[1] > m[1] ? p : m)), inYear.reduce((m, p) => (p[1] < m[1] ? p : m))] : [];
  const candidates = [...named.flatMap((p) => windowOf(data, p, day)), ...extremes];
  const signs = c.signKnown ? [c.value] : [c.value, -c.value];
  return candidates.find(([, v]) => signs.some((s) => bears(c, s, v))) ?? null;
}
