/**
 * The days to watch: where a settlement's net cash reaches a threshold, or where a settlement meets a tax
 * date or a period's end (17 September 2019 was a corporate tax date and a large settlement at once). The
 * charts mark them with month-ends counted; the notification counts quarter-ends only, as the issue asks.
 * Only a net amount is measured against the threshold: a gross offering says nothing of what rolls over.
 */
import type { IndicatorId } from '../types';
import type { DayWeight } from './weight';

/** The default net settlement, USD billions, that makes a day heavy on its own. */
export const HEAVY_NET_BN = 100;

/** The charts that show the days ahead: those the day's cash moves (reserves, the TGA, the RRP it may come from, net liquidity). */
export const AHEAD_CHARTS: ReadonlySet<IndicatorId> = new Set<IndicatorId>(['reserves', 'tga', 'rrp', 'net_liquidity']);

export type HeavyReason = 'net' | 'tax' | 'quarter_end' | 'month_end';

export interface HeavyRule {
  /** Net settlement, USD billions, at or above which a day is heavy. */
  thresholdBn: number;
  /** Which period's end counts when a settlement falls on it. */
  ends: 'month' | 'quarter';
}

/** Why a day is heavy, or nothing when it is not. */
export function heavyReasons(w: DayWeight, rule: HeavyRule): HeavyReason[] {
  const reasons: HeavyReason[] = [];
  if (w.settlementBn !== null && !w.gross && w.settlementBn >= rule.thresholdBn) reasons.push('net');
  const settles = w.settlementBn !== null || w.toBeAnnounced;
  if (!settles) return reasons;
  if (w.tax) reasons.push('tax');
  if (w.quarterEnd) reasons.push('quarter_end');
  else if (w.monthEnd && rule.ends === 'month') reasons.push('month_end');
  return reasons;
}
