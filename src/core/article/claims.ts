/**
 * The article's own figures about the indicators: a number with a unit tied to one indicator (or an input
 * the product holds: GDP, SOFR, EFFR, IORB) by that indicator's term in the same clause, read with its hedge
 * (about / more / less) and its period. Precision first: whenever the reading is unsure — a change rather
 * than a level, a forecast or a threshold, a range, a rate per month, two indicators in the clause, an
 * unstated past period, a "current" figure on an undated page — the figure is skipped, with the reason.
 */
import type { TermKind } from '../terms/dictionary';
import { sentences } from '../terms/context';
import { fold } from '../terms/matcher';
import type { IsoDate } from '../types';
import { readAmounts, type Amount, type AmountUnit } from './amounts';
import { findPeriods, samePeriod, type Period, type PeriodPhrase } from './periods';

/** A block of the article's text and the terms the content script found in it (offsets in `text`). */
export interface Passage {
  text: string;
  terms: Array<{ start: number; end: number; kind: TermKind }>;
}

export const CLAIM_TARGETS = ['reserves', 'reserves_gdp', 'rrp', 'rrp_drawdown', 'fed_assets', 'tga', 'srf', 'sofr_effr', 'sofr_iorb', 'gdp', 'sofr', 'effr', 'iorb'] as const;
export type ClaimTarget = (typeof CLAIM_TARGETS)[number];
export type Hedge = 'plain' | 'about' | 'more' | 'less';

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
};

const CLAUSE_MARK = /[,，;；、()（）「」『』]/;
const HEDGE_BEFORE: Array<[Hedge, RegExp]> = [
  ['about', /(?:\b(?:about|around|roughly|nearly|almost|approximately|some|circa|close to)|~|約為|约为|大約|大约|約|约|將近|将近|接近|近)\s*$/i],
  ['more', /(?:\b(?:more than|over|above|at least|in excess of|upwards of|north of|greater than)|超過|超过|逾|多於|多于|高於|高于|突破)\s*$/i],
  ['less', /(?:\b(?:less than|under|below|fewer than|at most|south of)|不到|不足|跌破|低於|低于|少於|少于)\s*$/i],
];
const HEDGE_AFTER: Array<[Hedge, RegExp]> = [
  ['about', /^\s*(?:左右|上下)/],
  ['more', /^\s*(?:以上|之上|多)/],
  ['less', /^\s*(?:以下|之下)/],
];
/** Words right before a figure that make it a change, not a level ("rose $46 billion", "by", 增加了). */
const CHANGE_BEFORE =
  /(?:\b(?:by|bought|buys?|buying|purchases?d?|rose|risen|fell|fallen|dropped|declined|increased|decreased|added|adds|drained|drains|shrank|shrunk|grew|grown|jumped|slid|slipped|plunged|surged|soared|climbed|gained|lost|cut|reduced|removed|withdrew|injected|up|down|(?:increase|decrease|decline|drop|rise|fall|gain|loss|reduction|runoff|drawdown|swing|jump|change|outflow|inflow|injection)s? of)|(?:增加|減少|减少|下降|上升|上漲|上涨|下跌|縮減|缩减|縮水|缩水|注入|抽走|抽出|流出|流入|吸收|擴大|扩大|縮小|缩小|增長|增长|新增|購買|购买|買入|买入|減|减|增|降|升|跌|漲|涨)了?)\s*$/i;
const CHANGE_AFTER = /^\s*(?:的)?\s*(?:(?:increase|decrease|decline|drop|rise|jump|fall|reduction|drawdown|outflow|inflow|injection|gain|loss|swing|change|more|less|higher|lower|worth)\b|增幅|降幅|跌幅|漲幅|涨幅|增量|減幅|减幅|變化|变化)/i;
const FROM_BEFORE = /(?:\bfrom|從|从)\s*(?:a\s+(?:record|peak|high)\s+(?:of\s+)?)?$/i;
/** The end of a move, "from $X … to $Y": when, is not said. */
const FROM_TO_BEFORE = /(?:從|从|\bfrom\b)[^,，;；。]*\d[^,，;；。]*(?:到|至|\bto\b)\s*$/i;
/** Forecasts, thresholds, conditions and hypotheses: the figure is not a statement of the data. */
const NOT_A_FACT =
  /\b(?:will|would|could|may|might|should|shall|must|expects?|expected|forecasts?|forecasting|projected|projects?|projection|estimates?|estimated|target(?:s|ed)?|aims?|goal|needs?|needed|likely|unlikely|threshold|floor|ceiling|minimum|maximum|ideal(?:ly)?|if|unless|suppose|assuming|in order to|to keep|to bring|plans?|planned|planning|intends?|intended|wants?|wanted|hopes?|prefers?|preferred|comfortable|sees?|seen|assumes?|assumption|anticipates?|anticipated|predicts?|predicted|prediction|outlook|guidance|scenario|set to|on track|poised|head(?:ed|ing) (?:to|toward|towards|for)|going to|next (?:week|month|quarter|year)|later this (?:week|month|quarter|year)|by (?:year-end|the end of|end-)\w*|considered|deemed|regarded|viewed as|thought|believed|lower bound|upper bound|lowest comfortable|level at which|LCLoR)\b|被視為|被视为|視為|视为|認為|认为|會|会|將|将|可能|預計|预计|預期|预期|預測|预测|預估|预估|預料|预料|展望|計劃|计划|計畫|打算|希望|明年|下週|下周|下個月|下个月|年底前|年內|年内|估計|估计|應該|应该|應|应|需要|需|必須|必须|目標|目标|門檻|门槛|理想|上限|下限|或許|或许|恐怕|可望|有望|如果|假如|假設|假设|即使|倘若|若|要是|為了|为了|使其|回到|恢復|恢复/i;
/** Words that contain one of those characters without meaning it (聯準會 is the Fed, not "will"). */
const NOT_A_FACT_NOISE =
  /聯準會|联准会|聯儲會|委員會|委员会|理事會|理事会|議會|议会|國會|国会|協會|协会|大會|大会|社會|社会|機會|机会|會議|会议|學會|学会|年會|年会|例會|例会|開會|开会|會後|会后|會上|会上|會中|会中|應對|应对|回應|回应|反應|反应|供應|供应|適應|适应|效應|效应|相應|相应|需求|若干/g;
const notAFact = (s: string) => NOT_A_FACT.test(s.replace(NOT_A_FACT_NOISE, (w) => ' '.repeat(w.length)));
/** An average over a span: no single observation has to lie near it, so the observations cannot judge it. */
const AVERAGE = /\baverag(?:e|ed|es|ing)\b|\bmean\b|平均|均值|日均|週均|周均|月均/i;
const RATE_BEFORE = /(?:每\s*(?:個|个)?\s*(?:月|年|週|周|天|日)[^,，;；。\d]{0,6}|\b(?:monthly|annual|annually|yearly|weekly|daily))\s*$/i;
const RATE_AFTER = /^\s*(?:(?:a|per|each|every)\s+(?:month|year|week|day)\b|\/\s*(?:mo|month|yr|year|wk|week)\b|(?:a|per)\s+annum|(?:monthly|annually)\b|\/月|\/年|每月|每年)/i;
const RANGE_BEFORE = /(?:\d|%|bps?|points?|基點|基点|兆|萬億|万亿|億|亿|美元|trillion|billion|million|tn|bn|T|B)\s*(?:-|–|—|~|至|到|to|and)\s*(?:US\$|\$)?$|\bbetween\s+(?:US\$|\$)?$/i;
const RANGE_AFTER = /^\s*(?:-|–|—|~|至|到|to|and)\s*(?:US\$|\$)?\s*\d/i;
/** The ratio to GDP written around a percentage: "佔 GDP 的 7%", "7% of GDP". */
const OF_GDP_BEFORE = /(?:佔|占)\s*(?:當時|当时|目前|美國|美国|名目|名義)?\s*(?:的)?\s*GDP\s*(?:的)?\s*(?:比率|比例|比重|百分比)?\s*(?:[:：為为是]|約為|约为|約|约|大約|大约|近|接近)*\s*$/i;
const OF_GDP_AFTER = /^\s*of\s+(?:(?:nominal|U\.?S\.?|the)\s+)*(?:GDP|gross domestic product)\b/i;
/** A decline from the peak written around a percentage: "down 99% from its peak", "相比高峰縮水了 99%". */
const PEAK_WORD = /peak|high|record|高峰|峰值|最高|高點|高点/i;
const DECLINE_WORD = /\b(?:down|declin\w*|drop\w*|fell|fallen|shr[aiu]nk\w*|lower|below|plung\w*|slump\w*)\b|縮水|缩水|下降|減少|减少|下跌|萎縮|萎缩|降|跌/i;
const REAL_GDP = /\breal\b|實質|实质|實際|实际/i;
/** A peak, a low or a record: with no period of its own, such a figure is not the latest data. */
const EXTREME = /\b(?:peak(?:s|ed)?|high(?:s|est)?|record|all-time|low(?:s|est)?|trough|bottom(?:ed)?)\b|高峰|峰值|最高|最低|高點|高点|低點|低点|新高|新低|紀錄|纪录|記錄|记录/i;
const ANAPHOR = /其|它|\b(?:its|it)\b/i;
/**
 * One bank or a group of banks: its reserves or its repo borrowing are a part of the total, never the total
 * ("JPMorgan has $400 billion of reserves", "the largest banks hold …", "摩根大通的準備金 …"). 美國銀行 is
 * left out: it is also "US banks".
 */
const PART_OF_TOTAL =
  /\b(?:JP ?Morgan|J\.P\. Morgan|Bank of America|BofA|Citi(?:group|bank)?|Wells Fargo|Goldman(?: Sachs)?|Morgan Stanley|BNY(?: Mellon)?|State Street|HSBC|Barclays|Deutsche Bank|UBS|BNP Paribas|Mizuho|MUFG|Santander|(?:each|one|a single|any) (?:bank|lender)|(?:the )?(?:largest|biggest|big|top|major|foreign|regional|smaller|small|mid-sized|large|individual|some|many|several|a few|community)\s+(?:(?:\d+|two|three|four|five|six|ten|U\.?S\.?|American|domestic)\s+)*(?:banks|lenders|institutions))\b|摩根大通|小摩|美銀|美银|花旗|富國銀行|富国银行|高盛|摩根士丹利|大摩|紐約梅隆|纽约梅隆|道富|匯豐|汇丰|大型銀行|大型银行|大銀行|大银行|外資銀行|外资银行|外國銀行|外国银行|區域銀行|区域银行|地區銀行|地区银行|中小銀行|中小银行|部分銀行|部分银行|個別銀行|个别银行/i;
/** A component named with the figure: "$2.1 trillion of mortgage-backed securities", "4.2 兆美元的美債". */
const COMPONENT_AFTER =
  /^\s*(?:worth\s+)?(?:of|in)\s+(?:(?:U\.?S\.?|US|long-term|short-term|longer-dated|agency|government|federal|its|the)\s+)*(?:Treasur(?:y(?!\s+General)|ies)|T-bills?|bills|notes|bonds|mortgage-backed|MBS|securities|debt|loans|gold|currency|coins?|collateral)\b|^\s*(?:的)?\s*(?:美國|美国)?(?:國債|国债|公債|公债|美債|美债|國庫券|国库券|短債|短债|長債|长债|MBS|抵押貸款|抵押贷款|房貸|房贷|證券|证券|債券|债券|黃金|黄金)/i;
/** A part singled out before the figure: "including $4.2 trillion …", "of which", "其中 …". */
const COMPONENT_BEFORE = /\b(?:including|includes|of which|among them|comprising|consisting of|made up of)\b|其中|包括|包含/i;
/**
 * A rate that is not the overnight fixing the data hold: futures, swaps, term SOFR, a percentile, an N-day
 * average or an index ("three-month term SOFR", "SOFR futures imply 3.2%", "SOFR 期貨").
 */
const DERIVED_RATE =
  /\b(?:futures?|swaps?|forwards?|implied|impl(?:y|ies)|pric(?:ing|ed|es)|term|percentiles?|OIS|options?|curve|contracts?|(?:\d+|one|two|three|six|nine|twelve)[- ](?:day|week|month|year)|average (?:SOFR|rate)|compounded|index)\b|\d+(?:st|nd|rd|th) percentile|期貨|期货|掉期|交換|交换|遠期|远期|隱含|隐含|百分位|定期|複利|复利|指數|指数|平均/i;
const RATES = new Set<ClaimTarget>(['sofr', 'effr', 'iorb', 'sofr_effr', 'sofr_iorb']);
/** The totals a single bank or a group of banks holds a part of. */
const TOTALS_OF_BANKS = new Set<ClaimTarget>(['reserves', 'reserves_gdp', 'srf', 'rrp']);
/**
 * Words that set a figure in another time without naming it: "when reserves were $1.4 trillion", "before the
 * pandemic", "at the start of the year", "曾一度達 …", "疫情前約為 …". Read in the figure's own clause and
 * before it in the sentence (later clauses are about something else), and only for a figure with no period
 * of its own.
 */
const ANOTHER_TIME = new RegExp(
  [
    String.raw`\b(?:when|whenever|once|back when|as recently as|at one point|previously|formerly|historically|used to|had been|then|before|after|prior to|during|until|pre-\w+|post-\w+|earlier (?:this|that|in)|at (?:the|its) (?:start|beginning|end|height|depth|time) of|in the (?:past|wake of|aftermath of|run-up to|early|late)|a (?:year|month|week|decade) (?:earlier|before|prior)|the (?:previous|prior|preceding) (?:year|month|week|quarter))\b`,
    '曾經|曾经|曾|一度|此前|先前|之前|以前|早前|以往|昔日|往年|當年|当年|年初|年中|年底|年末|期間|期间|(?<![目當当])前',
  ].join('|'),
  'i',
);

interface Span {
  start: number;
  end: number;
}

/** Clause spans of a sentence (a comma between digits is a thousands separator, not a clause mark). */
function clausesOf(text: string, [from, to]: [number, number]): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!CLAUSE_MARK.test(c) || (c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)))) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

const within = (x: Span, s: Span) => x.start >= s.start && x.end <= s.end;

function hedgeOf(text: string, a: Amount): { hedge: Hedge; start: number; end: number } {
  const before = text.slice(Math.max(0, a.start - 16), a.start);
  for (const [hedge, re] of HEDGE_BEFORE) {
    const m = re.exec(before);
    if (m) return { hedge, start: a.start - (before.length - m.index), end: a.end };
  }
  const after = text.slice(a.end, a.end + 6);
  for (const [hedge, re] of HEDGE_AFTER) {
    const m = re.exec(after);
    if (m) return { hedge, start: a.start, end: a.end + m[0].length };
  }
  return { hedge: 'plain', start: a.start, end: a.end };
}

export function readClaims(passage: Passage, article: IsoDate | null): { claims: Claim[]; skipped: Skipped[] } {
  const text = fold(passage.text);
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const terms = passage.terms.filter((t) => t.kind !== 'topic').sort((a, b) => a.start - b.start);
  const amounts = readAmounts(text);
  const phrases = findPeriods(text, article);
  const spans = sentences(text);
  // A period in parentheses right after a figure is that figure's own: "30.486 兆美元(2025 年第二季)".
  const boundTo = new Map<PeriodPhrase, Amount>();
  for (const a of amounts) {
    if (!/^\s*[(（]/.test(text.slice(a.end))) continue;
    const close = text.slice(a.end).search(/[)）]/);
    for (const p of phrases) if (p.period && close >= 0 && p.start >= a.end && p.end <= a.end + close) boundTo.set(p, a);
  }
  for (const a of amounts) {
    const sentence = spans.find(([s, e]) => a.start >= s && a.start < e) ?? [0, text.length];
    const r = readOne(a, sentence);
    if ('why' in r) skipped.push({ start: a.start, end: a.end, text: a.text, why: r.why });
    else claims.push(r);
  }
  return { claims, skipped };

  function readOne(a: Amount, sentence: [number, number]): Claim | { why: SkipWhy } {
    const before = text.slice(Math.max(sentence[0], a.start - 24), a.start);
    const after = text.slice(a.end, Math.min(sentence[1], a.end + 24));
    if (RATE_BEFORE.test(before) || RATE_AFTER.test(after)) return { why: 'rate' };
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return { why: 'range' };
    const clauses = clausesOf(text, sentence);
    const own = clauses.find((c) => a.start >= c.start && a.start < c.end) ?? { start: a.start, end: a.end };
    const h = hedgeOf(text, a);
    const bare = text.slice(Math.max(own.start, h.start - 24), h.start);

    // Which indicator the figure is a figure of.
    let kind: TermKind | null = null;
    let drawdown = false;
    const carried: Span[] = [];
    const inOwn = terms.filter((t) => within(t, own));
    const previousTerms = (upTo: number, from: number) => terms.filter((t) => t.end <= upTo && t.start >= from);
    if (a.unit === 'pct' && (OF_GDP_BEFORE.test(text.slice(own.start, h.start)) || OF_GDP_AFTER.test(after))) {
      // "reserves … about 7% of GDP": the ratio of the nearest indicator named before it, if that is reserves.
      const named = previousTerms(a.start, sentence[0]).filter((t) => t.kind !== 'gdp' && t.kind !== 'reserves_gdp');
      const last = named[named.length - 1];
      if (/(?:約|约|大約|大约|近|接近|\babout|\baround|\broughly|\bnearly)\s*(?:佔|占)/i.test(text.slice(own.start, h.start)) && h.hedge === 'plain') h.hedge = 'about';
      if (inOwn.some((t) => t.kind === 'reserves_gdp')) kind = 'reserves_gdp';
      else if (last?.kind === 'reserves') kind = 'reserves_gdp';
      else return { why: last ? 'two' : 'none' };
    } else if (inOwn.length) {
      const kinds = new Set(inOwn.map((t) => t.kind));
      if (kinds.size > 1) {
        // SOFR named with IORB (or EFFR) around a spread in basis points is that spread.
        const spread = a.unit === 'bp' && [...kinds].every((k) => ['sofr', 'iorb', 'sofr_iorb'].includes(k)) ? 'sofr_iorb' : a.unit === 'bp' && [...kinds].every((k) => ['sofr', 'effr', 'sofr_effr'].includes(k)) ? 'sofr_effr' : null;
        if (!spread) return { why: 'two' };
        kind = spread;
      } else kind = inOwn[0]!.kind;
    } else {
      // Chinese (and English) often leave the subject of a following clause unsaid. A pronoun ("其規模", "its
      // size") points back to the nearest term a figure can be checked against, across sentences if need be;
      // otherwise the subject is carried over from an earlier clause of the same sentence, never into a
      // parenthesis (an aside about something else).
      if (ANAPHOR.test(text.slice(own.start, a.start))) {
        const back = previousTerms(own.start, 0).filter((t) => TARGET_OF[t.kind]);
        kind = back[back.length - 1]?.kind ?? null;
      } else if (!/[(（]\s*$/.test(text.slice(Math.max(0, own.start - 2), own.start))) {
        const earlier = clauses.filter((c) => c.end <= own.start).reverse();
        const withTerms = earlier.find((c) => terms.some((t) => within(t, c)));
        if (withTerms) {
          const kinds = new Set(terms.filter((t) => within(t, withTerms)).map((t) => t.kind));
          if (kinds.size > 1) return { why: 'two' };
          kind = [...kinds][0]!;
          carried.push(...clauses.filter((c) => c.start >= withTerms.start && c.end <= own.start));
        }
      }
      if (!kind) return { why: 'none' };
    }
    // What is said of the figure: its own clause and any its subject was carried over from; and the sentence up to it.
    const said = text.slice(Math.min(own.start, ...carried.map((c) => c.start)), own.end);
    const upTo = text.slice(sentence[0], own.end);
    if (kind === 'rrp' && a.unit === 'pct') drawdown = PEAK_WORD.test(said) && DECLINE_WORD.test(said);
    const target: ClaimTarget | undefined = drawdown ? 'rrp_drawdown' : TARGET_OF[kind]?.[a.unit];
    if (!target) return { why: TARGET_OF[kind] ? 'unit' : 'unchecked' };
    if (a.li && !['sofr', 'effr', 'iorb'].includes(target)) return { why: 'unit' };
    if (target === 'gdp' && REAL_GDP.test(text.slice(own.start, own.end))) return { why: 'unchecked' };

    if (TOTALS_OF_BANKS.has(target) && PART_OF_TOTAL.test(upTo)) return { why: 'part' };
    if (AVERAGE.test(said)) return { why: 'average' };
    if (RATES.has(target) && DERIVED_RATE.test(upTo)) return { why: 'unchecked' };
    if (COMPONENT_AFTER.test(text.slice(h.end, h.end + 40)) || COMPONENT_BEFORE.test(text.slice(own.start, h.start))) return { why: 'part' };

    // A level, stated as a fact.
    if (!drawdown && (CHANGE_BEFORE.test(bare) || CHANGE_AFTER.test(text.slice(h.end, h.end + 16)))) return { why: 'change' };
    if ([own, ...carried].some((c) => notAFact(text.slice(c.start, c.end)))) return { why: 'forecast' };

    // Its period.
    const inSentence = phrases.filter((p) => p.start >= sentence[0] && p.end <= sentence[1] && !p.aside);
    const usable = inSentence.filter((p) => !p.past && (!boundTo.has(p) || boundTo.get(p) === a));
    const bound = usable.filter((p) => boundTo.get(p) === a);
    const ownPeriods = bound.length ? bound : usable.filter((p) => within(p, own));
    let period: Period | null | undefined;
    const distinct = (ps: PeriodPhrase[]) => ps.filter((p, i) => ps.findIndex((q) => (q.period && p.period ? samePeriod(q.period, p.period) : q === p)) === i);
    // A past period set by an earlier sentence of the paragraph may still hold ("In 2019 … Reserves fell to …").
    const pastBefore = phrases.some((p) => p.end <= sentence[0] && !p.aside && (p.past || (p.period !== null && p.period.kind !== 'current')));
    if (ownPeriods.length) {
      if (distinct(ownPeriods).length > 1) return { why: 'period' };
      period = ownPeriods[0]!.period;
    } else {
      const earlier = usable.filter((p) => p.end <= a.start);
      const later = usable.filter((p) => p.start >= a.end);
      if (earlier.length) period = earlier[earlier.length - 1]!.period;
      else if (distinct(later).length === 1) period = later[0]!.period;
      else if (later.length) return { why: 'period' };
      else if (inSentence.some((p) => p.past && p.start < a.start) || pastBefore) return { why: 'period' };
      else period = { kind: 'current' };
      // "Now" from another clause, or none at all, does not make a peak, a record or a "when …" today's level (a
      // decline from the peak is measured from it: its peak is no period). Another time set earlier in the sentence
      // reaches the figure too ("Before the pandemic, reserves were …"), unless a "now" between them turns to the
      // present ("2019 年的 7% …;如今,儲備金佔 GDP 的 9.71%").
      const since = earlier.length ? earlier[earlier.length - 1]!.end : sentence[0];
      if (period?.kind === 'current' && ((!drawdown && EXTREME.test(said)) || ANOTHER_TIME.test(text.slice(since, own.end)))) return { why: 'period' };
    }
    if (period === null || period === undefined) return { why: 'undated' };
    if (period.kind === 'current' && (!article || inSentence.some((p) => p.past && within(p, own)))) return { why: article ? 'period' : 'undated' };
    if ((FROM_BEFORE.test(bare) || FROM_TO_BEFORE.test(text.slice(own.start, h.start))) && period.kind === 'current') return { why: 'from' };
    if (period.kind === 'peak' && target === 'rrp_drawdown') return { why: 'period' };

    // A spread's sign: written, or given by "below"/"above"; else either sign may be meant.
    let value = drawdown ? Math.abs(a.value) : a.value;
    let signKnown = a.signed || a.unit !== 'bp';
    if (a.unit === 'bp' && !a.signed) {
      const dir = /^\s*(above|over|higher than|高於|高于|below|under|lower than|低於|低于)/i.exec(text.slice(a.end, a.end + 14));
      if (dir) {
        signKnown = true;
        if (/below|under|lower|低/i.test(dir[1]!)) value = -value;
      }
    }
    return { start: h.start, end: h.end, target, value, unit: a.unit, step: a.step, hedge: h.hedge, period, text: text.slice(h.start, h.end), signKnown } satisfies Claim;
  }
}
