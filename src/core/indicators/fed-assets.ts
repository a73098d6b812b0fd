import { say } from '../say';
import { texts } from '../messages';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const fedAssets: IndicatorDef = {
  id: 'fed_assets',
  unit: 'usd_bn',
  labels: texts('ind_fed_assets_name'),
  explain: texts('ind_fed_assets_explain'),
  method: texts('method_fed_assets'),
  inputs: ['fed_assets'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const points = ctx.series('fed_assets');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('fed_assets', points, row.date),
      details(row) {
        const upTo = points.filter(([d]) => d <= row.date);
        const peak = upTo.reduce<[string, number] | null>((m, p) => (!m || p[1] > m[1] ? p : m), null);
        return [
          {
            id: 'change_from_peak',
            label: texts('ind_fed_assets_detail_change_from_peak'),
            value: peak && row.value !== null ? row.value - peak[1] : null,
            unit: 'usd_bn',
            ...(peak ? { asOf: peak[0], note: say('note_peak', peak[1].toFixed(0), peak[0]) } : {}),
          },
        ];
      },
    };
  },
};
