import { valueOn } from '../series';
import { clean, sameDay, use } from './helpers';
import type { Detail, IndicatorDef } from './types';

/** The spread counted as "SOFR above EFFR" by the gauge and the run-length figure. */
export const SOFR_EFFR_ALERT_BP = 5;

export const sofrEffr: IndicatorDef = {
  id: 'sofr_effr',
  unit: 'bp',
  labels: { en: 'SOFR − EFFR spread', zh_TW: 'SOFR − EFFR 利差', zh_CN: 'SOFR − EFFR 利差' },
  explain: {
    en: 'Secured overnight borrowing against Treasuries should cost less than unsecured bank lending; when SOFR trades above EFFR, cash is getting scarce.',
    zh_TW: '以公債擔保的隔夜借款理應比銀行間無擔保拆借便宜；SOFR 高於 EFFR 代表現金開始吃緊。',
    zh_CN: '以国债担保的隔夜借款理应比银行间无担保拆借便宜；SOFR 高于 EFFR 代表现金开始吃紧。',
  },
  method: 'SOFR minus the effective federal funds rate for the same business day, in basis points (NY Fed reference rates; FRED SOFR/EFFR where the NY Fed is down or for history).',
  inputs: ['sofr', 'effr'],
  thresholds: [
    { value: 0, label: { en: 'zero', zh_TW: '零', zh_CN: '零' } },
    { value: SOFR_EFFR_ALERT_BP, label: { en: '+5 bp', zh_TW: '+5 基點', zh_CN: '+5 基点' } },
  ],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const sofr = ctx.series('sofr');
    const effr = ctx.series('effr');
    const rows = sameDay(sofr, effr, (s, e) => clean((s - e) * 100));
    return {
      rows,
      ...(rows.length === 0 ? { missing: 'no day with both SOFR and EFFR' } : {}),
      inputs: (row) => [...use('sofr', sofr, row.date), ...use('effr', effr, row.date)],
      details(row) {
        let run = 0;
        for (let i = rows.findIndex((r) => r.date === row.date); i >= 0 && (rows[i]!.value ?? -Infinity) > SOFR_EFFR_ALERT_BP; i--) run++;
        return [
          { id: 'sofr', label: { en: 'SOFR', zh_TW: 'SOFR', zh_CN: 'SOFR' }, value: valueOn(sofr, row.date) ?? null, unit: 'pct', asOf: row.date },
          { id: 'effr', label: { en: 'EFFR', zh_TW: 'EFFR', zh_CN: 'EFFR' }, value: valueOn(effr, row.date) ?? null, unit: 'pct', asOf: row.date },
          {
            id: 'days_above_5bp',
            label: { en: 'Business days in a row above +5 bp', zh_TW: '連續高於 +5 基點的營業日', zh_CN: '连续高于 +5 基点的营业日' },
            value: run,
            unit: 'days',
            asOf: row.date,
          },
        ] satisfies Detail[];
      },
    };
  },
};
