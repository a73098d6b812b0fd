/**
 * Finding terms in text, fast. The dictionary's meaning is ONE regular expression (`re`: its regular-expression
 * forms first, then its literals folded into a trie, leftmost-longest), and that expression is what a reference
 * implementation in the tests runs. The hot path gets the same hits in one pass of plain JavaScript over the
 * characters: a literal can only start where its first two characters (case-folded) begin some term, and at
 * a Latin word start, so a table lookup rejects almost every position and a trie walk tries the rest; the few
 * regular-expression forms are left to the engine, on their own small expression. Only the hits are then
 * looked up and judged in context (context.ts).
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
  /** The literals as tables and a flat trie, for the one-pass scan. */
  scanner: LiteralScanner;
  /** The regular-expression forms alone, in dictionary order, or null when there are none. */
  forms: RegExp | null;
}


/**
 * Words too common in any news text to be a good anchor, where they would be a term's longest word: its other
 * words are used instead. Only those the dictionary needs (the anchors are the same without the rest);
 * matcher.test.ts fails when a term's anchor is a common word not listed here.
 */
const COMMON_WORDS = new Set(['rate', 'effective', 'interest', 'operations', 'normalization', 'reduction', 'overnight', 'facility', 'standing', 'chairman', 'committee', 'financing', 'secured']);

/**
 * The literals as tables for the one-pass scan. `cls` per character code: bit 1 — an ASCII letter or digit (a
 * Latin word character); bit 2 — the first character of a literal that does not start with one (Chinese).
 * `latinPairs` holds the first two characters (lower-cased) of every Latin literal, `otherPairs` a hash of
 * the others' first two. Latin literals live in a dense trie (`latinNext`, node × classes, over the few
 * characters they use; 0: no way on); the others in a map (node × 65536 + code).
 */
interface LiteralScanner {
  cls: Uint8Array;
  latinPairs: Uint8Array;
  /** A filter, not a set: a pair's hash (`otherPair`) marked; a collision only costs a trie walk. */
  otherPairs: Uint8Array;
  /** Per character code, its class among the Latin literals' characters (0: none). */
  latinClass: Uint8Array;
  classes: number;
  latinNext: Int16Array;
  latinDef: Int16Array;
  latinEndsWord: Uint8Array;
  otherNext: Map<number, number>;
  otherDef: number[];
  otherEndsWord: boolean[];
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
/** A pair's index: the first (Latin) character and the second, both case-folded; any non-ASCII second as 0. */
const latinPair = (c0: number, c1: number) => (lowerAscii(c0) << 7) | (c1 < 128 ? lowerAscii(c1) : 0);
const otherPair = (c0: number, c1: number) => (Math.imul(c0, 31) + lowerAscii(c1)) & 0xffff;

function literalScanner(literals: Map<string, number>): LiteralScanner {
  const cls = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) if (LATIN.test(String.fromCharCode(c))) cls[c] = 1;
  const latinKeys = [...literals.keys()].filter((k) => LATIN.test(k[0]!));
  const latinClass = new Uint8Array(65536);
  let classes = 1;
  for (const k of latinKeys) for (let i = 0; i < k.length; i++) if (!latinClass[k.charCodeAt(i)]) latinClass[k.charCodeAt(i)] = classes++;
  // Upper-case ASCII letters read as their lower case.
  for (let c = 65; c <= 90; c++) latinClass[c] = latinClass[c | 32]!;
  const size = 1 + latinKeys.reduce((n, k) => n + k.length, 0);
  // Int16 node numbers: matcher.test.ts holds the dictionary's trie within them (checked there, not on every page).
  const latinNext = new Int16Array(size * classes);
  const latinDef = new Int16Array(size).fill(-1);
  const latinEndsWord = new Uint8Array(size);
  const sc: LiteralScanner = { cls, latinPairs: new Uint8Array(128 * 128), otherPairs: new Uint8Array(65536), latinClass, classes, latinNext, latinDef, latinEndsWord, otherNext: new Map(), otherDef: [-1], otherEndsWord: [false] };
  let nodes = 1;
  for (const [key, def] of literals) {
    const c0 = key.charCodeAt(0);
    // A one-character literal may be followed by anything: every pair starting with it.
    const seconds = key.length > 1 ? [key.charCodeAt(1)] : Array.from({ length: 65536 }, (_, c) => c);
    const endsWord = LATIN.test(key[key.length - 1]!);
    if (LATIN.test(key[0]!)) {
      let n = 0;
      for (let i = 0; i < key.length; i++) {
        const at = n * classes + latinClass[key.charCodeAt(i)]!;
        if (!latinNext[at]) latinNext[at] = nodes++;
        n = latinNext[at]!;
      }
      if (latinDef[n] === -1) latinDef[n] = def;
      if (endsWord) latinEndsWord[n] = 1;
      for (const c1 of seconds) sc.latinPairs[latinPair(c0, c1)] = 1;
    } else {
      let n = 0;
      for (let i = 0; i < key.length; i++) {
        const k = n * 65536 + key.charCodeAt(i);
        let to = sc.otherNext.get(k);
        if (to === undefined) {
          to = sc.otherDef.length;
          sc.otherDef.push(-1);
          sc.otherEndsWord.push(false);
          sc.otherNext.set(k, to);
        }
        n = to;
      }
      if (sc.otherDef[n] === -1) sc.otherDef[n] = def;
      sc.otherEndsWord[n] ||= endsWord;
      cls[c0]! |= 2;
      for (const c1 of seconds) sc.otherPairs[otherPair(c0, c1)] = 1;
    }
  }
  return sc;
}

let compiledDefault: CompiledDictionary | null = null;

/** The built-in dictionary, compiled once per page. */
export function compiledDictionary(): CompiledDictionary {
  return (compiledDefault ??= compile(DICTIONARY));
}

const CJK = /[\u3400-\u9fff]/;
/** Characters Chinese text writes either way (佔 is Taiwan's and Hong Kong's usual form of 占). */
const INTERCHANGEABLE: Record<string, string> = { 占: '佔', 佔: '占' };

/**
 * The spellings a literal stands for: Chinese text sets Latin words (GDP, SOFR) with or without a space, and
 * some characters have two forms. The dictionary lists one spelling; the others are found alike.
 */
export function literalVariants(term: string): string[] {
  const spaced = new Set([term]);
  // A space, or none, where a Chinese character meets a Latin one.
  const glued = term.replace(/([\u3400-\u9fff]) (?=[A-Za-z0-9])|([A-Za-z0-9]) (?=[\u3400-\u9fff])/g, '$1$2');
  if (CJK.test(term)) {
    spaced.add(glued);
    spaced.add(glued.replace(/([\u3400-\u9fff])(?=[A-Za-z0-9])|([A-Za-z0-9])(?=[\u3400-\u9fff])/g, '$1$2 '));
  }
  const out = new Set<string>();
  for (const t of spaced) {
    out.add(t);
    const other = t.replace(/[占佔]/g, (c) => INTERCHANGEABLE[c]!);
    out.add(other);
  }
  return [...out];
}

export function compile(defs: readonly TermDef[] = DICTIONARY): CompiledDictionary {
  const literals = new Map<string, number>();
  const patterns: Array<{ index: number; re: RegExp }> = [];
  const regexSources: string[] = [];
  defs.forEach((d, index) => {
    for (const term of (d.terms ?? []).flatMap(literalVariants)) {
      const key = term.toLowerCase();
      if (!literals.has(key)) literals.set(key, index);
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
    for (const t of [...(d.terms ?? []).flatMap(literalVariants), ...(d.re && d.anchor ? [d.anchor] : [])]) {
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
  });
  const anchorSource = [...anchorSet].join('|');
  // One word-start test for all the forms (cheaper for the engine than one per alternative; same matches).
  const forms = regexSources.length ? new RegExp(`(?<![A-Za-z0-9])(?:${regexSources.map((s) => `(?:${s})(?![A-Za-z0-9])`).join('|')})`, 'gi') : null;
  return { anchors: new RegExp(anchorSource), literals, patterns, defs, scanner: literalScanner(literals), forms };
}

/**
 * The whole dictionary as ONE regular expression: the definition of what matches. Its forms come first (the
 * longer phrases, "shrinking its balance sheet"), then the literals folded into a trie, longest first, Latin
 * ones on word boundaries. findHits gets the same hits without it (a test holds them equal); the benchmark's
 * plain scan runs it.
 */
export function wholeExpression(defs: readonly TermDef[] = DICTIONARY): RegExp {
  const latinRoot = node();
  const otherRoot = node();
  const forms: string[] = [];
  for (const d of defs) {
    for (const term of (d.terms ?? []).flatMap(literalVariants)) {
      let n = LATIN.test(term[0]!) ? latinRoot : otherRoot;
      for (const ch of term.toLowerCase()) {
        if (!n.next.has(ch)) n.next.set(ch, node());
        n = n.next.get(ch)!;
      }
      n.end = true;
      n.latinEnd ||= LATIN.test(term[term.length - 1]!);
    }
    forms.push(...(d.re ?? []));
  }
  const parts = [...forms.map((f) => `(?<![A-Za-z0-9])(?:${f})(?![A-Za-z0-9])`), `(?<![A-Za-z0-9])${trieSource(latinRoot)}`, trieSource(otherRoot)];
  return new RegExp(parts.join('|'), 'gi');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  /** Index into the dictionary. */
  def: number;
}

/** The longest Latin literal starting at `i`, honouring its end boundary: its end × 65536 + its entry, or −1. */
function longestLatinAt(sc: LiteralScanner, text: string, i: number): number {
  const { latinNext, latinClass, latinDef, latinEndsWord, cls, classes } = sc;
  let n = 0;
  let best = -1;
  for (let j = i; j < text.length; j++) {
    const k = latinClass[text.charCodeAt(j)]!;
    if (!k) break;
    n = latinNext[n * classes + k]!;
    if (!n) break;
    const def = latinDef[n]!;
    if (def >= 0 && (!latinEndsWord[n] || j + 1 >= text.length || !(cls[text.charCodeAt(j + 1)]! & 1))) best = (j + 1) * 65536 + def;
  }
  return best;
}

/** The same for the other (Chinese) literals. */
function longestOtherAt(sc: LiteralScanner, text: string, i: number): number {
  let n = 0;
  let best = -1;
  for (let j = i; j < text.length; j++) {
    const to = sc.otherNext.get(n * 65536 + lowerAscii(text.charCodeAt(j)));
    if (to === undefined) break;
    n = to;
    const def = sc.otherDef[n]!;
    if (def >= 0 && (!sc.otherEndsWord[n] || j + 1 >= text.length || !(sc.cls[text.charCodeAt(j + 1)]! & 1))) best = (j + 1) * 65536 + def;
  }
  return best;
}

/**
 * Whether the text holds one of the anchors (the expression's pre-test), read where it is cheapest: inside a
 * candidate of a term that matters first (an anchor is a piece of such a term), the whole text only if none
 * of them holds one.
 */
function anchored(text: string, dict: CompiledDictionary, count: number, forms: RegExpExecArray[]): boolean {
  for (let k = 0; k < count; k++) {
    const d = dict.defs[candDef[k]!]!;
    if (!d.block && d.to !== null && dict.anchors.test(text.slice(candStart[k]!, candEnd[k]!))) return true;
  }
  for (const m of forms) if (dict.anchors.test(m[0])) return true;
  return dict.anchors.test(text);
}

// Candidate literals of the text being scanned, as parallel arrays reused from call to call.
let candStart: number[] = [];
let candEnd: number[] = [];
let candDef: number[] = [];

/**
 * Every dictionary hit in a text (already folded), leftmost-longest, not overlapping: exactly what `re` finds
 * (a test holds the two to the same answers), when the text holds one of the anchors.
 */
export function findHits(text: string, dict: CompiledDictionary): Hit[] {
  const sc = dict.scanner;
  const { cls, latinPairs, otherPairs } = sc;
  const len = text.length;
  let count = 0;
  // The longest literal at every position where one can start.
  let prevWord = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c]!;
    if (k & 1) {
      if (!prevWord && latinPairs[latinPair(c, i + 1 < len ? text.charCodeAt(i + 1) : 0)]) {
        const r = longestLatinAt(sc, text, i);
        if (r >= 0) {
          candStart[count] = i;
          candEnd[count] = Math.floor(r / 65536);
          candDef[count++] = r % 65536;
        }
      }
      prevWord = true;
    } else {
      prevWord = false;
      if (k & 2 && otherPairs[otherPair(c, i + 1 < len ? text.charCodeAt(i + 1) : 0)]) {
        const r = longestOtherAt(sc, text, i);
        if (r >= 0) {
          candStart[count] = i;
          candEnd[count] = Math.floor(r / 65536);
          candDef[count++] = r % 65536;
        }
      }
    }
  }
  // The forms, leftmost first, in one pass (a form the literals overtake is looked for again from there).
  const forms = dict.forms;
  const found: RegExpExecArray[] = [];
  if (forms) {
    forms.lastIndex = 0;
    for (let m = forms.exec(text); m; m = forms.exec(text)) found.push(m);
  }
  const hits: Hit[] = [];
  if (count === 0 && found.length === 0) return hits;
  if (!anchored(text, dict, count, found)) return hits;
  // The expression's choice at each step: the leftmost start; there a form before a literal.
  let pos = 0;
  let k = 0;
  let f = 0;
  let form: RegExpExecArray | null = found[0] ?? null;
  for (;;) {
    while (k < count && candStart[k]! < pos) k++;
    while (form && form.index < pos) {
      if (form.index + form[0].length > pos && forms) {
        // Overtaken part-way: the scan from `pos` may find a form the one-pass list could not.
        forms.lastIndex = pos;
        const again = forms.exec(text);
        while (f < found.length && found[f]!.index < (again?.index ?? Infinity)) f++;
        if (again && found[f]?.index !== again.index) found.splice(f, 0, again);
        else if (again) found[f] = again;
        form = again;
        break;
      }
      form = found[++f] ?? null;
    }
    const literal = k < count;
    if (!literal && !form) break;
    let start: number;
    let s: string;
    let def: number | undefined;
    if (form && (!literal || form.index <= candStart[k]!)) {
      const at = form.index;
      start = at;
      s = form[0];
      def = dict.literals.get(s.toLowerCase());
      def ??= dict.patterns.find((p) => {
        p.re.lastIndex = at;
        return p.re.exec(text)?.[0].length === s.length;
      })?.index;
    } else {
      start = candStart[k]!;
      s = text.slice(start, candEnd[k]!);
      def = candDef[k]!;
    }
    pos = start + s.length;
    if (def === undefined) continue;
    // Acronyms and "Fed" only in their own case.
    if (dict.defs[def]!.exact && !dict.defs[def]!.terms!.includes(s)) continue;
    hits.push({ start, end: pos, text: s, def });
  }
  if (candStart.length > 4096) {
    candStart = [];
    candEnd = [];
    candDef = [];
  }
  return hits;
}
