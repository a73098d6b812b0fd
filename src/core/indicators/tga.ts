import { rowsOf, use } from './helpers';
import type { IndicatorDef } from './types';

export const tga: IndicatorDef = {
  id: 'tga',
  unit: 'usd_bn',
  labels: { en: 'Treasury General Account (TGA)', zh_TW: '財政部一般帳戶 (TGA)', zh_CN: '财政部一般账户 (TGA)' },
  explain: {
    en: 'The Treasury’s cash account at the Fed: when it fills up (tax receipts, debt sales) it drains reserves from banks, and when it is spent down it adds them back.',
    zh_TW: '美國財政部在聯準會的現金帳戶：餘額上升（稅收、發債）會抽走銀行準備金，花用時則回流。',
    zh_CN: '美国财政部在美联储的现金账户：余额上升（税收、发债）会抽走银行准备金，花用时则回流。',
  },
  method: 'Closing balance of the Treasury General Account from the Daily Treasury Statement (Table I), continuous across the 2021 and 2022 account renames; FRED WTREGEN (H.4.1 week average) fills dates the statement does not cover. USD billions.',
  inputs: ['tga'],
  thresholds: [],
  better: 'down',
  cadence: 'daily',
  compute(ctx) {
    const points = ctx.series('tga');
    return { rows: rowsOf(points), inputs: (row) => use('tga', points, row.date), details: () => [] };
  },
};
