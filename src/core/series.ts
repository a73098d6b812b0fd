/** Operations on ascending date series. */
import { dayNumber } from './dates';
import type { SourceError } from './result';
import type { IsoDate, Point } from './types';

/** `incoming` is authoritative over its own first…last dates; `base` keeps everything outside them. */
export function mergeWindow(base: readonly Point[], incoming: readonly Point[]): Point[] {
  if (incoming.length === 0) return [...base];
  const first = incoming[0]![0], last = incoming[incoming.length - 1]![0];
  return [...base.filter(([d]) => d < first), ...incoming, ...base.filter(([d]) => d > last)];
}

/** A provider with no observation for longer than this has a gap, not a quiet spell (holidays are shorter). */
export const COVERAGE_GAP_DAYS = 14;

/** The runs of dates a series covers: [first, last] pairs split wherever observations stop for a while. */
export function coverage(points: readonly Point[], gapDays = COVERAGE_GAP_DAYS): Array<[IsoDate, IsoDate]> {
  const runs: Array<[IsoDate, IsoDate]> = [];
  for (const [d] of points) {
    const run = runs[runs.length - 1];
    if (run && dayNumber(d) - dayNumber(run[1]) <= gapDays) run[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/**
 * Combines the same quantity from several providers, most preferred first: each provider is
 * authoritative over the runs of dates it covers, and less preferred ones fill what lies outside.
 * Returns the points and, for each point, the provider it came from.
 */
export function combine<P extends string>(layers: ReadonlyArray<{ id: P; points: readonly Point[] }>): { points: Point[]; origin: P[] } {
  let merged: Array<{ p: Point; id: P }> = [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const { id, points: incoming } = layers[i]!;
    if (incoming.length === 0) continue;
    const runs = coverage(incoming);
    const covered = (d: IsoDate) => runs.some(([a, b]) => d >= a && d <= b);
    merged = [...merged.filter(({ p }) => !covered(p[0])), ...incoming.map((p) => ({ p, id }))].sort((a, b) => (a.p[0] < b.p[0] ? -1 : a.p[0] > b.p[0] ? 1 : 0));
  }
  return { points: merged.map(({ p }) => p), origin: merged.map(({ id }) => id) };
}

/** Index of the last point dated on or before `date`, or -1. */
export function indexAtOrBefore(points: readonly Point[], date: IsoDate): number {
  let lo = 0, hi = points.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]![0] <= date) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The last point on or before `date`, if it is at most `maxDaysBack` days older. */
export function pointAtOrBefore(points: readonly Point[], date: IsoDate, maxDaysBack: number): Point | undefined {
  const i = indexAtOrBefore(points, date);
  if (i < 0) return undefined;
  const p = points[i]!;
  return dayNumber(date) - dayNumber(p[0]) <= maxDaysBack ? p : undefined;
}

export function valueOn(points: readonly Point[], date: IsoDate): number | undefined {
  const i = indexAtOrBefore(points, date);
  return i >= 0 && points[i]![0] === date ? points[i]![1] : undefined;
}

export function lastDate(points: readonly Point[]): IsoDate | null {
  return points.length ? points[points.length - 1]![0] : null;
}

/**
 * A response may only replace cached data when it is whole: it must reach at least as far as the cache
 * and hold every observation the cache has within the dates it covers. Returns why not, or null.
 */
export function checkIncoming(base: readonly Point[], incoming: readonly Point[], requestedFrom: IsoDate | null): SourceError | null {
  if (incoming.length === 0) {
    const held = base.filter(([d]) => requestedFrom === null || d >= requestedFrom).length;
    return held > 0 ? { kind: 'empty', message: `no observations${requestedFrom ? ` from ${requestedFrom}` : ''}, where the cache holds ${held}` } : null;
  }
  const baseLast = lastDate(base);
  const inLast = incoming[incoming.length - 1]![0];
  if (baseLast !== null && inLast < baseLast) {
    return { kind: 'truncated', message: `ends at ${inLast}, before the cached ${baseLast}: partial response` };
  }
  const have = new Set(incoming.map(([d]) => d));
  const first = incoming[0]![0];
  const lacking = base.filter(([d]) => d >= first && d <= inLast && !have.has(d));
  if (lacking.length > 0) {
    return { kind: 'truncated', message: `lacks ${lacking.length} observation(s) the cache holds (e.g. ${lacking[0]![0]}): partial response` };
  }
  return null;
}

export function isSeries(x: unknown): x is Point[] {
  if (!Array.isArray(x)) return false;
  let prev = '';
  for (const p of x) {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'number' || !Number.isFinite(p[1])) return false;
    if (!(p[0] > prev)) return false;
    prev = p[0];
  }
  return true;
}
