/**
 * The real annotated corpus (test/fixtures/claims-dev: 30 articles, 172 figures, with their sources in
 * claims.json) read as the content script reads a page and checked by the worker's core against the real
 * fixtures — the same scoring as score.mjs in Chromium. The line CI holds: no ✗ on a figure the data bear out,
 * no mark on a figure that is not a claim, agreement ≥ 0.97 and coverage ≥ 0.85.
 */
import { describe, expect, it } from 'vitest';
import { corpusPages, scoreCorpus } from '../helpers/claims-corpus';
import { fixturesDoc } from '../helpers/docs';

const TODAY = '2026-12-01';
const score = scoreCorpus(fixturesDoc(), TODAY);
const show = (kind: string) => score.lines.filter((l) => l.includes(kind)).join('\n');

describe('claims-dev: real articles, real data', () => {
  it('every page’s date is read as annotated', () => {
    expect(show(': DATE ')).toBe('');
    expect(corpusPages()).toHaveLength(30);
  });

  it('no ✗ on a figure the data bear out, and none on a figure no annotation explains', () => {
    expect(score.falseX, show('got differs')).toBe(0);
    expect(score.extraX, show('EXTRA')).toBe(0);
  });

  it('no mark on a figure that is not a claim (a change, a forecast, a trap …)', () => {
    expect(score.onNone, show('NONE-MARKED')).toBe(0);
  });

  it('agreement ≥ 0.97 and coverage ≥ 0.85', () => {
    expect(score.agreement, show('WRONG')).toBeGreaterThanOrEqual(0.97);
    expect(score.coverage, show('unmarked')).toBeGreaterThanOrEqual(0.85);
  });
});
