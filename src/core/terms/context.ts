/**
 * Deciding whether a hit is a genuine mention. Shared words (reserves, balance sheet, QE, 逆回購) count
 * only when their sentence is about the Fed; a sentence with no clue defers to its paragraph, then to
 * the article. When the Fed and another central bank are both named, the nearer one claims the word.
 */
import type { IndicatorId } from '../types';
import { DICTIONARY, type CalendarTerm, type TermDef, type TermKind } from './dictionary';
import { compile, compiledDictionary, findHits, fold, type CompiledDictionary, type Hit } from './matcher';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The indicator the badge shows; null for a topic word (the Fed, FOMC, Powell) or GDP. */
  indicator: IndicatorId | null;
  /** What a figure next to it would be a figure of (for checking the article's figures). */
  kind: TermKind;
}

/** Clues counted over the whole article so far (the last resort for a clue-less paragraph). */
export interface ArticleClues {
  fed: number;
  foreign: number;
}

const ABBREVIATION = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|vs|Inc|Corp|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est))$/;

/** Sentence spans of a block: Latin .!? before a space (citation marks like "[3]" may come between), and Chinese 。！？； anywhere. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const re = /[.!?;]+["'”’)\]]*(?:\[\d{1,3}\])*(?=\s|$)|[。！？；]+[」』”’）]*|\n+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    out.push([from, end]);
    from = end;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

const isStrong = (d: TermDef) => !d.needs || d.needs === 'none';

function cueOf(h: Hit, dict: CompiledDictionary): TermDef['cue'] | undefined {
  const d = dict.defs[h.def]!;
  return isStrong(d) ? d.cue : undefined;
}

/** Nearest distance from a hit to any hit of `kind` in [from, to), or Infinity. */
function nearest(h: Hit, hits: Hit[], dict: CompiledDictionary, from: number, to: number, kinds: ReadonlyArray<string>): number {
  let best = Infinity;
  for (const o of hits) {
    if (o === h || o.start < from || o.end > to) continue;
    const c = cueOf(o, dict);
    if (!c || !kinds.includes(c)) continue;
    best = Math.min(best, o.start >= h.end ? o.start - h.end : h.start - o.end);
  }
  return best;
}

/** , ， 、 ; ； : ： — – as character codes (a set lookup per character, not a regular expression). */
const CLAUSE_MARKS = new Set([...',，、;；:：—–'].map((c) => c.charCodeAt(0)));

/** The clause around a hit, inside its sentence: "While the ECB buys, the Fed sells" has two. */
function clauseOf(text: string, h: Hit, [from, to]: [number, number]): [number, number] {
  let a = h.start;
  while (a > from && !CLAUSE_MARKS.has(text.charCodeAt(a - 1))) a--;
  let b = h.end;
  while (b < to && !CLAUSE_MARKS.has(text.charCodeAt(b))) b++;
  return [a, b];
}

function aboutTheFed(h: Hit, hits: Hit[], dict: CompiledDictionary, spans: Array<[number, number]>, article: ArticleClues, text: string, fedPublisher: boolean, spelled: boolean): boolean {
  const needs = dict.defs[h.def]!.needs;
  const positive = needs === 'us' ? ['fed', 'us'] : ['fed'];
  const sentence = spans.find(([a, b]) => h.start >= a && h.start < b) ?? [0, text.length];
  // Clause, then sentence, then paragraph; the first that names anyone decides.
  // A `near` word (every company has total assets) needs the Fed in its own sentence.
  const near = dict.defs[h.def]!.near;
  const scopes: Array<[number, number]> = near ? [clauseOf(text, h, sentence), sentence] : [clauseOf(text, h, sentence), sentence, [0, text.length]];
  for (const [from, to] of scopes) {
    const pos = nearest(h, hits, dict, from, to, positive);
    const foreign = nearest(h, hits, dict, from, to, ['foreign']);
    if (pos === Infinity && foreign === Infinity) continue;
    return pos < foreign;
  }
  if (near) return fedPublisher;
  // On the Fed's own sites the publisher is the Fed: a word with no one named around it is the Fed's. An
  // abbreviation ("TGA", "RRP", "SRF") in an article that names its indicator in full is that indicator's.
  return fedPublisher || spelled || (article.fed >= 2 && article.foreign * 2 < article.fed);
}

export class Analyser {
  readonly dict: CompiledDictionary;
  readonly clues: ArticleClues = { fed: 0, foreign: 0 };
  /** The calendar days the article names (a tax date, a Treasury settlement, a quarter-end). */
  readonly named = new Set<CalendarTerm>();
  /** The page is the Fed's own (federalreserve.gov, newyorkfed.org). */
  readonly fedPublisher: boolean;
  /** The indicators the article names by a term of their own ("Treasury General Account"): their abbreviations need no other clue. */
  readonly spelled = new Set<TermDef['to']>();

  constructor(defs: readonly TermDef[] = DICTIONARY, opts: { fedPublisher?: boolean } = {}) {
    this.dict = defs === DICTIONARY ? compiledDictionary() : compile(defs);
    this.fedPublisher = opts.fedPublisher ?? false;
  }

  /** Hits of a block of text, counted into the article's clues. Call for every block before judging. */
  read(raw: string): { text: string; hits: Hit[] } {
    const text = fold(raw);
    const hits = findHits(text, this.dict);
    for (const h of hits) {
      const c = cueOf(h, this.dict);
      if (isStrong(this.dict.defs[h.def]!)) this.spelled.add(this.dict.defs[h.def]!.to);
      if (c === 'fed') this.clues.fed++;
      else if (c === 'foreign') this.clues.foreign++;
    }
    return { text, hits };
  }

  /**
   * The genuine mentions among a block's hits. `settled(to)` may say a target needs no more judging (an
   * indicator already badged once, under "first mention"): its hits are then skipped unjudged.
   */
  judge({ text, hits }: { text: string; hits: Hit[] }, settled?: (to: TermDef['to']) => boolean): Mention[] {
    if (!hits.length) return [];
    // The sentences only when a hit needs its context (often none does: strong terms, settled ones).
    let sentenceSpans: Array<[number, number]> | null = null;
    const spansOf = () => (sentenceSpans ??= sentences(text));
    const out: Mention[] = [];
    for (const h of hits) {
      const d = this.dict.defs[h.def]!;
      if (d.block || d.to === null || settled?.(d.to)) continue;
      if (!isStrong(d) && !aboutTheFed(h, hits, this.dict, spansOf(), this.clues, text, this.fedPublisher, !!d.exact && this.spelled.has(d.to))) continue;
      // A calendar day is no mention of an indicator: it is kept for the article's card (`named`).
      if (d.day) {
        this.named.add(d.to as CalendarTerm);
        continue;
      }
      let indicator: IndicatorId | null;
      if (d.to === 'topic' || d.to === 'gdp') indicator = null;
      else if (d.to === 'sofr') {
        const [a, b] = spansOf().find(([s, e]) => h.start >= s && h.start < e) ?? [0, text.length];
        indicator = hits.some((o) => o.start >= a && o.end <= b && this.dict.defs[o.def]!.cue === 'iorb') ? 'sofr_iorb' : 'sofr_effr';
      } else indicator = d.to as IndicatorId;
      out.push({ start: h.start, end: h.end, text: h.text, indicator, kind: d.claim ?? (d.to === 'sofr' ? 'sofr' : (d.to as TermKind)) });
    }
    return out;
  }
}

/** A whole article at once (tests, benchmarks): every block read first, then judged. */
export function analyseBlocks(blocks: readonly string[], analyser = new Analyser()): Mention[][] {
  const read = blocks.map((b) => analyser.read(b));
  return read.map((r) => analyser.judge(r));
}

/** Whether an article reads as Fed/market news: the Fed named twice, or once with a liquidity term. */
export function isFedNews(mentions: readonly Mention[]): boolean {
  const topic = mentions.filter((m) => m.kind === 'topic').length;
  return readsAsFedNews(topic, new Set(mentions.flatMap((m) => (m.indicator ? [m.indicator] : []))).size);
}

/** The same rule on running counts (the content script keeps counts, not every mention). */
export function readsAsFedNews(topicMentions: number, distinctIndicators: number): boolean {
  return topicMentions >= 2 || (topicMentions >= 1 && distinctIndicators >= 1) || distinctIndicators >= 2;
}
