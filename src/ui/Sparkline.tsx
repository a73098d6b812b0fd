import { sparkPath } from '../core/sparkline';
import type { Point } from '../core/types';

/** The card's sparkline box (the popup's first-paint copy draws its path in the same box). */
export const SPARK_WIDTH = 72;
export const SPARK_HEIGHT = 22;

/** A decorative trend line; the numbers it draws are in the text beside it. */
export function Sparkline({ points, width = SPARK_WIDTH, height = SPARK_HEIGHT }: { points: readonly Point[]; width?: number; height?: number }) {
  const d = sparkPath(points, width, height);
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {d && <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />}
    </svg>
  );
}
