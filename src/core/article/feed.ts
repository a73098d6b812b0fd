/**
 * Posts in a feed, each with its own date. On a page that lists many dated posts (a live blog, a newsletter's
 * notes, a timeline) a post that carries its own `<time datetime>` is dated by it, so that then → now and the
 * figures it states are read as of that post's date, not the page's.
 *
 * The content script describes the page's post elements (what `PostFacts` holds: the datetime values of each
 * post's own <time> elements, and which post holds it); this decides which are posts with a date of their own.
 * The rules:
 * - a post's date is its first <time> that is not an update stamp and reads as a date (dateOfValue), not in the
 *   future (a day of grace: site-local dates run ahead of New York) and not before 1990; a post with only an
 *   "Updated …" time has no date of its own (when it changed is not when it was written);
 * - a post that holds dated posts is their container (a live blog's own <article>), not a post;
 * - the page is a feed when at least two posts have a date and at least one of those dates is not the page's
 *   own: a single article with one <time>, or a live blog of today whose posts are all of today, reads as it
 *   did (the page's date already says it);
 * - the numbers of at most MAX_FEED_DATES distinct dates are asked for per page (the first in the page's
 *   order); a post dated on another day is read as of the page's date, as a post with no date of its own and a
 *   live blog's own article around its posts are (each post reads its own text, not its inner posts').
 */
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../types';
import { dateOfValue } from './date';
import { MAX_FEED_DATES, POST_LIMITS } from './limits';

export { MAX_FEED_DATES, POST_LIMITS };

/** One post element as the content script saw it. */
export interface PostFacts {
  /**
   * Its own <time> elements (not those of a post inside it), in document order: the datetime, and the words
   * that say what kind of time it is (its class and itemprop, its holder's class, the start of its holder's
   * text: "Updated at 9.18am").
   */
  times: Array<{ value: string; label: string }>;
  /** The index of the nearest post that holds it, or -1. */
  parent: number;
}

const EARLIEST = '1990-01-01';
/** An update stamp: when the post changed, not when it was written. */
const UPDATED = /updat|modif|edited|更新|修改|修订|修訂/i;

/** Facts from a message (a content script is on an untrusted page): the right shape within the bounds, else null. */
export function parsePostFacts(x: unknown): PostFacts[] | null {
  if (!Array.isArray(x) || x.length > POST_LIMITS.posts) return null;
  const out: PostFacts[] = [];
  for (const p of x as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const { times, parent } = p as Record<string, unknown>;
    if (!Number.isInteger(parent) || (parent as number) < -1 || (parent as number) >= out.length) return null;
    if (!Array.isArray(times) || times.length > POST_LIMITS.times) return null;
    const read: PostFacts['times'] = [];
    for (const t of times as unknown[]) {
      const { value, label } = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
      if (typeof value !== 'string' || value.length > POST_LIMITS.chars || typeof label !== 'string' || label.length > POST_LIMITS.chars) return null;
      read.push({ value, label });
    }
    out.push({ times: read, parent: parent as number });
  }
  return out;
}

/** One post's own date, or null (no time, only an update stamp, unreadable, in the future or before 1990). */
export function ownDate(p: PostFacts, chinese: boolean, today: IsoDate): IsoDate | null {
  for (const t of p.times) {
    if (UPDATED.test(t.label)) continue;
    const d = dateOfValue(t.value, chinese);
    if (d && d >= EARLIEST && d <= addDays(today, 1)) return d;
  }
  return null;
}

/** Each post's date; a post holding a dated post is a container and gets none. */
export function postDates(posts: readonly PostFacts[], chinese: boolean, today: IsoDate): Array<IsoDate | null> {
  const dates = posts.map((p) => ownDate(p, chinese, today));
  posts.forEach((p, i) => {
    if (dates[i] === null) return;
    // Every post that holds this dated one, up the chain, is a container.
    for (let k = p.parent; k >= 0; k = posts[k]!.parent) dates[k] = null;
  });
  return dates;
}

/** The page lists dated posts: two or more, and not all of the page's own date. */
export function isFeed(dates: ReadonlyArray<IsoDate | null>, pageDate: IsoDate | null): boolean {
  const dated = dates.filter((d): d is IsoDate => d !== null);
  return dated.length >= 2 && dated.some((d) => d !== pageDate);
}

/** The dates to ask numbers for: the posts' dates not held yet, in the page's order, while fewer than MAX_FEED_DATES are held. */
export function datesToAsk(dates: ReadonlyArray<IsoDate | null>, held: readonly IsoDate[]): IsoDate[] {
  const all = new Set(held);
  const ask: IsoDate[] = [];
  for (const d of dates) {
    if (d === null || all.has(d) || all.size >= MAX_FEED_DATES) continue;
    all.add(d);
    ask.push(d);
  }
  return ask;
}

/** Dates from a message: distinct real dates, at most MAX_FEED_DATES, else null. */
export function parseHeldDates(x: unknown): IsoDate[] | null {
  if (!Array.isArray(x) || x.length > MAX_FEED_DATES || !x.every(isIsoDate) || new Set(x).size !== x.length) return null;
  return x as IsoDate[];
}

/** What page/posts asks: the posts of one batch, and what the page already knows. */
export interface PostsRequest {
  posts: PostFacts[];
  /** The page is Chinese: zone-less times are UTC+8. */
  chinese: boolean;
  /** The page's own date (page/open's), or null. */
  pageDate: IsoDate | null;
  /** The dates whose numbers the page holds already (an earlier batch). */
  held: IsoDate[];
  /** An earlier batch found the page a feed: posts added later are dated without deciding it again. */
  feed: boolean;
}

/** page/posts' answer. */
export interface PostsAnswer<N> {
  feed: boolean;
  /** Each post's own date (null: none, or a container), in the order sent; all null when the page is no feed. */
  dates: Array<IsoDate | null>;
  /** The new dates this batch takes on (those of `held` aside, at most MAX_FEED_DATES with them): a post dated otherwise is read as of the page's date. */
  asked: IsoDate[];
  /** The numbers as of each date asked (at most MAX_FEED_DATES with those held); absent when then → now is off. */
  numbers: Partial<Record<IsoDate, N>>;
}

/** The pure part of page/posts: each post's date, whether the page is a feed, and which dates' numbers to compute. */
export function readPosts(req: PostsRequest, today: IsoDate): { feed: boolean; dates: Array<IsoDate | null>; ask: IsoDate[] } {
  const dates = postDates(req.posts, req.chinese, today);
  const feed = req.feed ? dates.some((d) => d !== null) : isFeed(dates, req.pageDate);
  if (!feed) return { feed: false, dates: dates.map(() => null), ask: [] };
  return { feed, dates, ask: datesToAsk(dates, req.held) };
}

export function parsePostsRequest(m: Record<string, unknown>): PostsRequest | null {
  const posts = parsePostFacts(m.posts);
  const held = parseHeldDates(m.held);
  if (!posts || !held || typeof m.chinese !== 'boolean' || typeof m.feed !== 'boolean' || (m.pageDate !== null && !isIsoDate(m.pageDate))) return null;
  return { posts, chinese: m.chinese, pageDate: m.pageDate, held, feed: m.feed };
}
