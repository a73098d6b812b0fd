/**
 * The one-pass scanner (findHits) against the definition of what matches: the dictionary's single regular
 * expression, run the way the matcher first did. Same hits, on every real page the tests hold and on random
 * text made of the dictionary's own pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DICTIONARY } from '../../src/core/terms/dictionary';
import { compile, compiledDictionary, findHits, fold, wholeExpression, type CompiledDictionary, type Hit } from '../../src/core/terms/matcher';

const dict = compiledDictionary();
const whole = wholeExpression();

/** The reference: the whole expression, leftmost-longest, forms before literals, then the entry looked up. */
function referenceHits(text: string, d: CompiledDictionary): Hit[] {
  const hits: Hit[] = [];
  if (!d.anchors.test(text)) return hits;
  const re = new RegExp(whole.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    if (!s) {
      re.lastIndex++;
      continue;
    }
    const at = m.index;
    const def =
      d.literals.get(s.toLowerCase()) ??
      d.patterns.find((p) => {
        p.re.lastIndex = at;
        return p.re.exec(text)?.[0].length === s.length;
      })?.index;
    if (def === undefined) continue;
    if (d.defs[def]!.exact && !d.defs[def]!.terms!.includes(s)) continue;
    hits.push({ start: at, end: at + s.length, text: s, def });
  }
  return hits;
}

const root = new URL('../..', import.meta.url).pathname;
const blocksOf = (html: string) => [...new JSDOM(html).window.document.querySelectorAll('h1, h2, p, li, td, div')].map((e) => fold(e.textContent ?? ''));

/** Words of any news text, too common to be a term's anchor (the pre-test would then pass on most paragraphs). */
const NEWS_WORDS = [
  'the', 'its', 'of', 'on', 'at', 'to', 'and', 'a', 'rate', 'rates', 'effective', 'interest', 'paid', 'held', 'operations', 'operation',
  'normalization', 'reduction', 'overnight', 'facility', 'standing', 'officials', 'governor', 'governors', 'chairman', 'chair', 'committee',
  'general', 'account', 'agreement', 'excess', 'bank', 'banks', 'open', 'market', 'new', 'york', 'net', 'total', 'cash', 'financing', 'secured',
];

describe('the anchors', () => {
  it('are no common news word where the term has a rarer one, so the pre-test stays selective', () => {
    // Each term compiled alone: its anchor is the real one. A word's anchor is its first six letters, [Xx]yyyyy.
    const poor = DICTIONARY.filter((d) => !d.block && d.to !== null).flatMap((d) =>
      [...(d.terms ?? []), ...(d.re && d.anchor ? [d.anchor] : [])].filter((t) => {
        if (!/^[A-Za-z0-9]/.test(t)) return false;
        const word = /^\[(\w)\w\](\w*)\|/.exec(compile([{ to: d.to, exact: d.exact, terms: [t] }]).anchors.source);
        const common = !!word && NEWS_WORDS.some((w) => w.slice(0, 6) === `${word[1]}${word[2]}`.toLowerCase());
        return common && t.toLowerCase().split(/[^a-z0-9]+/).some((w) => w && !NEWS_WORDS.includes(w));
      }),
    );
    expect(poor).toEqual([]);
  });
});

describe('the one-pass scanner', () => {
  it('numbers the Latin trie’s nodes within Int16 (its tables are Int16Array), and gives every form an anchor for the pre-test', () => {
    const latinChars = [...dict.literals.keys()].filter((k) => /^[A-Za-z0-9]/.test(k)).reduce((n, k) => n + k.length, 0);
    expect(1 + latinChars).toBeLessThanOrEqual(32767);
    expect(DICTIONARY.filter((d) => d.re && !d.anchor).map((d) => d.re![0])).toEqual([]);
  });

  it('finds exactly what the dictionary’s expression finds, on every real page held', () => {
    const pages = readdirSync(join(root, 'test/fixtures/pages')).filter((f) => f.endsWith('.html'));
    const texts = [
      ...pages.flatMap((f) => blocksOf(readFileSync(join(root, 'test/fixtures/pages', f), 'utf8'))),
      ...readFileSync(join(root, 'demo/seed/000_bb5fc8af848cf247.txt'), 'utf8').split('\n').map(fold),
      ...readFileSync(join(root, 'demo/english/repo-rates-note.txt'), 'utf8').split('\n').map(fold),
    ];
    let hits = 0;
    for (const t of texts) {
      const expected = referenceHits(t, dict);
      hits += expected.length;
      expect(findHits(t, dict), t.slice(0, 80)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('finds exactly what the expression finds in any text made of the dictionary’s pieces, in any case', () => {
    const pieces = DICTIONARY.flatMap((d) => [...(d.terms ?? []), ...(d.anchor ? [d.anchor] : [])]);
    const fragment = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
      fc.constantFrom(...pieces).map((p) => p.slice(0, Math.max(1, p.length - 2))),
      fc.constantFrom(' ', ', ', '. ', '-', '’s ', "'s ", 'x', '9', '的', '。', 'balance sheet', 'shrinking its', 'reserves to GDP', 'Treasury’s cash balance', ' at $3', 'reserves fell to $2.9'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(findHits(text, dict)).toEqual(referenceHits(text, dict));
      }),
      { numRuns: 3000 },
    );
  });
});
