/**
 * The claim reader's lexicons (src/core/article/lexicon/): every entry carries sentences and what they read as,
 * and each is read here through the real term analyser and reader — as Duckling runs each rule's corpus. An
 * entry whose words no longer do what its examples say fails; so does an example that does not use its entry,
 * and a Chinese word whose Traditional forms (OpenCC, Taiwan and Hong Kong) do not fold back to it.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { readClaims, type Claim, type Passage } from '../../src/core/article/claims';
import { cueIn, foldText, LEXICONS } from '../../src/core/article/lex';
import { CUES, type Cue } from '../../src/core/article/lexicon/types';
import type { Period } from '../../src/core/article/periods';
import { Analyser } from '../../src/core/terms/context';
import type { TermKind } from '../../src/core/terms/dictionary';

const ARTICLE = '2025-10-20';

function periodWords(p: Period): string {
  switch (p.kind) {
    case 'current':
      return 'current';
    case 'day':
      return `day:${p.date}`;
    case 'month':
      return `month:${p.from.slice(0, 7)}`;
    case 'quarter':
      return `quarter:${p.from.slice(0, 4)}-Q${(Number(p.from.slice(5, 7)) + 2) / 3}`;
    case 'peak':
      return `peak:${p.from.slice(0, 4)}`;
  }
}

const claimWords = (c: Claim) => [c.target, String(c.value), ...(c.hedge === 'plain' ? [] : [c.hedge]), periodWords(c.period), ...(c.loose === 'reported' ? ['reported'] : [])].join(' ');


function read(text: string, headlineKind: string | null): string {
  // As on the Fed's own pages: the words around a term are what is under test here, not the term's context.
  const an = new Analyser(undefined, { fedPublisher: true });
  const terms = an.judge(an.read(text)).filter((m) => m.kind !== 'topic').map(({ start, end, kind }) => ({ start, end, kind }));
  const headline: Passage | undefined = headlineKind ? { text: 'headline', terms: [{ start: 0, end: 8, kind: headlineKind as TermKind }] } : undefined;
  const { claims, skipped } = readClaims({ text, terms }, ARTICLE, headline);
  return [...claims.map((c) => ({ at: c.start, w: claimWords(c) })), ...skipped.map((s) => ({ at: s.start, w: `skip ${s.why}` }))]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.w)
    .join(' ; ');
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

for (const [lang, lexicon] of Object.entries(LEXICONS)) {
  describe(`lexicon ${lang}`, () => {
    it('has every cue, each with words or patterns and an example (forecast.noise may be empty in one language)', () => {
      expect(Object.keys(lexicon).sort()).toEqual([...CUES].sort());
      for (const cue of CUES) {
        const e = lexicon[cue];
        if (!e.words.length && !e.patterns?.length) continue;
        expect(e.examples.length, `${lang} ${cue} has no example`).toBeGreaterThan(0);
      }
    });

    for (const cue of CUES as readonly Cue[]) {
      for (const [text, expected] of lexicon[cue].examples) {
        it(`${cue}: ${text}`, () => {
          const m = /^headline (\w+): (.*)$/.exec(expected);
          expect(read(text, m ? m[1]! : null)).toBe(m ? m[2]! : expected);
          // The example uses its entry's words.
          expect(cueIn(cue).test(foldText(text)), `"${text}" holds no word of ${cue}`).toBe(true);
        });
      }
    }

    if (lang === 'zh')
      it('every word, written in Traditional (Taiwan, Hong Kong), folds back to its Simplified form', () => {
        for (const e of Object.values(lexicon))
          for (const w of e.words)
            for (const t of [toTaiwan(w), toHongKong(w)]) if (t.length === w.length) expect(foldText(t), `${t} → ${w}`).toBe(w);
      });
  });
}

describe('compound Chinese amounts are one figure', () => {
  it('7兆3,215億美元, 1兆2,000億美元, 2萬億3千億美元', () => {
    expect(read('聯準會資產總額目前為 7兆3,215億美元。', null)).toBe('fed_assets 7321.5 current');
    expect(read('聯準會資產總額目前為 1兆2,000億美元。', null)).toBe('fed_assets 1200 current');
    expect(read('美联储资产规模目前为 2萬億3千億美元。', null)).toBe('fed_assets 2300 current');
  });
});
