import type { SeriesKey } from '../providers';
import type { Say } from '../say';
import type { DetailUnit, IndicatorId, IsoDate, Point, Texts, Unit } from '../types';

/** One computed observation; a null value is a real gap, with the reason. */
export interface Row {
  date: IsoDate;
  value: number | null;
  /** Why a value is null. */
  reason?: Say;
  /** What a value means when it needs saying (e.g. which line a runway counts to). */
  note?: Say;
}

/** A secondary figure shown with the main value (e.g. the RRP drawdown from its 2022 peak). */
export interface Detail {
  id: string;
  label: Texts;
  value: number | null;
  unit: DetailUnit;
  asOf?: IsoDate;
  note?: Say;
}

export interface InputUse {
  key: SeriesKey;
  date: IsoDate;
  value: number;
}

export interface Computation {
  rows: Row[];
  /** Secondary figures for a row (asked for the latest one). */
  details(row: Row): Detail[];
  /** The observations that fed a row (for its sources and its health). */
  inputs(row: Row): InputUse[];
  /** Why there is nothing at all, when rows is empty. */
  missing?: Say;
}

export interface Threshold {
  value: number;
  label: Texts;
}

export interface ComputeContext {
  series(key: SeriesKey): Point[];
}

export interface IndicatorDef {
  id: IndicatorId;
  unit: Unit;
  labels: Texts;
  /** One sentence a reader can understand without the jargon. */
  explain: Texts;
  /** How the number is computed, precisely (shown under the chart). */
  method: Texts;
  inputs: readonly SeriesKey[];
  /** Reference lines for charts and hover cards. */
  thresholds: readonly Threshold[];
  /** Which direction of change means more liquidity (for colouring the change). */
  better: 'up' | 'down' | 'neutral';
  cadence: 'daily' | 'weekly';
  compute(ctx: ComputeContext): Computation;
}
