import { gdpPublishedBy } from '../gdp';
import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const reserves: IndicatorDef = {
  id: 'reserves',
  unit: 'usd_bn',
  labels: { en: 'Bank reserves', zh_TW: '銀行準備金', zh_CN: '银行准备金' },
  explain: {
    en: 'The cash banks keep at the Federal Reserve, which settles payments and backs overnight lending.',
    zh_TW: '銀行存放在聯準會的現金，用於支付清算並支撐隔夜拆借。',
    zh_CN: '银行存放在美联储的现金，用于支付清算并支撑隔夜拆借。',
  },
  method: 'Reserve balances with Federal Reserve Banks, average of the week ending Wednesday (H.4.1 via FRED WRESBAL), in USD billions.',
  inputs: ['reserves'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const points = ctx.series('reserves');
    const gdp = ctx.series('gdp');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('reserves', points, row.date),
      details(row) {
        const g = gdpPublishedBy(gdp, row.date);
        return [
          {
            id: 'ample_line',
            label: { en: '10% of GDP would be', zh_TW: '占 GDP 10% 相當於', zh_CN: '占 GDP 10% 相当于' },
            value: g ? g[1] * 0.1 : null,
            unit: 'usd_bn',
            ...(g ? { asOf: g[0] } : {}),
            note: g ? 'GDP of the latest quarter published by then' : 'no GDP published by then',
          },
        ];
      },
    };
  },
};
