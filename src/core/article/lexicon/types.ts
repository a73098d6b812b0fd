/**
 * The claim reader's words, as data (one file per language, like Duckling's per-language rules): each entry
 * is a named list of words with the sentences it decides. `test/unit/claim-lexicon.test.ts` reads every
 * example through the real reader and checks what it makes of each figure, so an entry without a working
 * example fails, and so does a word that no longer does what its examples say.
 */

/** What the reader makes of each figure of an example, in order: `rrp 31.2 current`, `tga 812 about day:2025-10-17`, `skip change`. */
export type Reads = string;

export interface Entry {
  /** Literal words and phrases. Latin ones match case-insensitively on word boundaries; Chinese ones in Simplified script (the text is folded to it). */
  words: readonly string[];
  /** Short patterns, for inflections only (one line each). */
  patterns?: readonly string[];
  /** Sentences (article dated 2025-10-20, a Monday) and what they read as. */
  examples: ReadonlyArray<readonly [text: string, reads: Reads]>;
}

export const CUES = [
  'hedge.about.before', 'hedge.about.after', 'hedge.more.before', 'hedge.more.after', 'hedge.less.before', 'hedge.less.after',
  'change.before', 'change.after', 'level.to', 'level.verb', 'from', 'compare',
  'forecast', 'forecast.noise', 'forecast.governs', 'reported', 'average', 'rate.before', 'rate.after',
  'part.bank', 'part.source', 'count.whole', 'part.before', 'part.after', 'part.rrp', 'derived.rate', 'another.time', 'extreme', 'extreme.now', 'anaphor', 'anaphor.plural', 'anaphor.ratio', 'real.gdp',
  'peak.word', 'decline.word', 'present', 'present.turn', 'present.verb', 'previous.day', 'same.day', 'same.period', 'previous.week', 'vague.span', 'subject.generic', 'subject.there', 'owner.tga', 'owner.subject.tga', 'name.reserves', 'owner.fed_assets', 'head.tga', 'head.fed_assets', 'head.rrp', 'head.rate', 'rate.other', 'gap.after', 'rate.paid', 'spread.word', 'subject.aside', 'gloss', 'span.now',
  'present.lead', 'forecast.apart', 'forecast.compared',
  'subject.pointed', 'premod.fed_assets',
] as const;
export type Cue = (typeof CUES)[number];

export type Lexicon = Record<Cue, Entry>;
