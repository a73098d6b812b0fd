/**
 * The figures in the reader's selection, checked in place: on any page, injected only when the reader asks
 * (the context menu, the shortcut, the popup; activeTab). The selected text is read block by block as the
 * article scan reads it, its terms found by the same reader, and its figures marked by the claims feature
 * itself (claims.ts): the same ✓ ≈ ✗ marks and cards as on the built-in sites. A note by the selection says
 * which date the figures were checked against — the page's own, or today's when the page gives none — and
 * what was found. One feature, one `init(signal)`: aborting removes the marks and the note.
 */
import { selectionMentions, type SelectionDate } from '../core/selection';
import type { PageConfig } from '../core/page-config';
import type { ArticleDate } from '../core/article/date';
import { holdsDigits } from '../core/article/limits';
import type { ScannedBlock } from './badges';
import { initClaims } from './claims';
import { fill } from './then-now';
import { cardHost } from './card';
import { el } from './ui';
import { articleRoots, collectBlocks, type Block } from './walk';

export interface SelectionOutcome {
  /** The page had a selection to read (false: the worker shows the text in a window of its own instead). */
  selected: boolean;
  blocks: number;
  marks: number;
  date: string | null;
  from: SelectionDate['from'] | null;
}

/**
 * The part of each text block that lies in `range`: the block's nodes that the range touches, its text cut at
 * the range's ends. The first node's start may lie before the cut (a negative start), so offsets into the
 * text still locate their node (walk.ts placeAfter).
 */
export function blocksInRange(range: Range): Block[] {
  const common = range.commonAncestorContainer;
  const root = common.nodeType === Node.TEXT_NODE ? common.parentElement : common;
  if (!root) return [];
  const out: Block[] = [];
  for (const b of collectBlocks(root)) {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    for (const n of b.nodes) {
      if (!range.intersectsNode(n)) continue;
      const from = n === range.startContainer ? range.startOffset : 0;
      const to = n === range.endContainer ? range.endOffset : n.length;
      if (to <= from) continue;
      nodes.push(n);
      starts.push(text.length - from);
      text += n.data.slice(from, to);
    }
    if (text.trim()) out.push({ element: b.element, nodes, starts, text });
  }
  return out;
}

/** A small note by the selection, in a closed shadow root, with textContent only. */
function showNote(signal: AbortSignal, anchor: DOMRect, lines: string[], closeLabel: string): void {
  const { host, box } = cardHost('llSelectionNote', 'status');
  const close = el('button', undefined, '×');
  close.setAttribute('aria-label', closeLabel);
  close.addEventListener('click', () => host.remove(), { signal });
  box.append(close, ...lines.map((l, i) => el('span', i ? 'row' : 'name', l)));
  host.style.setProperty('--ll-left', `${Math.max(8, Math.min(anchor.left, innerWidth - 308))}px`);
  host.style.setProperty('--ll-top', `${Math.max(8, Math.min(anchor.bottom + 8, innerHeight - 120))}px`);
  (document.documentElement ?? document.body).append(host);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && host.remove(), { signal, capture: true });
  signal.addEventListener('abort', () => host.remove());
}

/** How much of the article around the selection is read for its clues (as much as a page's first scan reads). */
const CONTEXT_CHARS = 120_000;

const settle = async (busy: () => boolean, signal: AbortSignal, limitMs = 20_000): Promise<void> => {
  for (const end = Date.now() + limitMs; busy() && !signal.aborted && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
};

/** Checks the figures in `ranges` against the data as of `date`, marks them, and says so. */
export async function initSelection(signal: AbortSignal, cfg: PageConfig, ranges: readonly Range[], date: SelectionDate, article: ArticleDate | null): Promise<SelectionOutcome> {
  const blocks = ranges.flatMap(blocksInRange);
  if (!blocks.length) return { selected: false, blocks: 0, marks: 0, date: null, from: null };
  // The article around the selection, for its clues: who a shared word belongs to when the selection names no one.
  const selected = new Set(blocks.map((b) => b.element));
  let budget = CONTEXT_CHARS;
  const context = articleRoots(document)
    .flatMap((r) => collectBlocks(r))
    .filter((b) => !selected.has(b.element) && (budget -= b.text.length) > 0)
    .map((b) => b.text);
  const mentions = selectionMentions(blocks.map((b) => b.text), cfg.fedSite, context);
  let tally = '';
  // The article's own date: by its stated time too, when its page gave one.
  const claims = initClaims(signal, cfg, date.date, (t) => (tally = t), date.from === 'page' ? article?.at : undefined);
  const scanned: ScannedBlock[] = blocks.map((block, i) => ({ block, mentions: mentions[i]!, visible: true }));
  claims.scanned(scanned.filter((s) => holdsDigits(s.block.text)));
  await settle(() => claims.pending() > 0, signal);
  const w = cfg.words;
  const dateLine =
    date.from === 'page' ? fill(w.selectionDatePage!, date.date, article?.source ? w[`dateSource_${article.source}`]! : '') : fill(w.selectionDateToday!, date.date);
  if (!signal.aborted) showNote(signal, ranges[ranges.length - 1]!.getBoundingClientRect(), [w.selectionTitle!, tally || w.selectionNone!, dateLine], w.cardClose ?? 'Close');
  return { selected: true, blocks: blocks.length, marks: claims.marks(), date: date.date, from: date.from };
}
