import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const rrp: IndicatorDef = {
  id: 'rrp',
  unit: 'usd_bn',
  labels: { en: 'Overnight reverse repo (ON RRP)', zh_TW: '隔夜逆回購 (ON RRP)', zh_CN: '隔夜逆回购 (ON RRP)' },
  explain: {
    en: 'Cash money funds park at the Fed overnight: a buffer of spare liquidity that has been almost entirely drained since its 2022 peak.',
    zh_TW: '貨幣市場基金隔夜存放在聯準會的現金，是多餘流動性的緩衝，自 2022 年高峰以來幾乎耗盡。',
    zh_CN: '货币市场基金隔夜存放在美联储的现金，是多余流动性的缓冲，自 2022 年高峰以来几乎耗尽。',
  },
  method:
    'Accepted amount of the New York Fed’s overnight reverse repo operation each business day (NY Fed operation results; FRED RRPONTSYD where the NY Fed is down or for history), in USD billions. The drawdown compares with the highest take-up of 2022.',
  inputs: ['rrp'],
  thresholds: [{ value: 50, label: { en: 'nearly empty ($50B)', zh_TW: '接近見底 (500 億美元)', zh_CN: '接近见底 (500 亿美元)' } }],
  better: 'up',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('rrp');
    const peak = points.filter(([d]) => d >= '2022-01-01' && d <= '2022-12-31').reduce<[string, number] | null>((m, p) => (!m || p[1] > m[1] ? p : m), null);
    return {
      rows: rowsOf(points),
      inputs: (row) => use('rrp', points, row.date),
      details(row) {
        return [
          {
            id: 'drawdown_from_2022_peak',
            label: { en: 'Change from the 2022 peak', zh_TW: '較 2022 年高峰變化', zh_CN: '较 2022 年高峰变化' },
            value: peak && row.value !== null ? ((row.value - peak[1]) / peak[1]) * 100 : null,
            unit: 'pct',
            ...(peak ? { asOf: peak[0], note: `peak ${peak[1].toFixed(3)} bn on ${peak[0]}` } : { note: 'no 2022 data held' }),
          },
        ];
      },
    };
  },
};
