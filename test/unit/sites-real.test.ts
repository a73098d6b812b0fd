/**
 * The sites where this news is read (issue 22), on their real article pages (test/fixtures/real/sites, provenance in
 * SOURCES.md), read as the content script reads them in a standards DOM: where the article is (its root, with the
 * headline and the story's own sentences, without the teaser cards around it), its date and where the date came
 * from, and the indicators its text names.
 */
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { dateFacts } from '../../src/content/article-date';
import { articleRoots, collectBlocks } from '../../src/content/walk';
import { parseDateFacts, readArticleDate } from '../../src/core/article/date';
import { Analyser, readsAsFedNews } from '../../src/core/terms/context';
import { SUGGESTED_SITES } from '../../src/core/suggested-sites';
import { SITE_PAGES, sitePageHtml, type SitePage } from '../helpers/site-pages';

const TODAY = '2026-12-01';

const opened: JSDOM[] = [];
afterAll(() => opened.forEach((d) => d.window.close()));

/** The page in a standards DOM at its own address, and what the content script reads of it. */
function readSitePage(p: SitePage) {
  const dom = new JSDOM(sitePageHtml(p), { url: p.url });
  opened.push(dom);
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter = dom.window.NodeFilter;
  const doc = dom.window.document as unknown as Document;
  const roots = articleRoots(doc);
  const text = roots.flatMap((r) => collectBlocks(r).map((b) => b.text)).join('\n');
  // As the worker gets the facts: through a message, checked.
  const date = readArticleDate(parseDateFacts(JSON.parse(JSON.stringify(dateFacts(doc, roots, p.url))))!, TODAY);
  const an = new Analyser();
  const mentions = text.split('\n').flatMap((b) => an.judge(an.read(b)));
  const indicators = [...new Set(mentions.flatMap((m) => (m.indicator ? [m.indicator] : [])))].sort();
  return { doc, roots, text, date, indicators, articleBadge: readsAsFedNews(mentions.filter((m) => m.kind === 'topic').length, indicators.length) };
}

describe.each(SITE_PAGES)('$file', (p) => {
  const r = readSitePage(p);

  it('reads one article root: the story’s own, with its headline and body', () => {
    expect(r.roots).toHaveLength(1);
    expect(r.roots[0]).toBe(r.doc.querySelector(p.root));
    expect(r.text).toContain(p.headline);
    expect(r.text.replace(/\s+/g, ' ')).toContain(p.body);
  });

  it.skipIf(!p.notRead.length)('does not read the teaser cards around it', () => {
    for (const t of p.notRead) {
      expect(r.doc.body.textContent, 'the page has it').toContain(t);
      expect(r.text, t).not.toContain(t);
    }
  });

  it(`is dated ${p.date} from its ${p.source}`, () => {
    expect([r.date.date, r.date.source, r.date.reason]).toEqual([p.date, p.source, null]);
  });

  it(`names ${p.indicators.join(', ') || 'no indicator'}${p.articleBadge ? ', and reads as Fed news' : ''}`, () => {
    expect(r.indicators).toEqual(p.indicators);
    expect(r.articleBadge).toBe(p.articleBadge);
  });
});

describe('the rules these pages needed', () => {
  it('The Block: the teaser cards are not article roots, so the story’s is the first (what single-page navigation keys on)', () => {
    const r = readSitePage(SITE_PAGES.find((p) => p.file.startsWith('www.theblock.co'))!);
    expect(r.doc.querySelectorAll('article')).toHaveLength(7);
    expect(articleRoots(r.doc)[0]!.querySelector('h1')?.textContent).toContain('Italy');
  });

  it('Cointelegraph: its publication <time> is read, though its colour class says “updatedMuted”', () => {
    const p = SITE_PAGES.find((x) => x.file.startsWith('cointelegraph.com'))!;
    const r = readSitePage(p);
    expect(r.doc.querySelector('time[datetime]')!.className).toContain('updatedMuted');
    expect(r.date.found).toContainEqual({ source: 'time', date: '2025-11-09' });
  });
});

describe('suggested only when verified', () => {
  // The English and crypto groups (the Chinese portals' pages are checked with theirs).
  const ours = SUGGESTED_SITES.filter((s) => ['macro', 'crypto', 'markets'].includes(s.group));
  it.each(ours.map((s) => [s.name, s] as const))('%s: a real article page of it is held and read here', (_, site) => {
    const held = SITE_PAGES.filter((p) => site.hosts.some((h) => new URL(p.url).hostname === h || new URL(p.url).hostname.endsWith(`.${h}`)));
    expect(held.length, `no page of ${site.hosts.join(', ')} in test/fixtures/real/sites`).toBeGreaterThan(0);
  });
});

