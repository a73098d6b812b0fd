/**
 * The page's posts as the worker needs them to date each one (core/article/feed.ts): the post elements — an
 * <article>, role=article, schema.org's liveBlogUpdate or *BlogPosting, and the live-blog post containers of
 * the common publishing systems — with the datetime of each post's own <time> elements and the words that say
 * what kind of time it is (the worker tells an update stamp by them). Only reads.
 */
import type { PostFacts } from '../core/article/feed';
import { POST_LIMITS } from '../core/article/limits';
import { stampParts } from './article-date';
import { insideSkipped, isTeaser } from './walk';

/**
 * Post elements: <article>; role=article (Mastodon, X); schema.org's liveBlogUpdate and *BlogPosting items;
 * the Guardian's `div.block[id^=block-]`, WordPress liveblog's `.liveblog-entry`, and `live-blog-post` /
 * `liveblog-post` classes (CNBC, AP, Reuters-style live pages).
 */
export const POST_SELECTOR = 'article,[role=article],[itemprop~=liveBlogUpdate],[itemtype$=BlogPosting],div.block[id^=block-],.liveblog-entry,[class*=live-blog-post i],[class*=liveblog-post i]';

/**
 * The post elements under `scope`, in document order (outside navigation, asides and hidden parts; not a teaser
 * card, whose date is another story's: a rail of dated cards beside one story is no feed).
 */
export function postElements(scope: ParentNode): Element[] {
  return [...scope.querySelectorAll(POST_SELECTOR)].filter((e) => !insideSkipped(e) && !isTeaser(e));
}

/** The nearest of `posts` that holds `el` (itself included), or null. */
export function nearestPost(el: Element | null, posts: { has(e: Element): boolean }): Element | null {
  for (let e = el; e; e = e.parentElement) if (posts.has(e)) return e;
  return null;
}

/** What each post says of its date; `posts` in document order (a post's holder comes before it), at most POST_LIMITS.posts. */
export function postFacts(posts: readonly Element[]): PostFacts[] {
  const index = new Map(posts.map((p, i) => [p, i]));
  return posts.map((p) => {
    const times: PostFacts['times'] = [];
    for (const t of p.querySelectorAll('time[datetime]')) {
      // A time inside a post within this one is that post's.
      if (times.length >= POST_LIMITS.times || nearestPost(t, index) !== p) continue;
      const value = t.getAttribute('datetime')!.trim().slice(0, POST_LIMITS.chars);
      const box = t.parentElement;
      // Of the classes, only the whole parts that name an update stamp (as the article's date reads them:
      // Cointelegraph's publication time is class text-fg-updatedMuted).
      const label = `${stampParts(t).join(' ')} ${box ? stampParts(box).join(' ') : ''} ${box?.textContent?.trim().slice(0, 40) ?? ''}`.slice(0, POST_LIMITS.chars);
      if (value) times.push({ value, label });
    }
    return { times, parent: index.get(nearestPost(p.parentElement, index)!) ?? -1 };
  });
}
