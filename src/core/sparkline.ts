/** Sparklines: the last year of an indicator, thinned to a few dozen points, and its SVG path. */
import { addDays } from './dates';
import type { Point } from './types';

/** The last `days` days of points, at most `max` of them, evenly picked, always keeping the newest. */
export function sparkPoints(points: readonly Point[], days = 365, max = 60): Point[] {
  const last = points[points.length - 1];
  if (!last) return [];
  const from = addDays(last[0], -days);
  const recent = points.filter(([d]) => d >= from);
  if (recent.length <= max) return recent;
  const step = (recent.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => recent[Math.round(i * step)]!);
}

/** An SVG path through the points in a w×h box (1 px inset); '' with fewer than two points. */
export function sparkPath(points: readonly Point[], w: number, h: number): string {
  if (points.length < 2) return '';
  const t = points.map(([d]) => Date.parse(`${d}T00:00:00Z`));
  const v = points.map(([, x]) => x);
  const [t0, t1] = [t[0]!, t[t.length - 1]!];
  const [lo, hi] = [Math.min(...v), Math.max(...v)];
  const x = (i: number) => 1 + ((t[i]! - t0) / (t1 - t0 || 1)) * (w - 2);
  const y = (i: number) => (hi === lo ? h / 2 : 1 + (1 - (v[i]! - lo) / (hi - lo)) * (h - 2));
  return points.map((_, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(i).toFixed(1)}`).join('');
}
