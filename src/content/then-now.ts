/**
 * Then → now: on a dated article, each badge gives the number as published by the article's date beside
 * today's, and the article badge the gauge then and now. What to show is decided here; badges.ts places it.
 */
import type { PageIndicator, PageNumbers } from '../core/page-answer';
import type { ArticleDate } from '../core/article/date';
import { formatChange } from '../core/format';
import type { PageConfig } from '../core/page-config';
import { el } from './ui';

export interface ArticleContext {
  article: ArticleDate;
  /** The worker's answer as of the article's date; null when the date is unknown or then → now is off. */
  then: PageNumbers | null;
}

/** A page-config template with its $1…$4 filled. */
export const fill = (template: string, ...subs: Array<string | number>) => template.replace(/\$([1-4])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));

/**
 * The value then, when it is worth showing: a known date older than the indicator's newest observation,
 * and a value published by that date.
 */
export function thenOf(ctx: ArticleContext, now: PageIndicator): PageIndicator | null {
  const date = ctx.article.date;
  const then = ctx.then?.indicators.find((i) => i.id === now.id);
  if (!date || !then || !now.asOf || date >= now.asOf) return null;
  return then;
}

/** "meta tags 2025-10-20, text 2025-09-01" in the reader's words. */
function foundList(a: ArticleDate, w: Record<string, string>): string {
  return a.found.map((f) => `${w[`dateSource_${f.source}`]} ${f.date}`).join(', ');
}

/** The lines a card adds about the article's date: where it came from, or why it is unknown. */
export function articleLine(ctx: ArticleContext, cfg: PageConfig): HTMLElement {
  const w = cfg.words;
  const a = ctx.article;
  return a.date
    ? el('span', 'row', fill(w.cardArticleDate!, a.date, w[`dateSource_${a.source}`]!))
    : el('span', 'row', fill(w.cardDateUnknown!, fill(w[`dateWhy_${a.why}`]!, foundList(a, w))));
}

/** The card's then and now, with the change between them and what it means for liquidity. */
export function thenNowRows(box: HTMLElement, now: PageIndicator, ctx: ArticleContext, cfg: PageConfig): void {
  const w = cfg.words;
  const then = ctx.then?.indicators.find((i) => i.id === now.id);
  if (!ctx.article.date || !then) return;
  if (then.value === null) {
    box.append(el('span', 'stale', fill(w.cardThenMissing!, then.note ?? w.missing!)));
    return;
  }
  box.append(el('span', 'row', fill(w.cardThen!, then.display.value, then.asOf ?? '')));
  if (now.value === null) return;
  box.append(el('span', 'row', fill(w.cardNow!, now.display.value, now.asOf ?? '')));
  const change = Math.round((now.value - then.value) * 1e6) / 1e6;
  const tone = change === 0 || now.better === 'neutral' ? 'flat' : change > 0 === (now.better === 'up') ? 'good' : 'bad';
  box.append(el('span', `row tone-${tone}`, fill(w.cardSinceArticle!, formatChange(change, now.unit, cfg.lang), w[`tone_${tone}`]!)));
}

/** "Written 2025-10-20 · gauge then: Tight · now: Adequate", or nothing for an undated article. */
export function summaryPrefix(ctx: ArticleContext, now: PageNumbers, cfg: PageConfig): string {
  const w = cfg.words;
  const date = ctx.article.date;
  if (!date) return '';
  const parts = [fill(w.summaryWritten!, date)];
  if (ctx.then) parts.push(fill(w.summaryGaugeThen!, w[`gauge_${ctx.then.gauge.state}`]!), fill(w.summaryGaugeNow!, w[`gauge_${now.gauge.state}`]!));
  return `${parts.join(' · ')} · `;
}
