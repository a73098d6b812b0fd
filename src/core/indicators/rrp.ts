import { say } from '../say';
import { texts } from '../messages';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const rrp: IndicatorDef = {
  id: 'rrp',
  unit: 'usd_bn',
  labels: texts('ind_rrp_name'),
  explain: texts('ind_rrp_explain'),
  method: texts('method_rrp'),
  inputs: ['rrp'],
  thresholds: [{ value: 50, label: texts('ind_rrp_threshold_1') }],
  better: 'up',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('rrp');
    const peak = points.filter(([d]) => d >= '2022-01-01' && d <= '2022-12-31').reduce<[string, number] | null>((m, p) => (!m || p[1] > m[1] ? p : m), null);
    return {
      rows: rowsOf(points),
      inputs: (row) => use('rrp', points, row.date),
      details(row) {
        return [
          {
            id: 'drawdown_from_2022_peak',
            label: texts('ind_rrp_detail_drawdown_from_2022_peak'),
            value: peak && row.value !== null ? ((row.value - peak[1]) / peak[1]) * 100 : null,
            unit: 'pct',
            ...(peak ? { asOf: peak[0], note: say('note_peak', peak[1].toFixed(3), peak[0]) } : { note: say('note_no_2022') }),
          },
        ];
      },
    };
  },
};
