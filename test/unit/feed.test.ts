/**
 * Posts in feeds (core/article/feed.ts): which posts have a date of their own and when a page is a feed, on the
 * rules' own examples and on real live-blog markup read by the content script's reader (src/content/posts.ts)
 * through a standards DOM.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { datesToAsk, isFeed, MAX_FEED_DATES, ownDate, parsePostsRequest, postDates, readPosts, type PostFacts } from '../../src/core/article/feed';
import { POST_LIMITS } from '../../src/core/article/limits';
import { MAX_DATES } from '../../src/core/page-answer';

const real = (f: string) => readFileSync(new URL(`../fixtures/real/${f}`, import.meta.url), 'utf8');
const TODAY = '2026-12-03';
const post = (parent: number, ...times: Array<string | [string, 'updated']>): PostFacts => ({
  parent,
  times: times.map((t) => (typeof t === 'string' ? { value: t, label: 'published-time' } : { value: t[0], label: 'updated-time Updated at 9.18am' })),
});

/** The content script's reader on a page's markup (it reads `document` and `Node` from the window it runs in). */
async function readPage(html: string): Promise<PostFacts[]> {
  const dom = new JSDOM(html);
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, Node: g.Node, NodeFilter: g.NodeFilter };
  Object.assign(g, { document: dom.window.document, Node: dom.window.Node, NodeFilter: dom.window.NodeFilter });
  try {
    const { postElements, postFacts } = await import('../../src/content/posts');
    return postFacts(postElements(dom.window.document));
  } finally {
    Object.assign(g, saved);
  }
}

describe('a post’s own date', () => {
  it('is its first published time, in New York’s calendar when the time has a zone', () => {
    expect(ownDate(post(-1, '2013-09-19T02:30:00Z'), false, TODAY)).toBe('2013-09-18'); // 22:30 in New York the day before
    expect(ownDate(post(-1, '2013-09-19T02:30:00Z'), true, TODAY)).toBe('2013-09-19'); // a Chinese page: UTC+8
    expect(ownDate(post(-1, '2024-12-21'), false, TODAY)).toBe('2024-12-21');
  });

  it('an update stamp is not when the post was written (its class, itemprop or the words before it say so)', () => {
    for (const label of ['updated', 'dateModified', 'block-time updated-time', '最後更新 10:30', 'Edited 2h ago']) expect(ownDate({ parent: -1, times: [{ value: '2024-12-21', label }] }, false, TODAY), label).toBeNull();
    expect(ownDate(post(-1, ['2025-01-02', 'updated'], '2024-12-21'), false, TODAY)).toBe('2024-12-21');
    expect(ownDate(post(-1, ['2025-01-02', 'updated']), false, TODAY)).toBeNull();
  });

  it('times in the future, before 1990 or unreadable are ignored (the next one may still date it)', () => {
    expect(ownDate(post(-1, '2026-12-05'), false, TODAY)).toBeNull();
    expect(ownDate(post(-1, '2026-12-04'), false, TODAY)).toBe('2026-12-04'); // a day of grace: site-local dates run ahead
    expect(ownDate(post(-1, '1989-12-31'), false, TODAY)).toBeNull();
    expect(ownDate(post(-1, 'PT2H'), false, TODAY)).toBeNull();
    expect(ownDate(post(-1, 'soon', '2025-02-30', '2025-03-01'), false, TODAY)).toBe('2025-03-01');
  });
});

describe('which pages are feeds', () => {
  it('two posts with distinct dates are a feed', () => {
    const dates = postDates([post(-1, '2025-12-08'), post(-1, '2024-12-21')], false, TODAY);
    expect(dates).toEqual(['2025-12-08', '2024-12-21']);
    expect(isFeed(dates, '2025-12-08')).toBe(true);
    expect(isFeed(dates, null)).toBe(true);
  });

  it('a single article with one time element is not', () => {
    expect(isFeed(postDates([post(-1, '2025-10-20T08:00:00Z')], false, TODAY), null)).toBe(false);
  });

  it('posts all of the page’s own date are not (the page’s date says it); undated, they are', () => {
    const dates = postDates([post(-1, '2025-10-20'), post(-1, '2025-10-20')], false, TODAY);
    expect(isFeed(dates, '2025-10-20')).toBe(false);
    expect(isFeed(dates, null)).toBe(true);
  });

  it('nested articles: a post holding dated posts is their container, not a post', () => {
    // A live blog's own <article> (dated by its header) holding three posts, one of them quoting a dated post.
    const posts = [post(-1, '2025-12-01'), post(0, '2025-12-08'), post(0, '2025-12-09'), post(2, '2025-11-30')];
    expect(postDates(posts, false, TODAY)).toEqual([null, '2025-12-08', null, '2025-11-30']);
    // An article quoting one dated post: one post only, no feed.
    expect(isFeed(postDates([post(-1, '2025-12-01'), post(0, '2025-11-30')], false, TODAY), null)).toBe(false);
  });

  it('a feed’s later batch is dated without deciding again; a page that is no feed dates nothing', () => {
    const base = { chinese: false, pageDate: '2025-12-08', held: ['2025-12-08'] };
    expect(readPosts({ ...base, posts: [post(-1, '2025-12-07')], feed: true }, TODAY)).toEqual({ feed: true, dates: ['2025-12-07'], ask: ['2025-12-07'] });
    expect(readPosts({ ...base, posts: [post(-1, '2025-12-07')], feed: false }, TODAY)).toEqual({ feed: false, dates: [null], ask: [] });
  });
});

describe('bounds', () => {
  it('at most MAX_FEED_DATES dates a page, the first in the page’s order, never more than the worker keeps', () => {
    expect(MAX_FEED_DATES).toBeLessThanOrEqual(MAX_DATES);
    const days = Array.from({ length: 12 }, (_, i) => `2025-11-${String(10 + i).padStart(2, '0')}`);
    expect(datesToAsk([...days, null, days[0]!], [])).toEqual(days.slice(0, MAX_FEED_DATES));
    expect(datesToAsk(days, days.slice(0, 6))).toEqual(days.slice(6, MAX_FEED_DATES));
    expect(datesToAsk(days, days.slice(0, MAX_FEED_DATES))).toEqual([]);
  });

  it('a message out of shape or past the bounds is refused', () => {
    const ok = { posts: [{ times: [{ value: '2025-12-08', label: 'published-time' }], parent: -1 }], chinese: false, pageDate: null, held: [], feed: false };
    expect(parsePostsRequest(ok)).toEqual(ok);
    const posts = (n: number) => Array.from({ length: n }, () => ({ times: [], parent: -1 }));
    expect(parsePostsRequest({ ...ok, posts: posts(POST_LIMITS.posts) })).not.toBeNull();
    expect(parsePostsRequest({ ...ok, posts: posts(POST_LIMITS.posts + 1) })).toBeNull();
    expect(parsePostsRequest({ ...ok, posts: [{ times: Array(POST_LIMITS.times + 1).fill({ value: 'x', label: '' }), parent: -1 }] })).toBeNull();
    expect(parsePostsRequest({ ...ok, posts: [{ times: [{ value: 'x'.repeat(POST_LIMITS.chars + 1), label: '' }], parent: -1 }] })).toBeNull();
    // A holder after its post, or itself: the order the page gives is document order.
    expect(parsePostsRequest({ ...ok, posts: [{ times: [], parent: 0 }] })).toBeNull();
    expect(parsePostsRequest({ ...ok, held: Array.from({ length: MAX_FEED_DATES + 1 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`) })).toBeNull();
    expect(parsePostsRequest({ ...ok, held: ['2025-01-01', '2025-01-01'] })).toBeNull();
    expect(parsePostsRequest({ ...ok, pageDate: '2025-02-30' })).toBeNull();
    expect(parsePostsRequest({ ...ok, posts: [{ times: [{ value: '2025-12-08', label: 1 }], parent: -1 }] })).toBeNull();
    expect(parsePostsRequest({ ...ok, feed: 'yes' })).toBeNull();
  });
});

describe('real live-blog markup', () => {
  it('the Guardian’s live-blog blocks of 18–19 Sep 2013: three posts on two days, the update stamp left out', async () => {
    const facts = await readPage(real('guardian-liveblog-blocks-2013-09-18.html'));
    expect(facts.map((f) => f.times.map((t) => t.value))).toEqual([
      ['2013-09-18T15:27:12.156+01:00'],
      ['2013-09-19T09:02:34.353Z'],
      ['2013-09-19T09:17:56.274+01:00', '2013-09-19T09:18:14.877+01:00'],
    ]);
    // The last post's second time is its "Updated at 9.18am BST" stamp: without its first, it has no date.
    const stampOnly = { ...facts[2]!, times: facts[2]!.times.slice(1) };
    expect(stampOnly.times[0]!.label).toMatch(/^ ?updated Updated at 9\.18am/); // the class updated-time, by its whole parts
    expect(ownDate(stampOnly, false, TODAY)).toBeNull();
    const read = readPosts({ posts: facts, chinese: false, pageDate: null, held: [], feed: false }, TODAY);
    expect(read).toEqual({ feed: true, dates: ['2013-09-18', '2013-09-19', '2013-09-19'], ask: ['2013-09-18', '2013-09-19'] });
    // As the live blog of 18 Sep, its post of the 19th still makes it a feed.
    expect(readPosts({ posts: facts, chinese: false, pageDate: '2013-09-18', held: [], feed: false }, TODAY).feed).toBe(true);
  });

  it('the browser test’s page: two Wolf Street posts, each dated by its own time', async () => {
    const facts = await readPage(real('feed-wolfstreet-posts-in-guardian-liveblog-blocks.html'));
    expect(readPosts({ posts: facts, chinese: false, pageDate: '2025-12-08', held: [], feed: false }, TODAY).dates).toEqual(['2025-12-08', '2024-12-21']);
  });

  it('Cointelegraph’s publication time (class text-fg-updatedMuted) is no update stamp: the post is dated by it', async () => {
    const facts = await readPage(readFileSync(new URL('../fixtures/real/sites/cointelegraph.com/robert-kiyosaki-says-hes-buying-targets-250k-bitcoin-27k-gold.html', import.meta.url), 'utf8'));
    const dated = facts.map((f) => ownDate(f, false, TODAY)).filter(Boolean);
    expect(dated[0]).toBe('2025-11-09');
  });

  it('a rail of teaser cards beside one story holds no posts: The Block’s six "Latest" cards are not read as posts', async () => {
    const html = readFileSync(new URL('../fixtures/real/sites/www.theblock.co/italys-banks-support-ecbs-digital-euro-plan.html', import.meta.url), 'utf8');
    expect(new JSDOM(html).window.document.querySelectorAll('article').length).toBeGreaterThanOrEqual(7);
    expect(await readPage(html)).toHaveLength(1);
  });

  it('an article page with one dated article is no feed (the seed)', async () => {
    const { seedPageHtml } = await import('../../scripts/demo-page');
    const facts = await readPage(seedPageHtml());
    expect(readPosts({ posts: facts, chinese: false, pageDate: null, held: [], feed: false }, TODAY).feed).toBe(false);
  });
});
