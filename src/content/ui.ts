/**
 * The badge, the article badge and the hover card are built with DOM calls and textContent only, each
 * in its own closed shadow root (the page can neither read nor change what is inside): page CSS cannot reach in (the :host rules are !important, which in the shadow
 * cascade beats the page's !important), and our CSS cannot leak out.
 */
import type { PageIndicator } from '../core/page-answer';

/**
 * The gauge colours (core/gauge.ts GAUGE_COLORS), repeated here on purpose: importing the gauge module
 * would share a chunk with the extension pages and split the content script. A unit test keeps them equal.
 */
export const COLOURS: Record<string, string> = { ample: '#1f883d', adequate: '#9a6700', tight: '#d4550b', stressed: '#cf222e', none: '#57606a' };

const HOST_CSS = `:host{all:initial!important;display:inline!important;position:static!important;margin:0 0 0 .2em!important;padding:0!important;border:0!important;
float:none!important;visibility:visible!important;opacity:1!important;transform:none!important;contain:none!important;font-size:16px!important;line-height:0!important}`;

const BADGE_CSS = `${HOST_CSS}
.pill{all:initial;display:inline-block;box-sizing:border-box;vertical-align:baseline;max-width:14em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;
font:600 11px/14px system-ui,-apple-system,'Segoe UI','Noto Sans CJK TC','PingFang TC','Microsoft JhengHei',sans-serif;letter-spacing:0;
color:#fff;background:var(--c);border-radius:7px;padding:0 5px;cursor:help;text-decoration:none;font-variant-numeric:tabular-nums}
.pill.wide{max-width:24em}
.pill:focus-visible{outline:2px solid #0969da;outline-offset:1px}`;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface BadgeParts {
  host: HTMLElement;
  pill: HTMLElement;
}

function shadowOf(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style');
  style.textContent = css;
  root.append(style);
  return root;
}

/** A pill the keyboard reaches (its card opens on focus), a button to assistive technology. */
function focusablePill(cls: string, text?: string): HTMLElement {
  const pill = el('span', cls, text);
  pill.tabIndex = 0;
  pill.setAttribute('role', 'button');
  return pill;
}

export function arrowOf(i: PageIndicator): string {
  return i.change === null || i.change === 0 ? '' : i.change > 0 ? ' ▲' : ' ▼';
}

/** An inline pill: value and arrow, coloured by the indicator's own gauge rules; or then → now. */
export function makeBadge(i: PageIndicator, label: string, then: PageIndicator | null): BadgeParts {
  const host = document.createElement('ll-badge');
  host.dataset.llIndicator = i.id;
  const root = shadowOf(host, BADGE_CSS);
  const pill = focusablePill('pill');
  paintBadge({ host, pill }, i, label, then);
  root.append(pill);
  return { host, pill };
}

const shown = (i: PageIndicator) => (i.value === null ? '—' : i.display.value);

export function paintBadge({ host, pill }: BadgeParts, i: PageIndicator, label: string, then: PageIndicator | null): void {
  const withThen = then?.value != null && i.value !== null;
  pill.textContent = withThen ? `${shown(then)} → ${shown(i)}` : `${shown(i)}${arrowOf(i)}`;
  pill.style.setProperty('--c', COLOURS[i.tone ?? 'none']!);
  pill.classList.toggle('wide', withThen);
  pill.setAttribute('aria-label', label);
  // The value shown, in the indicator's unit, on the host (the shadow root is closed).
  if (i.value === null) delete host.dataset.llValue;
  else host.dataset.llValue = String(i.value);
  if (withThen) {
    host.dataset.llThen = String(then.value);
    host.dataset.llThenAsof = then.asOf ?? '';
  } else {
    delete host.dataset.llThen;
    delete host.dataset.llThenAsof;
  }
}

export function makeSummary(): BadgeParts {
  const host = document.createElement('ll-summary');
  host.dataset.llSummary = '';
  const root = shadowOf(host, `${BADGE_CSS.replace('display:inline!important', 'display:block!important').replace('margin:0 0 0 .2em!important', 'margin:.3em 0!important')}
.pill{max-width:none}`);
  const pill = focusablePill('pill');
  root.append(pill);
  return { host, pill };
}

// `all` leaves custom properties alone, so the position comes in through --ll-left/--ll-top.
export const CARD_CSS = `:host{all:initial!important;position:fixed!important;left:var(--ll-left)!important;top:var(--ll-top)!important;z-index:2147483647!important;display:block!important;visibility:visible!important;opacity:1!important}
.card{all:initial;display:block;box-sizing:border-box;width:300px;max-width:calc(100vw - 16px);padding:10px 12px;border-radius:8px;
font:13px/1.4 system-ui,-apple-system,'Segoe UI','Noto Sans CJK TC','PingFang TC','Microsoft JhengHei',sans-serif;
color:#1b1f24;background:#fff;border:1px solid #d0d7de;box-shadow:0 8px 24px rgba(0,0,0,.18)}
@media (prefers-color-scheme:dark){.card{color:#e6edf3;background:#161b22;border-color:#30363d}}
.name{display:block;font-weight:600;margin-bottom:2px}
.value{display:block;font-size:18px;font-weight:600;font-variant-numeric:tabular-nums}
.row{display:block;font-size:12px;opacity:.85}
.tone-good,.verdict-match{color:#1a7f37}.tone-bad,.verdict-differs{color:#cf222e}.verdict-close{color:#9a6700}
@media (prefers-color-scheme:dark){.tone-good,.verdict-match{color:#3fb950}.tone-bad,.verdict-differs{color:#f85149}.verdict-close{color:#d29922}}
.stale{display:block;font-size:12px;color:#bc4c00}
.explain{display:block;font-size:12px;margin-top:6px}
svg{display:block;margin:6px 0;color:#0969da}
a{color:#0969da;font-size:12px}
ul{margin:4px 0 0;padding-left:16px;font-size:12px}
button{all:initial;position:absolute;top:6px;right:8px;cursor:pointer;font:16px/1 system-ui;color:inherit;padding:2px 4px}
button:focus-visible{outline:2px solid #0969da}`;

/** Verdict colours that read on white and dark pages; the symbol carries the verdict without colour. */
const VERDICT: Record<string, [string, string]> = { match: ['✓', '#1a7f37'], close: ['≈', '#9a6700'], differs: ['✗', '#cf222e'] };

const CLAIM_CSS = `${HOST_CSS.replace('margin:0 0 0 .2em!important', 'margin:0 0 0 .15em!important')}
.mark{all:initial;display:inline-block;box-sizing:border-box;min-width:14px;height:14px;vertical-align:baseline;text-align:center;
font:700 11px/14px system-ui,-apple-system,'Segoe UI',sans-serif;color:#fff;background:var(--c);border-radius:3px;padding:0 2px;cursor:help}
.mark:focus-visible{outline:2px solid #0969da;outline-offset:1px}`;

/** The mark after an article's figure: ✓ ≈ ✗ on the verdict's colour. */
export function makeClaimMark(verdict: string, label: string): BadgeParts {
  const host = document.createElement('ll-claim');
  const root = shadowOf(host, CLAIM_CSS);
  const [symbol, colour] = VERDICT[verdict] ?? ['?', COLOURS.none!];
  const pill = focusablePill('mark', symbol);
  pill.style.setProperty('--c', colour);
  pill.setAttribute('aria-label', label);
  root.append(pill);
  return { host, pill };
}
