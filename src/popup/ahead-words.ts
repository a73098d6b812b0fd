/**
 * What the Ahead section and the charts' day markers both say of a day: its title and its settlement cash
 * signed for reserves (cash paid to the Treasury drains them).
 */
import type { DayWeight } from '../core/ahead/weight';
import { formatValue } from '../core/format';
import type { Lang } from '../core/types';
import { HTML_LANG, type T } from '../ui/i18n';

export const bn = (n: number, lang: Lang) => formatValue(n, 'usd_bn', lang, { precise: true, decimals: 1 });

/** The day's settlement cash as it reaches reserves, or null when nothing settles. */
export function settlementLine(w: DayWeight, lang: Lang, t: T): string | null {
  if (w.toBeAnnounced) return t('aheadTba');
  if (w.settlementBn === null) return null;
  const line = w.settlementBn >= 0 ? t('aheadDrain', bn(w.settlementBn, lang)) : t('aheadAdd', bn(-w.settlementBn, lang));
  return w.gross ? `${line} · ${t('aheadGross')}` : line;
}

/** "Thu, Jan 15" in the reader's language; with the year where the day stands apart from a list of days. */
export function dayTitle(date: string, lang: Lang, withYear = false): string {
  const opts: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(HTML_LANG[lang], opts).format(new Date(`${date}T12:00:00Z`));
}
