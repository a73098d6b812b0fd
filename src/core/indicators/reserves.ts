import { say } from '../say';
import { texts } from '../messages';
import { gdpPublishedBy } from '../gdp';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const reserves: IndicatorDef = {
  id: 'reserves',
  unit: 'usd_bn',
  labels: texts('ind_reserves_name'),
  explain: texts('ind_reserves_explain'),
  method: texts('method_reserves'),
  inputs: ['reserves'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const points = ctx.series('reserves');
    const gdp = ctx.series('gdp');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('reserves', points, row.date),
      details(row) {
        const g = gdpPublishedBy(gdp, row.date);
        return [
          {
            id: 'ample_line',
            label: texts('ind_reserves_detail_ample_line'),
            value: g ? g[1] * 0.1 : null,
            unit: 'usd_bn',
            ...(g ? { asOf: g[0] } : {}),
            note: g ? say('note_gdp_latest_by_then') : say('reason_no_gdp_by_then'),
          },
        ];
      },
    };
  },
};
