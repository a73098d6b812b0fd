import { pointAtOrBefore, valueOn } from '../series';
import type { Detail, IndicatorDef, InputUse, Row } from './types';
import { trimLeadingGaps } from './helpers';

/** TGA and RRP are read on the H.4.1 Wednesday, or the last business day before it (holidays). */
const MAX_DAYS_BACK = 3;

export const netLiquidity: IndicatorDef = {
  id: 'net_liquidity',
  unit: 'usd_bn',
  labels: { en: 'Net liquidity', zh_TW: '淨流動性', zh_CN: '净流动性' },
  explain: {
    en: 'A market rule of thumb for the cash the Fed leaves in the system: its balance sheet minus the Treasury’s cash account and the reverse repo facility.',
    zh_TW: '市場常用的經驗指標：聯準會資產負債表減去財政部帳戶與逆回購，約等於留在金融體系的現金。',
    zh_CN: '市场常用的经验指标：美联储资产负债表减去财政部账户与逆回购，约等于留在金融体系的现金。',
  },
  method: 'Fed total assets (WALCL, Wednesday level) − TGA closing balance − ON RRP take-up, each read on that H.4.1 Wednesday (or the last business day before it). USD billions.',
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
      if (!t || !r) return { date, value: null, reason: `${!t ? 'TGA' : 'RRP'} not available for ${date}` };
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
          fed_assets: { en: 'Fed assets', zh_TW: '聯準會資產', zh_CN: '美联储资产' },
          tga: { en: '− TGA', zh_TW: '− 財政部帳戶', zh_CN: '− 财政部账户' },
          rrp: { en: '− ON RRP', zh_TW: '− 隔夜逆回購', zh_CN: '− 隔夜逆回购' },
        } as const;
        return inputs(row).map((u): Detail => ({ id: u.key, label: labels[u.key as keyof typeof labels], value: u.value, unit: 'usd_bn', asOf: u.date }));
      },
    };
  },
};
