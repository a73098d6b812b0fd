import { valueOn } from '../series';
import { clean, sameDay, use } from './helpers';
import type { Detail, IndicatorDef } from './types';

export const sofrIorb: IndicatorDef = {
  id: 'sofr_iorb',
  unit: 'bp',
  labels: { en: 'SOFR − IORB spread', zh_TW: 'SOFR − IORB 利差', zh_CN: 'SOFR − IORB 利差' },
  explain: {
    en: 'Banks earn IORB risk-free on reserves, so repo trading above it means cash is scarce enough that lenders can charge more than the Fed pays.',
    zh_TW: '銀行把準備金放在聯準會可無風險賺取 IORB；回購利率高於 IORB，表示現金稀缺到出借方能要價高於聯準會付的利息。',
    zh_CN: '银行把准备金放在美联储可无风险赚取 IORB；回购利率高于 IORB，表示现金稀缺到出借方能要价高于美联储付的利息。',
  },
  method: 'SOFR minus the interest rate on reserve balances in force that day, in basis points (SOFR from the NY Fed, IORB from the Federal Reserve Board via FRED).',
  inputs: ['sofr', 'iorb'],
  thresholds: [{ value: 0, label: { en: 'SOFR = IORB', zh_TW: 'SOFR = IORB', zh_CN: 'SOFR = IORB' } }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const sofr = ctx.series('sofr');
    const iorb = ctx.series('iorb');
    const p99 = ctx.series('sofr_p99');
    const volume = ctx.series('sofr_volume');
    const rows = sameDay(sofr, iorb, (s, i) => clean((s - i) * 100));
    return {
      rows,
      ...(rows.length === 0 ? { missing: 'no day with both SOFR and IORB' } : {}),
      inputs: (row) => [...use('sofr', sofr, row.date), ...use('iorb', iorb, row.date)],
      details(row) {
        const i = valueOn(iorb, row.date);
        const tail = valueOn(p99, row.date);
        const out: Detail[] = [
          { id: 'sofr', label: { en: 'SOFR', zh_TW: 'SOFR', zh_CN: 'SOFR' }, value: valueOn(sofr, row.date) ?? null, unit: 'pct', asOf: row.date },
          { id: 'iorb', label: { en: 'IORB', zh_TW: 'IORB', zh_CN: 'IORB' }, value: i ?? null, unit: 'pct', asOf: row.date },
        ];
        if (tail !== undefined && i !== undefined) {
          out.push({ id: 'p99_minus_iorb', label: { en: 'SOFR 99th percentile − IORB', zh_TW: 'SOFR 第 99 百分位 − IORB', zh_CN: 'SOFR 第 99 百分位 − IORB' }, value: clean((tail - i) * 100), unit: 'bp', asOf: row.date });
        }
        const v = valueOn(volume, row.date);
        if (v !== undefined) out.push({ id: 'sofr_volume', label: { en: 'SOFR volume', zh_TW: 'SOFR 成交量', zh_CN: 'SOFR 成交量' }, value: v, unit: 'usd_bn', asOf: row.date });
        return out;
      },
    };
  },
};
