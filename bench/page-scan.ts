/**
 * Runs inside a benchmark page (bundled as one script): the extension's own scan-and-badge code
 * (src/content/badges.ts, the same module the content script runs), the floor (a bare TreeWalker
 * visit of every text node) and the peer (mark.js finding and wrapping the same terms).
 */
import Mark from 'mark.js';
import type { IndicatorsAnswer } from '../src/core/answer';
import type { PageConfig } from '../src/core/page-config';
import { DICTIONARY } from '../src/core/terms/dictionary';
import { wholeExpression } from '../src/core/terms/matcher';
import { initBadges, type ScannedBlock } from '../src/content/badges';
import { PASSAGE_LIMITS } from '../src/core/article/limits';

/** The floor, walked `repeat` times in one timing (page timers are coarse, 0.1 ms), per walk. */
function floor(repeat = 1): number {
  const t0 = performance.now();
  let chars = 0;
  for (let r = 0; r < repeat; r++) {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).length;
  }
  const ms = (performance.now() - t0) / repeat;
  (window as unknown as { sink: number }).sink = chars;
  return ms;
}

/** A plain scan for reference: the whole dictionary's one expression tested once per text node, nothing else. */
let whole: RegExp | null = null;

function plain(): number {
  const re = (whole ??= new RegExp(wholeExpression().source, 'i'));
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) if (re.test((n as Text).data)) hits++;
  const ms = performance.now() - t0;
  (window as unknown as { sink: number }).sink = hits;
  return ms;
}

/**
 * Plain, finding every mention: the same expression run to the end of each text node, as a content script that
 * badges every mention (not only knows a node has one) must at least do.
 */
function plainAll(): number {
  const re = new RegExp(wholeExpression().source, 'gi');
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const text = (n as Text).data;
    re.lastIndex = 0;
    while (re.exec(text)) hits++;
  }
  const ms = performance.now() - t0;
  (window as unknown as { sink: number }).sink = hits;
  return ms;
}

/**
 * Ours: the content script's own scan (walk, match, judge, insert) with the claims feature's page side (the
 * passages built as the content script builds them, and serialised as its messages would be), in its slices:
 * the work of all slices, the longest one, how many.
 */
async function ours(cfg: PageConfig, answer: IndicatorsAnswer): Promise<{ ms: number; longestMs: number; slices: number; badges: number; passages: number }> {
  // As at document_idle, the page laid out (the previous run's clean-up left the layout to redo).
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const ac = new AbortController();
  const scanned: ScannedBlock[][] = [];
  const feature = initBadges(ac.signal, cfg, answer, { article: { date: null, source: null, why: 'none', reason: null, found: [] }, then: null }, (blocks) => void scanned.push(blocks), Infinity); // all of the page now, not only what a reader would scroll to: the same text as plain's
  await feature.settled();
  // The claims feature's page side, as the content script does it: the passages built and copied into one
  // message per task (serialised here, as sending them would).
  let passages = 0;
  let sendMs = 0;
  let longestSend = 0;
  for (const blocks of scanned) {
    const t0 = performance.now();
    const all = blocks.map(({ block, mentions }) => ({ text: block.text, terms: mentions.filter((m) => m.kind !== 'topic').map(({ start, end, kind }) => ({ start, end, kind })) }));
    let t = performance.now() - t0;
    for (let i = 0; i < all.length; i += PASSAGE_LIMITS.passages) {
      const c0 = performance.now();
      (window as unknown as { sink: number }).sink = JSON.stringify(all.slice(i, i + PASSAGE_LIMITS.passages)).length;
      const c = performance.now() - c0 + t;
      t = 0;
      sendMs += c;
      longestSend = Math.max(longestSend, c);
    }
    passages += all.length;
  }
  const badges = document.querySelectorAll('ll-badge').length;
  const { busyMs, longestMs, slices } = feature.stats;
  ac.abort();
  return { ms: busyMs + sendMs, longestMs: Math.max(longestMs, longestSend), slices, badges, passages };
}

const TERMS = [...new Set(DICTIONARY.filter((d) => d.to && !d.block).flatMap((d) => d.terms ?? []))];

function peer(): Promise<{ ms: number; marks: number }> {
  return new Promise((done) => {
    const m = new Mark(document.body);
    const t0 = performance.now();
    m.mark(TERMS, {
      separateWordSearch: false,
      accuracy: 'partially',
      exclude: ['script', 'style', 'code', 'pre', 'nav', 'header', 'footer', 'aside'],
      done: (marks: number) => {
        const ms = performance.now() - t0;
        m.unmark({ done: () => done({ ms, marks }) });
      },
    });
  });
}

Object.assign(window, { LLBench: { floor, plain, plainAll, ours, peer } });
