/**
 * The toolbar icon's badge: the gauge colour and reserves/GDP ("9.7"), with the state, value and date
 * in its title. Recomputed whenever the cache or the settings change.
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { formatValue } from '../core/format';
import { GAUGE_COLORS } from '../core/gauge';
import { msg } from '../core/messages';

export async function paintToolbar(a: IndicatorsAnswer): Promise<void> {
  const ratio = a.indicators.find((i) => i.id === 'reserves_gdp');
  const text = ratio?.value != null ? ratio.value.toFixed(1) : '';
  const state = msg(a.lang, `gauge_${a.gauge.state}`);
  const figure = ratio?.value != null ? msg(a.lang, 'toolbarReserves', formatValue(ratio.value, 'pct', a.lang), ratio.asOf ?? '') : msg(a.lang, 'missing');
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: GAUGE_COLORS[a.gauge.state] }),
    // Not every browser has setBadgeTextColor; white on the gauge colour reads everywhere it does.
    (browser.action as { setBadgeTextColor?: (d: { color: string }) => Promise<void> }).setBadgeTextColor?.({ color: '#ffffff' }),
    browser.action.setTitle({ title: `${msg(a.lang, 'extName')} — ${msg(a.lang, 'gaugeLabel')}: ${state}\n${figure}` }),
  ]);
}
