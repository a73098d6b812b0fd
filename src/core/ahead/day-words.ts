/**
 * What is said of a day of the calendar wherever it is shown — the Ahead section, the charts' markers, the
 * notification: its title and its settlement cash signed for reserves (cash paid to the Treasury drains
 * them). `say` is the page's translator, or the worker's `msg` in the reader's language.
 */
import { formatValue } from '../format';
import type { Lang } from '../types';
import type { DayWeight } from './weight';

type SayIn = (key: string, ...subs: Array<string | number>) => string;

const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', zh_TW: 'zh-Hant-TW', zh_CN: 'zh-Hans-CN' };

export const bn = (n: number, lang: Lang, decimals = 1) => formatValue(n, 'usd_bn', lang, { precise: true, decimals });

/** The day's settlement cash as it reaches reserves, or null when nothing settles. */
export function settlementLine(w: DayWeight, lang: Lang, say: SayIn): string | null {
  if (w.toBeAnnounced) return say('aheadTba');
  if (w.settlementBn === null) return null;
  const line = w.settlementBn >= 0 ? say('aheadDrain', bn(w.settlementBn, lang)) : say('aheadAdd', bn(-w.settlementBn, lang));
  return w.gross ? `${line} · ${say('aheadGross')}` : line;
}

/** "Thu, Jan 15" in the reader's language; with the year where the day stands apart from a list of days. */
export function dayTitle(date: string, lang: Lang, withYear = false): string {
  const opts: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], opts).format(new Date(`${date}T12:00:00Z`));
}
