/**
 * Tri-party general collateral repo (TGCR) against IORB, the same business day: the gauge the Dallas Fed's
 * Lorie Logan proposed, since cash lenders in tri-party repo are mostly money funds with no access to IORB —
 * when TGCR trades above IORB, banks would rather keep reserves than lend them, so reserves are no longer ample.
 */
import { say } from '../say';
import { texts } from '../messages';
import { valueOn } from '../series';
import { administeredFor, againstAdministered, clean, use, useHeld } from './helpers';
import type { Detail, IndicatorDef } from './types';

export const tgcrIorb: IndicatorDef = {
  id: 'tgcr_iorb',
  unit: 'bp',
  labels: texts('ind_tgcr_iorb_name'),
  explain: texts('ind_tgcr_iorb_explain'),
  method: texts('method_tgcr_iorb'),
  inputs: ['tgcr', 'iorb'],
  thresholds: [{ value: 0, label: texts('ind_tgcr_iorb_threshold_1') }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const tgcr = ctx.series('tgcr');
    const iorb = ctx.series('iorb');
    const rows = againstAdministered(tgcr, iorb, (t, i) => clean((t - i) * 100), 'IORB');
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_no_tgcr') } : {}),
      inputs: (row) => [...use('tgcr', tgcr, row.date), ...useHeld('iorb', administeredFor(iorb, row))],
      details(row) {
        const held = administeredFor(iorb, row);
        const i = held?.[1];
        const out: Detail[] = [{ id: 'tgcr', label: texts('ind_tgcr_iorb_detail_tgcr'), value: valueOn(tgcr, row.date) ?? null, unit: 'pct', asOf: row.date }];
        if (held) out.push({ id: 'iorb', label: texts('ind_sofr_iorb_detail_iorb'), value: held[1], unit: 'pct', asOf: held[0] });
        const v = valueOn(ctx.series('tgcr_volume'), row.date);
        if (v !== undefined) out.push({ id: 'tgcr_volume', label: texts('ind_tgcr_iorb_detail_volume'), value: v, unit: 'usd_bn', asOf: row.date });
        return out;
      },
    };
  },
};
