/**
 * The real annotated corpus (test/fixtures/claims-dev, copied from the project's shared claims-dev with its
 * sources in claims.json) read the way the content script reads a page — the article roots and blocks of
 * content/walk.ts, the date facts of content/article-date.ts, the term analyser of core/terms — and checked
 * by the worker's own core (checkPassages) against the real fixtures. Scored as score.mjs scores the
 * built extension in Chromium, so the unit test and the browser agree on what a mark means.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { fixturesDoc } from './docs';
import { holdsDigits, mayHoldFigure } from '../../src/core/article/limits';
import { checkPassages, type CheckedClaim } from '../../src/core/article/check';
import { readArticleDate } from '../../src/core/article/date';
import { articleCutoff } from '../../src/core/published';
import type { Passage } from '../../src/core/article/claims';
import { Analyser } from '../../src/core/terms/context';
import type { CacheDoc } from '../../src/core/cache';
import { dateFacts } from '../../src/content/article-date';
import { articleRoots, collectBlocks } from '../../src/content/walk';

/** Blocks read as the content script reads them: every block first (the article's clues), then judged. */
export function passagesOf(blocks: string[]): Passage[] {
  const an = new Analyser();
  const read = blocks.map((b) => an.read(b));
  return blocks.map((text, i) => ({ text, terms: an.judge(read[i]!).map(({ start, end, kind }) => ({ start, end, kind })) }));
}

export const CORPUS = new URL('../fixtures/claims-dev/', import.meta.url).pathname;

export interface Annotation {
  indicator: string;
  quote: string;
  claimed: number;
  expected: 'match' | 'close' | 'differs' | 'either' | 'none';
  noneReason?: string;
  form?: string;
}
export interface CorpusPage {
  file: string;
  servePath?: string;
  lang: string;
  articleDate: string;
  claims: Annotation[];
}

/** A corpus folder holds claims.json and pages/ in claims-dev's format; the default is claims-dev itself. */
export const corpusPages = (dir = CORPUS): CorpusPage[] => JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8'));

/** A page's blocks and date as the content script would send them (no layout: every block counts). */
export function readPage(html: string, url: string, today: string): { date: string | null; at?: string; passages: Passage[]; headline?: Passage } {
  const dom = new JSDOM(html, { url });
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter ??= dom.window.NodeFilter;
  const doc = dom.window.document;
  const roots = articleRoots(doc);
  const { date, at } = readArticleDate(dateFacts(doc, roots, url), today);
  const blocks = roots.flatMap((r) => collectBlocks(r)).filter((b) => b.text.trim());
  const an = new Analyser();
  const read = blocks.map((b) => an.read(b.text));
  const passages = blocks.map((b, i) => ({ text: b.text, terms: an.judge(read[i]!).filter((m) => m.kind !== 'topic').map(({ start, end, kind }) => ({ start, end, kind })) }));
  // As content/badges.ts and content/claims.ts send them: blocks with a digit and a term or a unit; the headline.
  const h = blocks.findIndex((b) => b.element.closest('h1') && passages[blocks.indexOf(b)]!.terms.length);
  dom.window.close();
  const sent = passages.filter((p) => holdsDigits(p.text) && (p.terms.length || mayHoldFigure(p.text)));
  return { date, ...(at ? { at } : {}), passages: process.env.LL_ALL ? passages : sent, ...(h >= 0 ? { headline: passages[h]! } : {}) };
}

export interface Scored {
  lines: string[];
  judged: number;
  agree: number;
  verdictable: number;
  covered: number;
  /** ✗ on a figure annotated match or either. */
  falseX: number;
  /** Marks on figures annotated none. */
  onNone: number;
  /** Marks no annotation explains, and how many of them are ✗. */
  extra: number;
  extraX: number;
  agreement: number;
  coverage: number;
}

const same = (a: number, b: number) => Number.isFinite(a) && Math.abs(a - b) <= Math.max(Math.abs(b) * 0.005, 0.005);

/** Every page of the corpus, checked by the core against `doc`, scored like score.mjs. */
export function scoreCorpus(doc: CacheDoc, today: string, only?: string, dir = CORPUS): Scored {
  const t = { judged: 0, agree: 0, verdictable: 0, covered: 0, falseX: 0, onNone: 0, extra: 0, extraX: 0 };
  const lines: string[] = [];
  for (const c of corpusPages(dir).filter((p) => !only || p.file.includes(only))) {
    const html = readFileSync(join(dir, 'pages', c.file), 'utf8');
    const { date, at, passages, headline } = readPage(html, `https://www.reuters.com${c.servePath ?? '/' + c.file}`, today);
    if (date !== c.articleDate) lines.push(`${c.file}: DATE read ${date}, annotated ${c.articleDate}`);
    // As the worker checks them: by the article's stated time when its page gives one (claims/check's articleAt).
    const result = checkPassages(doc, passages, date, today, headline, date && at ? articleCutoff(date, at) : undefined);
    const marks: CheckedClaim[] = result.checked;
    const why = (quote: string) => result.unchecked.filter((u) => quote.includes(u.text.trim())).map((u) => u.why).join(',') || 'not read';
    const used = new Set<number>();
    for (const a of c.claims) {
      // The mark on this figure's own words first; else any of its target and value not on another figure's words.
      const fits = (x: CheckedClaim, i: number) => !used.has(i) && x.target === a.indicator && same(x.value, a.claimed);
      const own = marks.findIndex((x, i) => fits(x, i) && a.quote.includes(x.text.trim()));
      const k = own >= 0 ? own : marks.findIndex((x, i) => fits(x, i) && !c.claims.some((b) => b !== a && b.quote.includes(x.text.trim())));
      const mk = k >= 0 ? marks[k]! : null;
      if (k >= 0) used.add(k);
      if (a.expected === 'none') {
        if (mk) {
          t.onNone++;
          t.judged++;
          lines.push(`${c.file}: NONE-MARKED ${a.indicator} ${a.claimed} → ${mk.verdict} (${a.noneReason}) "${a.quote}"`);
        }
        continue;
      }
      t.verdictable++;
      if (!mk) {
        lines.push(`${c.file}: unmarked ${a.indicator} ${a.claimed} (want ${a.expected}) [${why(a.quote)}] "${a.quote}"`);
        continue;
      }
      t.covered++;
      t.judged++;
      const ok = mk.verdict === a.expected || (a.expected === 'either' && ['match', 'close'].includes(mk.verdict));
      if (ok) t.agree++;
      if (['match', 'either'].includes(a.expected) && mk.verdict === 'differs') t.falseX++;
      lines.push(`${c.file}: ${ok ? 'ok' : 'WRONG'} ${a.indicator} ${a.claimed} want ${a.expected} got ${mk.verdict} (data ${mk.actual} on ${mk.asOf}) "${a.quote}"`);
    }
    marks.forEach((x, i) => {
      if (used.has(i)) return;
      t.extra++;
      if (x.verdict === 'differs') t.extraX++;
      lines.push(`${c.file}: EXTRA ${x.target} ${x.value} → ${x.verdict} (data ${x.actual} on ${x.asOf}) "${x.text}"`);
    });
  }
  return { lines, ...t, agreement: t.judged ? t.agree / t.judged : 1, coverage: t.verdictable ? t.covered / t.verdictable : 1 };
}

/** What a corpus test holds: the pages it has, its floors, and the marks on `none` figures it knows are right. */
export interface CorpusLine {
  pages: number;
  /** Agreement at least this (1: every mark right). */
  agreement: number;
  /** Coverage at least this. */
  coverage: number;
  /** Checkable figures, and how many of them at least are marked, when the test pins them. */
  verdictable?: number;
  covered?: number;
  /** The score lines of marks on `none` figures that are right by the data (verdicts.mjs cannot compute them). */
  rightOnNone?: string[];
}

/**
 * The corpus tests' four checks, the same for every corpus: dates as annotated; no ✗ on a figure the data bear
 * out nor on one no annotation explains; no mark on a figure that is not a claim; agreement and coverage at
 * their line. Call it inside a `describe`.
 */
export function corpusChecks(dir: string, today: string, line: CorpusLine): void {
  const score = scoreCorpus(fixturesDoc(), today, undefined, dir);
  const show = (kind: string) => score.lines.filter((l) => l.includes(kind)).join('\n');
  it('every page’s date is read as annotated', () => {
    expect(show(': DATE ')).toBe('');
    expect(corpusPages(dir)).toHaveLength(line.pages);
  });
  it('no ✗ on a figure the data bear out, and none on a figure no annotation explains', () => {
    expect(score.falseX, show('got differs')).toBe(0);
    expect(score.extraX, show('EXTRA')).toBe(0);
  });
  it('no mark on a figure that is not a claim (a change, a forecast, a trap …), but those the data bear out', () => {
    expect(show('NONE-MARKED')).toBe((line.rightOnNone ?? []).join('\n'));
  });
  it(`agreement ≥ ${line.agreement} and coverage ≥ ${line.coverage}${line.covered ? ` (${line.covered} of ${line.verdictable})` : ''}`, () => {
    expect(score.agreement, show('WRONG')).toBeGreaterThanOrEqual(line.agreement);
    expect(score.coverage, show('unmarked')).toBeGreaterThanOrEqual(line.coverage);
    if (line.verdictable !== undefined) expect(score.verdictable).toBe(line.verdictable);
    if (line.covered !== undefined) expect(score.covered, show('unmarked')).toBeGreaterThanOrEqual(line.covered);
  });
}
