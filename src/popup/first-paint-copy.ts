/**
 * The small copy of what the popup last showed, kept in the popup's own localStorage so that the classic script
 * public/popup-first-paint.js can paint it before any module loads (a classic script can read localStorage
 * synchronously; storage.local needs a round trip). Written only from the worker's own answer for today, as
 * text already formatted in the reader's language: every number with its unit, its as-of date and its marks.
 * The reader in public/popup-first-paint.js checks the same shape; a change of shape is a new `v`.
 */
import type { IndicatorsAnswer } from '../core/answer';
import type { ChartRange } from '../core/chart';
import type { IndicatorId, IsoDate, Lang } from '../core/types';
import { newerVersion } from '../core/newer';
import { sparkPath } from '../core/sparkline';
import type { T } from '../ui/i18n';
import { SPARK_HEIGHT, SPARK_WIDTH } from '../ui/Sparkline';
import { cardText } from './Card';

export const COPY_KEY = 'll-popup-copy';
// 2: the last opened chart beside the cards (ChartCopy).
export const COPY_VERSION = 2;

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

/**
 * The chart last opened, as uPlot drew it on its opening range, for the first paint of a popup opened on that
 * chart (?open=<id>): its line thinned to the plot's pixels (core/chart-copy.ts), the values at the plot's top
 * and bottom edge formatted with their unit, the dates at its edges, and the chart's own first readout (the
 * newest point's date and value), so it reads as of when it was.
 */
export interface ChartCopy {
  id: IndicatorId;
  range: ChartRange;
  /** The whole chart's size, and where its plot sits in it (CSS pixels). */
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  path: string;
  top: string;
  bottom: string;
  from: IsoDate;
  to: IsoDate;
  /** The newest point's date; the readout starts with it ("2025-10-01 · Reserves: $2.96T"). */
  asOf: IsoDate;
  readout: string;
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
  /** The last opened chart, drawn on the same New York day in the same language; null: none yet. */
  chart: ChartCopy | null;
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
    chart: null,
  };
}

function keptCopy(): PopupCopy | null {
  try {
    const x = JSON.parse(localStorage.getItem(COPY_KEY) ?? 'null') as PopupCopy | null;
    return x && x.v === COPY_VERSION ? x : null;
  } catch {
    return null;
  }
}

/** A newer version's copy is kept as it is, neither replaced nor removed (this one paints only its own: public/popup-first-paint.js). */
function newerCopyKept(): boolean {
  try {
    return newerVersion(JSON.parse(localStorage.getItem(COPY_KEY) ?? 'null'), COPY_VERSION, 'v') !== null;
  } catch {
    return false;
  }
}

function store(copy: PopupCopy): void {
  if (newerCopyKept()) return;
  try {
    localStorage.setItem(COPY_KEY, JSON.stringify(copy));
  } catch {
    // nothing kept: the next popup paints from the prepared answer instead
  }
}

/**
 * Keeps the copy, with the chart the kept one had when it is of the same day and language (a chart opened
 * earlier today still stands); a full or refused localStorage only costs the next popup its early paint.
 */
export function keepCopy(copy: PopupCopy | null): void {
  if (!copy) {
    if (newerCopyKept()) return;
    try {
      localStorage.removeItem(COPY_KEY);
    } catch {
      // nothing to remove
    }
    return;
  }
  const kept = keptCopy();
  store({ ...copy, chart: kept && kept.day === copy.day && kept.lang === copy.lang ? kept.chart : null });
}

/** Keeps the chart beside the cards of the kept copy, only when that copy is of the same day and language. */
export function keepChartCopy(chart: ChartCopy, lang: Lang, day: string): void {
  const kept = keptCopy();
  if (kept && kept.day === day && kept.lang === lang) store({ ...kept, chart });
}
