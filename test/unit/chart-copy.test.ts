import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartCopyPath } from '../../src/core/chart-copy';
import { pointsInRange, toEpochSeconds } from '../../src/core/chart';
import { parseFredCsv } from '../../src/core/parsers/fred-csv';
import type { Point } from '../../src/core/types';

const csv = readFileSync(new URL('../fixtures/real/fred-csv-RRPONTSYD.csv', import.meta.url), 'utf8');
const parsed = parseFredCsv(csv);
if (!parsed.ok) throw new Error('fixture');
const rrp: Point[] = parsed.value.columns.RRPONTSYD!;

const boxOf = (points: Point[], width = 314, height = 150) => {
  const v = points.map((p) => p[1]);
  return { width, height, yMin: Math.min(...v), yMax: Math.max(...v), xMin: toEpochSeconds(points[0]![0]), xMax: toEpochSeconds(points[points.length - 1]![0]) };
};
const coords = (path: string): Array<[number, number]> => [...path.matchAll(/[ML](\d+) (\d+(?:\.\d)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the chart copy’s path', () => {
  it('thins the whole real series (RRPONTSYD, 1,300 days) to at most two points per pixel column, in order, inside the box', () => {
    const box = boxOf(rrp);
    const path = chartCopyPath(rrp, box);
    expect(path).toMatch(/^M\d+ \d+(\.\d)?(L\d+ \d+(\.\d)?)+$/);
    const xy = coords(path);
    expect(xy.length).toBeLessThanOrEqual(2 * (box.width + 1));
    expect(xy.length).toBeGreaterThan(box.width); // a point in (nearly) every column: 1,300 days over 314 px
    for (let n = 1; n < xy.length; n++) expect(xy[n]![0]).toBeGreaterThanOrEqual(xy[n - 1]![0]);
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(box.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(box.height);
    }
    expect(path.length).toBeLessThan(8_000);
  });

  it('keeps each column’s highest and lowest value: over 20 px (65 days a column) the top and the bottom of the box are both reached', () => {
    const xy = coords(chartCopyPath(rrp, boxOf(rrp, 20)));
    expect(xy.length).toBeLessThanOrEqual(42);
    expect(Math.min(...xy.map((p) => p[1]))).toBe(0);
    expect(Math.max(...xy.map((p) => p[1]))).toBe(150);
  });

  it('draws each point where uPlot would: the first at the left edge, the last at the right, at its value', () => {
    const year = pointsInRange(rrp, '1y');
    const box = boxOf(year);
    const xy = coords(chartCopyPath(year, box));
    const last = year[year.length - 1]![1];
    expect(xy[0]![0]).toBe(0);
    expect(xy[xy.length - 1]![0]).toBe(box.width);
    expect(xy[xy.length - 1]![1]).toBeCloseTo((1 - (last - box.yMin) / (box.yMax - box.yMin)) * box.height, 0);
  });

  it('puts a date where uPlot’s axis has it (noon UTC): 18, 22 and 23 June 2026 over 300 px at 0, 240 and 300', () => {
    const three = rrp.slice(-3);
    expect(three.map((p) => p[0])).toEqual(['2026-06-18', '2026-06-22', '2026-06-23']);
    const xy = coords(chartCopyPath(three, boxOf(three, 300)));
    expect(xy.map((p) => p[0])).toEqual([0, 240, 300]);
  });

  it('draws nothing from fewer than two points or an empty range', () => {
    expect(chartCopyPath(rrp.slice(0, 1), boxOf(rrp))).toBe('');
    expect(chartCopyPath(rrp, { ...boxOf(rrp), yMax: boxOf(rrp).yMin })).toBe('');
  });
});
