/**
 * @vitest-environment jsdom
 *
 * Text a page adds after the first scan (badges.ts's MutationObserver), in jsdom: what it costs a page that adds
 * many comments at once. Counted, not timed: how often the story's whole text is read to decide that the new
 * nodes sit in its furniture.
 */
import { describe, expect, it } from 'vitest';
import { initBadges } from '../../src/content/badges';
import type { PageNumbers } from '../../src/core/page-answer';
import type { PageConfig } from '../../src/core/page-config';
import type { ArticleContext } from '../../src/content/then-now';

const cfg: PageConfig = { enabled: true, density: 'first', then: false, claims: false, fedSite: false, lang: 'en', words: {} };
// No indicators: nothing is badged, the scan only reads (what is read is what this test counts).
const numbers = { indicators: [] } as unknown as PageNumbers;
const ctx: ArticleContext = { article: { date: null, source: null, why: 'none', reason: null, found: [] }, then: null };

const macrotask = () => new Promise((r) => setTimeout(r, 10));

describe('text the page adds later', () => {
  it('a batch of 200 comments added at once has the story’s text measured once (not once a comment), and only the story’s own new paragraph is read', async () => {
    document.body.innerHTML = `<article><h1>The council passes its budget</h1>
      <p>The city council approved the new budget on Tuesday after a long debate about roads and schools.</p>
      <div id="comments"><h3>Comments</h3><ol class="comment-list"></ol></div></article>`;
    const article = document.querySelector('article')!;
    const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    let storyReads = 0;
    Object.defineProperty(article, 'textContent', {
      configurable: true,
      get() {
        storyReads++;
        return textContent.get!.call(this);
      },
    });
    const ac = new AbortController();
    const badges = initBadges(ac.signal, cfg, numbers, ctx);
    await badges.settled();
    const readBefore = badges.blocksRead;
    storyReads = 0;

    // As a comments plugin loads a page of them (WordPress' markup): one node at a time, in one task (200 mutation
    // records), and a paragraph of the story's own in the same batch.
    const list = document.querySelector('.comment-list')!;
    for (let i = 0; i < 200; i++) {
      const c = document.createElement('li');
      c.id = `comment-${i}`;
      c.className = 'comment even thread-even depth-1';
      c.textContent = `Comment ${i}: I read that the council spent $2.9 million on the new roads last year.`;
      list.append(c);
    }
    const late = document.createElement('p');
    late.textContent = 'The mayor said the vote would be the last one before the summer recess.';
    document.getElementById('comments')!.before(late);

    await macrotask();
    while (badges.busy()) await macrotask();
    await badges.settled();
    ac.abort();

    // Before: once for each comment (200).
    expect(storyReads).toBe(1);
    // The batch was read: the story's paragraph, none of the comments.
    expect(badges.blocksRead - readBefore).toBe(1);
  });
});
