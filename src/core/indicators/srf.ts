import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

/** Business days the gauge and the hover card look back over for SRF use. */
export const SRF_WINDOW = 5;

export const srf: IndicatorDef = {
  id: 'srf',
  unit: 'usd_bn',
  labels: { en: 'Standing Repo Facility take-up', zh_TW: '常備回購工具使用量', zh_CN: '常备回购工具使用量' },
  explain: {
    en: 'Cash banks and dealers borrow from the Fed’s standing repo backstop against Treasuries and agency bonds: use beyond test amounts means the market could not supply it.',
    zh_TW: '銀行與交易商以公債及機構債向聯準會常備回購工具借入的現金；超過測試金額的使用代表市場供應不足。',
    zh_CN: '银行与交易商以国债及机构债向美联储常备回购工具借入的现金；超过测试金额的使用代表市场供应不足。',
  },
  method:
    'Accepted amount of the New York Fed’s overnight repo operations each business day, morning and afternoon, leaving out Small Value Exercises (NY Fed operation results; FRED RPONTSYD, Treasury collateral only, where the NY Fed is down or for history). USD billions.',
  inputs: ['srf'],
  thresholds: [{ value: 0, label: { en: 'no use', zh_TW: '未使用', zh_CN: '未使用' } }],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('srf');
    return {
      rows: rowsOf(points),
      inputs: (row) => use('srf', points, row.date),
      details(row) {
        const i = points.findIndex(([d]) => d === row.date);
        const window = points.slice(Math.max(0, i - SRF_WINDOW + 1), i + 1);
        return [
          {
            id: 'max_5d',
            label: { en: `Largest day of the last ${SRF_WINDOW}`, zh_TW: `最近 ${SRF_WINDOW} 個營業日最大值`, zh_CN: `最近 ${SRF_WINDOW} 个营业日最大值` },
            value: window.length ? Math.max(...window.map(([, v]) => v)) : null,
            unit: 'usd_bn',
            ...(window.length ? { asOf: window[0]![0] } : {}),
          },
        ];
      },
    };
  },
};
