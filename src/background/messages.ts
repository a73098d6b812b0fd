/**
 * The message API (documented in the README). Only this extension's own pages and content scripts are
 * answered: anything from another extension or a web page, or not of a known shape, gets no answer.
 *
 *   {type: 'indicators/get', lang?}      → IndicatorsAnswer
 *   {type: 'series/get', id, lang?}      → SeriesAnswer
 *   {type: 'indicators/refresh', lang?}  → refreshes now, then IndicatorsAnswer
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { buildIndicatorsAnswer, buildSeriesAnswer } from '../core/answer';
import { langFromLocale } from '../core/settings';
import { isIndicatorId, LANGS, type IndicatorId, type Lang } from '../core/types';
import { requestRefresh } from './refresher';
import { loadDoc, loadSettings } from './store';

export type Request =
  | { type: 'indicators/get'; lang?: Lang }
  | { type: 'series/get'; id: IndicatorId; lang?: Lang }
  | { type: 'indicators/refresh'; lang?: Lang };

export function parseRequest(x: unknown): Request | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (m.lang !== undefined && !LANGS.includes(m.lang as Lang)) return null;
  const lang = m.lang as Lang | undefined;
  switch (m.type) {
    case 'indicators/get':
    case 'indicators/refresh':
      return { type: m.type, ...(lang ? { lang } : {}) };
    case 'series/get':
      return isIndicatorId(m.id) ? { type: 'series/get', id: m.id, ...(lang ? { lang } : {}) } : null;
    default:
      return null;
  }
}

export function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export async function answer(req: Request): Promise<unknown> {
  const settings = await loadSettings();
  const lang = req.lang ?? (settings.language === 'auto' ? langFromLocale(browser.i18n.getUILanguage()) : settings.language);
  if (req.type === 'series/get') return buildSeriesAnswer(await loadDoc(), req.id, lang);
  const doc = req.type === 'indicators/refresh' ? await requestRefresh('manual') : await loadDoc();
  return buildIndicatorsAnswer(doc, Date.now(), lang, settings.thresholds);
}
