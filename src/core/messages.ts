/**
 * User-facing text lives in `_locales/<lang>/messages.json`, the extension's own message files; this
 * reads them without the browser, so the core, the worker and the pages all say the same thing and a
 * language chosen in the options (which `i18n.getMessage` cannot follow) still works. The extension pages
 * load only their reader's file instead (ui/i18n.ts), to paint sooner.
 */
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import type { Say } from './say';
import { substitute, type Catalogue } from './substitute';
import type { Lang, Texts } from './types';

const CATALOGUES: Record<Lang, Catalogue> = { en, zh_TW: zhTW, zh_CN: zhCN };

export function hasMessage(key: string): boolean {
  return key in CATALOGUES.en;
}

/** One message in one language; a key missing from that language falls back to English, then to the key. */
export function msg(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const m = CATALOGUES[lang][key] ?? CATALOGUES.en[key];
  return m ? substitute(m.message, subs) : key;
}

/** A message in every language. Throws on an unknown key, so a typo fails at load, in the tests. */
export function texts(key: string, ...subs: Array<string | number>): Texts {
  if (!hasMessage(key)) throw new Error(`no message "${key}" in _locales/en`);
  return { en: msg('en', key, ...subs), zh_TW: msg('zh_TW', key, ...subs), zh_CN: msg('zh_CN', key, ...subs) };
}

export function catalogue(lang: Lang): Readonly<Catalogue> {
  return CATALOGUES[lang];
}

/** Words kept for later (core/say.ts), put into one language. */
export function words(lang: Lang, s: Say): string {
  return msg(lang, s.key, ...(s.subs ?? []).map((x) => (typeof x === 'object' ? words(lang, x) : x)));
}

/** Several reasons as one sentence. */
export function wordsList(lang: Lang, list: readonly Say[]): string {
  return list.map((s) => words(lang, s)).join(msg(lang, 'reason_separator'));
}
