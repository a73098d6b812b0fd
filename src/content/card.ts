/**
 * The hover card: one per page, opened by hovering or focusing a badge, closed by Esc, by leaving it,
 * or by its close button. Everything in it is set with textContent.
 */
import type { PageIndicator, PageNumbers } from '../core/page-answer';
import type { PageConfig } from '../core/page-config';
import { articleLine, thenNowRows, type ArticleContext } from './then-now';
import { CARD_CSS, el } from './ui';
import { OURS } from './walk';

const SVG = 'http://www.w3.org/2000/svg';

export interface HoverCard {
  /** Show the card for an anchor; `fill` writes its content into the card box. */
  open(anchor: HTMLElement, fill: (box: HTMLElement) => void): void;
  close(): void;
  /** Close unless the pointer or focus comes into the card first. */
  closeSoon(): void;
}

/** The separator after a label in the reader's language. */
export const colon = (cfg: PageConfig) => (cfg.lang === 'en' ? ': ' : '：');

/** The card's last line: "Source: …", a link opened in a new tab. */
export function sourceLink(source: { name: string; url: string }, cfg: PageConfig): HTMLAnchorElement {
  const a = el('a', undefined, `${cfg.words.cardSource}${colon(cfg)}${source.name}`);
  a.href = source.url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** An SVG element with its attributes. */
function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const name in attributes) e.setAttribute(name, attributes[name]!);
  return e;
}

/** A card's host (ours: the scan skips it) with its closed shadow root, the card's stylesheet and its box. */
export function cardHost(mark: string, role: string): { host: HTMLElement; box: HTMLElement } {
  const host = document.createElement('ll-card');
  OURS.add(host);
  host.dataset[mark] = '';
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style');
  style.textContent = CARD_CSS;
  const box = el('div', 'card');
  box.setAttribute('role', role);
  root.append(style, box);
  return { host, box };
}

export function indicatorCard(i: PageIndicator, cfg: PageConfig, ctx: ArticleContext): (box: HTMLElement) => void {
  return (box) => {
    const w = cfg.words;
    const c = colon(cfg);
    box.append(el('span', 'name', i.label), el('span', 'value', i.display.value));
    thenNowRows(box, i, ctx, cfg);
    if (i.change !== null) box.append(el('span', 'row', `${w.cardChange}${c}${i.display.change}${i.previousAsOf ? ` (${i.previousAsOf} →)` : ''}`));
    box.append(el('span', 'row', i.asOf ? w.cardAsOf!.replace('$1', i.asOf) : w.missing!));
    if (i.status !== 'ok') box.append(el('span', 'stale', `${w.stale}${i.statusReason ? `${c}${i.statusReason.split(/; |；/)[0]}` : ''}`));
    if (i.value === null && i.note) box.append(el('span', 'stale', i.note));
    if (i.display.spark) {
      const svg = svgElement('svg', { width: '276', height: '40', viewBox: '0 0 100 24', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
      svg.append(svgElement('path', { d: i.display.spark, fill: 'none', stroke: 'currentColor', 'stroke-width': '1', 'vector-effect': 'non-scaling-stroke' }));
      box.append(svg);
    }
    if (i.display.thresholds.length) box.append(el('span', 'row', `${w.cardThreshold}${c}${i.display.thresholds.join(' · ')}`));
    box.append(el('span', 'explain', i.explain));
    box.append(articleLine(ctx, cfg), sourceLink(i.source, cfg));
  };
}

/** `more` adds what else the article names (ahead-line.ts: the next calendar days). */
export function gaugeCard(a: PageNumbers, mentioned: PageIndicator[], cfg: PageConfig, ctx: ArticleContext, more?: (box: HTMLElement) => void): (box: HTMLElement) => void {
  return (box) => {
    const w = cfg.words;
    box.append(el('span', 'name', `${w.gaugeLabel}${colon(cfg)}${w[`gauge_${a.gauge.state}`]}`));
    if (ctx.then) box.append(el('span', 'row', `${w.summaryGaugeThen!.replace('$1', w[`gauge_${ctx.then.gauge.state}`]!)} (${ctx.then.asOf})`));
    box.append(articleLine(ctx, cfg));
    const fired = a.gauge.rules.filter((r) => r.fired);
    if (fired.length) {
      const ul = el('ul');
      for (const r of fired) ul.append(el('li', undefined, `${r.text} (${r.asOf})`));
      box.append(ul);
    }
    const list = el('ul');
    for (const i of mentioned) list.append(el('li', undefined, `${i.label}${colon(cfg)}${i.display.value}${i.asOf ? ` (${i.asOf})` : ''}`));
    box.append(list);
    more?.(box);
  };
}

export function createHoverCard(signal: AbortSignal, closeLabel: string): HoverCard {
  // Built on the first hover, not with the badges: most pages are read without opening a card.
  let parts: { host: HTMLElement; box: HTMLElement } | null = null;
  let anchor: HTMLElement | null = null;
  let hideTimer = 0;

  const close = () => {
    clearTimeout(hideTimer);
    parts?.host.remove();
    anchor = null;
  };
  const closeSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(close, 250);
  };
  const build = () => {
    const { host, box } = cardHost('llHovercard', 'dialog');
    host.addEventListener('mouseenter', () => clearTimeout(hideTimer), { signal });
    host.addEventListener('mouseleave', closeSoon, { signal });
    host.addEventListener('focusout', (e) => !host.contains(e.relatedTarget as Node) && closeSoon(), { signal });
    document.addEventListener('keydown', (e) => e.key === 'Escape' && anchor && (anchor.focus?.(), close()), { signal, capture: true });
    return { host, box };
  };
  signal.addEventListener('abort', close);

  return {
    open(a, fill) {
      clearTimeout(hideTimer);
      anchor = a;
      const { host, box } = (parts ??= build());
      const closeButton = el('button', undefined, '×');
      closeButton.setAttribute('aria-label', closeLabel);
      closeButton.addEventListener('click', close);
      box.replaceChildren(closeButton);
      fill(box);
      (document.documentElement ?? document.body).append(host);
      const r = a.getBoundingClientRect();
      const width = Math.min(300, innerWidth - 16);
      const left = Math.max(8, Math.min(r.left, innerWidth - width - 8));
      const below = r.bottom + 6;
      host.style.setProperty('--ll-left', `${left}px`);
      host.style.setProperty('--ll-top', `${below}px`);
      // Flip above the badge when the card would run off the bottom.
      const h = box.getBoundingClientRect().height;
      if (below + h > innerHeight - 8 && r.top - h - 6 > 8) host.style.setProperty('--ll-top', `${r.top - h - 6}px`);
    },
    close,
    closeSoon,
  };
}

/** Opens the card on hover and on keyboard focus of a badge's pill; leaving both closes it. */
export function bindCard(pill: HTMLElement, card: HoverCard, fill: () => (box: HTMLElement) => void, signal: AbortSignal): void {
  const open = () => card.open(pill, fill());
  pill.addEventListener('mouseenter', open, { signal });
  pill.addEventListener('focus', open, { signal });
  pill.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), open()), { signal });
  pill.addEventListener('mouseleave', () => card.closeSoon(), { signal });
  pill.addEventListener('blur', (e) => !(e.relatedTarget as Element | null)?.closest?.('ll-card') && card.closeSoon(), { signal });
}
