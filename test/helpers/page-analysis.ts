/**
 * The annotated news pages (test/fixtures/pages) read as the content script reads them — the real walk over
 * the real markup (in jsdom), then the term analyser — with any dictionary, so a test can remove one rule and
 * see which page expectations break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Analyser, readsAsFedNews } from '../../src/core/terms/context';
import type { TermDef } from '../../src/core/terms/dictionary';
import { articleRoots, collectBlocks } from '../../src/content/walk';

export const PAGES_DIR = new URL('../fixtures/pages', import.meta.url).pathname;

export interface Annotation {
  file: string;
  lang: string;
  role: 'positive' | 'trap';
  expect: string[];
  allow: string[];
  forbid: string[];
  topic: boolean;
}

export const annotations: Annotation[] = JSON.parse(readFileSync(join(PAGES_DIR, 'annotations.json'), 'utf8'));

/** Each page's article text blocks, as the content script's walk collects them (read once: the walk needs no dictionary). */
export function pageBlocks(file: string): string[] {
  const dom = new JSDOM(readFileSync(join(PAGES_DIR, file), 'utf8'));
  const g = globalThis as { NodeFilter?: unknown };
  const had = g.NodeFilter;
  g.NodeFilter = dom.window.NodeFilter;
  try {
    return articleRoots(dom.window.document).flatMap((r) => collectBlocks(r).map((b) => b.text));
  } finally {
    g.NodeFilter = had;
    dom.window.close();
  }
}

/** What the page would show: the indicators badged, and whether the article badge appears. */
export function pageOutcome(blocks: readonly string[], defs?: readonly TermDef[]): { ids: Set<string>; summary: boolean } {
  const an = new Analyser(defs);
  const read = blocks.map((b) => an.read(b));
  const mentions = read.flatMap((r) => an.judge(r));
  const ids = new Set(mentions.flatMap((m) => (m.indicator ? [m.indicator] : [])));
  return { ids, summary: readsAsFedNews(mentions.filter((m) => m.kind === 'topic').length, ids.size) };
}

/** The expectations a page's outcome breaks (none: the page reads as annotated). */
export function broken(a: Annotation, o: { ids: Set<string>; summary: boolean }): string[] {
  const out: string[] = [];
  for (const id of a.expect) if (!o.ids.has(id)) out.push(`${a.file}: ${id} not badged`);
  for (const id of o.ids) if (![...a.expect, ...a.allow].includes(id) || a.forbid.includes(id)) out.push(`${a.file}: ${id} badged`);
  if (o.summary !== a.topic) out.push(`${a.file}: article badge ${o.summary ? 'shown' : 'missing'}`);
  return out;
}
