/**
 * Reserve balances on the Wednesday itself (H.4.1, FRED WRBWFRBL), beside the week's average (reserves.ts):
 * the level the Fed's balance sheet and a Wednesday's news quote, which a tax date or a settlement can move
 * far from the week's average.
 */
import { texts } from '../messages';
import { valueOn } from '../series';
import { clean, rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const reservesWed: IndicatorDef = {
  id: 'reserves_wed',
  unit: 'usd_bn',
  labels: texts('ind_reserves_wed_name'),
  explain: texts('ind_reserves_wed_explain'),
  method: texts('method_reserves_wed'),
  inputs: ['reserves_wed'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const points = ctx.series('reserves_wed');
    const average = ctx.series('reserves');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('reserves_wed', points, row.date),
      details(row) {
        const avg = valueOn(average, row.date);
        const level = valueOn(points, row.date);
        return avg === undefined || level === undefined
          ? []
          : [{ id: 'minus_week_average', label: texts('ind_reserves_wed_detail_minus_average'), value: clean(level - avg, 3), unit: 'usd_bn', asOf: row.date }];
      },
    };
  },
};
