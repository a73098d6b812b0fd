/**
 * A first, plain popup: the gauge and one row per indicator, each number with its unit, date and source.
 * (The full popup with charts comes with its own issue.) DOM is built with textContent only.
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { formatChange, formatValue } from '../core/format';

const t = (key: string, sub?: string) => browser.i18n.getMessage(key, sub) || key;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function render(a: IndicatorsAnswer): void {
  const app = document.getElementById('app')!;
  const fired = a.gauge.rules.filter((r) => r.fired);
  const state = el('strong', { textContent: t(`gauge_${a.gauge.state}`) });
  state.dataset.state = a.gauge.state;
  const gauge = el('section', { className: 'gauge', ariaLabel: t('gaugeLabel') }, el('div', {}, `${t('gaugeLabel')}: `, state), el('ul', {}, ...fired.map((r) => el('li', { textContent: `${r.text} (${r.asOf})` }))));
  const rows = a.indicators.map((i) => {
    const tr = el(
      'tr',
      {},
      el('td', {}, el('div', { textContent: i.label }), el('div', { className: 'muted', textContent: i.note ?? '' })),
      el('td', { className: 'num', textContent: formatValue(i.value, i.unit, a.lang) }),
      el('td', { className: 'num', textContent: formatChange(i.change, i.unit, a.lang) }),
      el('td', {}, el('div', { className: 'asof', textContent: i.asOf ? `${i.asOf} (${t('daysOld', String(i.ageDays))})` : t('missing'), title: i.statusReason ?? '' }), el('a', { href: i.source.url, target: '_blank', rel: 'noopener', className: 'muted', textContent: i.source.name })),
    );
    tr.dataset.llCard = i.id;
    tr.dataset.status = i.status;
    return tr;
  });
  const table = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...['colIndicator', 'colValue', 'colChange', 'colSource'].map((k) => el('th', { scope: 'col', textContent: t(k) })))),
    el('tbody', {}, ...rows),
  );
  const button = el('button', { type: 'button', textContent: t('refresh') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = t('refreshing');
    try {
      render((await browser.runtime.sendMessage({ type: 'indicators/refresh' })) as IndicatorsAnswer);
    } finally {
      button.disabled = false;
      button.textContent = t('refresh');
    }
  });
  const footer = el('footer', {}, el('span', { className: 'muted', textContent: t('updated', new Date(a.generatedAt).toLocaleString()) }), button);
  app.replaceChildren(el('h1', { textContent: t('popupHeading') }), gauge, table, footer);
}

browser.runtime
  .sendMessage({ type: 'indicators/get' })
  .then((a) => render(a as IndicatorsAnswer))
  .catch(() => {
    document.getElementById('app')!.textContent = t('loadFailed');
  });
