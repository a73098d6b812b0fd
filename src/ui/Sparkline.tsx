import { sparkPath } from '../core/sparkline';
import type { Point } from '../core/types';

/** A decorative trend line; the numbers it draws are in the text beside it. */
export function Sparkline({ points, width = 72, height = 22 }: { points: readonly Point[]; width?: number; height?: number }) {
  const d = sparkPath(points, width, height);
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {d && <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />}
    </svg>
  );
}
