/**
 * Badges on the article: a pill after each chosen mention and an article badge by the headline. One
 * feature, one `init(signal)`: aborting the signal removes every badge and listener at once (the site
 * switched off, badges set to off), and puts split text nodes back together.
 */
import type { PageIndicator, PageNumbers } from '../core/page-answer';
import { holdsDigits, mayHoldFigure } from '../core/article/limits';
import type { PageConfig } from '../core/page-config';
import { Analyser, readsAsFedNews, type Mention } from '../core/terms/context';
import type { IndicatorId } from '../core/types';
import { nextDays } from './ahead-line';
import { bindCard, colon, createHoverCard, gaugeCard, indicatorCard } from './card';
import { summaryPrefix, thenOf, type ArticleContext } from './then-now';
import { makeBadge, makeSummary, paintBadge, COLOURS, type BadgeParts } from './ui';
import { Slicer, type SliceStats } from './slices';
import { LaterBlocks } from './later';
import { articleRoots, collectBlocks, inFurniture, insideSkipped, OURS, placeAfter, removePlaced, visibleRange, type Block } from './walk';

export interface BadgesFeature {
  /** New numbers from the worker (today's, and as of the article's date): repaint what is on the page. */
  update(a: PageNumbers, then: PageNumbers | null): void;
  /** A line the article badge adds at its end (the tally of the article's figures checked). */
  note(text: string): void;
  /** Resolves when every scan started so far has finished. */
  settled(): Promise<void>;
  /** A scan is running or queued, or added text waits to be scanned. */
  busy(): boolean;
  /** How many blocks the scans have read so far (a page whose text was read and held nothing still counts them). */
  readonly blocksRead: number;
  /** What the scans' slices have cost on the page's main thread. */
  readonly stats: SliceStats;
}

/** A block the scan read, with the terms it found there (for the features that read figures). */
export interface ScannedBlock {
  block: Block;
  mentions: Mention[];
  /** On screen when the scan began: its figures are checked first. */
  visible: boolean;
  /** The article's headline: the indicator it names is the subject of figures that name none ("usage fell to …"). */
  headline?: boolean;
}

/**
 * `onScanned` gets each scan's blocks that hold a digit and a term a figure can be tied to (or a unit: the
 * headline may name the subject), and the headline when it names an indicator; those blocks are
 * judged in full even when "first mention" needs no more badges for their terms.
 *
 * A scan runs in slices (slices.ts): its blocks are all read first (the article's clues, in any order), then
 * judged and badged in the order of the text, so a long page never holds the main thread for long and the
 * badges land where they would in one go. Scans run one after another. On a very long page (a feed, a live
 * blog, thousands of paragraphs) the work follows the reading: the text up to `EAGER_CHARS` and what is on
 * screen now, the rest of it when the reader scrolls near.
 */
/** How much of a page's text is scanned at once (about 20,000 words: any article), besides what is on screen. */
export const EAGER_CHARS = 120_000;

/**
 * One post of a feed (feeds.ts): its badges, first mentions and article badge are its own, the badge placed in
 * it; the feed watches for posts added later, so the post itself is not watched.
 */
export interface PostScope {
  post: Element;
  /** The post's own elements: not those of a post inside it, which is badged as of its own date. */
  owns: (el: Element) => boolean;
}

/** `eagerChars`: the benchmark reads a whole page at once, to weigh all of the work. */
export function initBadges(signal: AbortSignal, cfg: PageConfig, first: PageNumbers, ctx: ArticleContext, onScanned?: (blocks: ScannedBlock[]) => void, eagerChars = EAGER_CHARS, scope?: PostScope): BadgesFeature {
  let answer = first;
  let byId = new Map(answer.indicators.map((i) => [i.id, i]));
  const analyser = new Analyser(undefined, { fedPublisher: cfg.fedSite });
  const days = nextDays(analyser.named, cfg);
  const card = createHoverCard(signal, cfg.words.cardClose ?? 'Close');
  const done = new WeakSet<Text>();
  const placed: Array<{ parts: BadgeParts; id: IndicatorId; rest: Text | null }> = [];
  /** Under "first mention": the indicators already badged in each article (a feed's next story gets its own). */
  const badged = new WeakMap<Element, Set<IndicatorId>>();
  /** What the article mentions so far: the indicators, in order of first mention, and the Fed's name. */
  const mentioned = new Set<IndicatorId>();
  let topics = 0;
  let summary: BadgeParts | null = null;
  let extra = '';
  const roots = new Set(scope ? [scope.post] : articleRoots(document));

  const label = (i: PageIndicator) => cfg.words.badgeTitle!.replace('$1', i.label);

  function place(block: Block, m: Mention): void {
    const i = byId.get(m.indicator!);
    if (!i) return;
    const parts = makeBadge(i, label(i), thenOf(ctx, i));
    const rest = placeAfter(block, m.end, parts.host);
    if (rest === false) return;
    if (rest) done.add(rest);
    bindCard(parts.pill, card, () => indicatorCard(byId.get(i.id)!, cfg, ctx), signal);
    placed.push({ parts, id: i.id, rest });
  }

  function paintSummary(): void {
    if (!readsAsFedNews(topics, mentioned.size)) return;
    days.want();
    if (!summary) {
      summary = makeSummary();
      OURS.add(summary.host);
      const h1 = scope
        ? [...scope.post.querySelectorAll('h1, h2, h3, h4')].find(scope.owns)
        : ([...document.querySelectorAll('h1')].find((h) => !insideSkipped(h.parentElement ?? h)) ?? document.querySelector('h1'));
      if (h1) h1.after(summary.host);
      else [...roots][0]?.prepend(summary.host);
      const s = summary;
      bindCard(s.pill, card, () => gaugeCard(answer, mentionedIndicators(), cfg, ctx, days.line), signal);
      if (ctx.article.date) {
        s.host.dataset.llArticleDate = ctx.article.date;
        s.host.dataset.llDateSource = ctx.article.source!;
      }
    }
    const n = mentionedIndicators().length;
    const gauge = ctx.then ? '' : `${cfg.words.gaugeLabel}${colon(cfg)}${cfg.words[`gauge_${answer.gauge.state}`]} · `;
    summary.pill.textContent = `${summaryPrefix(ctx, answer, cfg)}${gauge}${cfg.words.badgeMentioned!.replace('$1', String(n))}${extra ? ` · ${extra}` : ''}`;
    summary.pill.style.setProperty('--c', COLOURS[answer.gauge.state]!);
    summary.pill.setAttribute('aria-label', `${cfg.words.summaryTitle}. ${summary.pill.textContent}`);
  }

  const mentionedIndicators = () => [...mentioned].flatMap((id) => byId.get(id) ?? []);

  const stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0 };
  let queue: Promise<void> = Promise.resolve();
  let running = 0;
  let blocksRead = 0;
  /** Blocks left for later: scanned when the reader comes near them. */
  const later = new LaterBlocks((near) => void enqueue(() => run(near, true)), signal);

  function enqueue(job: () => Promise<void>): Promise<void> {
    running++;
    queue = queue
      .then(() => (signal.aborted ? undefined : job()))
      .catch((e: unknown) => console.debug('Liquidity Lens: scan failed', e))
      .finally(() => void running--);
    return queue;
  }

  /** Scan some subtrees, after any scan already running. */
  const scan = (nodes: Iterable<Node>): Promise<void> => {
    const list = [...nodes];
    return enqueue(() => run(list.flatMap((n) => collectBlocks(n, done)).filter((b) => !scope || scope.owns(b.element)), false));
  };

  /** Reads the blocks, then judges and badges them in order; `near`: they came near the screen (none left for later). */
  async function run(blocks: Block[], near: boolean): Promise<void> {
    const slicer = new Slicer(stats, signal);
    // Which blocks are on screen, read before anything is written to the page (no layout forced after).
    const [firstSeen, lastSeen] = near ? [0, blocks.length - 1] : visibleRange(blocks);
    let chars = 0;
    const now: Block[] = [];
    const seen: boolean[] = [];
    const wait: Block[] = [];
    blocks.forEach((b, k) => {
      const onScreen = k >= firstSeen && k <= lastSeen;
      if (near || onScreen || chars < eagerChars) {
        chars += b.text.length;
        now.push(b);
        seen.push(onScreen);
      } else {
        // Its text nodes are this block's now: a later scan of an ancestor leaves them alone.
        for (const n of b.nodes) done.add(n);
        wait.push(b);
      }
    });
    later.add(wait);
    const read: ReturnType<Analyser['read']>[] = [];
    for (const b of now) {
      if (slicer.due() && !(await slicer.next())) return;
      read.push(analyser.read(b.text));
      blocksRead++;
    }
    const withFigures: ScannedBlock[] = [];
    for (let k = 0; k < now.length; k++) {
      if (slicer.due() && !(await slicer.next())) return;
      const b = now[k]!;
      const root = [...roots].find((r) => r.contains(b.element)) ?? document.body;
      if (!badged.has(root)) badged.set(root, new Set());
      const inArticle = badged.get(root)!;
      // Under "first mention" and "article only", a term already counted changes nothing on the page: its later
      // hits go unjudged (SOFR stays open: it may resolve to either spread), unless the block holds figures to check.
      const counted = cfg.density === 'first' ? inArticle : mentioned;
      const figures = !!onScanned && holdsDigits(b.text);
      const settled = cfg.density === 'every' || figures ? undefined : (to: string | null) => (to === 'topic' ? topics >= 2 : to !== 'sofr' && to !== null && counted.has(to as IndicatorId));
      const found = analyser.judge(read[k]!, settled);
      const headline = !!onScanned && b.element.closest('h1') !== null && found.some((m) => m.kind !== 'topic');
      if ((figures && (found.some((m) => m.kind !== 'topic') || mayHoldFigure(b.text))) || headline) withFigures.push({ block: b, mentions: found, visible: seen[k]!, ...(headline ? { headline } : {}) });
      for (const m of found) m.indicator ? mentioned.add(m.indicator) : m.kind === 'topic' && topics++;
      for (const n of b.nodes) done.add(n);
      if (!found.length || cfg.density === 'article') continue;
      const chosen = found.filter((m) => {
        if (!m.indicator) return false;
        if (cfg.density === 'first' && inArticle.has(m.indicator)) return false;
        inArticle.add(m.indicator);
        return true;
      });
      const before = placed.length;
      // From the end backwards, so earlier offsets stay valid as text nodes are split.
      for (const m of chosen.reverse()) place(b, m);
      // The first pill is what the reader waits for: the page gets it (and may draw it) before the rest is judged.
      if (!before && placed.length && k < now.length - 1 && !(await slicer.next())) return;
    }
    paintSummary();
    if (withFigures.length) onScanned!(withFigures);
    slicer.end();
  }

  void scan(roots);

  // Pages that add text later: scan only what was added, after it settles.
  let queued = new Set<Element>();
  let timer = 0;
  const ours = (n: Node) => {
    for (let e: Node | null = n; e; e = e.parentNode) if (OURS.has(e)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (ours(n)) continue;
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el) continue;
        const root = [...roots].find((r) => r.contains(el));
        if (!root && el.tagName === 'ARTICLE' && !insideSkipped(el)) roots.add(el);
        else if (!root || insideSkipped(el)) continue;
        queued.add(el);
      }
    }
    if (queued.size && !timer) {
      timer = window.setTimeout(() => {
        timer = 0;
        const added = [...queued];
        // Text added in the story's furniture (comments loaded after it) is not read either: judged here, once a
        // batch, so a root's text is measured at most once for all of the batch's nodes (a node moved out of every
        // root since is judged as a root of its own).
        const sizes = new Map<Element, number>();
        const batch = added.filter((n) => n.isConnected && !added.some((o) => o !== n && o.contains(n)) && !inFurniture(n, [...roots].find((r) => r.contains(n)) ?? n, sizes));
        queued = new Set();
        // Our own insertions, once this scan has made them, are not news.
        if (batch.length) void scan(batch).then(() => observer.takeRecords());
      }, 150);
    }
  });
  if (!scope) observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  observer.takeRecords();

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const { parts, rest } of placed) removePlaced(parts.host, rest);
    (summary as BadgeParts | null)?.host.remove();
  });

  return {
    update(a, then) {
      answer = a;
      ctx.then = then;
      byId = new Map(a.indicators.map((i) => [i.id, i]));
      for (const { parts, id } of placed) {
        const i = byId.get(id);
        if (i) paintBadge(parts, i, label(i), thenOf(ctx, i));
      }
      paintSummary();
    },
    note(text) {
      extra = text;
      paintSummary();
    },
    settled: () => queue,
    busy: () => running > 0 || timer !== 0,
    get blocksRead() {
      return blocksRead;
    },
    stats,
  };
}
