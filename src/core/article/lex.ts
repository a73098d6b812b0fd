/**
 * The lexicons (lexicon/en.ts, lexicon/zh.ts) compiled for the claim reader: one alternation per cue, the
 * longest word first, Latin words on word boundaries (as chrono's matchAnyPattern). The text is read folded:
 * full-width forms as half-width (terms/matcher fold) and Traditional characters as Simplified (hant.ts),
 * both one character for one, so every offset stays the text's own.
 */
import { fold } from '../terms/matcher';
import { EN } from './lexicon/en';
import { HANT_PAIRS } from './lexicon/hant';
import { CUES, type Cue, type Lexicon } from './lexicon/types';
import { ZH } from './lexicon/zh';

export const LEXICONS: Readonly<Record<'en' | 'zh', Lexicon>> = { en: EN, zh: ZH };

const HANS = new Map<string, string>();
for (let i = 0; i < HANT_PAIRS.length; i += 2) HANS.set(HANT_PAIRS[i]!, HANT_PAIRS[i + 1]!);

/** Full-width to half-width and Traditional to Simplified, one character for one. */
export function foldText(text: string): string {
  const f = fold(text);
  let out = '';
  for (const ch of f) out += HANS.get(ch) ?? ch;
  return out;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LATIN = /[A-Za-z0-9]/;

function wordSource(w: string): string {
  const core = escape(w).replace(/ /g, '\\s+');
  return `${LATIN.test(w[0]!) ? '(?<![A-Za-z0-9])' : ''}${core}${LATIN.test(w[w.length - 1]!) ? '(?![A-Za-z0-9])' : ''}`;
}

/** The alternation of a cue's words and patterns in both languages, longest literal first. */
function source(cue: Cue): string {
  const words = [...new Set([...EN[cue].words, ...ZH[cue].words])].sort((a, b) => b.length - a.length);
  const patterns = [...(EN[cue].patterns ?? []), ...(ZH[cue].patterns ?? [])].map((p) => `(?<![A-Za-z0-9])(?:${p})(?![A-Za-z0-9])`);
  return [...patterns, ...words.map(wordSource)].join('|') || '(?!)';
}

const SOURCES = Object.fromEntries(CUES.map((c) => [c, source(c)])) as Record<Cue, string>;
const cache = new Map<string, RegExp>();
const compiled = (key: string, make: () => RegExp) => cache.get(key) ?? (cache.set(key, make()), cache.get(key)!);

/** The cue anywhere in the text. */
export const cueIn = (cue: Cue): RegExp => compiled(`in:${cue}`, () => new RegExp(SOURCES[cue], 'i'));
/** The cue at the end of the text (text right before a figure). */
export const cueAtEnd = (cue: Cue): RegExp => compiled(`end:${cue}`, () => new RegExp(`(?:${SOURCES[cue]})\\s*$`, 'i'));
/** The cue at the start of the text (text right after a figure). */
export const cueAtStart = (cue: Cue): RegExp => compiled(`start:${cue}`, () => new RegExp(`^\\s*(?:${SOURCES[cue]})`, 'i'));
/** Every occurrence of the cue. */
export const cueAll = (cue: Cue): RegExp => compiled(`all:${cue}`, () => new RegExp(SOURCES[cue], 'gi'));

/** Does the text hold the cue, once the words that only look like it (`forecast.noise`) are blanked? */
export function holds(cue: Cue, text: string, ...noise: Cue[]): boolean {
  const t = noise.reduce((s, n) => s.replace(cueAll(n), (w) => ' '.repeat(w.length)), text);
  return cueIn(cue).test(t);
}
