/**
 * The period a sentence talks about, in English and Chinese: a day (`on Sept. 17, 2019`, `2019 年 9 月 17 日`,
 * `today`), a month (`in January`, `今年 1 月`, `2019 年 9 月`, `last month`), a quarter (`2025 年第二季`,
 * `Q2 2025`), a year's peak (`at its 2022 peak`, `its end-2022 peak`), or the latest data (`this week`, `last week`, `上週`,
 * `截至本週`, `currently`, `目前`). Relative phrases are resolved against the article's date, and stay
 * unresolved without one. "Since …" phrases (`lowest since 2020`, `2020年10月以來`) and comparisons
 * (`than in 2019`, `比 2019 年`) qualify a comparison and are not periods; a bare year (`2019 年`, `in 2019`)
 * is not a period either, but it makes the sentence's own period uncertain (`past`), as do spans that reach
 * back beyond the latest data (`so far this year`, `over the past month`, `今年以來`).
 */
import { addDays, addMonths, isIsoDate, weekday } from '../dates';
import type { IsoDate } from '../types';

export type Period =
  | { kind: 'current' }
  | { kind: 'day'; date: IsoDate }
  | { kind: 'month'; from: IsoDate; to: IsoDate }
  | { kind: 'quarter'; from: IsoDate; to: IsoDate }
  | { kind: 'peak'; from: IsoDate; to: IsoDate };

export interface PeriodPhrase {
  start: number;
  end: number;
  /** null: relative, and there is no article date to resolve it against. */
  period: Period | null;
  /** Not a period of its own: a bare year or "at the time", which leaves an unstated past period. */
  past?: boolean;
  /** A "since …" phrase or a comparison: ignored. */
  aside?: boolean;
  /** The day data were released: an aside when its sentence names another day. */
  release?: boolean;
  /** A day said by pointing back to another ("the same day"): inferred, so what it dates is read loosely (never a ✗). */
  pointed?: boolean;
}

const MONTH_RE = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEAR = String.raw`((?:19|20)\d{2})`;
const ORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, first: 1, second: 2, third: 3, fourth: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** 周一 … 周日 (the text is folded to Simplified: 週 reads as 周). */
const ZH_WEEKDAY = String.raw`(?:周|星期|礼拜)([一二三四五六日天])`;
const ZH_DAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const monthEnd = (from: IsoDate) => addDays(addMonths(from, 1), -1);

function month(y: number, m: number): Period | null {
  const from = `${y}-${pad(m)}-01`;
  return isIsoDate(from) ? { kind: 'month', from, to: monthEnd(from) } : null;
}

function quarter(y: number, q: number): Extract<Period, { kind: 'quarter' }> {
  const from = `${y}-${pad((q - 1) * 3 + 1)}-01`;
  return { kind: 'quarter', from, to: addDays(addMonths(from, 3), -1) };
}

/** The year of the most recent month `m` (day `d`) on or before the article's date. */
function recentYear(article: IsoDate, m: number, d = 1): number {
  const y = Number(article.slice(0, 4));
  return `${y}-${pad(m)}-${pad(d)}` <= article ? y : y - 1;
}

type Read = (m: RegExpExecArray, article: IsoDate | null) => Omit<PeriodPhrase, 'start' | 'end'> | null;

/** In order of priority: a longer, more specific phrase wins over one it overlaps. */
const PHRASES: Array<[RegExp, Read]> = [
  // Since … / comparisons: asides.
  [new RegExp(String.raw`\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH_RE}\s+)?(?:\d{1,2},?\s+)?(?:${YEAR}|${MONTH_RE})`, 'gi'), () => ({ period: null, aside: true })],
  [new RegExp(String.raw`\bpost-(?:${MONTH_RE}\s*)?(?:${YEAR})?`, 'gi'), () => ({ period: null, aside: true })],
  [new RegExp(String.raw`\bsince\s+(?:the|its|a)\s+(?:(?:record|all-time)\s+)?(?:peak|high|low|trough|start|end|beginning|top)\s+(?:in|of)\s+(?:${MONTH_RE}(?:\s+${YEAR})?|${YEAR})`, 'gi'), () => ({ period: null, aside: true })],
  [new RegExp(String.raw`(?:自|從|从)\s*${YEAR}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号號])?\s*(?:以來|以来|開始|开始|起)`, 'g'), () => ({ period: null, aside: true })],
  [new RegExp(String.raw`${YEAR}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号號])?\s*(?:以來|以来)`, 'g'), () => ({ period: null, aside: true })],
  [/(?:今年|去年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號]|初|底|末|上旬|中旬|下旬)?\s*(?:以來|以来)/g, () => ({ period: null, aside: true })],
  // "For the first time in nine weeks", "the lowest in four years" (九周之后首次, 逾 4 年來最低): a since-phrase.
  [/[一二三四五六七八九十两几\d]+\s*(?:个)?\s*(?:周|星期|个月|月|天|年)\s*(?:之后|以后|以来|以來|来|來)(?=\s*(?:首次|第一次|最))/g, () => ({ period: null, aside: true })],
  // …and a date with the short 來 of a headline ("創2021年1月來新低"): since then, not the figure's month.
  [new RegExp(String.raw`${YEAR}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号號])?\s*[来來](?=\s*(?:首次|第一次|最|新))`, 'g'), () => ({ period: null, aside: true })],
  // The day data were released (周四公布的数据显示, 紐約聯儲週二發佈): the figures' day only when the sentence
  // names no other (findPeriods), else an aside: 周四公布的数据显示,截至 1 月 1 日当周 ….
  [
    new RegExp(String.raw`(上)?${ZH_WEEKDAY}(?:\s*[(（]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]\s*[)）])?\s*(?:公布|发布|公佈|发佈)|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:公布|发布|公佈|发佈)`, 'g'),
    (m, a) => {
      const d = m[4] ? monthDay(m[3] ? Number(m[3]) : null, Number(m[4]), a) : m[2] ? (m[1] ? lastWeeks(ZH_DAY_NUMBER[m[2]]!, a) : weekdayBefore(ZH_DAY_NUMBER[m[2]]!, false, a)) : monthDay(Number(m[5]), Number(m[6]), a);
      return d && { ...d, release: true };
    },
  ],
  // A part of a month (6 月中旬, 9月末): no day, and not the whole month either.
  [new RegExp(String.raw`(?:${YEAR}\s*年\s*|今年\s*|去年\s*)?\d{1,2}\s*月\s*(?:初|底|末|上旬|中旬|下旬)`, 'g'), () => ({ period: null, past: true })],
  // …but "較 2022 年 4 月的近 9 兆美元" names the month of the figure compared with: not an aside.
  [new RegExp(String.raw`(?:比|較|较|相比|相較|相较|than(?:\s+(?:in|at))?|compared\s+(?:with|to))\s*(?:${YEAR}|${MONTH_RE})(?:\s*年)?(?!\s*年?\s*\d{1,2}\s*月)`, 'gi'), () => ({ period: null, aside: true })],
  // Days.
  [new RegExp(String.raw`${YEAR}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]`, 'g'), (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(String.raw`(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]`, 'g'), (m, a) => (a ? day(recentYear(a, Number(m[1]), Number(m[2])), Number(m[1]), Number(m[2])) : { period: null })],
  [new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+${YEAR})?`, 'g'), (m, a) => englishDay(monthOf(m[1]!), Number(m[2]), m[3], a)],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}(?:,?\s+${YEAR})?`, 'g'), (m, a) => englishDay(monthOf(m[2]!), Number(m[1]), m[3], a)],
  // A weekday with its day of the month in brackets: 週三(5日), 上週四(12月28日).
  [new RegExp(String.raw`(?:上)?${ZH_WEEKDAY}\s*[(（]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]\s*[)）]`, 'g'), (m, a) => monthDay(m[2] ? Number(m[2]) : null, Number(m[3]), a)],
  // A weekday: the latest such day by the article's date ("on Tuesday", 周四); "last Friday" and 上周五 the one before.
  [new RegExp(String.raw`\b(?:on|last|this past)\s+(${WEEKDAY})\b`, 'gi'), (m, a) => weekdayBefore(WEEKDAYS.indexOf(m[1]!.toLowerCase()), /^last/i.test(m[0]), a)],
  // A weekday's own figure ("from Thursday's $502.1 billion", "Friday's level"): the latest such day by the
  // article's date. Only with the figure (or a word for it) right after: "ahead of Monday's tax deadline" names
  // an event, not the data's day.
  [new RegExp(String.raw`\b(${WEEKDAY})(?:'|’)s(?=\s+(?:US\$|\$|USD\s?\d|\d|(?:level|reading|figure|close|fix|fixing|print|total|tally|take-up|uptake)\b))`, 'gi'), (m, a) => weekdayBefore(WEEKDAYS.indexOf(m[1]!.toLowerCase()), false, a)],
  [new RegExp(String.raw`(上)?${ZH_WEEKDAY}`, 'g'), (m, a) => (m[1] ? lastWeeks(ZH_DAY_NUMBER[m[2]!]!, a) : weekdayBefore(ZH_DAY_NUMBER[m[2]!]!, false, a))],
  // A day of the article's month: "as of the 28th".
  [/\b(?:on|as of|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi, (m, a) => monthDay(null, Number(m[1]), a)],
  [/\btoday\b|今天|今日/gi, (_, a) => ({ period: a ? { kind: 'day', date: a } : null })],
  // Quarters.
  [new RegExp(String.raw`${YEAR}\s*年\s*第\s*([一二三四1-4])\s*季度?`, 'g'), (m) => ({ period: quarter(Number(m[1]), ORD[m[2]!]!) })],
  [new RegExp(String.raw`\b(?:Q([1-4])\s*${YEAR}|${YEAR}\s*Q([1-4]))\b`, 'g'), (m) => ({ period: quarter(Number(m[2] ?? m[3]), Number(m[1] ?? m[4])) })],
  [new RegExp(String.raw`\b(first|second|third|fourth)\s+quarter(?:\s+of)?(?:\s+${YEAR})?`, 'gi'), (m, a) => relativeQuarter(ORD[m[1]!.toLowerCase()]!, m[2], a)],
  [/(?<!\d\s*年\s*)第\s*([一二三四1-4])\s*季度?/g, (m, a) => relativeQuarter(ORD[m[1]!]!, undefined, a)],
  // A quarter said by its months ("the October-December 2025 quarter", "the July–September quarter"), as the
  // Treasury's financing estimates and Japanese reporting say it: only a calendar quarter's first and last month.
  [
    new RegExp(String.raw`\b${MONTH_RE}\s*[-–]\s*${MONTH_RE}(?:,?\s+${YEAR})?\s+quarter\b`, 'gi'),
    (m, a) => {
      const [first, last] = [monthOf(m[1]!), monthOf(m[2]!)];
      return first % 3 === 1 && last === first + 2 ? relativeQuarter((first + 2) / 3, m[3], a) : null;
    },
  ],
  // A year's peak.
  [new RegExp(String.raw`\b(?:(?:at|from)\s+)?(?:its|the|a)\s+(?:(?:end|late|early|mid)[-\s])?${YEAR}\s+(?:peak|high|record)|\bpeak(?:ed)?\s+in\s+(?:(?:end|late|early|mid)[-\s](?:of\s+)?)?${YEAR}`, 'gi'), (m) => peak(Number(m[1] ?? m[2]))],
  [new RegExp(String.raw`${YEAR}\s*年\s*(?:的|其)?\s*(?:高峰|峰值|最高點|最高点)`, 'g'), (m) => peak(Number(m[1]))],
  // A year's end is its last month: "at the end of 2022", "year-end 2022" (not a bare year).
  [new RegExp(String.raw`\b(?:at\s+|by\s+)?the\s+end\s+of\s+${YEAR}\b|\byear-end\s+${YEAR}\b`, 'gi'), (m) => ({ period: month(Number(m[1] ?? m[2]), 12) })],
  // …and 2022年底, 2022 年末 (年底 alone is another time: lexicon another.time).
  [new RegExp(String.raw`${YEAR}\s*年\s*[底末](?!\s*前)`, 'g'), (m) => ({ period: month(Number(m[1]), 12) })],
  // …and last year's (去年年底, 去年底, 去年年末): the December before the article's year.
  [/去年\s*年?\s*[底末](?!\s*前)/g, (_, a) => (a ? { period: month(Number(a.slice(0, 4)) - 1, 12) } : { period: null })],
  // Months.
  [new RegExp(String.raw`${YEAR}\s*年\s*(\d{1,2})\s*月(?:份)?`, 'g'), (m) => ({ period: month(Number(m[1]), Number(m[2])) })],
  [/(今年|去年|前年)\s*(\d{1,2})\s*月(?:份)?/g, (m, a) => (a ? { period: month(Number(a.slice(0, 4)) - ['今年', '去年', '前年'].indexOf(m[1]!), Number(m[2])) } : { period: null })],
  [/(?<![\d年])(\d{1,2})\s*月(?:份)?(?![\d日号號])/g, (m, a) => (a ? { period: month(recentYear(a, Number(m[1])), Number(m[1])) } : { period: null })],
  [new RegExp(String.raw`\b${MONTH_RE}(?:,?\s+${YEAR})?`, 'g'), (m, a) => englishMonth(m, a)],
  // "Earlier this month": some day of the article's month before it, not said which: the month, inferred (never a ✗).
  [/\bearlier this month\b/gi, (_, a) => (a ? { period: month(Number(a.slice(0, 4)), Number(a.slice(5, 7))), pointed: true } : { period: null })],
  [/\blast month\b|上個月|上个月|上月/gi, (_, a) => (a ? { period: month(Number(addMonths(a.slice(0, 7) + '-01', -1).slice(0, 4)), Number(addMonths(a.slice(0, 7) + '-01', -1).slice(5, 7))) } : { period: null })],
  // The latest data.
  [new RegExp(String.raw`\b(?:this|last)\s+week\b|\bcurrently\b|\bnow\b|\bthese days\b`, 'gi'), () => ({ period: { kind: 'current' } })],
  [/(?:截至|截止)?\s*(?:上週|上周|本週|本周|這週|这周|上星期|本星期)(?![一二三四五六日天])|目前|如今|現在|现在|當前|当前|現時|现时/g, () => ({ period: { kind: 'current' } })],
  // Unstated past periods.
  [new RegExp(String.raw`${YEAR}(?:\s*[-–~至到]\s*${YEAR})?\s*年(?!\s*\d{1,2}\s*月|\s*第)`, 'g'), () => ({ period: null, past: true })],
  [new RegExp(String.raw`(?:^|\b(?:in|In|during|During|by|By|of|for|For|early|late|mid)\s+|\b(?:[Ee]nd|[Ll]ate|[Ee]arly|[Mm]id)-)${YEAR}\b`, 'g'), () => ({ period: null, past: true })],
  [/當時|当时|那時|那时|彼時|去年|前年|\bat the time\b|\bback then\b|\blast year\b|\byears? ago\b/gi, () => ({ period: null, past: true })],
  // Spans that reach back further than the latest data: this year so far, the past months, recent weeks.
  [
    /\b(?:(?:so far )?this year|year[- ]to[- ]date|YTD|(?:over |in |during )?the (?:past|last) (?:(?:few|several|two|three|six|\d+) )?(?:years?|months?|weeks|quarters?)|(?:in )?recent (?:weeks|months|years))\b|今年以來|今年以来|今年(?!\s*\d{1,2}\s*月)|年初至今|年初以來|年初以来|近幾週|近几周|近幾個月|近几个月|近幾年|近几年|過去一年|过去一年|過去幾個月|过去几个月|過去數月|过去数月/gi,
    () => ({ period: null, past: true }),
  ],
];

function day(y: number, m: number, d: number): Omit<PeriodPhrase, 'start' | 'end'> | null {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(date) ? { period: { kind: 'day', date } } : null;
}

/** The latest `dow` (0 = Sunday) on or before the article's date, or strictly before it. */
function weekdayBefore(dow: number, strictly: boolean, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> | null {
  if (!a || dow < 0) return { period: null };
  let back = (weekday(a) - dow + 7) % 7;
  if (strictly && back === 0) back = 7;
  return { period: { kind: 'day', date: addDays(a, -back) } };
}

/** `dow` of the week before the article's (weeks from Monday): 上周五. */
function lastWeeks(dow: number, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> | null {
  if (!a) return { period: null };
  const monday = addDays(a, -((weekday(a) + 6) % 7));
  return { period: { kind: 'day', date: addDays(monday, -7 + ((dow + 6) % 7)) } };
}

/** Day `d` of month `m` (else of the article's month), the latest such day by the article's date. */
function monthDay(m: number | null, d: number, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> | null {
  if (!a) return { period: null };
  if (m !== null) return day(recentYear(a, m, d), m, d);
  const thisMonth = `${a.slice(0, 7)}-${pad(d)}`;
  const date = thisMonth <= a ? thisMonth : `${addMonths(a.slice(0, 7) + '-01', -1).slice(0, 7)}-${pad(d)}`;
  return isIsoDate(date) ? { period: { kind: 'day', date } } : null;
}

function englishDay(m: number, d: number, year: string | undefined, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> | null {
  if (year) return day(Number(year), m, d);
  return a ? day(recentYear(a, m, d), m, d) : { period: null };
}

function englishMonth(m: RegExpExecArray, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> | null {
  const name = m[1]!;
  // "may", "march" and friends as words: only a capitalised month, and "May" only with a year.
  if (name[0] !== name[0]!.toUpperCase() || (name === 'May' && !m[2])) return null;
  const mo = monthOf(name);
  if (m[2]) return { period: month(Number(m[2]), mo) };
  return a ? { period: month(recentYear(a, mo), mo) } : { period: null };
}

function relativeQuarter(q: number, year: string | undefined, a: IsoDate | null): Omit<PeriodPhrase, 'start' | 'end'> {
  if (year) return { period: quarter(Number(year), q) };
  if (!a) return { period: null };
  const y = Number(a.slice(0, 4));
  return { period: quarter(quarter(y, q).from <= a ? y : y - 1, q) };
}

function peak(y: number): Omit<PeriodPhrase, 'start' | 'end'> {
  return { period: { kind: 'peak', from: `${y}-01-01`, to: `${y}-12-31` } };
}

/** Every period phrase in a text, without overlaps (earlier patterns in PHRASES win). */
export function findPeriods(text: string, article: IsoDate | null): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  for (const [re, read] of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (end === start || out.some((p) => start < p.end && p.start < end)) continue;
      const r = read(m, article);
      if (r) out.push({ start, end, ...r });
    }
  }
  out.sort((a, b) => a.start - b.start);
  for (const r of out.filter((p) => p.release)) {
    const [from, to] = sentenceAround(text, r.start);
    if (out.some((p) => p !== r && !p.aside && p.start >= from && p.end <= to && p.period && p.period.kind !== 'current')) Object.assign(r, { period: null, aside: true });
  }
  return out;
}

/** The sentence around a position: between the stops before and after it. */
function sentenceAround(text: string, at: number): [number, number] {
  const stop = /[。！？；!?;\n]/;
  let from = at;
  while (from > 0 && !stop.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !stop.test(text[to]!)) to++;
  return [from, to];
}

export function samePeriod(a: Period, b: Period): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
