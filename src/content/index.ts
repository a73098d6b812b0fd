/**
 * Liquidity Lens content script: badges on news pages. Top frame only. It never fetches and never reads
 * storage: it asks the worker for the page's settings and the numbers, and the worker tells it when either
 * changes — new numbers repaint the badges, a settings change (site off, density, language) restarts or
 * removes them. A client-side navigation to another article restarts them for that article.
 */
import type { IndicatorsAnswer } from '../core/answer';
import type { ArticleDate } from '../core/article/date';
import type { PageConfig } from '../core/page-config';
import { dateFacts } from './article-date';
import { initBadges, type BadgesFeature } from './badges';
import { initClaims, type ClaimsFeature } from './claims';
import { watchArticleChanges } from './navigation';
import { answerOwnPages, ext } from './runtime';
import { articleRoots } from './walk';

type Answer = IndicatorsAnswer | undefined;

async function main(): Promise<void> {
  let controller: AbortController | null = null;
  let feature: BadgesFeature | null = null;
  let claimsFeature: ClaimsFeature | null = null;
  let starting = 0;
  let cfg: PageConfig | undefined;
  let dated: ArticleDate | null = null;
  let generation = 0;

  /** Today's numbers, and those as of the article's date when then → now is on. */
  const numbers = (c: PageConfig, d: ArticleDate): Promise<[Answer, Answer | null]> =>
    Promise.all([
      ext.runtime.sendMessage({ type: 'indicators/get', lang: c.lang }) as Promise<Answer>,
      c.then && d.date ? (ext.runtime.sendMessage({ type: 'indicators/get', lang: c.lang, asOf: d.date }) as Promise<Answer>) : null,
    ]);

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
    cfg = (await ext.runtime.sendMessage({ type: 'page/config' })) as PageConfig | undefined;
    if (mine !== generation) return;
    controller?.abort();
    controller = null;
    feature = null;
    claimsFeature = null;
    if (!cfg?.enabled) return;
    dated ??= (await ext.runtime.sendMessage({ type: 'article/date', facts: dateFacts(document, articleRoots(document)) })) as ArticleDate;
    if (mine !== generation || !dated) return;
    const [answer, then] = await numbers(cfg, dated);
    if (mine !== generation || !answer?.indicators) return;
    controller = new AbortController();
    const signal = controller.signal;
    let badges: BadgesFeature | null = null;
    const claims = (claimsFeature = cfg.claims ? initClaims(signal, cfg, dated.date, (text) => badges?.note(text)) : null);
    feature = badges = initBadges(signal, cfg, answer, { article: dated, then: then?.indicators ? then : null }, claims ? (b) => claims.scanned(b) : undefined);
  }

  // The worker says what changed; only the extension itself is listened to.
  answerOwnPages('page/changed', (m) => {
    if ((m as { what?: string }).what === 'settings') void start().catch(() => undefined);
    else if (feature && cfg && dated) {
      const f = feature;
      numbers(cfg, dated).then(([a, then]) => f === feature && a?.indicators && f.update(a, then?.indicators ? then : null), () => undefined);
    }
  });
  // The popup asks for the article's date (to offer "as of this article's date").
  answerOwnPages('page/article', () => dated);
  // Whether the page's scan has settled, and what it read: tests wait for this before they look for what
  // is absent, and a page the script never ran on gives no answer at all.
  answerOwnPages('page/scan', () => ({
    url: location.href,
    settled: !starting && !feature?.busy() && !claimsFeature?.pending(),
    blocks: feature?.blocksRead ?? 0,
    marks: claimsFeature?.marks() ?? 0,
  }));
  watchArticleChanges(() => {
    dated = null;
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
