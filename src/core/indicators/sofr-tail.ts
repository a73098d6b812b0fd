/**
 * SOFR's 99th percentile against IORB, the same business day: where strain shows first, since the last
 * percent of the day's volume trades above the rest before the median moves (17 Sep 2019, the 2025 quarter-ends).
 */
import { say } from '../say';
import { texts } from '../messages';
import { valueOn } from '../series';
import { administeredFor, againstAdministered, clean, use, useHeld } from './helpers';
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
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_no_percentiles') } : {}),
      inputs: (row) => [...use('sofr_p99', p99, row.date), ...useHeld('iorb', administeredFor(iorb, row))],
      details(row) {
        const held = administeredFor(iorb, row);
        const i = held?.[1];
        const out: Detail[] = [{ id: 'sofr_p99', label: texts('ind_sofr_tail_detail_p99'), value: valueOn(p99, row.date) ?? null, unit: 'pct', asOf: row.date }];
        if (held) out.push({ id: 'iorb', label: texts('ind_sofr_iorb_detail_iorb'), value: held[1], unit: 'pct', asOf: held[0] });
        const median = valueOn(ctx.series('sofr'), row.date);
        if (median !== undefined && i !== undefined) {
          out.push({ id: 'sofr_minus_iorb', label: texts('ind_sofr_tail_detail_median'), value: clean((median - i) * 100), unit: 'bp', asOf: row.date });
        }
        return out;
      },
    };
  },
};
