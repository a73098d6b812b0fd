import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const fedAssets: IndicatorDef = {
  id: 'fed_assets',
  unit: 'usd_bn',
  labels: { en: 'Fed balance sheet (total assets)', zh_TW: '聯準會資產負債表（總資產）', zh_CN: '美联储资产负债表（总资产）' },
  explain: {
    en: 'Everything the Fed owns, mostly Treasuries and mortgage bonds: it grows with QE and shrinks with QT.',
    zh_TW: '聯準會持有的全部資產，主要是美國公債與房貸債券：量化寬鬆時擴張，量化緊縮時縮減。',
    zh_CN: '美联储持有的全部资产，主要是美国国债与房贷债券：量化宽松时扩张，量化紧缩时缩减。',
  },
  method: 'Total assets of the Federal Reserve, Wednesday level (H.4.1 via FRED WALCL), in USD billions.',
  inputs: ['fed_assets'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const points = ctx.series('fed_assets');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('fed_assets', points, row.date),
      details(row) {
        const upTo = points.filter(([d]) => d <= row.date);
        const peak = upTo.reduce<[string, number] | null>((m, p) => (!m || p[1] > m[1] ? p : m), null);
        return [
          {
            id: 'change_from_peak',
            label: { en: 'Change from the peak', zh_TW: '較高峰變化', zh_CN: '较高峰变化' },
            value: peak && row.value !== null ? row.value - peak[1] : null,
            unit: 'usd_bn',
            ...(peak ? { asOf: peak[0], note: `peak ${peak[1].toFixed(0)} bn on ${peak[0]}` } : {}),
          },
        ];
      },
    };
  },
};
