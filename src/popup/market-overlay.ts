/**
 * The chart's Compare with a market (core/markets.ts): Bitcoin or the S&P 500, asked of the worker when the
 * reader picks one — the worker fetches from FRED only then — drawn on a log axis, shifted by the lag the
 * reader chooses (in this popup's state only), with the line naming the prices' owner under the chart.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { MARKET_IDS, MAX_LAG_WEEKS, isMarketId, shiftByWeeks, type MarketAnswer, type MarketId } from '../core/markets';
import type { Lang, Point } from '../core/types';
import type { T } from '../ui/i18n';
import { worker } from '../ui/extension';

export { MARKET_IDS };

/** The Compare select's value for a market ('market:btc'), beside the indicators' own ids. */
export const marketOption = (id: MarketId) => `market:${id}`;

export function marketOf(value: string): MarketId | null {
  const id = value.startsWith('market:') ? value.slice('market:'.length) : '';
  return isMarketId(id) ? id : null;
}

/** 0 … 12 weeks. */
export const MARKET_LAGS: readonly number[] = Array.from({ length: MAX_LAG_WEEKS + 1 }, (_, w) => w);

export function lagLabel(weeks: number, t: T): string {
  return weeks === 0 ? t('marketLag_0') : weeks === 1 ? t('marketLag_1') : t('marketLag_n', weeks);
}

const LOCALE: Record<Lang, string> = { en: 'en-US', zh_TW: 'zh-TW', zh_CN: 'zh-CN' };

/** A price as the reader reads it: "$81,186", "7,637.76"; `compact` for the axis ("$81K"). */
export function formatPrice(v: number | null | undefined, unit: MarketAnswer['unit'], lang: Lang, compact = false): string {
  if (v == null || !Number.isFinite(v)) return '—';
  const usd = unit === 'usd' ? { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' } as const : {};
  const opts: Intl.NumberFormatOptions = compact
    ? { ...usd, notation: 'compact', maximumFractionDigits: 1 }
    : { ...usd, maximumFractionDigits: unit === 'usd' && v >= 1000 ? 0 : 2, minimumFractionDigits: unit === 'usd' && v >= 1000 ? 0 : 2 };
  return new Intl.NumberFormat(LOCALE[lang], opts).format(v);
}

/** What a chart draws as its second series. */
export interface SecondSeries {
  /** An indicator's id or a market's. */
  id: string;
  label: string;
  points: Point[];
  format: (v: number | null | undefined, compact?: boolean) => string;
  /** A market: a log axis (every price is above zero, the worker checks). */
  log: boolean;
}

export function marketSeries(a: MarketAnswer, lag: number, lang: Lang, t: T): SecondSeries {
  return { id: a.id, label: `${a.label} (${lagLabel(lag, t)})`, points: shiftByWeeks(a.points, lag), format: (v, compact) => formatPrice(v, a.unit, lang, compact), log: true };
}

export interface MarketState {
  answer: MarketAnswer | null;
  loading: boolean;
  /** The worker could not be asked at all. */
  failure: string | null;
}

const IDLE: MarketState = { answer: null, loading: false, failure: null };

/** The worker's answer for the market picked (none: null). Every pick asks; the worker answers from storage when it can. */
export function useMarket(id: MarketId | null, lang: Lang): MarketState {
  const [state, setState] = useState<MarketState>(IDLE);
  useEffect(() => {
    if (!id) {
      setState(IDLE);
      return;
    }
    let live = true;
    setState({ answer: null, loading: true, failure: null });
    worker.markets(id, lang).then(
      (answer) => live && setState({ answer, loading: false, failure: null }),
      (e: unknown) => live && setState({ answer: null, loading: false, failure: String(e) }),
    );
    return () => void (live = false);
  }, [id, lang]);
  return state;
}

export type MarketNote = { kind: 'permission'; host: string } | { kind: 'loading' | 'failed' | 'empty'; text: string };

/**
 * What the chart area says about the market, if anything: its access withheld, prices on their way, why newer
 * ones could not be had (and that the ones kept are shown), or that none fall in the chart's range.
 */
export function marketNote(id: MarketId, m: MarketState, drawn: number, t: T): MarketNote | null {
  const name = t(`market_${id}`);
  if (m.loading) return { kind: 'loading', text: t('marketLoading', name) };
  if (m.failure) return { kind: 'failed', text: t('marketFailed', name, m.failure) };
  const a = m.answer;
  if (!a) return null;
  if (a.error?.kind === 'permission') return { kind: 'permission', host: new URL(a.sourceUrl).host };
  if (a.error) return { kind: 'failed', text: a.points.length && a.asOf ? t('marketFailedCached', a.label, a.error.message, a.asOf) : t('marketFailed', a.label, a.error.message) };
  if (a.points.length && drawn === 0) return { kind: 'empty', text: t('marketNoneInRange', a.label) };
  return null;
}

/** The second series of a chart: the market picked, shifted by the lag, or the indicator picked. */
export function useSecondSeries(market: MarketId | null, m: MarketState, lag: number, indicator: SecondSeries | null, lang: Lang, t: T): SecondSeries | null {
  return useMemo(() => (market ? (m.answer?.points.length ? marketSeries(m.answer, lag, lang, t) : null) : indicator), [market, m.answer, lag, indicator, lang, t]);
}
