/**
 * The liquidity gauge: a short, fixed list of rules, each naming its indicator, threshold and why.
 * Ample when none fires; Adequate when only buffer rules fire; Tight when a market-price or backstop
 * rule fires; Stressed when a 2019-level rule fires or Tight rules of three different signals fire together
 * (SOFR, its tail and TGCR above IORB are one signal — repo rates against the rate on reserves — read three ways).
 */
import { formatValue } from './format';
import { texts } from './messages';
import { addDays } from './dates';
import { previousBusinessDay } from './calendar';
import type { Computation, Row } from './indicators/types';
import { limitsOf } from './gauge-limits';
import { SRF_WINDOW } from './indicators/srf';
import type { IndicatorId, IsoDate, Lang, Texts, Unit } from './types';

export type GaugeState = 'ample' | 'adequate' | 'tight' | 'stressed';

/** The rule in plain words, given the formatted value and threshold. */
type Say = (v: string, t: string) => Texts;

export interface GaugeRuleDef {
  id: string;
  indicator: IndicatorId;
  unit: Unit;
  op: '<' | '>';
  threshold: number;
  /** 1 = buffer thinning (Adequate), 2 = market strain (Tight), 3 = 2019-level stress (Stressed). */
  level: 1 | 2 | 3;
  /** What the rule watches: rules of one signal count once towards "three Tight rules". */
  signal: 'reserves' | 'rrp' | 'repo_vs_iorb' | 'sofr_vs_effr' | 'srf';
  /** Fires only when every one of the last `run` observations passes the threshold. */
  run?: number;
  /** Compares the largest of the last `window` observations. */
  window?: number;
  /** The values a reader may set the threshold to (a value outside is a typo). */
  range: readonly [number, number];
  why: Texts;
  fired: Say;
  calm: Say;
}

export const GAUGE_RULES: readonly GaugeRuleDef[] = [
  {
    ...limitsOf('reserves_below_ample'),
    signal: 'reserves',
    indicator: 'reserves_gdp',
    unit: 'pct',
    op: '<',
    level: 1,
    why: texts('gauge_reserves_below_ample_why'),
    fired: (v, t) => texts('gauge_reserves_below_ample_fired', v, t),
    calm: (v, t) => texts('gauge_reserves_below_ample_calm', v, t),
  },
  {
    ...limitsOf('reserves_at_2019_level'),
    signal: 'reserves',
    indicator: 'reserves_gdp',
    unit: 'pct',
    op: '<',
    level: 3,
    why: texts('gauge_reserves_at_2019_level_why'),
    fired: (v, t) => texts('gauge_reserves_at_2019_level_fired', v, t),
    calm: (v, t) => texts('gauge_reserves_at_2019_level_calm', v, t),
  },
  {
    ...limitsOf('rrp_empty'),
    signal: 'rrp',
    indicator: 'rrp',
    unit: 'usd_bn',
    op: '<',
    level: 1,
    why: texts('gauge_rrp_empty_why'),
    fired: (v, t) => texts('gauge_rrp_empty_fired', v, t),
    calm: (v, t) => texts('gauge_rrp_empty_calm', v, t),
  },
  {
    ...limitsOf('sofr_above_iorb'),
    signal: 'repo_vs_iorb',
    indicator: 'sofr_iorb',
    unit: 'bp',
    op: '>',
    level: 2,
    why: texts('gauge_sofr_above_iorb_why'),
    fired: (v) => texts('gauge_sofr_above_iorb_fired', v),
    calm: (v) => texts('gauge_sofr_above_iorb_calm', v),
  },
  {
    // The NY Fed's percentiles begin 2 Apr 2018: before that this rule has nothing to judge.
    ...limitsOf('sofr_tail_high'),
    signal: 'repo_vs_iorb',
    indicator: 'sofr_tail',
    unit: 'bp',
    op: '>',
    window: 5,
    level: 2,
    why: texts('gauge_sofr_tail_high_why'),
    fired: (v, t) => texts('gauge_sofr_tail_high_fired', v, t),
    calm: (v, t) => texts('gauge_sofr_tail_high_calm', v, t),
  },
  {
    ...limitsOf('tgcr_above_iorb'),
    signal: 'repo_vs_iorb',
    indicator: 'tgcr_iorb',
    unit: 'bp',
    op: '>',
    window: 5,
    level: 2,
    why: texts('gauge_tgcr_above_iorb_why'),
    fired: (v, t) => texts('gauge_tgcr_above_iorb_fired', v, t),
    calm: (v, t) => texts('gauge_tgcr_above_iorb_calm', v, t),
  },
  {
    ...limitsOf('sofr_above_effr_persistent'),
    signal: 'sofr_vs_effr',
    indicator: 'sofr_effr',
    unit: 'bp',
    op: '>',
    run: 5,
    level: 2,
    why: texts('gauge_sofr_above_effr_persistent_why'),
    fired: (v, t) => texts('gauge_sofr_above_effr_persistent_fired', t, v),
    calm: (v, t) => texts('gauge_sofr_above_effr_persistent_calm', v, t),
  },
  {
    ...limitsOf('srf_in_use'),
    signal: 'srf',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    window: SRF_WINDOW,
    level: 2,
    why: texts('gauge_srf_in_use_why'),
    fired: (v, t) => texts('gauge_srf_in_use_fired', v, t),
    calm: (v, t) => texts('gauge_srf_in_use_calm', t, v),
  },
  {
    ...limitsOf('srf_heavy'),
    signal: 'srf',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    window: SRF_WINDOW,
    level: 3,
    why: texts('gauge_srf_heavy_why'),
    fired: (v, t) => texts('gauge_srf_heavy_fired', v, t),
    calm: (v, t) => texts('gauge_srf_heavy_calm', t, v),
  },
];

export interface GaugeRuleResult {
  id: string;
  indicator: IndicatorId;
  op: '<' | '>';
  threshold: number;
  unit: Unit;
  level: 1 | 2 | 3;
  /** null when the indicator has no value to judge. */
  fired: boolean | null;
  value: number | null;
  asOf: IsoDate | null;
  text: string;
  why: string;
}

export interface Gauge {
  state: GaugeState;
  /** Every rule, those that fired first. */
  rules: GaugeRuleResult[];
  /** Oldest and newest dates the rules were judged on. */
  asOf: { from: IsoDate | null; to: IsoDate | null };
  /**
   * The first data date from which the gauge has read `state` without a break (judged on the data as
   * they stood on each date, over the last three years); null when it never read otherwise in that time.
   */
  since: IsoDate | null;
}

type Judged = { fired: boolean | null; value: number | null };

const passes = (op: '<' | '>', v: number, t: number) => (op === '<' ? v < t : v > t);

/**
 * A rule on the last `n` business days up to the latest observation (rows before index `end`, exclusive, of
 * its indicator's non-null rows): a gap in the data narrows what is seen, it does not reach further back.
 * "On each of them" needs an observation on each; "on any" takes the largest seen.
 */
function judge(rule: GaugeRuleDef, rows: readonly Row[], end: number, threshold: number): Judged {
  const n = rule.run ?? rule.window ?? 1;
  const last = rows[end - 1];
  if (!last) return { fired: null, value: null };
  if (end < n) return { fired: null, value: last.value };
  let from = last.date;
  for (let k = 1; k < n; k++) from = previousBusinessDay(from);
  const recent: number[] = [];
  for (let i = end - 1; i >= 0 && rows[i]!.date >= from; i--) recent.push(rows[i]!.value!);
  if (rule.window) {
    const value = Math.max(...recent);
    return { fired: passes(rule.op, value, threshold), value };
  }
  return { fired: recent.length >= n && recent.every((v) => passes(rule.op, v, threshold)), value: last.value };
}

function stateOf(fired: ReadonlyArray<{ id: string; level: number }>): GaugeState {
  const count = (level: number) => fired.filter((r) => r.level === level).length;
  const signals = new Set(fired.filter((r) => r.level === 2).map((r) => SIGNAL_OF.get(r.id))).size;
  return count(3) > 0 || signals >= 3 ? 'stressed' : count(2) > 0 ? 'tight' : count(1) > 0 ? 'adequate' : 'ample';
}

const SIGNAL_OF = new Map(GAUGE_RULES.map((r) => [r.id, r.signal]));

/** Number of rows dated on or before `date` (rows are in date order). */
function countUpTo(rows: readonly Row[], date: IsoDate): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SINCE_LOOKBACK_DAYS = 3 * 365;

export function evaluateGauge(
  computations: Partial<Record<IndicatorId, Computation>>,
  lang: Lang,
  thresholds: Partial<Record<string, number>> = {},
): Gauge {
  const rowsOf = new Map<IndicatorId, Row[]>();
  for (const rule of GAUGE_RULES) {
    if (!rowsOf.has(rule.indicator)) rowsOf.set(rule.indicator, (computations[rule.indicator]?.rows ?? []).filter((r) => r.value !== null));
  }
  const thresholdOf = (rule: GaugeRuleDef) => thresholds[rule.id] ?? rule.threshold;
  const results: GaugeRuleResult[] = GAUGE_RULES.map((rule) => {
    const threshold = thresholdOf(rule);
    const rows = rowsOf.get(rule.indicator)!;
    const { fired, value } = judge(rule, rows, rows.length, threshold);
    const last = rows[rows.length - 1];
    const v = formatValue(value, rule.unit, lang, { signed: rule.unit === 'bp' });
    const t = formatValue(threshold, rule.unit, lang, { signed: rule.unit === 'bp' && threshold !== 0, compact: true });
    const text = value === null ? texts('gauge_no_data')[lang] : (fired ? rule.fired : rule.calm)(v, t)[lang];
    return { id: rule.id, indicator: rule.indicator, op: rule.op, threshold, unit: rule.unit, level: rule.level, fired, value, asOf: last?.date ?? null, text, why: rule.why[lang] };
  });
  const fired = results.filter((r) => r.fired);
  const state = stateOf(fired);
  const dates = results.map((r) => r.asOf).filter((d): d is string => d !== null).sort();
  return {
    state,
    rules: [...fired.sort((a, b) => b.level - a.level), ...results.filter((r) => !r.fired)],
    asOf: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    since: stateSince(state, rowsOf, thresholdOf),
  };
}

/** Walk back over the dates any rule's data changed, re-judging the gauge as it stood on each. */
function stateSince(state: GaugeState, rowsOf: Map<IndicatorId, Row[]>, thresholdOf: (r: GaugeRuleDef) => number): IsoDate | null {
  const all = [...new Set([...rowsOf.values()].flatMap((rows) => rows.map((r) => r.date)))].sort();
  const newest = all[all.length - 1];
  if (!newest) return null;
  const floor = addDays(newest, -SINCE_LOOKBACK_DAYS);
  let since: IsoDate | null = null;
  for (let i = all.length - 1; i >= 0 && all[i]! >= floor; i--) {
    const d = all[i]!;
    const firedThen = GAUGE_RULES.filter((rule) => {
      const rows = rowsOf.get(rule.indicator)!;
      return judge(rule, rows, countUpTo(rows, d), thresholdOf(rule)).fired === true;
    });
    if (stateOf(firedThen) !== state) return since;
    since = d;
  }
  return null;
}

/** One colour per state, shared by the toolbar badge, the popup and the page badges. */
export const GAUGE_COLORS: Readonly<Record<GaugeState, string>> = { ample: '#1f883d', adequate: '#9a6700', tight: '#d4550b', stressed: '#cf222e' };

/** The ids of the rules firing now, for noticing when one starts or stops. */
export function firingRuleIds(g: Gauge): string[] {
  return g.rules.filter((r) => r.fired).map((r) => r.id).sort();
}
