/** Numbers with their units, in the reader's language. Pure; shared by the popup, badges and `npm start`. */
import type { DetailUnit, Lang } from './types';

const MINUS = '\u2212';

/** |x| with `digits` decimals in the reader's locale; `trim` drops trailing zeros ("10", not "10.00"). */
function fixed(x: number, digits: number, lang: Lang, trim = false): string {
  return Math.abs(x).toLocaleString(lang === 'en' ? 'en-US' : lang === 'zh_TW' ? 'zh-TW' : 'zh-CN', {
    minimumFractionDigits: trim ? 0 : digits,
    maximumFractionDigits: digits,
  });
}

function sign(x: number, always: boolean): string {
  return x < 0 ? MINUS : always && x > 0 ? '+' : '';
}

/**
 * USD billions: "$2.97T", "$6.5B", "$3M"; 2.97 兆美元 / 65 億美元 / 300 萬美元 (TW);
 * 2.97 万亿美元 / 65 亿美元 / 300 万美元 (CN). Amounts under $1B are shown in millions so a
 * small take-up never reads as zero.
 */
function usd(bn: number, lang: Lang, signed: boolean, trim: boolean): string {
  const s = sign(bn, signed);
  const a = Math.abs(bn);
  if (lang === 'en') {
    if (a >= 1000) return `${s}$${fixed(a / 1000, 2, lang, trim)}T`;
    if (a >= 1 || a === 0) return `${s}$${fixed(a, a >= 100 || a === 0 ? 0 : 1, lang, trim)}B`;
    return `${s}$${fixed(a * 1000, a >= 0.01 ? 0 : 1, lang, true)}M`;
  }
  const [tr, yi, wan] = lang === 'zh_TW' ? ['兆', '億', '萬'] : ['万亿', '亿', '万'];
  if (a >= 1000) return `${s}${fixed(a / 1000, 2, lang, trim)} ${tr}美元`;
  if (a >= 0.1 || a === 0) return `${s}${fixed(a * 10, a >= 10 || a === 0 ? 0 : 1, lang, trim)} ${yi}美元`;
  return `${s}${fixed(a * 100_000, 0, lang)} ${wan}美元`;
}

/**
 * USD billions of $1B or more in billions (一億 in Chinese), as the publishers print them: an article's $2.96T
 * beside the data's $2,966.1B; `decimals` of the amount in billions (default one).
 */
function usdBillions(a: number, s: string, lang: Lang, decimals?: number): string {
  return lang === 'en'
    ? `${s}$${fixed(a, decimals ?? 1, lang)}B`
    : `${s}${fixed(a * 10, Math.max(0, (decimals ?? (a >= 10 ? 1 : 2)) - 1), lang)} ${lang === 'zh_TW' ? '億' : '亿'}美元`;
}

export interface FormatOptions {
  /** Always show the sign (changes, spreads). */
  signed?: boolean;
  /** Drop trailing zeros: for thresholds such as "10%" or "$50B". */
  compact?: boolean;
  /** Dollar amounts in billions, not rounded to a short form (checking an article's figure). */
  precise?: boolean;
  /** With `precise`: decimals of the amount in billions (default one). */
  decimals?: number;
}

export function formatValue(value: number | null, unit: DetailUnit, lang: Lang = 'en', opts: FormatOptions = {}): string {
  const signed = opts.signed ?? false;
  if (opts.precise && unit === 'usd_bn' && value !== null && Math.abs(value) >= 1 && Number.isFinite(value)) return usdBillions(Math.abs(value), sign(value, signed), lang, opts.decimals);
  return formatShort(value, unit, lang, signed, opts.compact ?? false);
}

/** formatValue without `precise`: all a change needs (the content script imports no more than this). */
function formatShort(value: number | null, unit: DetailUnit, lang: Lang, signed: boolean, trim: boolean): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'usd_bn':
      return usd(value, lang, signed, trim);
    case 'usd_bn_per_month':
      return lang === 'en' ? `${usd(value, lang, true, trim)}/mo` : `每月 ${usd(value, lang, true, trim)}`;
    case 'pct':
      return `${sign(value, signed)}${fixed(value, 2, lang, trim)}%`;
    case 'pp':
      return `${sign(value, true)}${fixed(value, 2, lang)} ${lang === 'en' ? 'pp' : lang === 'zh_TW' ? '個百分點' : '个百分点'}`;
    case 'pct_per_year':
      return `${sign(value, signed)}${fixed(value, 1, lang)}%${lang === 'en' ? '/yr' : '／年'}`;
    case 'bp':
      return `${sign(value, true)}${fixed(value, Number.isInteger(Math.round(value * 100) / 100) ? 0 : 1, lang)} ${lang === 'en' ? 'bp' : lang === 'zh_TW' ? '基點' : '基点'}`;
    case 'months':
      return `${fixed(value, 1, lang)} ${lang === 'en' ? 'months' : lang === 'zh_TW' ? '個月' : '个月'}`;
    case 'days':
      return `${fixed(value, 0, lang)} ${lang === 'en' ? (value === 1 ? 'day' : 'days') : '天'}`;
  }
}

/** A change in the value's own unit; percent values change in percentage points. */
export function formatChange(change: number | null, unit: DetailUnit, lang: Lang = 'en'): string {
  return formatShort(change, unit === 'pct' ? 'pp' : unit, lang, true, false);
}
