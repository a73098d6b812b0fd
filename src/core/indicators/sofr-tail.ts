/**
 * SOFR's 99th percentile against IORB, the same business day: where strain shows first, since the last
 * percent of the day's volume trades above the rest before the median moves (17 Sep 2019, the 2025 quarter-ends).
 */
import { say } from '../say';
import { texts } from '../messages';
import { valueOn } from '../series';
import { administeredDate, againstAdministered, clean, use } from './helpers';
import type { Detail, IndicatorDef } from './types';

export const sofrTail: IndicatorDef = {
  id: 'sofr_tail',
  unit: 'bp',
  labels: texts('ind_sofr_tail_name'),
  explain: texts('ind_sofr_tail_explain'),
  method: texts('method_sofr_tail'),
  inputs: ['sofr_p99', 'iorb'],
  thresholds: [{ value: 10, label: texts('ind_sofr_tail_threshold_1') }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const p99 = ctx.series('sofr_p99');
    const iorb = ctx.series('iorb');
    const rows = againstAdministered(p99, iorb, (p, i) => clean((p - i) * 100), 'IORB');
    const iorbOn = (date: string) => administeredDate(iorb, date) ?? date;
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_no_percentiles') } : {}),
      inputs: (row) => [...use('sofr_p99', p99, row.date), ...(row.value === null ? [] : use('iorb', iorb, iorbOn(row.date)))],
      details(row) {
        const i = row.value === null ? undefined : valueOn(iorb, iorbOn(row.date));
        const out: Detail[] = [{ id: 'sofr_p99', label: texts('ind_sofr_tail_detail_p99'), value: valueOn(p99, row.date) ?? null, unit: 'pct', asOf: row.date }];
        if (i !== undefined) out.push({ id: 'iorb', label: texts('ind_sofr_iorb_detail_iorb'), value: i, unit: 'pct', asOf: iorbOn(row.date) });
        const median = valueOn(ctx.series('sofr'), row.date);
        if (median !== undefined && i !== undefined) {
          out.push({ id: 'sofr_minus_iorb', label: texts('ind_sofr_tail_detail_median'), value: clean((median - i) * 100), unit: 'bp', asOf: row.date });
        }
        return out;
      },
    };
  },
};
