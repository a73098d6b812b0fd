import { texts } from '../messages';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const tga: IndicatorDef = {
  id: 'tga',
  unit: 'usd_bn',
  labels: texts('ind_tga_name'),
  explain: texts('ind_tga_explain'),
  method: 'Closing balance of the Treasury General Account from the Daily Treasury Statement (Table I), continuous across the 2021 and 2022 account renames; FRED WTREGEN (H.4.1 week average) fills dates the statement does not cover. USD billions.',
  inputs: ['tga'],
  thresholds: [],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('tga');
    return { rows: rowsOf(points), inputs: (row) => use('tga', points, row.date), details: () => [] };
  },
};
