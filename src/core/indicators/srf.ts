import { texts } from '../messages';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

/** Business days the gauge and the hover card look back over for SRF use. */
export const SRF_WINDOW = 5;

export const srf: IndicatorDef = {
  id: 'srf',
  unit: 'usd_bn',
  labels: texts('ind_srf_name'),
  explain: texts('ind_srf_explain'),
  method: texts('method_srf'),
  inputs: ['srf'],
  thresholds: [{ value: 0, label: texts('ind_srf_threshold_1') }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('srf');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('srf', points, row.date),
      details(row) {
        const i = points.findIndex(([d]) => d === row.date);
        const window = points.slice(Math.max(0, i - SRF_WINDOW + 1), i + 1);
        return [
          {
            id: 'max_5d',
            label: texts('ind_srf_detail_max_5d', SRF_WINDOW),
            value: window.length ? Math.max(...window.map(([, v]) => v)) : null,
            unit: 'usd_bn',
            ...(window.length ? { asOf: window[0]![0] } : {}),
          },
        ];
      },
    };
  },
};
