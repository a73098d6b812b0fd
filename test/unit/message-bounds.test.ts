/**
 * The bound on one claims/check message's work: a page that fills every other bound (300 passages of 20,000
 * characters, each full of figures) gets its first FIGURES_PER_MESSAGE figures read and answered, in the order
 * sent, and no more; a real page, far below it, loses nothing. Text from the real seed article and pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPassages } from '../../src/core/article/check';
import { buildClaimsAnswer, parsePassages } from '../../src/core/article/claims-answer';
import { FIGURES_PER_MESSAGE, PASSAGE_LIMITS } from '../../src/core/article/limits';
import { fixturesDoc } from '../helpers/docs';
import { readPage } from '../helpers/claims-corpus';
import { figureDensePassage } from '../helpers/fuzz-messages';

const doc = fixturesDoc();
const TODAY = '2026-12-01';
const figuresOf = (r: { checked: unknown[]; unchecked: unknown[] }) => r.checked.length + r.unchecked.length;

describe('one claims/check message does bounded work', () => {
  const one = figureDensePassage();
  const passages = parsePassages(Array.from({ length: PASSAGE_LIMITS.passages }, () => one))!;

  it('a message filling every other bound is answered for its first figures only, in the order sent', () => {
    expect(passages).not.toBeNull(); // within parsePassages' bounds: the page may send it
    const single = checkPassages(doc, [one], '2025-10-20', TODAY);
    expect(figuresOf(single)).toBeGreaterThan(FIGURES_PER_MESSAGE / PASSAGE_LIMITS.passages); // unbounded, it would read far more
    const all = checkPassages(doc, passages, '2025-10-20', TODAY);
    expect(figuresOf(all)).toBe(FIGURES_PER_MESSAGE);
    // The figures answered are the first ones: every passage before the last one reached in full, as alone.
    const lastPassage = Math.max(...[...all.checked, ...all.unchecked].map((f) => f.passage));
    expect(lastPassage).toBeLessThan(PASSAGE_LIMITS.passages - 1);
    for (let p = 0; p < lastPassage; p++) expect(all.checked.filter((c) => c.passage === p).map((c) => c.start)).toEqual(single.checked.map((c) => c.start));
    const inLast = [...all.checked, ...all.unchecked].filter((f) => f.passage === lastPassage).map((f) => f.start);
    const singleStarts = [...single.checked, ...single.unchecked].map((f) => f.start).sort((a, b) => a - b);
    expect(inLast.sort((a, b) => a - b)).toEqual(singleStarts.slice(0, inLast.length));
  }, 60_000);

  it('its answer stays under 2 MB of JSON', () => {
    const answer = buildClaimsAnswer(doc, passages, '2025-10-20', TODAY, 'en', one);
    expect(answer.claims.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer).length).toBeLessThan(2_000_000);
  }, 60_000);

  it('the real pages read far fewer figures than the bound, so none of theirs is cut', () => {
    const dirs = ['../fixtures/pages', '../fixtures/claims-dev/pages'].map((d) => new URL(d, import.meta.url).pathname);
    let most = 0;
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((x) => x.endsWith('.html'))) {
        const { date, passages: ps, headline } = readPage(readFileSync(join(d, f), 'utf8'), 'https://www.reuters.com/x', TODAY);
        most = Math.max(most, figuresOf(checkPassages(doc, ps, date, TODAY, headline)));
      }
    }
    expect(most).toBeGreaterThan(0);
    expect(most * 10).toBeLessThan(FIGURES_PER_MESSAGE);
  }, 60_000);
});
