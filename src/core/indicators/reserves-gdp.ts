import { say } from '../say';
import { texts } from '../messages';
import { quarterStart } from '../dates';
import { gdpPublishedBy, gdpReleaseDate } from '../gdp';
import { valueOn } from '../series';
import type { Detail, IndicatorDef, Row } from './types';
import { trimLeadingGaps, use } from './helpers';

export const reservesGdp: IndicatorDef = {
  id: 'reserves_gdp',
  unit: 'pct',
  labels: texts('ind_reserves_gdp_name'),
  explain: texts('ind_reserves_gdp_explain'),
  method: texts('method_reserves_gdp'),
  inputs: ['reserves', 'gdp'],
  thresholds: [
    { value: 10, label: texts('ind_reserves_gdp_threshold_1') },
    { value: 7, label: texts('ind_reserves_gdp_threshold_2') },
  ],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const reserves = ctx.series('reserves');
    const gdp = ctx.series('gdp');
    const rows: Row[] = reserves.map(([date, r]) => {
      const g = gdpPublishedBy(gdp, date);
      return g ? { date, value: (r / g[1]) * 100 } : { date, value: null, reason: say('reason_no_gdp_by_then') };
    });
    return {
      rows: trimLeadingGaps(rows),
      ...(reserves.length === 0 ? { missing: say('reason_no_reserves') } : gdp.length === 0 ? { missing: say('reason_no_gdp') } : {}),
      inputs(row) {
        const g = gdpPublishedBy(gdp, row.date);
        return [...use('reserves', reserves, row.date), ...(g ? [{ key: 'gdp' as const, date: g[0], value: g[1] }] : [])];
      },
      details(row) {
        const r = valueOn(reserves, row.date);
        const g = gdpPublishedBy(gdp, row.date);
        const out: Detail[] = [];
        if (r !== undefined) out.push({ id: 'reserves', label: texts('ind_reserves_gdp_detail_reserves'), value: r, unit: 'usd_bn', asOf: row.date });
        if (g) {
          out.push({
            id: 'gdp',
            label: texts('ind_reserves_gdp_detail_gdp'),
            value: g[1],
            unit: 'usd_bn',
            asOf: g[0],
            note: say('note_gdp_quarter', g[0], gdpReleaseDate(g[0])),
          });
        }
        const q = quarterStart(row.date);
        const same = valueOn(gdp, q);
        if (r !== undefined && same !== undefined && g && g[0] !== q) {
          out.push({
            id: 'same_quarter',
            label: texts('ind_reserves_gdp_detail_same_quarter'),
            value: (r / same) * 100,
            unit: 'pct',
            asOf: q,
          });
        }
        return out;
      },
    };
  },
};
