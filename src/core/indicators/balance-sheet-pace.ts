import { say } from '../say';
import { texts } from '../messages';
import { addDays, MONTH_DAYS } from '../dates';
import { valueOn } from '../series';
import type { Point } from '../types';
import { use } from './helpers';
import type { IndicatorDef, Row } from './types';

/** Change over `days` (which must land exactly on an earlier weekly observation), per average month. */
export function pacePerMonth(points: readonly Point[], date: string, days: number): number | null {
  const now = valueOn(points, date);
  const then = valueOn(points, addDays(date, -days));
  return now === undefined || then === undefined ? null : (now - then) / (days / MONTH_DAYS);
}

export const balanceSheetPace: IndicatorDef = {
  id: 'balance_sheet_pace',
  unit: 'usd_bn_per_month',
  labels: texts('ind_balance_sheet_pace_name'),
  explain: texts('ind_balance_sheet_pace_explain'),
  method: texts('method_balance_sheet_pace'),
  inputs: ['fed_assets'],
  thresholds: [{ value: 0, label: texts('ind_balance_sheet_pace_threshold_1') }],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const assets = ctx.series('fed_assets');
    const rows: Row[] = [];
    for (const [date] of assets) {
      const v = pacePerMonth(assets, date, 91);
      if (v !== null) rows.push({ date, value: v });
      else if (rows.length) rows.push({ date, value: null, reason: say('reason_no_13_weeks') });
    }
    return {
      rows,
      inputs: (row) => [...use('fed_assets', assets, row.date), ...use('fed_assets', assets, addDays(row.date, -91))],
      details(row) {
        const four = pacePerMonth(assets, row.date, 28);
        return [
          { id: 'pace_4w', label: texts('ind_balance_sheet_pace_detail_pace_4w'), value: four, unit: 'usd_bn_per_month', asOf: row.date },
        ];
      },
    };
  },
};
