/**
 * The Chinese-language news sites of issue 22, on real saved pages of each (test/fixtures/real/sites/<host>/,
 * provenance in test/fixtures/real/SOURCES.md), read by the content script's own code over a standards DOM:
 * where the scan reads (the story, not the portal around it), the article's date and where it was read, and
 * what the terms make of the text. The values are what each page shows (its byline, its meta tags), read off
 * the saved page by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateFacts } from '../../src/content/article-date';
import { articleRoots, collectBlocks } from '../../src/content/walk';
import { parseDateFacts, readArticleDate } from '../../src/core/article/date';
import { SUGGESTED_SITES } from '../../src/core/suggested-sites';
import { pageOutcome } from '../helpers/page-analysis';
import { ZH_SITE_PAGES } from '../helpers/sites-zh';

const SITES = new URL('../fixtures/real/sites', import.meta.url).pathname;
const TODAY = '2026-12-01';

function read(file: string, url: string) {
  const dom = new JSDOM(readFileSync(join(SITES, file), 'utf8'), { url });
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter = dom.window.NodeFilter;
  const doc = dom.window.document as unknown as Document;
  const roots = articleRoots(doc);
  const blocks = roots.flatMap((r) => collectBlocks(r).map((b) => b.text));
  // As the worker gets them: through a message, checked.
  const date = readArticleDate(parseDateFacts(JSON.parse(JSON.stringify(dateFacts(doc, roots, url))))!, TODAY);
  return { roots, text: blocks.join('\n').replace(/[ \t]+/g, ' '), blocks, date, outcome: pageOutcome(blocks) };
}

describe('real pages of the Chinese-language sites', () => {
  it.each(ZH_SITE_PAGES.map((p) => [`${p.file}`, p] as const))('%s', { timeout: 60_000 }, (_, p) => {
    const r = read(p.file, p.url);
    // One root, the story's own element.
    expect(r.roots.map((e) => e.matches(p.root)), `root ${r.roots.map((e) => `${e.tagName}#${e.id}.${e.className}`)}`).toEqual([true]);
    for (const s of p.reads) expect(r.text, 'the story is read').toContain(s);
    for (const s of p.skips) expect(r.text, 'the portal around it is not').not.toContain(s);
    expect([r.date.date, r.date.source, r.date.why]).toEqual([p.date, p.source, p.date ? null : 'none']);
    expect([[...r.outcome.ids].sort(), r.outcome.summary]).toEqual([p.ids, p.summary]);
  });

  it('Sina, HKEJ and Sing Tao mark no <article> or <main>: without the story’s own element the whole portal would be read', { timeout: 60_000 }, () => {
    for (const p of ZH_SITE_PAGES.filter((x) => !/^(article|main)\b/.test(x.root))) {
      const dom = new JSDOM(readFileSync(join(SITES, p.file), 'utf8'));
      expect(dom.window.document.querySelector('article, main, [role=main]'), p.file).toBeNull();
      (globalThis as { NodeFilter?: unknown }).NodeFilter = dom.window.NodeFilter;
      // The page's text (scripts and styles apart): the scan of the body now leaves out what is named as furniture.
      for (const e of dom.window.document.querySelectorAll('script, style')) e.remove();
      const whole = dom.window.document.body.textContent!;
      // The furniture the root leaves out is there on the page.
      for (const s of p.skips) expect(whole.replace(/[ \t]+/g, ' '), p.file).toContain(s);
    }
  });
});

describe('the Chinese-language portals suggested in the options page', () => {
  it('are only those whose article markup a real saved page verifies, each host with its page', () => {
    const ours = SUGGESTED_SITES.filter((s) => ['mainland', 'hktw', 'brokers'].includes(s.group)).flatMap((s) => s.hosts);
    const verified = new Set(ZH_SITE_PAGES.map((p) => p.site));
    expect(ours.filter((h) => !verified.has(h))).toEqual([]);
    // And every verified site is offered (a page served under a host the suggestion covers).
    expect([...verified].filter((h) => !ours.includes(h))).toEqual([]);
    for (const p of ZH_SITE_PAGES) expect(new URL(p.url).hostname.endsWith(p.site), p.file).toBe(true);
  });
});
