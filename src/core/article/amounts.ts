/**
 * Figures with a unit in text, in the units the indicators use: USD billions (`$2.96 trillion`, `$600bn`,
 * `US$210.7 million`, `2.96 兆美元`, `2.9 萬億美元`, `6,000 億美元`, `4,600 億`), percent (`9.71%`, `4.24厘`) and
 * basis points (`19 bps`, `19 個基點`, `minus 5 basis points`, `負 5 個基點`). Each figure keeps one unit of its last significant digit (`step`):
 * 2.96 trillion → $10B; 6,000 億 → $100B, as trailing zeros of an integer are not significant.
 * Text is read as folded by the term matcher (full-width digits and signs as half-width, same length).
 */
import { ZH_POINT_DECIMAL } from './limits';
export type AmountUnit = 'usd_bn' | 'pct' | 'bp';

export interface Amount {
  /** Span of the figure and its unit in the text. */
  start: number;
  end: number;
  value: number;
  unit: AmountUnit;
  /** One unit of the last significant digit, in `unit`. */
  step: number;
  /** As written, e.g. "2.96 兆美元". */
  text: string;
  /** An explicit sign was written (+19 bp, −0.14%). */
  signed: boolean;
  /** Written in 厘 (Hong Kong's way of writing an interest rate). */
  li?: boolean;
  /** No currency was written after a Chinese scale word (4,600 億): dollars only by context. */
  bare?: boolean;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A written sign: −, +, or the word ("minus 5 basis points", "負 5 個基點"). */
const SIGN = String.raw`(?:(?<![\d.])[-−+]|\b(?:minus|negative|plus)\s+|[負负正]\s*)?`;
const NEGATIVE = /^(?:[-−]|minus|negative|[負负])/i;
const SIGNED = /^(?:[-−+]|minus|negative|plus|[負负正])/i;
/** USD billions per scale word. */
const SCALE: Record<string, number> = {
  trillion: 1000, trn: 1000, tn: 1000, tln: 1000, t: 1000, billion: 1, bn: 1, bln: 1, b: 1, million: 0.001, mn: 0.001, mln: 0.001, m: 0.001,
  兆: 1000, 萬億: 1000, 万亿: 1000, 千億: 100, 千亿: 100, 億: 0.1, 亿: 0.1,
};

const FORMS: Array<{ re: RegExp; unit: AmountUnit }> = [
  // $2.96 trillion, US$210.7 million, $600bn, $2.96T, USD 3 trillion, USD2.4trn (a research note's trillion), "$ 286 billion" (a space after the sign) — not HK$, NT$, A$, C$, S$ (other dollars)
  { re: new RegExp(String.raw`(?<![A-Za-z])(?:US\$|\$|USD)\s?(${NUM})\s?(trillion|billion|million|trn|tn|tln|bn|bln|mn|mln|t|b|m)(?![A-Za-z])(?:\s+(?:U\.?S\.?\s+)?dollars)?`, 'gi'), unit: 'usd_bn' },
  // 2.96 trillion dollars
  { re: new RegExp(String.raw`(${NUM})\s?(trillion|billion|million)\s+(?:U\.?S\.?\s+)?dollars`, 'gi'), unit: 'usd_bn' },
  // 2.96 兆美元, 2.9 萬億美元, 6,000 億美元; 4,600 億 (no currency: decided by the caller from context); $6.5兆, the
  // sign before the scale word (translated posts): the figure starts at the sign, so 約 / 減少了 right before it are its words
  { re: new RegExp(String.raw`(?:(?<![A-Za-z])(?:US\$|\$)\s?)?(${NUM})\s*(兆|萬億|万亿|千億|千亿|億|亿)\s*(美元|美金)?(?!\s*(?:元|人民幣|人民币|人幣|人币|港元|港幣|港币|日圓|日元|日円|歐元|欧元|英鎊|英镑|台幣|台币|新台幣|韓元|韩元))`, 'g'), unit: 'usd_bn' },
  // 9.71%, 9.7 %, 5 percent; 4.24厘
  { re: new RegExp(String.raw`${SIGN}(${NUM})\s?(%|percent(?!age)|per cent|厘(?!米))`, 'g'), unit: 'pct' },
  // 19 basis points, 19bp, 19 bps, 19 個基點
  { re: new RegExp(String.raw`${SIGN}(${NUM})\s?(basis points?|bps?(?![A-Za-z])|個基點|个基点|基點|基点)`, 'gi'), unit: 'bp' },
];

/** Currencies other than the US dollar written after a Chinese amount. */
const OTHER_CURRENCY = String.raw`(?!\s*(?:元|人民幣|人民币|人幣|人币|港元|港幣|港币|日圓|日元|日円|歐元|欧元|英鎊|英镑|台幣|台币|新台幣|韓元|韩元))`;
/** One Chinese amount in two scales, as Duckling composes 一万两千: 7兆3,215億美元 is $7,321.5B, 2萬億3千億 $2,300B. */
const COMPOUND = new RegExp(String.raw`(${NUM})\s*(兆|萬億|万亿)\s*(${NUM})\s*(千億|千亿|億|亿)\s*(美元|美金)?${OTHER_CURRENCY}`, 'g');

/** Drops binary noise (2.96 × 1000, 0.1 × 0.1) without touching a written digit. */
const round = (x: number) => Number(x.toPrecision(12));

/** One unit of the last significant digit of a written number (trailing zeros of an integer are not significant). */
export function stepOf(written: string): number {
  const n = written.replace(/,/g, '');
  const dot = n.indexOf('.');
  if (dot >= 0) return 10 ** -(n.length - dot - 1);
  const zeros = /0*$/.exec(n)![0].length;
  return 10 ** Math.min(zeros, n.length - 1);
}

const zhDigit = (c: string) => ('〇○零'.includes(c) ? '0' : '一二三四五六七八九'.indexOf(c) >= 0 ? String('一二三四五六七八九'.indexOf(c) + 1) : '.');

/** Every figure with a unit, in text order, without overlaps (the longer form wins). */
export function readAmounts(text: string): Amount[] {
  text = text.replace(ZH_POINT_DECIMAL, (m) => [...m].map(zhDigit).join(''));
  const found: Amount[] = [];
  for (const { re, unit } of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const written = m[1]!;
      const word = m[2]!;
      const scale = unit === 'usd_bn' ? SCALE[word.toLowerCase()]! : 1;
      const negative = NEGATIVE.test(m[0]);
      const magnitude = round(Number(written.replace(/,/g, '')) * scale);
      const a: Amount = {
        start: m.index,
        end: m.index + m[0].length,
        value: negative ? -magnitude : magnitude,
        unit,
        step: round(stepOf(written) * scale),
        text: m[0],
        signed: SIGNED.test(m[0]),
      };
      if (word === '厘') a.li = true;
      if (unit === 'usd_bn' && /[兆億亿]$/.test(word) && !m[3] && !m[0].includes('$')) a.bare = true;
      found.push(a);
    }
  }
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(text); m; m = COMPOUND.exec(text)) {
    const [high, low] = [Number(m[1]!.replace(/,/g, '')) * SCALE[m[2]!]!, Number(m[3]!.replace(/,/g, '')) * SCALE[m[4]!]!];
    // The smaller part must fit under the larger scale's unit (7兆3,215億: 321.5 < 1,000), else they are two figures.
    if (low >= SCALE[m[2]!]!) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: round(high + low), unit: 'usd_bn', step: round(stepOf(m[3]!) * SCALE[m[4]!]!), text: m[0], signed: false, ...(m[5] ? {} : { bare: true }) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((a, i) => !found.slice(0, i).some((b) => a.start < b.end && b.start < a.end));
}
