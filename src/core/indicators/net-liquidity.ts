import { say } from '../say';
import { texts } from '../messages';
import { pointAtOrBefore, valueOn } from '../series';
import type { Detail, IndicatorDef, InputUse, Row } from './types';
import { trimLeadingGaps } from './helpers';

/** TGA and RRP are read on the H.4.1 Wednesday, or the last business day before it (holidays). */
const MAX_DAYS_BACK = 3;

export const netLiquidity: IndicatorDef = {
  id: 'net_liquidity',
  unit: 'usd_bn',
  labels: texts('ind_net_liquidity_name'),
  explain: texts('ind_net_liquidity_explain'),
  method: texts('method_net_liquidity'),
  inputs: ['fed_assets', 'tga', 'rrp'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const assets = ctx.series('fed_assets');
    const tga = ctx.series('tga');
    const rrp = ctx.series('rrp');
    const parts = (date: string) => ({ t: pointAtOrBefore(tga, date, MAX_DAYS_BACK), r: pointAtOrBefore(rrp, date, MAX_DAYS_BACK) });
    const rows: Row[] = assets.map(([date, a]) => {
      const { t, r } = parts(date);
      if (!t || !r) return { date, value: null, reason: say('reason_not_available', !t ? 'TGA' : 'RRP', date) };
      return { date, value: a - t[1] - r[1] };
    });
    const inputs = (row: Row): InputUse[] => {
      const { t, r } = parts(row.date);
      const a = valueOn(assets, row.date);
      const out: InputUse[] = [];
      if (a !== undefined) out.push({ key: 'fed_assets', date: row.date, value: a });
      if (t) out.push({ key: 'tga', date: t[0], value: t[1] });
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
          rrp: texts('ind_net_liquidity_detail_rrp'),
        } as const;
        return inputs(row).map((u): Detail => ({ id: u.key, label: labels[u.key as keyof typeof labels], value: u.value, unit: 'usd_bn', asOf: u.date }));
      },
    };
  },
};
