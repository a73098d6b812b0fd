import { say } from '../say';
import { texts } from '../messages';
import { addDays } from '../dates';
import { pointAtOrBefore, valueOn } from '../series';
import type { Point } from '../types';
import { trimLeadingGaps, use } from './helpers';
import type { IndicatorDef, Row } from './types';

/**
 * The week average of daily ON RRP over the seven days ending `wednesday`, each day carrying the
 * last operation's amount (an overnight trade done on Friday is outstanding until Monday) — the same
 * averaging as the H.4.1 week average of reserves it is added to. Null when any day is unknown.
 */
export function rrpWeekAverage(rrp: readonly Point[], wednesday: string): number | null {
  let sum = 0;
  for (let k = 6; k >= 0; k--) {
    const p = pointAtOrBefore(rrp, addDays(wednesday, -k), 4);
    if (!p) return null;
    sum += p[1];
  }
  return sum / 7;
}

export const totalLiquidity: IndicatorDef = {
  id: 'total_liquidity',
  unit: 'usd_bn',
  labels: texts('ind_total_liquidity_name'),
  explain: texts('ind_total_liquidity_explain'),
  method: texts('method_total_liquidity'),
  inputs: ['reserves', 'rrp'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const reserves = ctx.series('reserves');
    const rrp = ctx.series('rrp');
    const rows: Row[] = reserves.map(([date, r]) => {
      const avg = rrpWeekAverage(rrp, date);
      return avg === null ? { date, value: null, reason: say('reason_rrp_week_gap', date) } : { date, value: r + avg };
    });
    return {
      rows: trimLeadingGaps(rows),
      inputs: (row) => [...use('reserves', reserves, row.date), ...use('rrp', rrp, row.date)],
      details(row) {
        return [
          { id: 'reserves', label: texts('ind_total_liquidity_detail_reserves'), value: valueOn(reserves, row.date) ?? null, unit: 'usd_bn', asOf: row.date },
          { id: 'rrp_week_average', label: texts('ind_total_liquidity_detail_rrp_week_average'), value: rrpWeekAverage(rrp, row.date), unit: 'usd_bn', asOf: row.date },
        ];
      },
    };
  },
};
