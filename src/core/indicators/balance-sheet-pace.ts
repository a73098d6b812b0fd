import { addDays, MONTH_DAYS } from '../dates';
import { valueOn } from '../series';
import type { Point } from '../types';
import { use } from './helpers';
import type { IndicatorDef, Row } from './types';

/** Change over `days` (which must land exactly on an earlier weekly observation), per average month. */
export function pacePerMonth(points: readonly Point[], date: string, days: number): number | null {
  const now = valueOn(points, date);
  const then = valueOn(points, addDays(date, -days));
  return now === undefined || then === undefined ? null : (now - then) / (days / MONTH_DAYS);
}

export const balanceSheetPace: IndicatorDef = {
  id: 'balance_sheet_pace',
  unit: 'usd_bn_per_month',
  labels: { en: 'Balance-sheet pace (QT / QE)', zh_TW: '縮表／擴表速度', zh_CN: '缩表／扩表速度' },
  explain: {
    en: 'How fast the Fed’s balance sheet is changing: negative means quantitative tightening drains cash, positive means it is adding.',
    zh_TW: '聯準會資產負債表的變動速度：負值代表量化緊縮正在抽走現金，正值代表正在注入。',
    zh_CN: '美联储资产负债表的变动速度：负值代表量化紧缩正在抽走现金，正值代表正在注入。',
  },
  method: 'Change of total assets (WALCL) over the last 13 weeks, divided by 13 weeks in months (91 ÷ 30.44 days); the 4-week pace alongside. USD billions per month.',
  inputs: ['fed_assets'],
  thresholds: [{ value: 0, label: { en: 'no change', zh_TW: '持平', zh_CN: '持平' } }],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const assets = ctx.series('fed_assets');
    const rows: Row[] = [];
    for (const [date] of assets) {
      const v = pacePerMonth(assets, date, 91);
      if (v !== null) rows.push({ date, value: v });
      else if (rows.length) rows.push({ date, value: null, reason: 'no observation exactly 13 weeks earlier' });
    }
    return {
      rows,
      inputs: (row) => [...use('fed_assets', assets, row.date), ...use('fed_assets', assets, addDays(row.date, -91))],
      details(row) {
        const four = pacePerMonth(assets, row.date, 28);
        return [
          { id: 'pace_4w', label: { en: '4-week pace', zh_TW: '4 週速度', zh_CN: '4 周速度' }, value: four, unit: 'usd_bn_per_month', asOf: row.date },
        ];
      },
    };
  },
};
