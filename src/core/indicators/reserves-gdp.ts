import { quarterStart } from '../dates';
import { gdpPublishedBy, gdpReleaseDate } from '../gdp';
import { valueOn } from '../series';
import type { Detail, IndicatorDef, Row } from './types';
import { trimLeadingGaps, use } from './helpers';

export const reservesGdp: IndicatorDef = {
  id: 'reserves_gdp',
  unit: 'pct',
  labels: { en: 'Reserves / GDP', zh_TW: '準備金占 GDP 比率', zh_CN: '准备金占 GDP 比率' },
  explain: {
    en: 'Bank reserves as a share of the economy: about 10% is the line Fed officials treat as "ample", and the repo market broke near 6.5% in September 2019.',
    zh_TW: '銀行準備金占經濟規模的比率：約 10% 是聯準會視為「充足」的門檻，2019 年 9 月回購市場在約 6.5% 時失靈。',
    zh_CN: '银行准备金占经济规模的比率：约 10% 是美联储视为“充足”的门槛，2019 年 9 月回购市场在约 6.5% 时失灵。',
  },
  method:
    'Weekly reserves (WRESBAL) ÷ nominal GDP (SAAR) of the latest quarter the BEA had published by that week, × 100. ' +
    'A quarter counts as published from the last day of the month after it ends, or its actual release date when a shutdown delayed it; values are FRED’s current vintage.',
  inputs: ['reserves', 'gdp'],
  thresholds: [
    { value: 10, label: { en: 'ample line (10%)', zh_TW: '充足門檻 (10%)', zh_CN: '充足门槛 (10%)' } },
    { value: 7, label: { en: 'Sept 2019 stress (~7%, data ≈ 6.5%)', zh_TW: '2019 年 9 月壓力 (約 7%，數據約 6.5%)', zh_CN: '2019 年 9 月压力 (约 7%，数据约 6.5%)' } },
  ],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const reserves = ctx.series('reserves');
    const gdp = ctx.series('gdp');
    const rows: Row[] = reserves.map(([date, r]) => {
      const g = gdpPublishedBy(gdp, date);
      return g ? { date, value: (r / g[1]) * 100 } : { date, value: null, reason: 'no GDP figure published by then' };
    });
    return {
      rows: trimLeadingGaps(rows),
      ...(reserves.length === 0 ? { missing: 'no reserves data' } : gdp.length === 0 ? { missing: 'no GDP data' } : {}),
      inputs(row) {
        const g = gdpPublishedBy(gdp, row.date);
        return [...use('reserves', reserves, row.date), ...(g ? [{ key: 'gdp' as const, date: g[0], value: g[1] }] : [])];
      },
      details(row) {
        const r = valueOn(reserves, row.date);
        const g = gdpPublishedBy(gdp, row.date);
        const out: Detail[] = [];
        if (r !== undefined) out.push({ id: 'reserves', label: { en: 'Reserves', zh_TW: '準備金', zh_CN: '准备金' }, value: r, unit: 'usd_bn', asOf: row.date });
        if (g) {
          out.push({
            id: 'gdp',
            label: { en: 'GDP used (SAAR)', zh_TW: '採用的 GDP（年化）', zh_CN: '采用的 GDP（年化）' },
            value: g[1],
            unit: 'usd_bn',
            asOf: g[0],
            note: `quarter starting ${g[0]}, published by ${gdpReleaseDate(g[0])}`,
          });
        }
        const q = quarterStart(row.date);
        const same = valueOn(gdp, q);
        if (r !== undefined && same !== undefined && g && g[0] !== q) {
          out.push({
            id: 'same_quarter',
            label: { en: 'With that quarter’s own GDP (known later)', zh_TW: '改用當季 GDP（事後才公布）', zh_CN: '改用当季 GDP（事后才公布）' },
            value: (r / same) * 100,
            unit: 'pct',
            asOf: q,
          });
        }
        return out;
      },
    };
  },
};
