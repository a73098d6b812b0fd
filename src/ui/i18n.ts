/**
 * Text for the extension pages, in the reader's chosen language (see core/messages.ts for why not
 * i18n.getMessage). A page loads its reader's message file alone — a third of the bytes of all three, and no
 * script to parse — so it paints sooner; every language has every key (a unit test says so).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { resolveLang } from '../core/settings';
import { substitute, type Catalogue } from '../core/substitute';
import type { Lang } from '../core/types';

export type T = (key: string, ...subs: Array<string | number>) => string;

const loading = new Map<Lang, Promise<Catalogue>>();
const loaded = new Map<Lang, Catalogue>();

/** Starts loading a language's messages (once per page); resolves when `translator(lang)` can be used. */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  let p = loading.get(lang);
  if (!p) {
    p = fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`))
      .then((r) => {
        if (!r.ok) throw new Error(`_locales/${lang}/messages.json: HTTP ${r.status}`);
        return r.json() as Promise<Catalogue>;
      })
      .then((c) => (loaded.set(lang, c), c));
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

const LAST_LANG = 'll-lang';

/**
 * The language this page will most likely need, known before the settings are read: the one it used last
 * time (kept in this extension's localStorage), else the browser's. A wrong guess costs one more file.
 */
export function likelyLang(): Lang {
  const last = globalThis.localStorage?.getItem(LAST_LANG);
  return last === 'en' || last === 'zh_TW' || last === 'zh_CN' ? last : resolveLang('auto', browser.i18n.getUILanguage());
}

function remember(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LAST_LANG, lang);
  } catch {
    // storage full or refused: the next page guesses from the browser's language instead
  }
}

const translators = new Map<Lang, T>();

/** A loaded language's messages (the same function each time); a key it lacks reads as the key itself. */
export function translator(lang: Lang): T {
  let t = translators.get(lang);
  if (!t) {
    const c = loaded.get(lang);
    if (!c) throw new Error(`messages for ${lang} not loaded`);
    t = (key, ...subs) => {
      const m = c[key];
      return m ? substitute(m.message, subs) : key;
    };
    translators.set(lang, t);
  }
  return t;
}

/**
 * The reader's translator once its messages are loaded; null before (the page shows its busy state), and the
 * previous language's meanwhile when the reader switches languages.
 */
export function useTranslator(lang: Lang | null): T | null {
  const [, loadedOne] = useState(0);
  const shown = useRef<Lang | null>(null);
  useEffect(() => {
    if (!lang) return;
    remember(lang);
    if (loaded.has(lang)) return;
    let live = true;
    loadCatalogue(lang).then(() => live && loadedOne((n) => n + 1), (e: unknown) => console.error(e));
    return () => {
      live = false;
    };
  }, [lang]);
  if (lang && loaded.has(lang)) shown.current = lang;
  return shown.current ? translator(shown.current) : null;
}

export const HTML_LANG: Record<Lang, string> = { en: 'en', zh_TW: 'zh-Hant-TW', zh_CN: 'zh-Hans-CN' };

/** "5 min ago", "3 小時前": the reader's language, from Intl. */
export function timeAgo(iso: string | null, now: number, lang: Lang): string | null {
  if (!iso) return null;
  // A time ahead of this clock (another clock's skew) reads as now, never "in 3 days".
  const s = Math.min(0, Math.round((Date.parse(iso) - now) / 1000));
  if (!Number.isFinite(s)) return null;
  const rtf = new Intl.RelativeTimeFormat(HTML_LANG[lang], { numeric: 'auto' });
  const a = Math.abs(s);
  if (a < 60) return rtf.format(0, 'minute');
  if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (a < 86_400) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86_400), 'day');
}
