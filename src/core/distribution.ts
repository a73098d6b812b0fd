/**
 * SOFR with its distribution, for the popup's chart and `series/get {id: 'sofr', bands: true}`: the rate,
 * the 1st/25th/75th/99th volume-weighted percentiles as bands aligned with its points, and the two
 * administered rates around it — IORB (carried only until the next FOMC decision) and the ON RRP award rate.
 * Every column has one entry per point; a day a column has no observation for is null, drawn as a gap.
 */
import { seriesOf } from './assemble';
import type { CacheDoc } from './cache';
import { againstAdministered } from './indicators/helpers';
import { texts } from './messages';
import type { IsoDate, Lang, Point } from './types';

export interface SofrBands {
  p1: Array<number | null>;
  p25: Array<number | null>;
  p75: Array<number | null>;
  p99: Array<number | null>;
}

export interface SofrSeriesAnswer {
  id: 'sofr';
  unit: 'pct';
  label: string;
  points: Point[];
  bands?: SofrBands;
  lines?: { iorb: Array<number | null>; rrp_rate: Array<number | null> };
  /** Where each column comes from, named for the chart's caption. */
  sources?: string[];
}

const on = (points: readonly Point[]) => {
  const m = new Map(points);
  return (dates: readonly IsoDate[]) => dates.map((d) => m.get(d) ?? null);
};

/** IORB on each of SOFR's days, by the same carry rule as the spreads (null past the next FOMC decision). */
function iorbOn(sofr: readonly Point[], iorb: readonly Point[]): Array<number | null> {
  const held = new Map(againstAdministered(sofr, iorb, (_, y) => y, 'IORB').map((r) => [r.date, r.value]));
  return sofr.map(([d]) => held.get(d) ?? null);
}

export function buildSofrSeriesAnswer(doc: CacheDoc, lang: Lang, bands: boolean): SofrSeriesAnswer {
  const points = seriesOf(doc, 'sofr').points;
  const label = texts('chart_sofr_rate')[lang];
  if (!bands) return { id: 'sofr', unit: 'pct', label, points };
  const dates = points.map((p) => p[0]);
  const col = (key: 'sofr_p1' | 'sofr_p25' | 'sofr_p75' | 'sofr_p99' | 'rrp_rate') => on(seriesOf(doc, key).points)(dates);
  return {
    id: 'sofr',
    unit: 'pct',
    label,
    points,
    bands: { p1: col('sofr_p1'), p25: col('sofr_p25'), p75: col('sofr_p75'), p99: col('sofr_p99') },
    lines: { iorb: iorbOn(points, seriesOf(doc, 'iorb').points), rrp_rate: col('rrp_rate') },
    sources: ['Federal Reserve Bank of New York (SOFR and its percentiles, ON RRP award rate)', 'Federal Reserve Board via FRED (IORB)'],
  };
}
