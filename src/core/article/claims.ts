/**
 * The article's own figures about the indicators, read by their structure. Each figure with a unit becomes a
 * *frame* — its subject (the indicator term it is a figure of, said in its clause or carried from an earlier
 * one), its lead (a level, the level a move ended at, a move, the level a move started from, a comparison's
 * other side), its hedge or bound, its period and its mode (fact or forecast) — from the words around it,
 * which live in the lexicons (lexicon/en.ts, lexicon/zh.ts). A frame whose slots are read without doubt is a
 * claim; any other figure is skipped with the reason. A claim is *strict* when a ✗ on it would be fair: its
 * subject said in its own clause with no other figure between, its period said (or "now" said), and not
 * someone's reported words. A looser claim may get ✓ or ≈, never ✗ (check.ts).
 */
import type { TermKind } from '../terms/dictionary';
import { sentences } from '../terms/context';
import { previousBusinessDay } from '../calendar';
import { addDays } from '../dates';
import type { IsoDate } from '../types';
import { readAmounts, type Amount, type AmountUnit } from './amounts';
import { cueAll, cueAtEnd, cueAtStart, cueIn, foldText, holds, LEXICONS } from './lex';
import { findPeriods, samePeriod, type Period, type PeriodPhrase } from './periods';
import type { Cue } from './lexicon/types';

/** A block of the article's text and the terms the content script found in it (offsets in `text`). */
export interface Passage {
  text: string;
  terms: Array<{ start: number; end: number; kind: TermKind }>;
}

export const CLAIM_TARGETS = [
  'reserves', 'reserves_gdp', 'rrp', 'rrp_drawdown', 'fed_assets', 'tga', 'srf', 'sofr_effr', 'sofr_iorb', 'gdp', 'sofr', 'effr', 'iorb',
  'tgcr', 'tgcr_iorb', 'sofr_p99', 'sofr_tail', 'sofr_volume',
] as const;
export type ClaimTarget = (typeof CLAIM_TARGETS)[number];
export type Hedge = 'plain' | 'about' | 'more' | 'less';
/** How the figure is introduced: a level, the level a move ended at ("fell to"), or an earlier level ("from", "比"). */
export type Lead = 'level' | 'to' | 'from' | 'compare' | 'plain';

export interface Claim {
  /** The figure's span in the passage. */
  start: number;
  end: number;
  target: ClaimTarget;
  /** In the target's unit: USD billions, percent (the RRP drawdown as a positive decline) or basis points. */
  value: number;
  unit: AmountUnit;
  /** One unit of the last significant digit. */
  step: number;
  hedge: Hedge;
  period: Period;
  /** As written, hedge included. */
  text: string;
  /** A spread written without a sign or a direction: either sign may be meant. */
  signKnown: boolean;
  lead: Lead;
  /** A ✗ would be fair: the subject said with the figure, the period said, not reported speech. */
  strict: boolean;
  /** Why not strict, when not. */
  loose?: 'carried' | 'between' | 'default_period' | 'reported';
}

export type SkipWhy = 'rate' | 'range' | 'change' | 'from' | 'forecast' | 'two' | 'none' | 'unchecked' | 'unit' | 'period' | 'undated' | 'part' | 'average';

export interface Skipped {
  start: number;
  end: number;
  text: string;
  why: SkipWhy;
}

/** Targets each term kind can carry, by unit. Others (the balance-sheet pace, net and total liquidity, runway, the target fed funds rate) are not checked. */
const TARGET_OF: Partial<Record<TermKind, Partial<Record<AmountUnit, ClaimTarget>>>> = {
  reserves: { usd_bn: 'reserves' },
  reserves_gdp: { pct: 'reserves_gdp' },
  rrp: { usd_bn: 'rrp' },
  fed_assets: { usd_bn: 'fed_assets' },
  tga: { usd_bn: 'tga' },
  srf: { usd_bn: 'srf' },
  gdp: { usd_bn: 'gdp' },
  sofr: { pct: 'sofr' },
  effr: { pct: 'effr' },
  iorb: { pct: 'iorb' },
  sofr_effr: { bp: 'sofr_effr' },
  sofr_iorb: { bp: 'sofr_iorb' },
  tgcr: { pct: 'tgcr' },
  tgcr_iorb: { bp: 'tgcr_iorb' },
  // Only a percentile the text names (the 99th) is checked: "a percentile" alone says nothing of which.
  sofr_tail: { pct: 'sofr_p99', bp: 'sofr_tail' },
  sofr_volume: { usd_bn: 'sofr_volume' },
};

const CLAUSE_MARK = /[,，;；、()（）「」『』]/;
const RANGE_BEFORE = /(?:\d|%|bps?|points?|基点|兆|万亿|亿|美元|trillion|billion|million|tn|bn|T|B)\s*(?:-|–|—|~|至|到|to|and)\s*(?:US\$|\$)?$|\bbetween\s+(?:US\$|\$)?$/i;
const RANGE_AFTER = /^\s*(?:-|–|—|~|至|到|to|and)\s*(?:US\$|\$)?\s*\d/i;
/** The ratio to GDP written around a percentage: "佔 GDP 的 7%", "7% of GDP" (the text is folded: 佔 reads 佔, 占 both kept). */
const OF_GDP_BEFORE = /(?:佔|占)\s*(?:当时|目前|美国|名目|名义)?\s*(?:的)?\s*GDP\s*(?:的)?\s*(?:比率|比例|比重|百分比)?\s*(?:[:：为是]|约为|约|大约|近|接近)*\s*$/i;
const OF_GDP_AFTER = /^\s*of\s+(?:(?:nominal|U\.?S\.?|the)\s+)*(?:GDP|gross domestic product)\b/i;
const ABOUT_RATIO = /(?:约|大约|近|接近|\babout|\baround|\broughly|\bnearly)\s*(?:佔|占)/i;
/** A move's size written with "by" or "of" before a bound: "declining by more than $1 trillion". */
const BY_BEFORE_BOUND = /(?:\bby|\bof|了)\s*$/i;
const CJK_END = /[\u4e00-\u9fff]\s*$/;
const CJK = /[\u4e00-\u9fff]/;
/** Chinese bounds that are verbs of crossing a level, not quantities: 突破, 跌破. */
const CROSSING = /^\s*(?:突破|跌破|升破|站上|跌穿|升穿|重返)/;
const DIRECTION_AFTER = /^\s*(above|over|higher than|高于|below|under|lower than|低于)/i;
const RATES = new Set<ClaimTarget>(['sofr', 'effr', 'iorb', 'sofr_effr', 'sofr_iorb', 'tgcr', 'tgcr_iorb', 'sofr_p99', 'sofr_tail']);
/** Targets that are themselves a percentile of a rate. */
const PERCENTILES = new Set<ClaimTarget>(['sofr_p99', 'sofr_tail']);
/** The totals a single bank or a group of banks holds a part of. */
const TOTALS_OF_BANKS = new Set<ClaimTarget>(['reserves', 'reserves_gdp', 'srf', 'rrp']);
/** The facilities whose daily result is one operation, so a head count of its users is all of them, not a part. */
const WHOLE_BY_COUNT = new Set<ClaimTarget>(['srf', 'rrp']);
/** Words between a verb and its figure that change nothing: "jumped just $108 billion", 缩减了. */
const LEAD_FILLER = /(?:\b(?:just|only|merely|a further|another|some)|了|仅)\s*$/i;
/** Chinese sentences that leave their subject unsaid: nothing but these before the verb ("但总计仍达到 …"). */
const EMPTY_SUBJECT = /^[\s,，]*(?:但|而|并|且|仍然|仍|总计|合计|共计|共|总额|其|则|也|已|目前|如今|现在|截至目前)*\s*$/;
/** A move's size named before its figure and stated as a level ("累计降幅达到逾 900 亿美元"): Chinese move nouns only. */
const MOVE_NOUN_LEAD = new RegExp(`(?:${LEXICONS.zh['change.after'].words.join('|')})的?\\s*(?:${[...LEXICONS.zh['level.verb'].words, ...LEXICONS.zh['level.to'].words].join('|')})?\\s*$`);
/** An indicator's head noun said alone ("the account", "the assets", "this tool"), and the indicator it names again. */
const HEAD_NOUNS: ReadonlyArray<readonly [Cue, TermKind]> = [['head.tga', 'tga'], ['head.fed_assets', 'fed_assets'], ['head.rrp', 'rrp']];
const OWNERS: ReadonlyArray<readonly [Cue, TermKind]> = [['owner.tga', 'tga'], ['owner.fed_assets', 'fed_assets']];
/** Nothing before a figure in its clause but a pronoun and its verb: "That is", "This rate was", "which is". */
const PRONOUN_LEAD = /^\s*(?:(?:this|that|it|which)(?: rate)? (?:is|was|stood|sat|remains|remained)\s*)?$/i;
const AS_OF = /(?:\bas of|截至|截止|截止到)\s*$/i;
/** "From" in Chinese: 从, and 由 before a time or a figure (lexicon from). */
const ZH_FROM = [...LEXICONS.zh.from.words, ...(LEXICONS.zh.from.patterns ?? [])].join('|');
// Before a period phrase: 由 right before it (its look-ahead cannot see past the slice).
const FROM_BEFORE = /(?:(?:\bfrom\b|从)[^,，;；。\d]{0,40}|由\s*)$/i;
/** Two numbers joined by a dash or 至/到 and then a scale or unit: a range of figures ("$2.5-2.7 trillion", "2.5–2.7 兆美元", "4.3%-4.4%"). */
const RANGE_FIGURE = /\d[\d,.]*\s?%?\s?[-–~至到]\s?[$]?\d[\d,.]*\s?(?:trillion|billion|million|tn|trn|bn|[tb]\b|%|bp|basis points|兆|万亿|亿)/i;
const FROM_THEN_FIGURE = new RegExp(String.raw`(?:${ZH_FROM}|\bfrom\b)[^,，;；。]*\d`, 'i');
/** How far after a figure its own period may start ("$9.0 trillion at its peak in April 2022"). */
const OWN_PERIOD_REACH = 24;

interface Span {
  start: number;
  end: number;
}

/** Clause spans of a sentence (a comma between digits is a thousands separator, not a clause mark). */
function clausesOf(text: string, [from, to]: [number, number]): Span[] {
  const out: Span[] = [];
  // A gloss's brackets (利率(IORB)) are no clause marks: the gloss is part of the clause it glosses.
  const glosses = [...text.slice(from, to).matchAll(cueAll('gloss'))].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!CLAUSE_MARK.test(c) || (c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)))) continue;
    if (glosses.some((g) => i >= g.start && i < g.end)) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

const within = (x: Span, s: Span) => x.start >= s.start && x.end <= s.end;

function hedgeOf(text: string, a: Amount): { hedge: Hedge; start: number; end: number } {
  const before = text.slice(Math.max(0, a.start - 16), a.start);
  for (const hedge of ['about', 'more', 'less'] as const) {
    const m = cueAtEnd(`hedge.${hedge}.before`).exec(before);
    if (m) return { hedge, start: a.start - (before.length - m.index), end: a.end };
  }
  const after = text.slice(a.end, a.end + 8);
  for (const hedge of ['about', 'more', 'less'] as const) {
    const m = cueAtStart(`hedge.${hedge}.after`).exec(after);
    if (m) return { hedge, start: a.start, end: a.end + m[0].length };
  }
  return { hedge: 'plain', start: a.start, end: a.end };
}

/** Periods that belong to one figure: in brackets right after it, or starting just after it in its clause. */
function ownPeriods(text: string, amounts: Amount[], phrases: PeriodPhrase[]): Map<PeriodPhrase, Amount> {
  const bound = new Map<PeriodPhrase, Amount>();
  amounts.forEach((a, i) => {
    const next = amounts.find((b, j) => j > i && b.start >= pastAside(a, text))?.start ?? text.length;
    if (/^\s*[(（]/.test(text.slice(a.end))) {
      const close = text.slice(a.end).search(/[)）]/);
      // …unless the bracket holds a figure of its own, whose period it is: "4.24%(之前一天報 4.13%)".
      const ownFigure = close >= 0 && amounts.some((b) => b.start > a.end && b.end <= a.end + close);
      for (const p of phrases) if (p.period && close >= 0 && !ownFigure && p.start >= a.end && p.end <= a.end + close) bound.set(p, a);
    }
    const p = phrases.find((q) => q.start >= a.end && q.start < next && !q.aside && !bound.has(q));
    // Only words between (English: "at its peak in", "as of", "stashed on"); never across a move's "to" (降至目前), nor
    // a "since" (the time the move began).
    // An aside between dashes ("$1.6 trillion—or 9 percent of bank assets—in January 2020") is skipped over.
    // (A Chinese dash, ——, is one mark: no aside.)
    const gap = p ? text.slice(a.end, p.start).replace(/^\s*[—–]\s*[^—–]+[—–]\s*/, ' ') : '';
    if (p?.period && gap.length <= OWN_PERIOD_REACH && /^[\sA-Za-z'’-]*$/.test(gap) && !/\b(?:to|from|since)\b/i.test(gap)) bound.set(p, a);
  });
  return bound;
}

/** Where a figure's own words end in its clause: at a dash after it (an em dash, or a spaced en dash), else the clause's end. */
function dashAfter(a: Amount, own: Span, text: string): number {
  // …or a colon right after it: "準備金目前約 2.9 兆美元:曾經…", a key point and its gloss.
  const i = text.slice(a.end, own.end).search(/—|\s–\s|^\s*[:：]/);
  // …or, in a Chinese headline (no punctuation at all), a space after it: "…達 7 兆美元 Fed 宣布…", the next clause.
  if (i < 0 && /[\u4e00-\u9fff]$/.test(a.text) && !/[，,。；;：:！!？?、]/.test(text) && /^[ \u3000]+[A-Za-z\u4e00-\u9fff]/.test(text.slice(a.end, own.end))) return a.end;
  return i < 0 ? own.end : a.end + i;
}

/**
 * The words whose forecast cues are the figure's own: its clause up to an aside after a dash, but from a present
 * word leading it ("will weigh on reserves currently around $3.2 trillion"), and only up to a bound it is compared
 * with ("at $2.9 trillion sit above the estimated floor") or, after a level said in the present, up to "and" or
 * "but" joining another predicate ("are at $3.3 trillion and could drop below $3 trillion").
 */
function forecastReach(a: Amount, own: Span, text: string, amounts: readonly Amount[]): Span {
  let start = own.start;
  let end = dashAfter(a, own, text);
  const before = text.slice(own.start, a.start);
  const lead = [...before.matchAll(cueAll('present.lead'))].pop();
  if (lead && !amounts.some((b) => b !== a && b.start >= own.start + lead.index && b.end <= a.start)) start = own.start + lead.index;
  const after = text.slice(a.end, end);
  const compared = cueIn('forecast.compared').exec(after)?.index;
  const apart = lead || holds('present.verb', before) ? cueIn('forecast.apart').exec(after)?.index : undefined;
  const cut = Math.min(compared ?? Infinity, apart ?? Infinity);
  if (cut < Infinity) end = a.end + cut;
  return { start, end };
}

/** Where the text after a figure goes on, past an aside between dashes ("—or 9 percent of bank assets—"). */
function pastAside(a: Amount, text: string): number {
  const dash = /^\s*[—–][^—–]*[—–]/.exec(text.slice(a.end, a.end + 80));
  return a.end + (dash?.[0].length ?? 0);
}

/**
 * Periods said by pointing at another one. "The day before", 此前一天, 前一交易日: the business day before the last day
 * named before it in the passage (the figure's neighbour's day), else before the first day named after it in its
 * sentence (自上一交易日的 4.42%上漲至9月15日的4.51%) — that one first when a move's "to" leads to it; "the previous
 * figure", "a week earlier": the week before it. None when no day was named, or when a day in brackets right after it
 * says which day it is. "The same day": the last day named before it; "ending the month": the month named before it in
 * its sentence — both inferred (`pointed`). In the passage's first sentence, none named before it: the last day of the
 * passage before (`dayBefore`).
 */
function pointedPeriods(text: string, phrases: PeriodPhrase[], dayBefore: IsoDate | null = null): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  const spans = sentences(text);
  for (const [cue, back] of [['previous.day', previousBusinessDay], ['same.day', (d: IsoDate) => d], ['previous.week', (d: IsoDate) => addDays(d, -7)]] as const) {
    const re = new RegExp(cueIn(cue).source, 'gi');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      if (/^\s*[(（]/.test(text.slice(start + m[0].length))) continue;
      // "The same day" points back only, and not to a day a year or a week apart ("the same day last year").
      if (cue === 'same.day' && /^\s*(?:of\b|last\b|a year\b|the year\b|in \d{4}|\d+ (?:years?|weeks?)\b)/i.test(text.slice(start + m[0].length))) continue;
      const sentenceEnd = spans.find(([s, e]) => start >= s && start < e)?.[1] ?? text.length;
      const after = phrases.find((p) => p.start >= start + m[0].length && p.end <= sentenceEnd && p.period?.kind === 'day');
      // "from 4.42% on the previous trading day to 4.51% on September 15": the day before the one the move
      // reached, not before a day said earlier (the release day, "data released on Tuesday").
      const reached = after && cueIn('level.to').test(text.slice(start + m[0].length, after.start)) ? after : undefined;
      const anchor = reached ?? [...phrases].reverse().find((p) => p.end <= start && p.period?.kind === 'day') ?? (cue === 'same.day' ? undefined : after);
      // In the passage's first sentence, with no day of its own to point at: the last day the paragraph before named.
      const date = anchor?.period?.kind === 'day' ? anchor.period.date : !anchor && start < (spans[0]?.[1] ?? 0) ? dayBefore : null;
      // Unanchored, it dates nothing: "up $225B from a week earlier" is a move.
      // Inferred (never a ✗): "the same day", and a day pointed at across paragraphs.
      if (date) out.push({ start, end: start + m[0].length, period: { kind: 'day', date: back(date) }, ...(cue === 'same.day' || !anchor ? { pointed: true } : {}) });
    }
  }
  // "… during March, ending the month at": the month (or quarter) named before it in its sentence.
  const re = new RegExp(cueIn('same.period').source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const sentenceStart = spans.find(([s, e]) => start >= s && start < e)?.[0] ?? 0;
    const kind = /quarter/i.test(m[0]) ? 'quarter' : 'month';
    const anchor = [...phrases].reverse().find((p) => p.start >= sentenceStart && p.end <= start && p.period?.kind === kind);
    if (anchor?.period) out.push({ start, end: start + m[0].length, period: anchor.period, pointed: true });
  }
  return out;
}

/** The figures of a passage, read; and the periods it names (where a figure read as today's may belong instead). */
/**
 * `before`: the passage read just before this one on the page — a head noun said alone at this one's start ("The
 * department’s cash pile is now …" after a paragraph on the Treasury’s cash balance) may name its indicator again.
 */
export function readClaims(passage: Passage, article: IsoDate | null, headline?: Passage, before?: Passage): { claims: Claim[]; skipped: Skipped[]; named: Period[] } {
  const text = foldText(passage.text);
  /** The one indicator the article's headline names, if it names one: the subject of "usage", 使用量, "the facility". */
  const headlineKinds = new Set((headline?.terms ?? []).filter((t) => t.kind !== 'topic' && TARGET_OF[t.kind]).map((t) => t.kind));
  const headlineKind = headlineKinds.size === 1 ? [...headlineKinds][0]! : null;
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const terms = passage.terms.filter((t) => t.kind !== 'topic');
  // Names of an indicator the content script does not send as terms (name.reserves: 美国银行体系的储备).
  for (const m of text.matchAll(cueAll('name.reserves'))) if (!terms.some((t) => t.start < m.index + m[0].length && m.index < t.end)) terms.push({ start: m.index, end: m.index + m[0].length, kind: 'reserves' });
  terms.sort((a, b) => a.start - b.start);
  const amounts = readAmounts(text);
  const found = findPeriods(text, article);
  // The last day the passage before names (a paragraph opening "The day before, …" points at it).
  const beforeDay = before ? findPeriods(foldText(before.text), article).filter((p) => !p.aside && p.period?.kind === 'day').pop()?.period : undefined;
  const phrases = [...found, ...pointedPeriods(text, found, beforeDay?.kind === 'day' ? beforeDay.date : null).filter((p) => !found.some((q) => p.start < q.end && q.start < p.end))].sort((a, b) => a.start - b.start);
  const spans = sentences(text);
  const boundTo = ownPeriods(text, amounts, phrases);
  /** The figures read so far, for a figure that continues one of them. */
  const frames: Array<{ sentence: number; end: number; unit: AmountUnit; kind: TermKind; lead?: Lead | 'change'; day?: IsoDate; period?: Period }> = [];
  let current: Amount | null = null;
  for (const a of amounts) {
    const sentence = spans.find(([s, e]) => a.start >= s && a.start < e) ?? [0, text.length];
    current = a;
    const r = readOne(a, sentence);
    if ('why' in r) skipped.push({ start: a.start, end: a.end, text: passage.text.slice(a.start, a.end), why: r.why });
    else claims.push({ ...r, text: passage.text.slice(r.start, r.end) });
  }
  const named = phrases.flatMap((p) => (p.period && p.period.kind !== 'current' && !p.aside ? [p.period] : []));
  return { claims, skipped, named };

  /** A figure said as a move's size ("rose by 6 basis points"), by the words before it (and its hedge) in its sentence. */
  function isMove(x: Amount, sentenceStart: number): boolean {
    const start = hedgeOf(text, x).start;
    return cueAtEnd('change.before').test(text.slice(Math.max(sentenceStart, start - 24), start).replace(LEAD_FILLER, ''));
  }

  function readOne(a: Amount, sentence: [number, number]): Claim | { why: SkipWhy } {
    const before = text.slice(Math.max(sentence[0], a.start - 24), a.start);
    const after = text.slice(a.end, Math.min(sentence[1], a.end + 24));
    if (cueIn('rate.before').test(before.slice(-10)) && !/\d/.test(before.slice(-8))) return { why: 'rate' };
    // "a day", "a week" that open a time pointing back ("5.39% a day earlier", "a week before") are no rate per day or week.
    if (cueAtStart('rate.after').test(after) && !cueAtStart('previous.day').test(after) && !cueAtStart('previous.week').test(after)) return { why: 'rate' };
    // "$60 billion to $100 billion", "200-250亿"; not "from April 2022 to $8.9 trillion" (a period before "to").
    const rangeBefore = RANGE_BEFORE.exec(before);
    const periodBefore = rangeBefore && phrases.some((p) => p.end >= a.start - before.length + rangeBefore.index && p.end <= a.start - before.length + rangeBefore.index + 1 + /^\d*/.exec(before.slice(rangeBefore.index))![0].length && p.start < a.start);
    // "dropped by $21 billion to $6.59 trillion" is a move and the level it ended at, not a range.
    const prev = amounts.filter((b) => b.end <= a.start).pop();
    const next = amounts.find((b) => b.start >= a.end);
    const moveBefore = (x: Amount | undefined) => !!x && isMove(x, sentence[0]);
    // "Reduced its balance sheet from $9 trillion to $6.6 trillion": a move's start and end, not a range (a move's verb
    // before "from" in the clause; "estimates range from $60 billion to $100 billion" is a range).
    const fromMove = (x: Amount | undefined) => {
      if (!x) return false;
      const words = text.slice(Math.max(sentence[0], hedgeOf(text, x).start - 80), hedgeOf(text, x).start);
      const m = /\bfrom\s*$/i.exec(words);
      return !!m && cueIn('change.before').test(words.slice(0, m.index).split(/[,;，；]/).pop()!);
    };
    // A unit before the connector with no figure of ours ending there is a number in words: "上升一个基点至 4.09%".
    const unitOnly = rangeBefore && !/\d\s*(?:-|–|—|~|至|到|to|and)/i.test(rangeBefore[0]) && !(prev && a.start - prev.end <= rangeBefore[0].length + 2);
    const toNext = !!next && /^\s*to\s*$/i.test(text.slice(a.end, next.start).replace(/\$$/, ''));
    if (rangeBefore && !periodBefore && !unitOnly && !moveBefore(prev) && !(fromMove(prev) && /\bto\s*(?:US\$|\$)?$/i.test(rangeBefore[0]))) return { why: 'range' };
    if (RANGE_AFTER.test(after) && !((moveBefore(a) || fromMove(a)) && toNext)) return { why: 'range' };
    const clauses = clausesOf(text, sentence);
    const own = clauses.find((c) => a.start >= c.start && a.start < c.end) ?? { start: a.start, end: a.end };
    const h = hedgeOf(text, a);
    /** The clause's words right before the figure (and its hedge), after any figure before it. */
    const previousEnd = amounts.filter((b) => b.end <= a.start).pop()?.end ?? 0;
    const lead = text.slice(Math.max(own.start, previousEnd, h.start - 32), h.start);

    // A spread in percentage points ("the spread between SOFR and IORB more than 0.30%"): in basis points, if two
    // rates are what its spread word names.
    // Only when the spread word is the figure's subject: no rate said between them but its two legs ("the spread
    // between SOFR and IORB is 0.06%"; not "… widened as SOFR is now 3.71%", SOFR's own rate). Carried: never a ✗.
    let spreadSubject: ReturnType<typeof spreadNamed> = null;
    if (a.unit === 'pct' && !a.signed && spreadIsSubject(own.start, h.start)) {
      const points: Amount = { ...a, unit: 'bp', value: Math.round(a.value * 10000) / 100, step: Math.round(a.step * 10000) / 100 };
      spreadSubject = spreadNamed(points, h, own, sentence);
      if (spreadSubject) a = current = points;
    }
    // The subject: which indicator the figure is a figure of.
    const subject: ReturnType<typeof subjectOf> = spreadSubject ?? subjectOf(a, h, own, clauses, sentence, after);
    if ('why' in subject) return subject;
    const { kind, carried, how, term } = subject;
    frames.push({ sentence: sentence[0], end: a.end, unit: a.unit, kind });

    // What is said of the figure: its own clause and any its subject was carried over from; and the sentence up to it.
    const said = text.slice(Math.min(own.start, ...carried.map((c) => c.start)), own.end);
    const upTo = text.slice(sentence[0], own.end);
    const drawdown = kind === 'rrp' && a.unit === 'pct' && holds('peak.word', said) && holds('decline.word', said);
    const target: ClaimTarget | undefined = drawdown ? 'rrp_drawdown' : TARGET_OF[kind]?.[a.unit];
    if (!target) return { why: TARGET_OF[kind] ? 'unit' : 'unchecked' };
    if (a.li && !['sofr', 'effr', 'iorb'].includes(target)) return { why: 'unit' };
    if (target === 'gdp' && holds('real.gdp', text.slice(own.start, own.end))) return { why: 'unchecked' };

    // A facility's take-up is everyone's: a head count before it ("14 institutions deposited …") names the whole operation.
    const wholeByCount: Cue[] = WHOLE_BY_COUNT.has(target) ? ['count.whole'] : [];
    if (TOTALS_OF_BANKS.has(target) && holds('part.bank', upTo, 'part.source', ...wholeByCount)) return { why: 'part' };
    if (target === 'rrp' && holds('part.rrp', upTo)) return { why: 'part' };
    if (holds('average', said)) return { why: 'average' };
    // A percentile is derived from the rate, unless it is the subject itself ("SOFR's 99th percentile"): read the rest.
    // A rate in brackets right after its own term ("較 IORB(3.90%)") is that rate's: derived words of the clauses
    // before its term's (SOFR 期貨, SOFR 平均值) are another rate's.
    const bracketed = term && term.end <= own.start && /^\s*[(（]\s*$/.test(text.slice(term.end, own.start)) ? clauses.find((c) => within(term, c)) : undefined;
    const derivedFrom = term && PERCENTILES.has(target) ? text.slice(sentence[0], term.start) + text.slice(term.end, own.end) : bracketed ? text.slice(bracketed.start, own.end) : upTo;
    if (RATES.has(target) && holds('derived.rate', derivedFrom)) return { why: 'unchecked' };
    if (cueAtStart('part.after').test(text.slice(h.end, h.end + 40)) || holds('part.before', text.slice(own.start, h.start))) return { why: 'part' };

    // A signed amount of money is a move: "QT: -$34 Billion in June", "+USD 890 bn".
    if (a.unit === 'usd_bn' && (a.signed || /(?:^|[\s(:：])[-−+]\s*$/.test(before))) return { why: 'change' };
    // The lead: a level ("stood at", "fell to", "Total assets:"), a move ("rose $46 billion"), an earlier level.
    const leadKind = drawdown ? 'level' : leadOf(lead.replace(LEAD_FILLER, ''), h.hedge, a.start > h.start, text.slice(h.start, a.start));
    if (leadKind === 'change' && !drawdown) {
      frames[frames.length - 1]!.lead = 'change';
      return { why: 'change' };
    }
    // "11 basis points higher than IORB" is the gap itself, not a move.
    if (!drawdown && !subject.over && cueAtStart('change.after').test(text.slice(h.end, h.end + 16).replace(/^\s*的/, ''))) return { why: 'change' };
    if (!drawdown && MOVE_NOUN_LEAD.test(lead)) return { why: 'change' };
    // A sum of money followed by "below the …" is a gap between two levels ("$25.62 billion below the day before's").
    if (a.unit === 'usd_bn' && cueAtStart('gap.after').test(text.slice(h.end, h.end + 16))) return { why: 'change' };
    // Forecast words in the figure's clause, or in the clause that names its subject (an aside between them,
    // "which is the Fed's policy target benchmark", says nothing of the figure); a "now" in the figure's own
    // clause keeps another clause's "could" out ("reserves could drop to $2.7 trillion, while the current amount is …").
    const subjectClause = term ? carried.filter((c) => within(term, c)) : carried;
    // An aside after a dash past the figure ("4.33 percent—within the targeted range …") says nothing of it.
    // Only for a figure whose subject is named right before it ("bank reserves are at $3.3 trillion"): a subject
    // further off, or past the "and", may be another predicate's, and the forecast keeps the figure out.
    const gap = term && term.end <= a.start ? text.slice(term.end, a.start) : null;
    const tight = gap !== null && gap.length <= 30 && !/[,;:()，；：（）—–]/.test(gap) && gap.trim().split(/\s+/).length <= 4;
    const ownWords = tight ? forecastReach(a, own, text, amounts) : { start: own.start, end: dashAfter(a, own, text) };
    const modalScope = holds('present', text.slice(own.start, own.end)) ? [ownWords] : [ownWords, ...subjectClause];
    if (modalScope.some((c) => holds('forecast', text.slice(c.start, c.end), 'forecast.noise'))) return { why: 'forecast' };
    // A Chinese clause that ends in a word of estimating or expecting governs the clause after it, as a colon
    // would ("理事在 7 月估算,最低準備金水平約 2.7 兆美元"): the figure is the estimate, unless its own clause says now.
    if (!holds('present', text.slice(own.start, own.end)) && governedByEstimate(own, clauses)) return { why: 'forecast' };
    const nextFigure = amounts.find((b) => b.start >= pastAside(a, text))?.start ?? own.end;
    const previousFigure = amounts.filter((b) => b.end <= a.start && b.start >= own.start).pop()?.end ?? own.start;
    if (holds('vague.span', text.slice(previousFigure, Math.min(own.end, nextFigure)))) return { why: 'period' };

    // Its period.
    // A spread said of a pronoun for an earlier SOFR figure is of that figure's time, unless its own is said.
    // A peak or record in a clause the subject came from that has a figure of its own is that figure's
    // ("从2022年底的 X 高峰, 降至 Y"): not said of this one.
    const saidOfIt = [own, ...carried.filter((c) => c.end <= own.start && !amounts.some((b) => b !== a && within(b, c)))].map((c) => text.slice(c.start, c.end)).join(' ');
    let read = periodOf(a, own, sentence, saidOfIt, drawdown, leadKind);
    if (subject.period && ('why' in read || !read.named)) read = { period: subject.period, named: false };
    if ('why' in read) return read;
    const { period, named } = read;
    const fromNow = 'loose' in read;
    const frame = frames[frames.length - 1]!;
    frame.lead = leadKind;
    frame.period = period;
    if (period.kind === 'day') frame.day = period.date;
    if (period.kind === 'peak' && target === 'rrp_drawdown') return { why: 'period' };

    // A spread's sign: written, or given by "below"/"above"; else either sign may be meant.
    let value = drawdown ? Math.abs(a.value) : a.value;
    let signKnown = a.signed || a.unit !== 'bp';
    if (a.unit === 'bp' && !a.signed) {
      const dir = DIRECTION_AFTER.exec(text.slice(a.end, a.end + 14));
      if (dir) {
        signKnown = true;
        if (/below|under|lower|低/i.test(dir[1]!)) value = -value;
      }
    }

    // Strict: a ✗ on it would be fair.
    const between = term ? amounts.some((b) => b !== a && b.start > Math.min(term.end, a.start) && b.end <= Math.max(term.start, a.start)) : true;
    const present = named || holds('present', text.slice(sentence[0], sentence[1]));
    const reported = holds('reported', text.slice(sentence[0], sentence[1]));
    const loose: Claim['loose'] = reported ? 'reported' : how !== 'said' ? 'carried' : between ? 'between' : !present || fromNow ? 'default_period' : undefined;
    const leadOut: Lead = leadKind === 'change' ? 'plain' : leadKind;
    return { start: h.start, end: h.end, target, value, unit: a.unit, step: a.step, hedge: h.hedge, period, text: '', signKnown, lead: leadOut, strict: !loose, ...(loose ? { loose } : {}) } satisfies Claim;
  }

  /** The clause right before `own` ends in a Chinese verb of estimating (forecast.governs) and a comma or colon. */
  function governedByEstimate(own: Span, clauses: Span[]): boolean {
    const before = clauses.filter((c) => c.end <= own.start).pop();
    if (!before || !/^[,，:：]\s*$/.test(text.slice(before.end, own.start))) return false;
    const words = text.slice(before.start, before.end).replace(cueAll('forecast.noise'), (w) => ' '.repeat(w.length)).trimEnd();
    return /[\u4e00-\u9fff]$/.test(words) && cueAtEnd('forecast.governs').test(words);
  }

  /** The spread word in [from, to), followed by no rate term but its legs ("between SOFR and IORB", "of SOFR over IORB"). */
  function spreadIsSubject(from: number, to: number): boolean {
    const words = [...text.slice(from, to).matchAll(cueAll('spread.word'))].pop();
    if (!words) return false;
    const wordEnd = from + words.index + words[0].length;
    const rates = terms.filter((t) => t.start >= wordEnd && t.end <= to && (TARGET_OF[t.kind]?.pct || t.kind === 'fed_funds'));
    if (!rates.length) return true;
    const [first, second] = rates;
    return rates.length === 2 && /^\s*(?:between|of)\s+(?:the\s+)?$/i.test(text.slice(wordEnd, first!.start)) && /^\s*(?:and|over|vs\.?|versus)\s+(?:the\s+)?$/i.test(text.slice(first!.end, second!.start));
  }

  /**
   * A spread said by its word in the figure's clause, the rates named before the figure in its sentence being SOFR and
   * IORB, or SOFR and EFFR (or the fed funds rate) and no other: that spread, carried (never a ✗).
   */
  function spreadNamed(a: Amount, h: { start: number }, own: Span, sentence: [number, number]): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span } | null {
    if (a.unit !== 'bp' || !holds('spread.word', text.slice(own.start, h.start))) return null;
    const legs = terms.filter((t) => t.start >= sentence[0] && t.end <= h.start && (TARGET_OF[t.kind] || t.kind === 'fed_funds'));
    const kinds = new Set(legs.map((t) => (t.kind === 'fed_funds' ? 'effr' : t.kind)));
    const kind: TermKind | null = kinds.size !== 2 || !kinds.has('sofr') ? null : kinds.has('iorb') ? 'sofr_iorb' : kinds.has('effr') ? 'sofr_effr' : null;
    const first = legs[0];
    if (!kind || !first) return null;
    // What is said of it runs from the clause that names its first rate ("SOFR should coincide with IORB, with the spread …").
    const from = clausesOf(text, sentence).find((c) => within(first, c))?.start ?? own.start;
    return { kind, carried: clausesOf(text, sentence).filter((c) => c.start >= from && c.end <= own.start), how: 'carried', term: legs[legs.length - 1]! };
  }

  function subjectOf(
    a: Amount,
    h: { start: number },
    own: Span,
    clauses: Span[],
    sentence: [number, number],
    after: string,
  ): { kind: TermKind; carried: Span[]; how: 'said' | 'carried'; term: Span | null; period?: Period; over?: true } | { why: SkipWhy } {
    const carried: Span[] = [];
    // A term that cannot carry a figure of this unit is no rival subject ("Fed Balance Sheet QT: … $7.22 Trillion").
    const rival = (t: Span & { kind: TermKind }) => !!TARGET_OF[t.kind]?.[a.unit] || (a.unit === 'bp' && ['sofr', 'effr', 'iorb', 'fed_funds'].includes(t.kind)) || (a.unit === 'pct' && t.kind === 'rrp');
    const previousTerms = (upTo: number, from: number) => terms.filter((t) => t.end <= upTo && t.start >= from);
    // "This ratio" (这一比例) after reserves and then GDP were named: reserves over GDP, carried (never a ✗).
    if (a.unit === 'pct' && holds('anaphor.ratio', text.slice(own.start, h.start))) {
      const back = previousTerms(own.start, 0).filter((t) => t.kind === 'gdp' || TARGET_OF[t.kind]);
      const [before, last] = back.slice(-2);
      if (last?.kind === 'reserves_gdp' || (last?.kind === 'gdp' && before?.kind === 'reserves')) return { kind: 'reserves_gdp', carried, how: 'carried', term: last };
      return { why: 'none' };
    }
    if (a.unit === 'pct' && (OF_GDP_BEFORE.test(text.slice(own.start, h.start)) || OF_GDP_AFTER.test(text.slice(a.end, Math.min(sentence[1], a.end + 48))))) {
      // "reserves … about 7% of GDP": the ratio of the nearest indicator named before it, if that is reserves.
      const named = previousTerms(a.start, sentence[0]).filter((t) => t.kind !== 'gdp' && t.kind !== 'reserves_gdp');
      const last = named[named.length - 1];
      const ratio = terms.find((t) => within(t, own) && t.kind === 'reserves_gdp');
      if (ratio) return { kind: 'reserves_gdp', carried, how: 'said', term: ratio };
      if (last?.kind === 'reserves') return { kind: 'reserves_gdp', carried, how: within(last, own) ? 'said' : 'carried', term: last };
      return { why: last ? 'two' : 'none' };
    }
    const overRate = spreadOverRate();
    if (overRate) return overRate;
    const labelTerm = terms.filter((t) => within(t, own) && t.end <= a.start).pop();
    if (labelTerm && !rival(labelTerm) && /^\s*[:：]?\s*$/.test(text.slice(labelTerm.end, h.start))) return { why: 'unit' };
    // "its $8.5 trillion balance sheet": a sum of money written before the Fed's balance sheet names its size.
    const premod = premodified();
    if (premod) return premod;
    const ownTerms = terms.filter((t) => within(t, own));
    // The rate the Fed pays on reserves is IORB ("pays the banks 3.15% in interest on … reserves"), read loosely.
    const paid = a.unit === 'pct' && holds('rate.paid', text.slice(sentence[0], a.start));
    if (paid && ownTerms.length && ownTerms.every((t) => t.kind === 'reserves')) return { kind: 'iorb', carried, how: 'carried', term: ownTerms[0]! };
    // Only terms that cannot carry it: the figure is theirs, and not checked ("2 兆美元的量化緊縮").
    if (ownTerms.length && !ownTerms.some(rival)) return new Set(ownTerms.map((t) => t.kind)).size > 1 ? { why: 'two' } : { kind: ownTerms[0]!.kind, carried, how: 'said', term: ownTerms[0]! };
    const inOwn = ownTerms.filter(rival);
    if (inOwn.length) {
      const kinds = new Set(inOwn.map((t) => t.kind));
      if (kinds.size > 1) {
        // SOFR named with IORB (or EFFR) around a spread in basis points is that spread.
        const spread = a.unit === 'bp' && [...kinds].every((k) => ['sofr', 'iorb', 'sofr_iorb'].includes(k)) ? 'sofr_iorb' : a.unit === 'bp' && [...kinds].every((k) => ['sofr', 'effr', 'fed_funds', 'sofr_effr'].includes(k)) ? 'sofr_effr' : null;
        if (spread) return { kind: spread, carried, how: 'said', term: inOwn[0]! };
        // "… with SOFR-ON RRP at 9bp and SOFR-IORB at -1bp": each figure is its nearest term's, when only words
        // lie between them — a looser reading (never a ✗).
        const near = [...inOwn].reverse().find((t) => t.end <= a.start);
        const gap = near ? text.slice(near.end, h.start) : '';
        // …and only when each other term before it has a figure of its own in between ("X and Y together held" is two).
        const shared = inOwn.some((t) => t.end <= (near?.start ?? 0) && t.kind !== near?.kind && !amounts.some((b) => b.start >= t.end && b.end <= near!.start));
        if (!near || shared || /\d/.test(gap) || gap.length > 24 || !TARGET_OF[near.kind]?.[a.unit]) return { why: 'two' };
        return { kind: near.kind, carried, how: 'carried', term: near };
      }
      const nearest = [...inOwn].sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start))[0]!;
      return spreadOverPronoun(inOwn[0]!) ?? { kind: inOwn[0]!.kind, carried, how: 'said', term: nearest };
    }
    const spread = spreadNamed(a, h, own, sentence);
    if (spread) return spread;
    // Chinese (and English) often leave the subject of a following clause unsaid. A pronoun ("其規模", "its
    // size") points back to the nearest term a figure can be checked against, across sentences if need be;
    // otherwise the subject is carried over from an earlier clause of the same sentence, never into a
    // parenthesis (an aside about something else).
    // The Treasury said with its cash before the figure is the subject, whatever "its" or a term before points at.
    const owner = ownerBefore();
    if (owner) return owner;
    if (holds('anaphor', text.slice(own.start, a.start))) {
      const back = previousTerms(own.start, 0).filter((t) => TARGET_OF[t.kind]);
      const t = back[back.length - 1];
      return t ? { kind: t.kind, carried, how: 'carried', term: t } : (headNoun() ?? namedEarlier() ?? pointed() ?? { why: 'none' });
    }
    if (/[(（]\s*$/.test(text.slice(Math.max(0, own.start - 2), own.start))) {
      // "準備金(2.95 兆美元)": a data sheet's figure in brackets right after its term.
      const named = terms.filter((t) => t.end <= own.start && own.start - t.end <= 2 && (rival(t) || (paid && t.kind === 'reserves'))).pop();
      // "what the Fed pays banks on their reserve balances (5.4%)": the rate paid on them.
      if (named && !rival(named) && /^\s*$/.test(text.slice(own.start, h.start))) return { kind: 'iorb', carried, how: 'carried', term: named };
      if (named && rival(named) && /^\s*$/.test(text.slice(own.start, h.start))) return { kind: named.kind, carried, how: 'said', term: named };
      // "報 4.24%(之前一天報 4.13%)": a figure in brackets right after another, in its unit, is of the same thing.
      const before = [...frames].reverse().find((f) => f.sentence === sentence[0] && f.end <= own.start);
      return before && before.unit === a.unit && /^\s*[(（]\s*$/.test(text.slice(before.end, own.start)) ? { kind: before.kind, carried, how: 'carried', term: null } : { why: 'none' };
    }
    const continued = parallel();
    if (continued) return continued;
    // An aside between commas right after the subject ("Reserves, a key gauge of the Fed's balance sheet, fell …")
    // is not the subject.
    const aside = (c: Span) => cueAtStart('subject.aside').test(text.slice(c.start, c.end)) && terms.some((t) => t.end < c.start && rival(t) && /^\s*,\s*$/.test(text.slice(t.end, c.start)));
    const earlier = clauses.filter((c) => c.end <= own.start).reverse();
    const withTerms = earlier.find((c) => !aside(c) && terms.some((t) => within(t, c)));
    if (!withTerms) return forward() ?? unsaid() ?? compared() ?? generic() ?? pointed() ?? (cueAtStart('subject.there').test(after) ? namedBefore() : null) ?? rateNamed() ?? theyNamed() ?? headNoun() ?? counted() ?? { why: 'none' };
    const inThat = terms.filter((t) => within(t, withTerms) && rival(t));
    if (!inThat.length) return { why: 'unit' };
    const kinds = new Set(inThat.map((t) => t.kind));
    if (kinds.size > 1) return { why: 'two' };
    const over = kinds.size === 1 ? spreadOverPronoun(inThat[0]!) : null;
    if (over) return over;
    carried.push(...clauses.filter((c) => c.start >= withTerms.start && c.end <= own.start));
    if (kinds.size === 1 && !TARGET_OF[[...kinds][0]!]?.[a.unit]) {
      const p = parallel();
      if (p) return p;
    }
    // "Secured Overnight Financing Rate (SOFR): 4.64%": a name and its bracketed acronym are one subject, said.
    const label = /^\s*[:：]/.test(text.slice(own.start, a.start)) && carried.every((c) => terms.some((t) => within(t, c)));
    // "The Treasury General Account, the government's checking account at the Fed, rose to …": a subject said
    // alone in its clause, only an aside between it and the figure's clause, is the figure's subject, said.
    const asides = earlier.slice(0, earlier.indexOf(withTerms));
    const subjectThenAside = asides.length > 0 && asides.every(aside) && !amounts.some((b) => within(b, withTerms)) && /^\s*,\s*$/.test(text.slice(inThat[inThat.length - 1]!.end, asides[asides.length - 1]!.start));
    return { kind: [...kinds][0]!, carried, how: label || subjectThenAside ? 'said' : 'carried', term: inThat[inThat.length - 1]! };

    /**
     * A figure that continues the figure before it in the sentence, in the same unit ("stand at about 12% of GDP,
     * up from 7% in September 2019"): the same target's, read loosely.
     */
    function parallel(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      const prev = [...frames].reverse().find((f) => f.sentence === sentence[0] && f.end <= a.start);
      if (!prev || prev.unit !== a.unit || /[;；。]/.test(text.slice(prev.end, a.start))) return null;
      const lead = text.slice(Math.max(prev.end, a.start - 24), a.start);
      if (!cueIn('from').test(lead) && !cueIn('compare').test(lead) && !cueAtEnd('level.to').test(lead)) return null;
      return { kind: prev.kind, carried: [], how: 'carried', term: null };
    }

    /**
     * "the Fed's $6.6 trillion balance sheet", "its $8.5 trillion balance sheet": a sum of money right before the
     * balance sheet's noun (premod.fed_assets), owned by the Fed — its name, or "its" in a sentence that names the Fed
     * (or the central bank) and no bank before the figure — is the Fed's total assets, whatever else its clause names.
     * Read loosely (never a ✗: an earlier size may be meant, "the reduction of its $9 trillion balance sheet").
     */
    function premodified(): { kind: TermKind; carried: Span[]; how: 'carried'; term: null } | null {
      if (!TARGET_OF.fed_assets?.[a.unit] || !cueAtStart('premod.fed_assets').test(text.slice(a.end, Math.min(sentence[1], a.end + 24)))) return null;
      const lead = text.slice(sentence[0], h.start);
      const fed = /\b(?:Fed|Federal Reserve)(?:'s|’s)\s*$/i.test(lead) || (/\bits\s*$/i.test(lead) && /\b(?:Fed|Federal Reserve|central bank)\b/i.test(lead) && !holds('part.bank', lead));
      return fed ? { kind: 'fed_assets', carried: [], how: 'carried', term: null } : null;
    }

    /** "At 4.64% (up 1bp), the SOFR fix printed …": the subject named in the next clause. */
    function forward(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      // "2.93万亿美元,这是…准备金余额的最新数字": a figure alone at the start of its sentence, named by the next clause.
      const cleft = own.start === sentence[0] && /^\s*$/.test(text.slice(own.start, h.start)) && /^\s*$/.test(text.slice(a.end, own.end));
      if (!/^\s*at\s*$/i.test(text.slice(own.start, h.start)) && !cleft) return null;
      const next = clauses.find((c) => c.start >= own.end && !/[(（]\s*$/.test(text.slice(Math.max(0, c.start - 1), c.start)) && terms.some((t) => within(t, c)));
      const first = next && terms.find((t) => within(t, next));
      if (!first || (cleft ? next.start !== own.end + 1 || !/^\s*这(?:是|一数字)/.test(text.slice(next.start, first.start)) : first.start - next.start > 12)) return null;
      return { kind: first.kind, carried: [next], how: 'carried', term: first };
    }

    /**
     * "這比 IORB 高出 9 個基點": basis points over IORB (or EFFR), said of a pronoun in the sentence, are the spread
     * of the rate named last before the sentence's pronoun, when that is SOFR.
     */
    function spreadOverPronoun(over: Span & { kind: TermKind }): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null; period?: Period } | null {
      if (a.unit !== 'bp' || (over.kind !== 'iorb' && over.kind !== 'effr') || !holds('anaphor', text.slice(sentence[0], over.start))) return null;
      const rate = previousTerms(sentence[0], 0).filter((t) => TARGET_OF[t.kind]?.pct || t.kind === 'fed_funds').pop();
      if (rate?.kind !== 'sofr') return null;
      // The figure said with that term (its first), not a bracketed earlier one after it: 報 4.24%(之前一天報 4.13%).
      const figure = frames.find((f) => f.end <= sentence[0] && f.kind === 'sofr' && f.end > rate.start);
      return { kind: over.kind === 'iorb' ? 'sofr_iorb' : 'sofr_effr', carried: [], how: 'carried', term: rate, ...(figure?.period ? { period: figure.period } : {}) };
    }

    /**
     * "…, 11 basis points above IORB", "That is 9 basis points over what the Fed pays on reserves": basis points
     * above (or below) IORB or EFFR, said alone or of a pronoun, are SOFR's spread when the last percentage written
     * before them is SOFR's — at that figure's time, read loosely. ("GC repo traded 5 basis points above IORB" is not.)
     */
    function spreadOverRate(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null; period?: Period; over: true } | null {
      if (a.unit !== 'bp' || !DIRECTION_AFTER.test(text.slice(a.end, a.end + 14)) || !PRONOUN_LEAD.test(text.slice(own.start, h.start))) return null;
      const over = terms.find((t) => within(t, own) && t.start >= a.end);
      const paid = over?.kind === 'reserves' && holds('rate.paid', text.slice(a.end, over.start));
      const spread = over?.kind === 'iorb' || paid ? 'sofr_iorb' : over?.kind === 'effr' ? 'sofr_effr' : null;
      // The last percentage written before them, read or not ("Tri-party repo was 3.69%, which is 4 basis points
      // above IORB" is not SOFR's, though SOFR's was read before it).
      const lastRate = amounts.filter((b) => b.end <= a.start && b.unit === 'pct').pop();
      const rate = lastRate && frames.find((f) => f.end === lastRate.end && f.unit === 'pct');
      if (!spread || rate?.kind !== 'sofr') return null;
      return { kind: spread, carried: [], how: 'carried', term: null, over: true, ...(rate.period ? { period: rate.period } : {}) };
    }

    /**
     * "Usage dropped below $250 billion", 使用量总计…: a generic subject word, and the indicator the headline names
     * — or, when the headline names none, the one the sentence before names ("… reserve balances. The totals fell …").
     */
    function generic(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      if (!holds('subject.generic', text.slice(sentence[0], a.start))) return null;
      if (headlineKind) return { kind: headlineKind, carried: [], how: 'carried', term: null };
      return namedBefore() ?? lastSentenceBefore();
    }

    /**
     * "The Treasury's cash balance rose to $23.4 billion on Friday. That was up from $22.9 billion on June 1": a
     * pronoun opening the figure's sentence as its subject (subject.pointed) points at the one indicator the
     * sentence before named, or whose figures it gave. Read loosely.
     */
    function pointed(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      if (own.start !== sentence[0] || !cueAtStart('subject.pointed').test(text.slice(sentence[0], h.start))) return null;
      return namedBefore();
    }

    /**
     * At a passage's first sentence, the sentence before is the passage before's last: the one indicator it names
     * ("… The treasury balance has now reached $38.8 billion." ¶ "This figure represents a decline from …").
     */
    function lastSentenceBefore(): { kind: TermKind; carried: Span[]; how: 'carried'; term: null } | null {
      if (spans.some(([, e]) => e <= sentence[0]) || !before) return null;
      const last = sentences(before.text).pop();
      const kinds = new Set(before.terms.filter((t) => last && t.start >= last[0] && t.end <= last[1] && TARGET_OF[t.kind]?.[a.unit]).map((t) => t.kind));
      return kinds.size === 1 ? { kind: [...kinds][0]!, carried: [], how: 'carried', term: null } : null;
    }

    /**
     * "… known as the Treasury General Account. … left the account at $370 billion": an indicator's head noun in
     * the figure's clause, with no term of its own, names again the indicator named last before it in the passage
     * (none named: in the passage before, else the headline's one) — only when that is the head noun's indicator.
     * Read loosely.
     */
    function headNoun(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      const clause = text.slice(own.start, own.end);
      const last = previousTerms(own.start, 0).filter((t) => TARGET_OF[t.kind]?.[a.unit]).pop();
      const lastBefore = (before?.terms ?? []).filter((t) => TARGET_OF[t.kind]?.[a.unit]).sort((x, y) => x.start - y.start).pop();
      const kind = last ? last.kind : lastBefore ? lastBefore.kind : headlineKind;
      // The government's own cash, the Fed's own assets, said by their owner: theirs, whatever was named before.
      const owned = OWNERS.filter(([cue, k]) => TARGET_OF[k]?.[a.unit] && holds(cue, clause));
      if (owned.length === 1) return { kind: owned[0]![1], carried: [], how: 'carried', term: null };
      const said = HEAD_NOUNS.filter(([cue]) => holds(cue, clause)).map(([, kind]) => kind);
      return said.length === 1 && kind === said[0] ? { kind, carried: [], how: 'carried', term: last ?? null } : null;
    }

    /**
     * "The Treasury has been rebuilding its cash pile to …", 美国财政部现金余额降至…: the Treasury and its cash said
     * right before the figure (only a verb or a preposition between them) name the TGA, whatever was named before.
     * Read loosely.
     */
    function ownerBefore(): { kind: TermKind; carried: Span[]; how: 'carried'; term: null } | null {
      if (!TARGET_OF.tga?.[a.unit]) return null;
      const lead = text.slice(own.start, h.start);
      const m = [...lead.matchAll(cueAll('owner.subject.tga'))].pop();
      const rest = m ? lead.slice(m.index + m[0].length) : '';
      return m && rest.length <= 24 && !/\d/.test(rest) ? { kind: 'tga', carried: [], how: 'carried', term: null } : null;
    }

    /**
     * "SOFR … Since early November the rate has climbed to 4.05 percent": "the rate" alone in the figure's clause is
     * the one rate the paragraph named before it — only when it named no other (a term of another rate, or a rate
     * no term names: rate.other). Read loosely.
     */
    function rateNamed(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span } | null {
      if (a.unit !== 'pct' || !holds('head.rate', text.slice(own.start, h.start))) return null;
      const rates = previousTerms(own.start, 0).filter((t) => TARGET_OF[t.kind]?.pct || t.kind === 'fed_funds' || t.kind === 'rrp' || t.kind === 'sofr_tail');
      const kinds = new Set(rates.map((t) => t.kind));
      if (kinds.size !== 1 || holds('rate.other', text.slice(0, own.end))) return null;
      const last = rates[rates.length - 1]!;
      return TARGET_OF[last.kind]?.pct ? { kind: last.kind, carried: [], how: 'carried', term: last } : null;
    }

    /** "As of last Friday, they currently sit at $70.8 billion": the one indicator the paragraph named before it (a sum of money only). Read loosely. */
    function theyNamed(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span } | null {
      if (a.unit !== 'usd_bn' || !cueAtEnd('anaphor.plural').test(text.slice(own.start, h.start))) return null;
      const named = previousTerms(own.start, 0).filter((t) => TARGET_OF[t.kind]);
      const kinds = new Set(named.map((t) => t.kind));
      const last = named[named.length - 1];
      return kinds.size === 1 && last && TARGET_OF[last.kind]?.[a.unit] ? { kind: last.kind, carried: [], how: 'carried', term: last } : null;
    }

    /** A passage that names no indicator: the one the passage before names last, else the headline's. Read loosely. */
    function namedEarlier(): { kind: TermKind; carried: Span[]; how: 'carried'; term: null } | null {
      if (terms.some((t) => t.end <= a.start && TARGET_OF[t.kind])) return null;
      const kind = (before?.terms ?? []).filter((t) => TARGET_OF[t.kind]?.[a.unit]).sort((x, y) => x.start - y.start).pop()?.kind ?? headlineKind;
      // A head noun of another indicator's thing in its clause ("its cash pile" after a paragraph on reserves): not theirs.
      const clause = text.slice(own.start, own.end);
      if ([...HEAD_NOUNS, ...OWNERS].some(([cue, k]) => k !== kind && holds(cue, clause))) return null;
      return kind && TARGET_OF[kind]?.[a.unit] ? { kind, carried: [], how: 'carried', term: null } : null;
    }

    /** "A total of 94 participants deposited $993 billion": a head count at an operation, of the facility the sentence before names. */
    function counted(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      if (!holds('count.whole', text.slice(sentence[0], a.start))) return null;
      const n = namedBefore();
      return n && WHOLE_BY_COUNT.has(TARGET_OF[n.kind]?.[a.unit] as ClaimTarget) ? n : null;
    }

    /** A Chinese sentence that leaves its subject unsaid takes the one indicator the sentence before it names. */
    function unsaid(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      const verb = cueAll('level.verb');
      verb.lastIndex = 0;
      // Up to the figure: "only … left" (仅剩) is a hedge and the verb. A time said first (截至本周) is no subject.
      const pre = text.slice(sentence[0], a.start);
      const m = [...pre.matchAll(verb)].pop();
      if (!m || !EMPTY_SUBJECT.test(pre.slice(0, m.index).replace(cueAll('present'), ' ').replace(/[,，]/g, ' ')) || !/[\u4e00-\u9fff]/.test(pre)) return null;
      return namedBefore();
    }

    /**
     * "与 2021 年 12 月 31 日的 1.9 万亿美元相比,…": a dated figure a sentence opens by comparing with is of the one
     * indicator the sentence names after it, else of the one the sentence before names. Read loosely.
     */
    function compared(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      const pre = text.slice(sentence[0], h.start);
      if (!/^[\s,，]*(?:与|和|跟|同)/.test(pre) || !cueAtStart('compare').test(text.slice(a.end, a.end + 10).replace(/^\s*(?:左右|上下)/, ''))) return null;
      if (!phrases.some((p) => p.period && p.period.kind !== 'current' && !p.aside && p.start >= sentence[0] && p.end <= h.start)) return null;
      const later = terms.filter((t) => t.start >= own.end && t.end <= sentence[1] && TARGET_OF[t.kind]);
      const kinds = new Set(later.map((t) => t.kind));
      if (kinds.size > 1) return null;
      return kinds.size ? { kind: later[0]!.kind, carried: [], how: 'carried', term: later[0]! } : namedBefore();
    }

    /** The one indicator the sentence before (in this passage) names, if it names exactly one. */
    function namedBefore(): { kind: TermKind; carried: Span[]; how: 'carried'; term: Span | null } | null {
      const prevSentence = spans.filter(([, e]) => e <= sentence[0]).pop();
      if (!prevSentence) return null;
      const named = terms.filter((t) => t.start >= prevSentence[0] && t.end <= prevSentence[1] && TARGET_OF[t.kind]);
      const kinds = new Set(named.map((t) => t.kind));
      if (kinds.size === 1) return { kind: named[0]!.kind, carried: [], how: 'carried', term: named[0]! };
      // None named there, but its figures had one subject (其余额 …): the topic goes on.
      const figures = new Set(frames.filter((f) => f.sentence === prevSentence[0]).map((f) => f.kind));
      return !kinds.size && figures.size === 1 ? { kind: [...figures][0]!, carried: [], how: 'carried', term: null } : null;
    }
  }

  function opening(d: PeriodPhrase[]): boolean {
    const [x, y] = d;
    if (!x || d.length > 2 || x.start > 8) return false;
    if (!y) return AS_OF.test(text.slice(0, x.start));
    return y.period?.kind === 'day' && /^\s*(?:between|from)\s*$/i.test(text.slice(0, x.start)) && /^\s*(?:and|to|through|-|–)\s*$/i.test(text.slice(x.end, y.start));
  }

  /** "Rose to 4.96% on Monday from 4.84%": the observation before the day the move reached its level. */
  function reachedBefore(): { period: Period; named: boolean } | null {
    const a = current!;
    const reached = [...frames].reverse().find((f) => f.end <= a.start && f.lead === 'to' && f.day && f.sentence <= a.start);
    if (!reached?.day || !cueIn('from').test(text.slice(reached.end, a.start)) || /[;；。]/.test(text.slice(reached.end, a.start))) return null;
    if (amounts.some((b) => b.start >= reached.end && b.end <= a.start)) return null;
    return { period: { kind: 'day', date: previousBusinessDay(reached.day) }, named: false };
  }

  /**
   * A Chinese data report's next sentence, with no time of its own, is of the one day the sentence before it dates
   * its figures by ("SOFR 11 月 5 日为 3.91%。IORB 为 3.9%,利差收窄至 1 个基点"). Not named: read loosely.
   */
  function dayBefore(sentence: [number, number]): Period | null {
    const prev = spans.filter(([, e]) => e <= sentence[0]).pop();
    if (!prev || !CJK.test(text.slice(sentence[0], sentence[1]))) return null;
    // The day it is about, once: not the day the data came out (周四公布), nor a figure's "day before".
    const said = found.filter((p) => p.start >= prev[0] && p.end <= prev[1] && !p.aside && !p.release);
    const day = said.length === 1 && said[0]!.period?.kind === 'day' ? said[0]!.period : null;
    return day && frames.some((f) => f.sentence === prev[0] && f.day === day.date) ? day : null;
  }

  /** The text of [from, to) with its asides ("since …", "post-May 2022") blanked: they set no time of their own. */
  function withoutAsides(from: number, to: number): string {
    let t = text.slice(from, to);
    for (const p of phrases) if (p.aside && p.start >= from && p.end <= to) t = t.slice(0, p.start - from) + ' '.repeat(p.end - p.start) + t.slice(p.end - from);
    return t;
  }

  /** A move's earlier level right before the figure in its clause, after a from-word ("从 3.2 万亿美元降至 …"). */
  function fromFigureOf(a: Amount, c: Span): Amount | null {
    const figure = amounts.filter((b) => b.end <= a.start && b.start >= c.start && b.end <= c.end).pop();
    return figure && cueIn('from').test(text.slice(c.start, figure.start)) ? figure : null;
  }

  function periodOf(a: Amount, own: Span, sentence: [number, number], said: string, drawdown: boolean, lead: Lead | 'change'): { period: Period; named: boolean; loose?: true } | { why: SkipWhy } {
    const inSentence = phrases.filter((p) => p.start >= sentence[0] && p.end <= sentence[1] && !p.aside);
    const usable = inSentence.filter((p) => !p.past && (!boundTo.has(p) || boundTo.get(p) === a));
    const bound = usable.filter((p) => boundTo.get(p) === a);
    // In its own clause: after the figure before it (the figure before it owns what follows it).
    const previous = amounts.filter((b) => b.end <= a.start && b.start >= own.start).pop();
    const inClause = usable.filter((p) => within(p, own) && (!previous || p.start >= previous.end) && p.end <= a.start && !boundTo.has(p));
    const owned = bound.length ? bound : inClause;
    const distinct = (ps: PeriodPhrase[]) => ps.filter((p, i) => ps.findIndex((q) => (q.period && p.period ? samePeriod(q.period, p.period) : q === p)) === i);
    const earlierLevel = lead === 'from' || lead === 'compare';
    // An earlier level said with its own "now" ("up from $550 billion now", "higher than the current level of
    // $490 billion") is today's: read loosely (never a ✗).
    // Its own: right after it, or in the words right before it; not a "now" of the level a move reached after it
    // ("从 4.5 万亿美元降至目前约 4 万亿美元").
    const nowSaid = earlierLevel && (cueAtStart('present').test(text.slice(hedgeOf(text, a).end, Math.min(own.end, a.end + 16))) || holds('present', text.slice(Math.max(own.start, previous?.end ?? 0, a.start - 28), a.start)));
    const fromNow = nowSaid ? { period: { kind: 'current' } as Period, named: false, loose: true as const } : null;
    if (owned.length) {
      if (distinct(owned).length > 1) return { why: 'period' };
      const p = owned[0]!.period;
      if (!p) return { why: 'undated' };
      if (p.kind === 'current' && earlierLevel) return reachedBefore() ?? fromNow ?? { why: 'from' };
      // A past span before a "now" joined on by "and"/"but" is the earlier predicate's (present.turn).
      const turned = (q: PeriodPhrase) => q.end <= owned[0]!.start && holds('present.turn', text.slice(q.end, owned[0]!.end));
      if (p.kind === 'current' && (!article || inSentence.some((q) => q.past && within(q, own) && !turned(q)))) return { why: article ? 'period' : 'undated' };
      return owned[0]!.pointed ? { period: p, named: true, loose: true } : { period: p, named: true };
    }
    // "… the most since March 31, when usage was $485.5 billion": a "when" clause right after a date of its sentence
    // (a since-aside's too) is of that date, read loosely.
    const dateBefore = /^\s*when\b/i.test(text.slice(own.start, a.start)) && !earlierLevel ? phrases.find((p) => p.start >= sentence[0] && p.end <= own.start && /^[\s\d,]*$/.test(text.slice(p.end, own.start))) : undefined;
    const sinceDate = dateBefore ? /^since\s+(.*)$/is.exec(text.slice(dateBefore.start, own.start)) : null;
    const whenDate = dateBefore && (dateBefore.period ?? (sinceDate ? findPeriods(sinceDate[1]!, article)[0]?.period : null));
    if (whenDate && whenDate.kind !== 'current') return { period: whenDate, named: false, loose: true };
    // An earlier level needs its own time: "from $144.08 billion the day before", not "from $2.4 trillion" —
    // except right after the level a move reached on a day ("rose to 4.96% on Monday from 4.84%"): the
    // observation before that day.
    if (earlierLevel) return reachedBefore() ?? fromNow ?? { why: 'from' };
    // A past period set by an earlier sentence of the paragraph may still hold ("In 2019 … Reserves fell to …").
    // A verb in the present tense in the figure's own clause ("stand at") says now; so does the article's own day ("today").
    // A time said right after a figure of an earlier sentence is that figure's ("rose by $500 billion back in July."): it
    // sets no time for the sentences after it.
    const dated = phrases.filter((p) => p.end <= sentence[0] && !p.aside && !boundTo.has(p) && (p.past || (p.period !== null && p.period.kind !== 'current')));
    const today = (p: PeriodPhrase) => p.period?.kind === 'day' && p.period.date === article;
    // A day something will happen on (将于 12 月 1 日结束) is no past period.
    const planned = (p: PeriodPhrase) => holds('forecast', text.slice(Math.max(0, p.start - 3), p.start), 'forecast.noise');
    const pastBefore = !holds('present.verb', text.slice(own.start, a.start)) && dated.some((p) => !today(p) && !planned(p));
    // A period introduced by "from" is where a move started ("by $206 billion from the peak on April 13"):
    // it dates no other figure.
    const free = usable.filter((p) => !boundTo.has(p) && !FROM_BEFORE.test(text.slice(Math.max(sentence[0], p.start - 24), p.start)));
    // An earlier period past another figure dates this one only if it dated that one too (截至5月17日, A 降至 X, B 為 Y).
    const earlier = free.filter((p) => {
      if (p.end > a.start) return false;
      // …a move's earlier level in the figure's own clause aside ("截至 11 月,A 降至 X,B 从 Y 降至 Z": Z is of November too).
      const fromFigure = fromFigureOf(a, own);
      const between = amounts.filter((b) => b.start >= p.end && b.end <= a.start && b !== fromFigure);
      // A move's size before the level it reached is one statement with it (截至 1 月 1 日当周,准备金减少约 3260 亿美元,至 2.89 万亿美元).
      // …also when the move was left unread for its unit ("On October 31, SOFR rose by 22 basis points to 4.22%").
      const moves = (lead === 'to' || lead === 'level') && between.every((b) => frames.some((f) => f.end === b.end && f.lead === 'change') || isMove(b, sentence[0]));
      // "Now" reaches over the sentence (如今,即使進行了 2 兆美元的 QT,其規模仍在 6.9 兆美元左右).
      return !between.length || moves || p.period?.kind === 'current' || frames.some((f) => f.sentence === sentence[0] && f.end === between[between.length - 1]!.end && f.period && p.period && samePeriod(f.period, p.period));
    });
    // A later period past another figure is that figure's ("… besting the high seen on Sept. 30, when $2.4 trillion …").
    // A later period in another clause dates that clause ("…, besting the prior high seen on Sept. 30"; "…, the Fed
    // said on Thursday"), not this figure.
    // A time inside a "since" clause after it is where the move began ("… back to $800 billion since the debt ceiling
    // was lifted in July"), not the figure's.
    // A range of figures is another figure too, though not one to check ("$2.89 trillion — close to the $2.5-2.7
    // trillion floor where the repo market broke in September 2019": 2019 is the floor's).
    const later = free.filter((p) => p.start >= a.end && p.end <= own.end && !amounts.some((b) => b.start >= a.end && b.end <= p.start) && !RANGE_FIGURE.test(text.slice(a.end, p.start)) && !/\bsince\b/i.test(text.slice(a.end, p.start)));
    let period: Period | null;
    let openingDated = false;
    const sentenceText = text.slice(sentence[0], sentence[1]);
    // "as of November 30", 截至 5 月 17 日: the date the data are as of.
    const asOf = distinct([...earlier, ...later].filter((p) => AS_OF.test(text.slice(Math.max(0, p.start - 8), p.start))));
    if (asOf.length === 1) period = asOf[0]!.period;
    else if (earlier.length) period = earlier[earlier.length - 1]!.period;
    // "As of January 8, reserve balances rose. The indicator reached …": a passage that opens with the date its data
    // are as of (or "Between January 23 and January 30,", the week they close), and names no other time before the
    // figure, dates its figures.
    // Not a sentence that says now ("At present, …") or names a time of its own, before the figure or after it.
    else if (!inSentence.length && !holds('present', sentenceText) && !holds('present.verb', sentenceText) && opening(dated)) {
      period = dated[dated.length - 1]!.period;
      openingDated = true;
    }
    else if (distinct(later).length === 1) period = later[0]!.period;
    else if (later.length) return { why: 'period' };
    else if (!inSentence.length && dayBefore(sentence)) period = dayBefore(sentence);
    else if (inSentence.some((p) => p.past && p.start < a.start) || pastBefore) return { why: 'period' };
    else period = { kind: 'current' };
    const named = earlier.length > 0 || later.length > 0;
    // "Now" from another clause, or none at all, does not make a peak, a record or a "when …" today's level (a
    // decline from the peak is measured from it: its peak is no period). Another time set earlier in the sentence
    // reaches the figure too ("Before the pandemic, reserves were …"), unless a "now" between them turns to the
    // present ("2019 年的 7% …;如今,儲備金佔 GDP 的 9.71%").
    const since = earlier.length ? earlier[earlier.length - 1]!.end : sentence[0];
    // …and after the figure in its clause, up to the next figure (which has words of its own).
    const until = Math.min(dashAfter(a, own, text), amounts.find((b) => b.start >= pastAside(a, text))?.start ?? own.end);
    // …unless the record is said in the present ("SOFR hits a record high of 5.40%").
    const recordNow = holds('present.verb', text.slice(own.start, a.start));
    if (period?.kind === 'current' && ((!drawdown && !recordNow && holds('extreme', said) && !holds('extreme.now', said)) || (!recordNow && holds('another.time', withoutAsides(since, until))))) return { why: 'period' };
    if (period === null) return { why: 'undated' };
    if (period.kind === 'current' && (!article || inSentence.some((p) => p.past && within(p, own)))) return { why: article ? 'period' : 'undated' };
    // The end of a move "from $X … to $Y" with no time said: when, is not said (a history, "from under $1
    // trillion to over $4.5 trillion"), unless the clause says now.
    // …nor when the sentence says the move ran over a span back from now (在過去三個月內, 從 A 增至 B).
    if (period.kind === 'current' && lead === 'to' && !named && FROM_THEN_FIGURE.test(text.slice(own.start, a.start)) && !holds('present', text.slice(own.start, own.end)) && !holds('span.now', text.slice(sentence[0], a.start))) return { why: 'from' };
    // A day carried from the paragraph's opening is never said of the figure itself: loose (never a ✗); nor is
    // a day said by pointing back ("On the same day").
    const pointedAt = [...earlier, ...later].some((p) => p.pointed && p.period && samePeriod(p.period, period));
    return openingDated || pointedAt ? { period, named, loose: true } : { period, named };
  }
}

/**
 * The lead of a figure from the words right before it: a move's size ("rose", "by", 增加), the level a move
 * ended at ("fell to", 降至; a bound after a move, "dropped below", is a level too), an earlier level
 * ("from", 从, "compared with", 比), a stated level ("stood at", "Total assets:"), or nothing said.
 */
function leadOf(lead: string, hedge: Hedge, hedgeBefore: boolean, hedgeWords = ''): Lead | 'change' {
  if (cueAtEnd('level.to').test(lead)) return 'to';
  if (cueAtEnd('change.before').test(lead)) {
    // "dropped below $250 billion" states a bound on the level; "declining by more than $1 trillion" a move.
    // In Chinese a quantity after the verb of a move is its size (縮水逾 3,000 億美元, shrank by more than);
    // a verb of crossing is a bound on the level (上升突破 3 万亿美元, rose past).
    if (hedgeBefore && (hedge === 'more' || hedge === 'less') && !BY_BEFORE_BOUND.test(lead) && (!CJK_END.test(lead) || CROSSING.test(hedgeWords))) return 'level';
    return 'change';
  }
  if (cueIn('from').test(lead)) return 'from';
  if (cueIn('compare').test(lead)) return 'compare';
  if (cueAtEnd('level.verb').test(lead)) return 'level';
  return 'plain';
}
