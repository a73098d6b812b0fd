import { say } from '../say';
import { texts } from '../messages';
import { valueOn } from '../series';
import { clean, sameDay, use } from './helpers';
import type { Detail, IndicatorDef } from './types';

// The spread counted as "SOFR above EFFR" by the gauge and the run-length figure.
import { SOFR_EFFR_ALERT_BP } from '../gauge-limits';
export { SOFR_EFFR_ALERT_BP };

export const sofrEffr: IndicatorDef = {
  id: 'sofr_effr',
  unit: 'bp',
  labels: texts('ind_sofr_effr_name'),
  explain: texts('ind_sofr_effr_explain'),
  method: texts('method_sofr_effr'),
  inputs: ['sofr', 'effr'],
  thresholds: [
    { value: 0, label: texts('ind_sofr_effr_threshold_1') },
    { value: SOFR_EFFR_ALERT_BP, label: texts('ind_sofr_effr_threshold_2') },
  ],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const sofr = ctx.series('sofr');
    const effr = ctx.series('effr');
    const rows = sameDay(sofr, effr, (s, e) => clean((s - e) * 100));
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_no_sofr_effr_day') } : {}),
      inputs: (row) => [...use('sofr', sofr, row.date), ...use('effr', effr, row.date)],
      details(row) {
        let run = 0;
        for (let i = rows.findIndex((r) => r.date === row.date); i >= 0 && (rows[i]!.value ?? -Infinity) > SOFR_EFFR_ALERT_BP; i--) run++;
        return [
          { id: 'sofr', label: texts('ind_sofr_effr_detail_sofr'), value: valueOn(sofr, row.date) ?? null, unit: 'pct', asOf: row.date },
          { id: 'effr', label: texts('ind_sofr_effr_detail_effr'), value: valueOn(effr, row.date) ?? null, unit: 'pct', asOf: row.date },
          {
            id: 'days_above_5bp',
            label: texts('ind_sofr_effr_detail_days_above_5bp'),
            value: run,
            unit: 'days',
            asOf: row.date,
          },
        ] satisfies Detail[];
      },
    };
  },
};
