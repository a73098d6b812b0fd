/**
 * Posts in feeds, each with its own date. On a page that lists dated posts (a live blog, a newsletter's notes,
 * a timeline) each post that carries its own <time datetime> gets its own badges, its own article badge
 * (`[data-ll-summary]` inside the post, `data-ll-article-date` its date), then → now as of its date, and its
 * figures checked against the data of its date. The worker decides which posts are dated and how
 * (core/article/feed.ts) and gives the numbers as of each date (page/posts); this places them. One feature, one
 * `init(signal)`: aborting it removes every post's badges. Posts added later (infinite scroll, a live blog's
 * new entries) are dated and badged in their turn, within the page's bounds.
 */
import type { ArticleDate } from '../core/article/date';
import type { PostsAnswer } from '../core/article/feed';
import { POST_LIMITS } from '../core/article/limits';
import type { PageNumbers } from '../core/page-answer';
import type { PageConfig } from '../core/page-config';
import type { IsoDate } from '../core/types';
import { EAGER_CHARS, initBadges, type BadgesFeature } from './badges';
import { initClaims, type ClaimsFeature } from './claims';
import { nearestPost, postElements, postFacts } from './posts';
import { ext } from './runtime';
import { OURS } from './walk';

/** Posts badged on one page, at most: a timeline scrolled for an hour holds a few hundred. */
export const MAX_POSTS = 1_000;

export interface FeedFeature {
  /** New numbers from the worker: each post's badges repainted in place, as of its own date asked again. */
  update(now: PageNumbers, pageThen: PageNumbers | null): Promise<void>;
  busy(): boolean;
  pending(): number;
  readonly blocksRead: number;
  marks(): number;
  /** Posts badged so far. */
  readonly posts: number;
}

/** A post's date as the article's: known, so only its date and source are read (then-now.ts). */
const postDate = (date: IsoDate) => ({ date, source: 'time' }) as ArticleDate;

/**
 * Asks the worker whether the page is a feed; if it is, badges each post and returns the feature, else null
 * (the page is badged as one article). `page`, `pageThen`: the page's own date and its numbers (page/open's).
 */
export async function initFeed(signal: AbortSignal, cfg: PageConfig, now: PageNumbers, page: ArticleDate, pageThen: PageNumbers | null, chinese: boolean): Promise<FeedFeature | null> {
  const known = new WeakSet<Element>();
  const held = new Map<IsoDate, PageNumbers | null>();
  const running: Array<{ badges: BadgesFeature; claims: ClaimsFeature | null; post: Element; date: IsoDate | null }> = [];
  let feed = false;
  let asking = 0;
  /** Text read at once so far, across posts: past EAGER_CHARS a post reads what is on screen, the rest as the reader comes near. */
  let eager = 0;

  async function ask(posts: Element[], holding = [...held.keys()]): Promise<PostsAnswer<PageNumbers> | undefined> {
    asking++;
    try {
      return (await ext.runtime.sendMessage({ type: 'page/posts', posts: postFacts(posts), chinese, pageDate: page.date, held: holding, feed })) as PostsAnswer<PageNumbers> | undefined;
    } finally {
      asking--;
    }
  }

  /** `date`: the post's own, held; null: none of its own (or one past the page's dates), so the page's. */
  function badge(post: Element, date: IsoDate | null): void {
    if (running.length >= MAX_POSTS) return;
    const budget = eager < EAGER_CHARS ? EAGER_CHARS : 0;
    eager += (post.textContent ?? '').length;
    let badges: BadgesFeature | null = null;
    const claims = cfg.claims ? initClaims(signal, cfg, date ?? page.date, (text) => badges?.note(text)) : null;
    const ctx = date ? { article: postDate(date), then: held.get(date) ?? null } : { article: page, then: pageThen };
    badges = initBadges(signal, cfg, now, ctx, claims ? (b) => claims.scanned(b) : undefined, budget, { post, owns: (el) => nearestPost(el, known) === post });
    running.push({ badges, claims, post, date });
  }

  /**
   * Dates posts, in messages of POST_LIMITS.posts, and badges each: as of its own date when the page holds
   * that day (the first MAX_FEED_DATES the worker took on), else as of the page's (a post without a time of
   * its own, a live blog's own article around its posts).
   */
  async function take(all: Element[]): Promise<void> {
    // All known before any is badged: a container badged from the first message must not read the posts of a later one as its own.
    for (const p of all) known.add(p);
    for (let i = 0; i < all.length && running.length < MAX_POSTS; i += POST_LIMITS.posts) {
      const posts = all.slice(i, i + POST_LIMITS.posts);
      const answer = await ask(posts);
      if (signal.aborted || !answer?.feed || !Array.isArray(answer.dates)) return;
      feed = true;
      for (const d of answer.asked ?? []) held.set(d, answer.numbers?.[d] ?? null);
      answer.dates.forEach((d, k) => {
        if (posts[k]?.isConnected) badge(posts[k]!, d && held.has(d) ? d : null);
      });
    }
  }

  const first = postElements(document);
  // Fewer than two posts with a time of their own: no feed, and no question to the worker before the badges.
  if (first.filter((p) => p.querySelector('time[datetime]')).length < 2) return null;
  await take(first);
  if (!feed || signal.aborted) return null;

  // Posts added later: dated and badged once the page settles.
  let timer = 0;
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && !OURS.has(n)))) return;
    timer ||= window.setTimeout(() => {
      timer = 0;
      const fresh = postElements(document).filter((p) => !known.has(p));
      if (fresh.length && running.length < MAX_POSTS) void take(fresh).catch(() => undefined);
    }, 300);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    async update(next, nextPageThen) {
      now = next;
      pageThen = nextPageThen;
      // One post of each date held, sent as holding none: the worker computes each date's numbers anew.
      const one = new Map(running.flatMap((r) => (r.date ? [[r.date, r.post] as const] : [])));
      const posts = [...one.values()];
      for (let i = 0; i < posts.length; i += POST_LIMITS.posts) {
        const answer = await ask(posts.slice(i, i + POST_LIMITS.posts), []);
        if (signal.aborted) return;
        for (const d of answer?.asked ?? []) if (held.has(d)) held.set(d, answer!.numbers?.[d] ?? null);
      }
      for (const r of running) r.badges.update(now, r.date ? (held.get(r.date) ?? null) : pageThen);
    },
    busy: () => asking > 0 || timer !== 0 || running.some((r) => r.badges.busy()),
    pending: () => running.reduce((n, r) => n + (r.claims?.pending() ?? 0), 0),
    get blocksRead() {
      return running.reduce((n, r) => n + r.badges.blocksRead, 0);
    },
    marks: () => running.reduce((n, r) => n + (r.claims?.marks() ?? 0), 0),
    get posts() {
      return running.length;
    },
  };
}
