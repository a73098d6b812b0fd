/**
 * Posts in feeds, each with its own date (issue 22): the built extension in real Chromium on real feed markup
 * (test/fixtures/real/SOURCES.md): the Guardian's live-blog blocks holding two Wolf Street posts a year apart,
 * served at an address dated 2025-12-08 (the page's own date, as a live blog's address carries it). Each post
 * gets its own article badge inside it, dated by its own <time>; its pills show then → now as of that date;
 * its figures are checked against the data of that date — a figure whose verdict is another on the page's
 * date. Posts a feed adds later are dated and badged too.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { inShadow } from '../helpers/shadow';
import { addReservesWeek, removeReservesWeek } from '../helpers/new-week';

const real = (f: string) => readFileSync(new URL(`../fixtures/real/${f}`, import.meta.url), 'utf8');
const FEED = real('feed-wolfstreet-posts-in-guardian-liveblog-blocks.html');
const GUARDIAN = real('guardian-liveblog-blocks-2013-09-18.html');
const HOST = 'www.reuters.com';

/** The same feed with its posts' <time> elements taken out: one article, dated by its address only. */
const UNTIMED = FEED.replace(/<time datetime="[^"]*">[^<]*<\/time>/g, '');
/** The Guardian's three blocks and the two Wolf Street posts, the newer without its <time>: a post of a feed with no date of its own. */
const WOLF = FEED.slice(FEED.indexOf('<div id="block-wolfstreet'), FEED.lastIndexOf('</main>'));
const MIXED = GUARDIAN.replace('</body>', `${WOLF.replace('<time datetime="2025-12-08">2025-12-08</time>', '')}</body>`);

/** The Guardian's three blocks (a feed on its own), then the two Wolf Street posts a moment later, as a live blog appends them. */
const LATER = GUARDIAN.replace(
  '</body>',
  `<template id="later">${WOLF}</template>
  <script>setTimeout(() => { document.body.append(document.getElementById('later').content.cloneNode(true)); document.title = 'appended'; }, 1500);</script></body>`,
);

/** The same posts inside the live blog's own <article>, as many live blogs wrap them: the article is their container. */
const NESTED = FEED.replace('<main>', '<main><article>').replace('</main>', '</article></main>');

const pages: Record<string, string> = {
  '/2025/12/08/nested.html': NESTED,
  '/2025/12/08/mixed.html': MIXED,
  '/2025/12/08/feed.html': FEED,
  '/2025/12/08/untimed.html': UNTIMED,
  '/2025/12/08/later.html': LATER,
};

let server: PageServer;
let ext: Loaded;

beforeAll(async () => {
  server = await servePages(pages);
  ext = await loadExtension(server.args([HOST]));
  await waitForCache(ext, (doc) => !!doc.providers['fred:WRESBAL']?.lastAttemptAt && !!doc.providers['fred:RRPONTSYD']?.lastAttemptAt);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const p = await ext.ctx.newPage();
  await p.goto(`https://${HOST}${path}`);
  expect((await scanSettled(ext, p, 30_000)).blocks).toBeGreaterThan(0);
  return p;
}

/** The page's own date as its content script holds it (page/article, which the popup asks). */
const pageArticle = (p: Page) =>
  ext.page.evaluate(async (url) => {
    for (const t of await chrome.tabs.query({})) {
      const scan = t.id === undefined ? null : await chrome.tabs.sendMessage(t.id, { type: 'page/scan' }).catch(() => null);
      if (scan?.url === url) return chrome.tabs.sendMessage(t.id!, { type: 'page/article' });
    }
    return 'no tab';
  }, p.url());

interface Seen {
  post: string | null;
  summaries: Array<{ date: string | null; source: string | null }>;
  pills: Array<{ id: string; then: string | null; thenAsof: string | null }>;
  marks: Array<{ id: string; verdict: string; asof: string; claimed: number; before: string }>;
}

/** What each post (by its block id; null: outside any post) holds of ours. */
const seen = (p: Page): Promise<Seen[]> =>
  p.evaluate(() => {
    const posts = [...document.querySelectorAll('div.block')];
    const of = (e: Element) => e.closest('div.block')?.id ?? null;
    return [...posts.map((b) => b.id), null].map((post) => ({
      post,
      summaries: [...document.querySelectorAll('ll-summary')].filter((e) => of(e) === post).map((e) => ({ date: e.getAttribute('data-ll-article-date'), source: e.getAttribute('data-ll-date-source') })),
      pills: [...document.querySelectorAll('ll-badge')].filter((e) => of(e) === post).map((e) => ({ id: e.getAttribute('data-ll-indicator')!, then: e.getAttribute('data-ll-then'), thenAsof: e.getAttribute('data-ll-then-asof') })),
      marks: [...document.querySelectorAll('ll-claim')]
        .filter((e) => of(e) === post)
        .map((e) => ({ id: e.getAttribute('data-ll-indicator')!, verdict: e.getAttribute('data-ll-verdict')!, asof: e.getAttribute('data-ll-asof')!, claimed: Number(e.getAttribute('data-ll-claimed')), before: (e.previousSibling?.textContent ?? '').slice(-60) })),
    }));
  });

const NEW = 'block-wolfstreet-2025-12-08';
const OLD = 'block-wolfstreet-2024-12-21';
const postOf = (all: Seen[], id: string | null) => all.find((x) => x.post === id)!;

describe('a feed’s posts, each with its own date (Chromium)', () => {
  let feed: Seen[];
  let summaryTexts: string[];

  beforeAll(async () => {
    const p = await open('/2025/12/08/feed.html');
    feed = await seen(p);
    summaryTexts = await inShadow(p, 'll-summary', '.pill', (e) => e.textContent ?? '');
    await p.close();
  });

  it('each post gets its own article badge inside it, dated by its own <time>; the page gets none of its own', () => {
    expect(postOf(feed, NEW).summaries).toEqual([{ date: '2025-12-08', source: 'time' }]);
    expect(postOf(feed, OLD).summaries).toEqual([{ date: '2024-12-21', source: 'time' }]);
    expect(postOf(feed, null).summaries).toEqual([]);
    // Each says when its post was written, and the gauge then and now.
    expect(summaryTexts).toEqual([expect.stringMatching(/^Written 2025-12-08 · gauge then: \w+ · now: \w+ · /), expect.stringMatching(/^Written 2024-12-21 · gauge then: \w+ · now: \w+ · /)]);
  });

  it('then → now in each post is as of that post’s date: the ON RRP as published by 2024-12-21 in the old post, by 2025-12-08 in the new', () => {
    // FRED RRPONTSYD (test/fixtures/real/fred-csv-RRPONTSYD.csv): 2024-12-20 98.356; WRESBAL, week of 2025-12-03: 2,858,284.
    expect(postOf(feed, OLD).pills.find((b) => b.id === 'rrp')).toEqual({ id: 'rrp', then: '98.356', thenAsof: '2024-12-20' });
    expect(postOf(feed, NEW).pills.find((b) => b.id === 'reserves')).toEqual({ id: 'reserves', then: '2858.284', thenAsof: '2025-12-03' });
    expect(postOf(feed, NEW).pills.find((b) => b.id === 'rrp')?.thenAsof).toBe('2025-12-08');
    // First mentions are counted per post: the old post badges the ON RRP again.
    for (const [id, date] of [[NEW, '2025-12-08'], [OLD, '2024-12-21']] as const) {
      const dated = postOf(feed, id).pills.filter((b) => b.thenAsof);
      expect(dated.length, id).toBeGreaterThan(0);
      for (const b of dated) expect(b.thenAsof! <= date, `${id} ${b.id} ${b.thenAsof}`).toBe(true);
    }
  });

  it('each post’s figures are checked against the data of its own date', () => {
    const old = postOf(feed, OLD).marks;
    // "fell to $98 billion on Friday" (20 Dec 2024) and the headline's "Plunge to $98 Billion".
    expect(old.filter((m) => m.id === 'rrp').map((m) => [m.claimed, m.verdict, m.asof])).toEqual([[98, 'match', '2024-12-20'], [98, 'match', '2024-12-20']]);
    expect(old.find((m) => /fell to \$98 billion$/.test(m.before))).toBeTruthy();
    // "to $2.86 trillion now", on 8 Dec 2025: the H.4.1 week of 3 Dec, out on the 4th.
    expect(postOf(feed, NEW).marks.find((m) => m.id === 'reserves')).toMatchObject({ claimed: 2860, verdict: 'match', asof: '2025-12-03' });
    for (const m of [...old, ...postOf(feed, NEW).marks]) expect(m.asof <= (old.includes(m) ? '2024-12-21' : '2025-12-08'), JSON.stringify(m)).toBe(true);
  });

  it('posts inside the live blog’s own <article>: each post badged once, as of its own date; the article around them adds nothing', async () => {
    const p = await open('/2025/12/08/nested.html');
    const nested = await seen(p);
    const counts = await p.evaluate(() => [document.querySelectorAll('ll-summary').length, document.querySelectorAll('ll-badge').length, document.querySelectorAll('ll-claim').length]);
    await p.close();
    expect(NESTED).toMatch(/<main><article>\s*<div id="block-wolfstreet-2025-12-08"/);
    expect([NEW, OLD].map((id) => postOf(nested, id).summaries)).toEqual([[{ date: '2025-12-08', source: 'time' }], [{ date: '2024-12-21', source: 'time' }]]);
    expect(nested.map((x) => [x.post, x.pills.length, x.marks.length])).toEqual(feed.map((x) => [x.post, x.pills.length, x.marks.length]));
    expect(counts).toEqual([2, feed.reduce((n, x) => n + x.pills.length, 0), feed.reduce((n, x) => n + x.marks.length, 0)]);
  });

  it('the same text without the posts’ times is one article of the page’s date: the old post’s ON RRP figure is then not borne out', async () => {
    const p = await open('/2025/12/08/untimed.html');
    const one = await seen(p);
    await p.close();
    expect(postOf(one, null).summaries).toEqual([{ date: '2025-12-08', source: 'url' }]);
    expect([NEW, OLD].flatMap((id) => postOf(one, id).summaries)).toEqual([]);
    // Read as of 8 Dec 2025, "fell to $98 billion on Friday" is no match (the ON RRP was near zero then).
    expect(postOf(one, OLD).marks.filter((m) => m.id === 'rrp' && m.verdict === 'match')).toEqual([]);
    expect(postOf(one, NEW).marks.find((m) => m.id === 'reserves')).toMatchObject({ verdict: 'match', asof: '2025-12-03' });
  });

  it('a post with no time of its own is read as of the page’s date', async () => {
    const p = await open('/2025/12/08/mixed.html');
    const mixed = await seen(p);
    const article = await pageArticle(p);
    await p.close();
    expect(MIXED).not.toContain('<time datetime="2025-12-08"');
    // The page's date: its address's (its story root, the untimed post, carries no date of its own).
    expect(article).toMatchObject({ date: '2025-12-08', source: 'url' });
    expect(postOf(mixed, NEW).summaries).toEqual([{ date: '2025-12-08', source: 'url' }]);
    expect(postOf(mixed, NEW).pills.find((b) => b.id === 'reserves')).toEqual({ id: 'reserves', then: '2858.284', thenAsof: '2025-12-03' });
    expect(postOf(mixed, NEW).marks.find((m) => m.id === 'reserves')).toMatchObject({ claimed: 2860, verdict: 'match', asof: '2025-12-03' });
    // Its neighbour keeps its own date, and the Guardian's posts of 2013 theirs.
    expect(postOf(mixed, OLD).summaries).toEqual([{ date: '2024-12-21', source: 'time' }]);
    expect(postOf(mixed, OLD).marks.filter((m) => m.id === 'rrp').map((m) => [m.verdict, m.asof])).toEqual([['match', '2024-12-20'], ['match', '2024-12-20']]);
    expect(postOf(mixed, null).summaries).toEqual([]);
  });

  it('new data repaint each post’s badges in place: the same elements, today’s new value, each post’s then kept as of its date', async () => {
    const p = await open('/2025/12/08/feed.html');
    const pill = (post: string, id: string) => p.locator(`#${post} ll-badge[data-ll-indicator="${id}"]`).first();
    const held = await p.evaluate(() => {
      const w = window as unknown as { llHeld: Element[] };
      w.llHeld = [...document.querySelectorAll('ll-badge, ll-summary')];
      return w.llHeld.length;
    });
    expect(held).toBeGreaterThan(3);
    const oldThen = await pill(OLD, 'rrp').getAttribute('data-ll-then');
    const before = Number(await pill(NEW, 'reserves').getAttribute('data-ll-value'));
    // A new week of reserves arrives in the cache, as a refresh would write it.
    const { date, value } = await addReservesWeek(ext, 111);
    try {
      await p.waitForFunction((v) => document.querySelector('#block-wolfstreet-2025-12-08 ll-badge[data-ll-indicator="reserves"]')?.getAttribute('data-ll-value') === String(v), value, { timeout: 15_000 });
      expect(Number(await pill(NEW, 'reserves').getAttribute('data-ll-value'))).not.toBe(before);
      await scanSettled(ext, p, 30_000);
      // Every badge and article badge is the element it was: none removed, none added.
      expect(await p.evaluate(() => {
        const now = [...document.querySelectorAll('ll-badge, ll-summary')];
        const was = (window as unknown as { llHeld: Element[] }).llHeld;
        return [now.length === was.length, now.every((e, k) => e === was[k]), was.every((e) => e.isConnected)];
      })).toEqual([true, true, true]);
      // The old post's then is still as of 2024-12-21.
      expect(await pill(OLD, 'rrp').getAttribute('data-ll-then')).toBe(oldThen);
      expect(await pill(OLD, 'rrp').getAttribute('data-ll-then-asof')).toBe('2024-12-20');
    } finally {
      await removeReservesWeek(ext, date);
      await p.close();
    }
  });

  it('posts a live blog adds later are dated and badged in their turn', async () => {
    const p = await open('/2025/12/08/later.html');
    await p.waitForFunction(() => document.title === 'appended');
    await p.waitForFunction(() => document.querySelectorAll('ll-summary').length >= 2, undefined, { timeout: 30_000 });
    await scanSettled(ext, p, 30_000);
    const later = await seen(p);
    await p.close();
    // The Guardian's three posts (18–19 Sep 2013) make the page a feed; they name no indicator and get no badge.
    for (const id of ['block-5239b800e4b04c15d3d31503', 'block-523aabb9e4b0b2ce000658b3', 'block-523aaf9be4b0107334baad7b']) expect(postOf(later, id), id).toMatchObject({ summaries: [], pills: [] });
    expect(postOf(later, NEW).summaries).toEqual([{ date: '2025-12-08', source: 'time' }]);
    expect(postOf(later, OLD).summaries).toEqual([{ date: '2024-12-21', source: 'time' }]);
    expect(postOf(later, OLD).marks.filter((m) => m.id === 'rrp').map((m) => m.asof)).toEqual(['2024-12-20', '2024-12-20']);
    expect(postOf(later, null).summaries).toEqual([]);
  });
});
