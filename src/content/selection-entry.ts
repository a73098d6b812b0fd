/**
 * The selection check's own content script, injected by the worker into the reader's tab only when asked
 * (activeTab): it defines one function in the extension's isolated world, which the worker then calls with
 * today's New York date and which answers what it found (the worker opens the results window when the page
 * had no selection to read). It reads the page and sends the worker only what the selection holds.
 */
import type { ArticleDate } from '../core/article/date';
import type { PageConfig } from '../core/page-config';
import { selectionDate } from '../core/selection';
import type { IsoDate } from '../core/types';
import { dateFacts } from './article-date';
import { ext } from './runtime';
import { initSelection, type SelectionOutcome } from './selection';
import { articleRoots } from './walk';

type Runner = (today: IsoDate) => Promise<SelectionOutcome>;
const scope = globalThis as { __liquidityLensSelection?: Runner };

let controller: AbortController | null = null;

scope.__liquidityLensSelection ??= async (today) => {
  // A new check replaces the last one's marks.
  controller?.abort();
  const signal = (controller = new AbortController()).signal;
  const sel = getSelection();
  const ranges = sel && !sel.isCollapsed ? Array.from({ length: sel.rangeCount }, (_, i) => sel.getRangeAt(i)) : [];
  if (!ranges.length || !sel!.toString().trim()) return { selected: false, blocks: 0, marks: 0, date: null, from: null };
  const [cfg, article] = (await Promise.all([
    ext.runtime.sendMessage({ type: 'page/config' }),
    ext.runtime.sendMessage({ type: 'article/date', facts: dateFacts(document, articleRoots(document)) }),
  ])) as [PageConfig, ArticleDate | null];
  return initSelection(signal, cfg, ranges, selectionDate(article?.date, today), article);
};
