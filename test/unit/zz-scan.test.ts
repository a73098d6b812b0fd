import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { it } from 'vitest';
import { readPosts } from '../../src/core/article/feed';
it('scan', async () => {
  const dirs = ['test/fixtures/pages', 'test/fixtures/claims-dev'];
  for (const d of dirs) {
    let files: string[] = [];
    try { files = readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith('.html')); } catch { continue; }
    for (const f of files) {
      const dom = new JSDOM(readFileSync(`${d}/${f}`, 'utf8'));
      const g = globalThis as Record<string, unknown>;
      Object.assign(g, { document: dom.window.document, Node: dom.window.Node });
      const { postElements, postFacts } = await import('../../src/content/posts');
      const els = postElements(dom.window.document);
      const facts = postFacts(els.slice(0, 300));
      const r = readPosts({ posts: facts, chinese: false, pageDate: null, held: [], feed: false }, '2026-12-03');
      if (els.length > 1 || r.feed) console.log(d, f, 'posts', els.length, 'timed', facts.filter((x) => x.times.length).length, 'feed', r.feed, r.dates.filter(Boolean).join(','));
    }
  }
});
