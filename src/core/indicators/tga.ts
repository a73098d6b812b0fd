import { texts } from '../messages';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const tga: IndicatorDef = {
  id: 'tga',
  unit: 'usd_bn',
  labels: texts('ind_tga_name'),
  explain: texts('ind_tga_explain'),
  method: texts('method_tga'),
  inputs: ['tga'],
  thresholds: [],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('tga');
    return { rows: rowsOf(points), inputs: (row) => use('tga', points, row.date), details: () => [] };
  },
};
