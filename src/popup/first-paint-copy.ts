/**
 * The small copy of what the popup last showed, kept in the popup's own localStorage so that the classic script
 * public/popup-first-paint.js can paint it before any module loads (a classic script can read localStorage
 * synchronously; storage.local needs a round trip). Written only from the worker's own answer for today, as
 * text already formatted in the reader's language: every number with its unit, its as-of date and its marks.
 * The reader in public/popup-first-paint.js checks the same shape; a change of shape is a new `v`.
 */
import type { IndicatorsAnswer } from '../core/answer';
import type { IndicatorId, Lang } from '../core/types';
import { sparkPath } from '../core/sparkline';
import type { T } from '../ui/i18n';
import { SPARK_HEIGHT, SPARK_WIDTH } from '../ui/Sparkline';
import { cardText } from './Card';

export const COPY_KEY = 'll-popup-copy';
export const COPY_VERSION = 1;

export interface CopiedCard {
  id: IndicatorId;
  label: string;
  /** Formatted with its unit ("$2.96T", "9.5%"); "—" when missing, with `note` saying why. */
  value: string;
  /** The as-of date (null: missing) and the text shown for it ("2025-10-01 · 6 d old", or "not available"). */
  asOf: string | null;
  asOfText: string;
  arrow: string;
  change: string;
  tone: string;
  toneWord: string;
  status: string;
  statusWord: string | null;
  lastGood: string;
  note: string | null;
  spark: string;
  source: { name: string; url: string };
}

export interface PopupCopy {
  v: typeof COPY_VERSION;
  lang: Lang;
  /** The New York day the answer was computed on: its ages in days hold only that day. */
  day: string;
  htmlLang: string;
  heading: string;
  openOptions: string;
  gauge: { state: string; label: string; word: string; since: string | null; reasons: Array<{ text: string; asOf: string; why: string }>; none: string; allRules: string };
  cards: CopiedCard[];
}

/** The copy of a painted answer (the cards in the reader's order); null for an answer as of a past date. */
export function popupCopy(a: IndicatorsAnswer, enabled: readonly IndicatorId[], lang: Lang, htmlLang: string, t: T, day: string): PopupCopy | null {
  if (a.asOf !== null || a.lang !== lang) return null;
  const byId = new Map(a.indicators.map((i) => [i.id, i]));
  const cards: CopiedCard[] = [];
  for (const id of enabled) {
    const i = byId.get(id);
    if (!i) return null; // a card the copy could not show: better no copy than a partial one
    const c = cardText(i, lang, t);
    cards.push({
      id, label: i.label, value: c.value, asOf: i.asOf, asOfText: c.asOf, arrow: c.arrow, change: c.change, tone: c.tone, toneWord: c.toneWord,
      status: i.status, statusWord: c.statusWord, lastGood: c.lastGood, note: i.value === null ? i.note : null, spark: sparkPath(i.spark, SPARK_WIDTH, SPARK_HEIGHT), source: i.source,
    });
  }
  const g = a.gauge;
  return {
    v: COPY_VERSION, lang, day, htmlLang, heading: t('popupHeading'), openOptions: t('openOptions'),
    gauge: {
      state: g.state, label: t('gaugeLabel'), word: t(`gauge_${g.state}`), since: g.since ? t('gaugeSince', g.since) : null,
      reasons: g.rules.filter((r) => r.fired).map((r) => ({ text: r.text, asOf: r.asOf ?? '', why: r.why })), none: t('gaugeNoneFired'), allRules: t('gaugeAllRules'),
    },
    cards,
  };
}

/** Keeps the copy; a full or refused localStorage only costs the next popup its early paint. */
export function keepCopy(copy: PopupCopy | null): void {
  try {
    if (copy) localStorage.setItem(COPY_KEY, JSON.stringify(copy));
    else localStorage.removeItem(COPY_KEY);
  } catch {
    // nothing kept: the next popup paints from the prepared answer instead
  }
}
