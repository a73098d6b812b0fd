/** A calendar date as the publishers write it: 'YYYY-MM-DD'. */
export type IsoDate = string;

/** One observation, value already in the series' normalised unit. */
export type Point = [IsoDate, number];

/** Units of the public contract (popup, badges, tests and export rely on these strings). */
export type Unit = 'usd_bn' | 'pct' | 'bp' | 'usd_bn_per_month' | 'months';

/** Units a secondary figure may also use. */
export type DetailUnit = Unit | 'pp' | 'pct_per_year' | 'days';

export type Lang = 'en' | 'zh_TW' | 'zh_CN';
export type Texts = Record<Lang, string>;
export const LANGS: readonly Lang[] = ['en', 'zh_TW', 'zh_CN'];

export const INDICATOR_IDS = [
  'reserves',
  'reserves_wed',
  'reserves_gdp',
  'rrp',
  'sofr_effr',
  'sofr_iorb',
  'sofr_tail',
  'tgcr_iorb',
  'sofr_volume',
  'fed_assets',
  'balance_sheet_pace',
  'tga',
  'net_liquidity',
  'total_liquidity',
  'srf',
  'runway',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export function isIndicatorId(x: unknown): x is IndicatorId {
  return typeof x === 'string' && (INDICATOR_IDS as readonly string[]).includes(x);
}
