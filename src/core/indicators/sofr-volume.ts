/** The volume of overnight Treasury repo underlying SOFR: how much secured funding the market needs each day. */
import { texts } from '../messages';
import { addDays } from '../dates';
import { pointAtOrBefore, valueOn } from '../series';
import { clean, rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

/** A year back; the observation used is the last within a week before that day (a gap in history is not a year). */
const YEAR_DAYS = 365;
const WEEK_DAYS = 7;

export const sofrVolume: IndicatorDef = {
  id: 'sofr_volume',
  unit: 'usd_bn',
  labels: texts('ind_sofr_volume_name'),
  explain: texts('ind_sofr_volume_explain'),
  method: texts('method_sofr_volume'),
  inputs: ['sofr_volume'],
  thresholds: [],
  better: 'neutral',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('sofr_volume');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('sofr_volume', points, row.date),
      details(row) {
        const now = valueOn(points, row.date);
        const yearAgo = pointAtOrBefore(points, addDays(row.date, -YEAR_DAYS), WEEK_DAYS);
        return now === undefined || !yearAgo
          ? []
          : [{ id: 'change_year', label: texts('ind_sofr_volume_detail_year'), value: clean(now - yearAgo[1], 3), unit: 'usd_bn', asOf: yearAgo[0] }];
      },
    };
  },
};
