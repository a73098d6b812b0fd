/**
 * `page/posts`: a feed's posts dated one by one (core/article/feed.ts), with the numbers as of each new date.
 * The dated answers come from the same store as page/open's (storage.session, the last MAX_DATES dates asked),
 * computed one after another: each reads and rewrites that store, and two at once would lose one.
 */
import browser from 'webextension-polyfill';
import { readPosts, type PostsAnswer, type PostsRequest } from '../core/article/feed';
import { nyTime } from '../core/calendar';
import type { PageNumbers } from '../core/page-answer';
import { pageConfig } from '../core/page-config';
import { asOf, readStored, today } from './page-answer';
import { loadSettings } from './store';

export async function datePosts(req: PostsRequest, url: string): Promise<PostsAnswer<PageNumbers>> {
  const settings = await loadSettings();
  const config = pageConfig(settings, url, browser.i18n.getUILanguage());
  const todayNy = nyTime(Date.now()).date;
  const { feed, dates, ask } = readPosts(req, todayNy);
  if (!config.enabled) return { feed: false, dates: dates.map(() => null), asked: [], numbers: {} };
  const numbers: PostsAnswer<PageNumbers>['numbers'] = {};
  if (config.then && ask.length) {
    const current = await today(settings, config.lang, readStored());
    for (const d of ask) numbers[d] = d < todayNy ? await asOf(d, current, settings) : current.numbers;
  }
  return { feed, dates, asked: ask, numbers };
}
