/**
 * The real annotated corpus (test/fixtures/claims-dev: 30 articles, 172 figures, with their sources in
 * claims.json) read as the content script reads a page and checked by the worker's core against the real
 * fixtures — the same scoring as score.mjs in Chromium. The line CI holds: no ✗ on a figure the data bear out,
 * no mark on a figure that is not a claim, agreement ≥ 0.97 and coverage ≥ 0.87 (51 of 58 after the subject-tying fixes,
 * branch subject-tying: p17's "This steady decrease follows a rapid increase … to $2.2 trillion in December 2022").
 */
import { describe } from 'vitest';
import { corpusChecks } from '../helpers/claims-corpus';

describe('claims-dev: real articles, real data', () => {
  corpusChecks(new URL('../fixtures/claims-dev/', import.meta.url).pathname, '2026-12-01', { pages: 30, agreement: 0.97, coverage: 0.87 });
});
