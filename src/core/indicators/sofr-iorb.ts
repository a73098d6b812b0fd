import { say } from '../say';
import { texts } from '../messages';
import { valueOn } from '../series';
import { administeredFor, againstAdministered, clean, use, useHeld } from './helpers';
import type { Detail, IndicatorDef } from './types';

export const sofrIorb: IndicatorDef = {
  id: 'sofr_iorb',
  unit: 'bp',
  labels: texts('ind_sofr_iorb_name'),
  explain: texts('ind_sofr_iorb_explain'),
  method: texts('method_sofr_iorb'),
  inputs: ['sofr', 'iorb'],
  thresholds: [{ value: 0, label: texts('ind_sofr_iorb_threshold_1') }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const sofr = ctx.series('sofr');
    const iorb = ctx.series('iorb');
    const p99 = ctx.series('sofr_p99');
    const volume = ctx.series('sofr_volume');
    // IORB is administered: carried from its last observation only until the next FOMC decision.
    const rows = againstAdministered(sofr, iorb, (s, i) => clean((s - i) * 100), 'IORB');
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_no_sofr_iorb_day') } : {}),
      inputs: (row) => [...use('sofr', sofr, row.date), ...useHeld('iorb', administeredFor(iorb, row))],
      details(row) {
        const carried = administeredFor(iorb, row);
        const i = carried?.[1];
        const tail = valueOn(p99, row.date);
        const out: Detail[] = [
          { id: 'sofr', label: texts('ind_sofr_iorb_detail_sofr'), value: valueOn(sofr, row.date) ?? null, unit: 'pct', asOf: row.date },
          { id: 'iorb', label: texts('ind_sofr_iorb_detail_iorb'), value: i ?? null, unit: 'pct', asOf: carried?.[0] ?? row.date },
        ];
        if (tail !== undefined && i !== undefined) {
          out.push({ id: 'p99_minus_iorb', label: texts('ind_sofr_iorb_detail_p99_minus_iorb'), value: clean((tail - i) * 100), unit: 'bp', asOf: row.date });
        }
        const v = valueOn(volume, row.date);
        if (v !== undefined) out.push({ id: 'sofr_volume', label: texts('ind_sofr_iorb_detail_sofr_volume'), value: v, unit: 'usd_bn', asOf: row.date });
        return out;
      },
    };
  },
};
