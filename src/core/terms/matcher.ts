/**
 * Finding terms in text, fast: the whole dictionary compiles to ONE regular expression, its literals
 * folded into a trie so the engine does not try hundreds of alternatives at each character. A block's
 * text is scanned once; only the (rare) hits are then looked up and judged in context (context.ts).
 */
import { DICTIONARY, type TermDef } from './dictionary';

const LATIN = /[A-Za-z0-9]/;
const ESC = /[.*+?^${}()|[\]\\/-]/g;

/** Full-width ASCII and the ideographic space read as their half-width forms; length is kept. */
export function fold(text: string): string {
  if (!/[\uff01-\uff5e\u3000\u00a0]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 || c === 0xa0 ? ' ' : ch;
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
  /** The literal ends in a Latin letter or digit: a word boundary must follow. */
  latinEnd: boolean;
}

const node = (): TrieNode => ({ next: new Map(), end: false, latinEnd: false });

function trieSource(n: TrieNode): string {
  const alts = [...n.next].map(([ch, child]) => ch.replace(ESC, '\\$&') + trieSource(child));
  // Longer continuations first; ending here is the last resort (longest match wins).
  if (n.end) alts.push(n.latinEnd ? '(?![A-Za-z0-9])' : '');
  if (alts.length === 0) return '';
  if (alts.length === 1) return alts[0]!.length <= 1 || !n.end ? alts[0]! : `(?:${alts[0]})`;
  return `(?:${alts.join('|')})`;
}

export interface CompiledDictionary {
  re: RegExp;
  /**
   * A cheap first test: the first word (Latin) or first two characters (Chinese) of every term that can
   * matter. A block without any of them cannot hold a term, and most paragraphs of most pages have none.
   */
  anchors: RegExp;
  /** Lower-cased literal → the entry it belongs to. */
  literals: Map<string, number>;
  /** Entries with regular-expression forms, each sticky to test a hit where it starts. */
  patterns: Array<{ index: number; re: RegExp }>;
  defs: readonly TermDef[];
}

/** Words too common in any news text to be a good anchor; a term's other words are used instead. */
const COMMON_WORDS = new Set([
  'the', 'its', 'of', 'on', 'at', 'to', 'and', 'a', 'rate', 'rates', 'effective', 'interest', 'paid', 'held', 'operations', 'operation',
  'normalization', 'reduction', 'overnight', 'facility', 'standing', 'officials', 'governor', 'governors', 'chairman', 'chair', 'committee',
  'general', 'account', 'agreement', 'excess', 'bank', 'banks', 'open', 'market', 'new', 'york', 'net', 'total', 'cash', 'financing', 'secured',
]);

let compiledDefault: CompiledDictionary | null = null;

/** The built-in dictionary, compiled once per page. */
export function compiledDictionary(): CompiledDictionary {
  return (compiledDefault ??= compile(DICTIONARY));
}

export function compile(defs: readonly TermDef[] = DICTIONARY): CompiledDictionary {
  const latinRoot = node();
  const otherRoot = node();
  const literals = new Map<string, number>();
  const patterns: Array<{ index: number; re: RegExp }> = [];
  const regexSources: string[] = [];
  defs.forEach((d, index) => {
    for (const term of d.terms ?? []) {
      const key = term.toLowerCase();
      if (!literals.has(key)) literals.set(key, index);
      let n = LATIN.test(term[0]!) ? latinRoot : otherRoot;
      for (const ch of key) {
        if (!n.next.has(ch)) n.next.set(ch, node());
        n = n.next.get(ch)!;
      }
      n.end = true;
      n.latinEnd ||= LATIN.test(term[term.length - 1]!);
    }
    for (const src of d.re ?? []) {
      regexSources.push(src);
      // Sticky: tested where the hit starts, in the whole text, so a form may look ahead past its match.
      patterns.push({ index, re: new RegExp(`(?:${src})`, 'iy') });
    }
  });
  // Anchors: one word per term, exact-case for acronyms and "Fed", else its longest word in either case
  // of the first letter (cheaper for the engine than the i flag).
  const anchorSet = new Set<string>();
  const caseFree = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).toLowerCase().replace(ESC, '\\$&')}|${w.toUpperCase().replace(ESC, '\\$&')}`;
  defs.forEach((d) => {
    // Cue-only words (US, foreign banks) matter only next to a term, so they are not anchors.
    if (d.block || d.to === null) return;
    for (const t of [...(d.terms ?? []), ...(d.re && d.anchor ? [d.anchor] : [])]) {
      if (!LATIN.test(t[0]!)) {
        anchorSet.add(t.slice(0, 3).replace(ESC, '\\$&'));
        continue;
      }
      const words = t.split(/[^A-Za-z0-9]+/).filter(Boolean);
      const key = words.filter((w) => w === 'Fed' || /^[A-Z]{2,}$/.test(w)).sort((a, b) => b.length - a.length)[0];
      if (key || d.exact) anchorSet.add((key ?? t).replace(ESC, '\\$&'));
      else {
        const rare = words.filter((w) => !COMMON_WORDS.has(w.toLowerCase()));
        anchorSet.add(caseFree((rare.length ? rare : words).reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 6)));
      }
    }
    if (d.re && !d.anchor) throw new Error(`dictionary entry with re forms needs an anchor: ${d.re[0]}`);
  });
  const anchorSource = [...anchorSet].join('|');
  const parts = [
    // Regular-expression forms first: they are the longer phrases ("shrinking its balance sheet").
    ...regexSources.map((s) => `(?<![A-Za-z0-9])(?:${s})(?![A-Za-z0-9])`),
    `(?<![A-Za-z0-9])${trieSource(latinRoot)}`,
    trieSource(otherRoot),
  ];
  return { re: new RegExp(parts.join('|'), 'gi'), anchors: new RegExp(anchorSource), literals, patterns, defs };
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  /** Index into the dictionary. */
  def: number;
}

/** Every dictionary hit in a text (already folded), leftmost-longest, not overlapping. */
export function findHits(text: string, dict: CompiledDictionary): Hit[] {
  const hits: Hit[] = [];
  if (!dict.anchors.test(text)) return hits;
  dict.re.lastIndex = 0;
  for (let m = dict.re.exec(text); m; m = dict.re.exec(text)) {
    const s = m[0];
    if (!s) {
      dict.re.lastIndex++;
      continue;
    }
    let def = dict.literals.get(s.toLowerCase());
    if (def === undefined) {
      def = dict.patterns.find((p) => {
        p.re.lastIndex = m!.index;
        return p.re.exec(text)?.[0].length === s.length;
      })?.index;
    }
    if (def === undefined) continue;
    // Acronyms and "Fed" only in their own case.
    if (dict.defs[def]!.exact && !dict.defs[def]!.terms!.includes(s)) continue;
    hits.push({ start: m.index, end: m.index + s.length, text: s, def });
  }
  return hits;
}
