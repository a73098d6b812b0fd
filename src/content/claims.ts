/**
 * Marks on the article's own figures: each number the article states about an indicator gets ✓ (matches the
 * data of its date), ≈ (close) or ✗ (differs), and a card with the figure as written, how it was read, the
 * data that decided and the source. One feature, one `init(signal)`. The worker reads and checks the
 * figures (core/article/); this file only sends the blocks that hold figures and places what comes back.
 */
import type { ClaimAnswer, ClaimsAnswer } from '../core/article/claims-answer';
import { holdsDigits, PASSAGE_LIMITS } from '../core/article/limits';
import type { IsoDate } from '../core/types';
import type { PageConfig } from '../core/page-config';
import type { ScannedBlock } from './badges';
import { bindCard, createHoverCard, sourceLink } from './card';
import { ext } from './runtime';
import { yieldToPage } from './slices';
import { fill } from './then-now';
import { el, makeClaimMark } from './ui';
import { claimMarkAt, placeAfter, removePlaced } from './walk';

export interface ClaimsFeature {
  /** Blocks a scan read that hold figures: read them (in the worker), check them, mark them. */
  scanned(blocks: ScannedBlock[]): void;
  /** Checks sent and not yet answered (or waiting to be sent). */
  pending(): number;
  /** Marks placed on the page. */
  marks(): number;
}

function claimCard(c: ClaimAnswer, cfg: PageConfig): (box: HTMLElement) => void {
  return (box) => {
    const d = c.display;
    box.append(el('span', `name verdict-${c.verdict}`, d.verdict), el('span', 'name', d.name));
    for (const line of [d.article, d.readAs, d.data, d.difference, d.window, d.range, d.lastAt, d.elsewhen]) if (line) box.append(el('span', 'row', line));
    box.append(el('span', 'explain', d.compared), sourceLink(c.source, cfg));
  };
}

/** `articleAt`: the article's stated instant (ArticleDate.at), which the data are cut at. */
export function initClaims(signal: AbortSignal, cfg: PageConfig, articleDate: IsoDate | null, tally: (text: string) => void, articleAt?: string): ClaimsFeature {
  const card = createHoverCard(signal, cfg.words.cardClose ?? 'Close');
  const placed: Array<{ host: Element; rest: Text | null; verdict: string }> = [];
  signal.addEventListener('abort', () => {
    for (const { host, rest } of placed.splice(0)) removePlaced(host, rest);
  });

  function mark(blocks: Array<{ block: ScannedBlock['block'] }>, answer: ClaimsAnswer): void {
    // From the end of each block backwards, so that offsets before a mark stay where they were.
    for (const c of [...answer.claims].sort((x, y) => x.passage - y.passage || y.end - x.end)) {
      const item = blocks[c.passage];
      if (!item || claimMarkAt(item.block, c.end)) continue;
      const parts = makeClaimMark(c.verdict, c.display.label);
      const h = parts.host as HTMLElement;
      h.dataset.llIndicator = c.target;
      h.dataset.llVerdict = c.verdict;
      h.dataset.llClaimed = String(c.value);
      h.dataset.llActual = String(c.actual);
      h.dataset.llAsof = c.asOf;
      const rest = placeAfter(item.block, c.end, h);
      if (rest === false) continue;
      bindCard(parts.pill, card, () => claimCard(c, cfg), signal);
      placed.push({ host: h, rest, verdict: c.verdict });
    }
    const count = (v: string) => placed.filter((p) => p.verdict === v).length;
    if (placed.length) tally(fill(cfg.words.claimsTally!, placed.length, count('match'), count('close'), count('differs')));
  }

  let pending = 0;
  let headline: { text: string; terms: Array<{ start: number; end: number; kind: string }> } | null = null;

  return {
    scanned(blocks) {
      const h = blocks.find((b) => b.headline);
      if (h && !headline) headline = { text: h.block.text.slice(0, PASSAGE_LIMITS.text), terms: h.mentions.filter((m) => m.kind !== 'topic' && m.end <= PASSAGE_LIMITS.text).slice(0, PASSAGE_LIMITS.terms).map(({ start, end, kind }) => ({ start, end, kind })) };
      // What is on screen first; then the rest, in messages the worker accepts (a block too long for one is
      // left unmarked).
      const fits = blocks
        .filter((b) => holdsDigits(b.block.text))
        .map(({ block, mentions, visible }) => ({ block, visible, passage: { text: block.text, terms: mentions.filter((m) => m.kind !== 'topic').map(({ start, end, kind }) => ({ start, end, kind })) } }))
        .filter(({ passage }) => passage.text.length <= PASSAGE_LIMITS.text && passage.terms.length <= PASSAGE_LIMITS.terms);
      const ordered = [...fits.filter((f) => f.visible), ...fits.filter((f) => !f.visible)];
      // One message per task: sending copies the text, which on a long page is not free.
      pending++;
      void (async () => {
        for (let i = 0; i < ordered.length; i += PASSAGE_LIMITS.passages) {
          if (i) await yieldToPage();
          if (signal.aborted) return;
          const chunk = ordered.slice(i, i + PASSAGE_LIMITS.passages);
          pending++;
          (ext.runtime.sendMessage({ type: 'claims/check', articleDate, articleAt, passages: chunk.map((c) => c.passage), lang: cfg.lang, ...(headline ? { headline } : {}) }) as Promise<ClaimsAnswer | undefined>).then(
            (answer) => !signal.aborted && answer?.claims && mark(chunk, answer),
            () => undefined,
          ).finally(() => void pending--);
        }
      })().finally(() => void pending--);
    },
    pending: () => pending,
    marks: () => placed.length,
  };
}
