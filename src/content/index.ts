/**
 * Liquidity Lens content script: badges on news pages. Top frame only. It never fetches and never reads
 * storage: it asks the worker for the page's settings and the numbers, and the worker tells it when either
 * changes — new numbers repaint the badges, a settings change (site off, density, language) restarts or
 * removes them. A client-side navigation to another article restarts them for that article.
 */
import type { ArticleDate, DateFacts } from '../core/article/date';
import type { PageOpenAnswer } from '../core/page-answer';
import type { PageConfig } from '../core/page-config';
import { compiledDictionary } from '../core/terms/matcher';
import { dateFacts } from './article-date';
import { initBadges, type BadgesFeature } from './badges';
import { initClaims, type ClaimsFeature } from './claims';
import { initFeed, type FeedFeature } from './feeds';
import { watchArticleChanges } from './navigation';
import { answerOwnPages, ext } from './runtime';
import { articleRoots } from './walk';

async function main(): Promise<void> {
  let controller: AbortController | null = null;
  let feature: BadgesFeature | null = null;
  let claimsFeature: ClaimsFeature | null = null;
  /** On a feed: each post badged as of its own date, instead of the page as one article. */
  let feedFeature: FeedFeature | null = null;
  let starting = 0;
  let cfg: PageConfig | undefined;
  let dated: ArticleDate | null = null;
  /** What the page says of its date, read once per article. */
  let facts: DateFacts | null = null;
  let generation = 0;

  /** One question: the page's settings, the article's date, today's numbers and those as of that date. */
  const open = (): Promise<PageOpenAnswer | undefined> => {
    facts ??= dateFacts(document, articleRoots(document));
    return ext.runtime.sendMessage({ type: 'page/open', facts }) as Promise<PageOpenAnswer | undefined>;
  };

  async function start(): Promise<void> {
    starting++;
    try {
      await begin();
    } finally {
      starting--;
    }
  }

  async function begin(): Promise<void> {
    const mine = ++generation;
    const asked = open();
    // While the worker answers, the scan's first step: compiling the dictionary (5–15 ms, once per page), which
    // would otherwise wait for the answer and then delay the first badge.
    compiledDictionary();
    const opened = await asked;
    if (mine !== generation) return;
    controller?.abort();
    controller = null;
    feature = null;
    claimsFeature = null;
    feedFeature = null;
    cfg = opened?.config;
    dated = opened?.date ?? null;
    if (!cfg?.enabled || !dated || !opened?.now?.indicators) return;
    controller = new AbortController();
    const signal = controller.signal;
    const then = opened.then?.indicators ? opened.then : null;
    const feed = await initFeed(signal, cfg, opened.now, dated, then, facts?.chinese ?? false).catch(() => null);
    if (signal.aborted) return;
    if (feed) {
      feedFeature = feed;
      return;
    }
    let badges: BadgesFeature | null = null;
    const claims = (claimsFeature = cfg.claims ? initClaims(signal, cfg, dated.date, (text) => badges?.note(text), dated.at) : null);
    feature = badges = initBadges(signal, cfg, opened.now, { article: dated, then }, claims ? (b) => claims.scanned(b) : undefined);
  }

  // The worker says what changed; only the extension itself is listened to.
  answerOwnPages('page/changed', (m) => {
    if ((m as { what?: string }).what === 'settings') void start().catch(() => undefined);
    else {
      // New numbers: the badges on the page repainted in place (a feed's posts each as of its date, asked again).
      const f = feedFeature ?? feature;
      if (f) open().then((o) => f === (feedFeature ?? feature) && o?.now?.indicators && f.update(o.now, o.then?.indicators ? o.then : null)).catch(() => undefined);
    }
  });
  // The popup asks for the article's date (to offer "as of this article's date").
  answerOwnPages('page/article', () => dated);
  // Whether the page's scan has settled, and what it read: tests wait for this before they look for what
  // is absent, and a page the script never ran on gives no answer at all.
  answerOwnPages('page/scan', () => ({
    url: location.href,
    settled: !starting && !feature?.busy() && !claimsFeature?.pending() && !feedFeature?.busy() && !feedFeature?.pending(),
    blocks: feature?.blocksRead ?? feedFeature?.blocksRead ?? 0,
    marks: claimsFeature?.marks() ?? feedFeature?.marks() ?? 0,
    ...(feedFeature ? { posts: feedFeature.posts } : {}),
  }));
  watchArticleChanges(() => {
    facts = null;
    void start().catch(() => undefined);
  });
  await start();
}

// Once per page, even when the popup injects it into a tab where it already runs.
const loaded = globalThis as { __liquidityLens?: true };
if (window.top === window && document.body && !loaded.__liquidityLens) {
  loaded.__liquidityLens = true;
  main().catch((e: unknown) => console.debug('Liquidity Lens: badges unavailable', e));
}
