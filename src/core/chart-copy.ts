/**
 * The line of a chart as the popup's first paint draws it before uPlot has loaded (public/popup-first-paint.js):
 * the points thinned to the plot's pixel width, one column per pixel keeping that column's lowest and highest
 * values in the order they came (so a spike or a drop stays), as an SVG path in pixels.
 */
import type { Point } from './types';

export interface CopyBox {
  /** The plot's size in CSS pixels. */
  width: number;
  height: number;
  /** The value at the bottom and at the top edge, and the dates (epoch seconds) at the left and right edge. */
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
}

// Noon UTC, as uPlot's time axis has each date (core/chart.ts toEpochSeconds; not imported: it brings the chart events).
const seconds = (d: string) => Date.parse(`${d}T12:00:00Z`) / 1000;

/** The path ('' for fewer than two points or an empty range); at most two points per pixel column. */
export function chartCopyPath(points: readonly Point[], box: CopyBox): string {
  const { width, height, yMin, yMax, xMin, xMax } = box;
  if (points.length < 2 || !(yMax > yMin) || !(xMax > xMin) || !(width >= 1) || !(height >= 1)) return '';
  const xOf = (d: string) => ((seconds(d) - xMin) / (xMax - xMin)) * width;
  const yOf = (v: number) => (1 - (v - yMin) / (yMax - yMin)) * height;
  const out: Array<[number, number]> = [];
  let column = NaN;
  let low: [number, number] = [0, 0];
  let high: [number, number] = [0, 0];
  const flush = () => {
    if (Number.isNaN(column)) return;
    // [order, value]: the lower order came first, so the line keeps its direction within the column.
    const pair = low[0] === high[0] ? [low] : low[0] < high[0] ? [low, high] : [high, low];
    for (const [, v] of pair) out.push([column, yOf(v)]);
  };
  points.forEach(([d, v], n) => {
    const x = Math.min(width, Math.max(0, Math.round(xOf(d))));
    if (x !== column) {
      flush();
      column = x;
      low = [n, v];
      high = [n, v];
    } else {
      if (v < low[1]) low = [n, v];
      if (v > high[1]) high = [n, v];
    }
  });
  flush();
  return out.map(([x, y], n) => `${n ? 'L' : 'M'}${x} ${Math.min(height, Math.max(0, y)).toFixed(1)}`).join('');
}
