/** Text for the extension pages, in the reader's chosen language (see core/messages.ts for why not i18n.getMessage). */
import { msg } from '../core/messages';
import type { Lang } from '../core/types';

export type T = (key: string, ...subs: Array<string | number>) => string;

export function translator(lang: Lang): T {
  return (key, ...subs) => msg(lang, key, ...subs);
}

export const HTML_LANG: Record<Lang, string> = { en: 'en', zh_TW: 'zh-Hant-TW', zh_CN: 'zh-Hans-CN' };

/** "5 min ago", "3 小時前": the reader's language, from Intl. */
export function timeAgo(iso: string | null, now: number, lang: Lang): string | null {
  if (!iso) return null;
  const s = Math.round((Date.parse(iso) - now) / 1000);
  if (!Number.isFinite(s)) return null;
  const rtf = new Intl.RelativeTimeFormat(HTML_LANG[lang], { numeric: 'auto' });
  const a = Math.abs(s);
  if (a < 60) return rtf.format(0, 'minute');
  if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (a < 86_400) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86_400), 'day');
}
