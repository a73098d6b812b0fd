import { say } from '../say';
import { texts } from '../messages';
import { pointAtOrBefore, valueOn } from '../series';
import type { Point } from '../types';
import type { Detail, IndicatorDef, InputUse, Row } from './types';
import { trimLeadingGaps } from './helpers';

/**
 * TGA and RRP are read on the H.4.1 Wednesday, or the last business day before it (holidays). The TGA is the
 * H.4.1's own Wednesday level (FRED WDTGAL) where it is held, else the Daily Treasury Statement's closing balance
 * that day; the details say which one each number is.
 */
const MAX_DAYS_BACK = 3;

export const netLiquidity: IndicatorDef = {
  id: 'net_liquidity',
  unit: 'usd_bn',
  labels: texts('ind_net_liquidity_name'),
  explain: texts('ind_net_liquidity_explain'),
  method: texts('method_net_liquidity'),
  inputs: ['fed_assets', 'tga_wed', 'tga', 'rrp'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const assets = ctx.series('fed_assets');
    const daily = ctx.series('tga');
    const wednesday = ctx.series('tga_wed');
    const rrp = ctx.series('rrp');
    const tgaOn = (date: string): { p: Point; key: 'tga' | 'tga_wed' } | undefined => {
      const w = valueOn(wednesday, date);
      if (w !== undefined) return { p: [date, w], key: 'tga_wed' };
      const d = pointAtOrBefore(daily, date, MAX_DAYS_BACK);
      return d && { p: d, key: 'tga' };
    };
    const parts = (date: string) => ({ t: tgaOn(date), r: pointAtOrBefore(rrp, date, MAX_DAYS_BACK) });
    const rows: Row[] = assets.map(([date, a]) => {
      const { t, r } = parts(date);
      if (!t || !r) return { date, value: null, reason: say('reason_not_available', !t ? 'TGA' : 'RRP', date) };
      return { date, value: a - t.p[1] - r[1] };
    });
    const inputs = (row: Row): InputUse[] => {
      const { t, r } = parts(row.date);
      const a = valueOn(assets, row.date);
      const out: InputUse[] = [];
      if (a !== undefined) out.push({ key: 'fed_assets', date: row.date, value: a });
      if (t) out.push({ key: t.key, date: t.p[0], value: t.p[1] });
      if (r) out.push({ key: 'rrp', date: r[0], value: r[1] });
      return out;
    };
    return {
      rows: trimLeadingGaps(rows),
      inputs,
      details(row) {
        const labels = {
          fed_assets: texts('ind_net_liquidity_detail_fed_assets'),
          tga: texts('ind_net_liquidity_detail_tga'),
          tga_wed: texts('ind_net_liquidity_detail_tga'),
          rrp: texts('ind_net_liquidity_detail_rrp'),
        } as const;
        return inputs(row).map((u): Detail => ({
          id: u.key === 'tga_wed' ? 'tga' : u.key,
          label: labels[u.key as keyof typeof labels],
          value: u.value,
          unit: 'usd_bn',
          asOf: u.date,
          ...(u.key === 'tga_wed' ? { note: say('note_tga_wednesday_level') } : u.key === 'tga' ? { note: say('note_tga_daily_close') } : {}),
        }));
      },
    };
  },
};
