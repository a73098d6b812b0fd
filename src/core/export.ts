/** Export of the cached series: one CSV row per observation, with its unit and the provider it came from. */
import { seriesOf } from './assemble';
import type { CacheDoc } from './cache';
import { SERIES, type SeriesKey } from './providers';

function cell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function seriesCsv(doc: CacheDoc): string {
  const lines = ['series,date,value,unit,provider'];
  for (const key of Object.keys(SERIES) as SeriesKey[]) {
    const view = seriesOf(doc, key);
    view.points.forEach(([date, value], i) => {
      lines.push([key, date, String(value), SERIES[key]!.unit, view.origin[i] ?? ''].map(cell).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}
