import { addDays } from '../dates';
import { pointAtOrBefore, valueOn } from '../series';
import type { Point } from '../types';
import { trimLeadingGaps, use } from './helpers';
import type { IndicatorDef, Row } from './types';

/**
 * The week average of daily ON RRP over the seven days ending `wednesday`, each day carrying the
 * last operation's amount (an overnight trade done on Friday is outstanding until Monday) — the same
 * averaging as the H.4.1 week average of reserves it is added to. Null when any day is unknown.
 */
export function rrpWeekAverage(rrp: readonly Point[], wednesday: string): number | null {
  let sum = 0;
  for (let k = 6; k >= 0; k--) {
    const p = pointAtOrBefore(rrp, addDays(wednesday, -k), 4);
    if (!p) return null;
    sum += p[1];
  }
  return sum / 7;
}

export const totalLiquidity: IndicatorDef = {
  id: 'total_liquidity',
  unit: 'usd_bn',
  labels: { en: 'Reserves + RRP', zh_TW: '準備金＋逆回購', zh_CN: '准备金＋逆回购' },
  explain: {
    en: 'The two pools of spare cash together: bank reserves plus money parked in the reverse repo facility.',
    zh_TW: '兩個閒置現金池的合計：銀行準備金加上停在逆回購工具的資金。',
    zh_CN: '两个闲置现金池的合计：银行准备金加上停在逆回购工具的资金。',
  },
  method: 'Reserves (WRESBAL, week average ending Wednesday) + ON RRP averaged over the same seven days, each day carrying the last operation’s amount. USD billions.',
  inputs: ['reserves', 'rrp'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const reserves = ctx.series('reserves');
    const rrp = ctx.series('rrp');
    const rows: Row[] = reserves.map(([date, r]) => {
      const avg = rrpWeekAverage(rrp, date);
      return avg === null ? { date, value: null, reason: `ON RRP not known for every day of the week to ${date}` } : { date, value: r + avg };
    });
    return {
      rows: trimLeadingGaps(rows),
      inputs: (row) => [...use('reserves', reserves, row.date), ...use('rrp', rrp, row.date)],
      details(row) {
        return [
          { id: 'reserves', label: { en: 'Reserves', zh_TW: '準備金', zh_CN: '准备金' }, value: valueOn(reserves, row.date) ?? null, unit: 'usd_bn', asOf: row.date },
          { id: 'rrp_week_average', label: { en: 'ON RRP, week average', zh_TW: '隔夜逆回購（週平均）', zh_CN: '隔夜逆回购（周平均）' }, value: rrpWeekAverage(rrp, row.date), unit: 'usd_bn', asOf: row.date },
        ];
      },
    };
  },
};
