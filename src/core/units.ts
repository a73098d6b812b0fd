/**
 * Establishing the unit of a dollar series. FRED moved some H.4.1 series from billions to millions
 * (WRESBAL: `3244.149` in the legacy CSV, `3244149` now) and says so nowhere in the CSV, so the unit
 * is detected, in this order:
 *   1. against cached history at the same dates (the ratio is ~1 or ~1000: anything else is an error);
 *   2. by magnitude, when only one reading is plausible for the series;
 *   3. by how FRED writes the unit: millions as integers, billions with a decimal point.
 */
import { fail, ok, type Result } from './result';
import type { Point } from './types';

export interface UsdSpec {
  /** Plausible range of non-zero values, in USD billions. */
  rangeBn: readonly [number, number];
}

export interface ScaleDecision {
  /** Multiply raw values by this to get USD billions. */
  scale: 1 | 0.001;
  unit: 'billions' | 'millions';
  how: 'history' | 'magnitude' | 'number format' | 'all zero';
}

const CANDIDATES = [
  { scale: 0.001, unit: 'millions' },
  { scale: 1, unit: 'billions' },
] as const;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function detectUsdScale(raw: Point[], hasDecimalPoint: boolean, cachedBn: Point[], spec: UsdSpec): Result<ScaleDecision> {
  const nonZero = raw.filter(([, v]) => v !== 0);
  if (nonZero.length === 0) return ok({ scale: 1, unit: 'billions', how: 'all zero' });

  const cached = new Map(cachedBn);
  const ratios: number[] = [];
  for (const [d, v] of nonZero) {
    const c = cached.get(d);
    if (c !== undefined && c !== 0) ratios.push(v / c);
  }
  if (ratios.length > 0) {
    const r = median(ratios);
    for (const c of CANDIDATES) {
      // A factor of two either way tells the units apart while tolerating revisions and week averages.
      if (Math.abs(Math.log2(r * c.scale)) < 1) return ok({ scale: c.scale, unit: c.unit, how: 'history' });
    }
    return fail('unit', `values disagree with the cached history at ${ratios.length} shared date(s): ratio ≈ ${r.toPrecision(3)}, neither billions nor millions`);
  }

  const [lo, hi] = spec.rangeBn;
  const plausible = CANDIDATES.filter((c) => nonZero.every(([, v]) => Math.abs(v * c.scale) >= lo && Math.abs(v * c.scale) <= hi));
  if (plausible.length === 1) return ok({ scale: plausible[0]!.scale, unit: plausible[0]!.unit, how: 'magnitude' });
  if (plausible.length === 0) {
    return fail('unit', `values (e.g. ${nonZero[0]![1]}) are implausible for this series in both millions and billions`);
  }
  return ok(hasDecimalPoint ? { scale: 1, unit: 'billions', how: 'number format' } : { scale: 0.001, unit: 'millions', how: 'number format' });
}

/** Rates must look like percent: a body in basis points or fractions would be caught here. */
export function checkPercent(points: Point[], range: readonly [number, number] = [-5, 40]): Result<Point[]> {
  const bad = points.find(([, v]) => v < range[0] || v > range[1]);
  return bad ? fail('unit', `rate ${bad[1]} on ${bad[0]} is outside the plausible percent range`) : ok(points);
}

export function scalePoints(points: Point[], scale: number): Point[] {
  return scale === 1 ? points : points.map(([d, v]) => [d, v * scale]);
}
