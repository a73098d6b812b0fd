/**
 * The liquidity gauge: a short, fixed list of rules, each naming its indicator, threshold and why.
 * Ample when none fires; Adequate when only buffer rules fire; Tight when a market-price or backstop
 * rule fires; Stressed when a 2019-level rule fires or three Tight rules fire together.
 */
import { formatValue } from './format';
import { texts } from './messages';
import type { Computation } from './indicators/types';
import { SOFR_EFFR_ALERT_BP } from './indicators/sofr-effr';
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
  /** Fires only when every one of the last `run` observations passes the threshold. */
  run?: number;
  /** Compares the largest of the last `window` observations. */
  window?: number;
  why: Texts;
  fired: Say;
  calm: Say;
}

export const GAUGE_RULES: readonly GaugeRuleDef[] = [
  {
    id: 'reserves_below_ample',
    indicator: 'reserves_gdp',
    unit: 'pct',
    op: '<',
    threshold: 10,
    level: 1,
    why: texts('gauge_reserves_below_ample_why'),
    fired: (v, t) => texts('gauge_reserves_below_ample_fired', v, t),
    calm: (v, t) => texts('gauge_reserves_below_ample_calm', v, t),
  },
  {
    id: 'reserves_at_2019_level',
    indicator: 'reserves_gdp',
    unit: 'pct',
    op: '<',
    threshold: 7,
    level: 3,
    why: texts('gauge_reserves_at_2019_level_why'),
    fired: (v, t) => texts('gauge_reserves_at_2019_level_fired', v, t),
    calm: (v, t) => texts('gauge_reserves_at_2019_level_calm', v, t),
  },
  {
    id: 'rrp_empty',
    indicator: 'rrp',
    unit: 'usd_bn',
    op: '<',
    threshold: 50,
    level: 1,
    why: texts('gauge_rrp_empty_why'),
    fired: (v, t) => texts('gauge_rrp_empty_fired', v, t),
    calm: (v, t) => texts('gauge_rrp_empty_calm', v, t),
  },
  {
    id: 'sofr_above_iorb',
    indicator: 'sofr_iorb',
    unit: 'bp',
    op: '>',
    threshold: 0,
    level: 2,
    why: texts('gauge_sofr_above_iorb_why'),
    fired: (v) => texts('gauge_sofr_above_iorb_fired', v),
    calm: (v) => texts('gauge_sofr_above_iorb_calm', v),
  },
  {
    id: 'sofr_above_effr_persistent',
    indicator: 'sofr_effr',
    unit: 'bp',
    op: '>',
    threshold: SOFR_EFFR_ALERT_BP,
    run: 5,
    level: 2,
    why: texts('gauge_sofr_above_effr_persistent_why'),
    fired: (v, t) => texts('gauge_sofr_above_effr_persistent_fired', t, v),
    calm: (v, t) => texts('gauge_sofr_above_effr_persistent_calm', v, t),
  },
  {
    id: 'srf_in_use',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    threshold: 1,
    window: SRF_WINDOW,
    level: 2,
    why: texts('gauge_srf_in_use_why'),
    fired: (v, t) => texts('gauge_srf_in_use_fired', v, t),
    calm: (v, t) => texts('gauge_srf_in_use_calm', t, v),
  },
  {
    id: 'srf_heavy',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    threshold: 25,
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
}

const passes = (op: '<' | '>', v: number, t: number) => (op === '<' ? v < t : v > t);

export function evaluateGauge(
  computations: Partial<Record<IndicatorId, Computation>>,
  lang: Lang,
  thresholds: Partial<Record<string, number>> = {},
): Gauge {
  const results: GaugeRuleResult[] = GAUGE_RULES.map((rule) => {
    const threshold = thresholds[rule.id] ?? rule.threshold;
    const rows = (computations[rule.indicator]?.rows ?? []).filter((r) => r.value !== null);
    const n = rule.run ?? rule.window ?? 1;
    const recent = rows.slice(-n).map((r) => r.value!);
    const last = rows[rows.length - 1];
    let value: number | null = last?.value ?? null;
    let fired: boolean | null = null;
    if (recent.length === n) {
      if (rule.window) {
        value = Math.max(...recent);
        fired = passes(rule.op, value, threshold);
      } else fired = recent.every((v) => passes(rule.op, v, threshold));
    }
    const v = formatValue(value, rule.unit, lang, { signed: rule.unit === 'bp' });
    const t = formatValue(threshold, rule.unit, lang, { signed: rule.unit === 'bp' && threshold !== 0, compact: true });
    const text = value === null ? texts('gauge_no_data')[lang] : (fired ? rule.fired : rule.calm)(v, t)[lang];
    return { id: rule.id, indicator: rule.indicator, op: rule.op, threshold, unit: rule.unit, level: rule.level, fired, value, asOf: last?.date ?? null, text, why: rule.why[lang] };
  });
  const fired = results.filter((r) => r.fired);
  const count = (level: number) => fired.filter((r) => r.level === level).length;
  const state: GaugeState = count(3) > 0 || count(2) >= 3 ? 'stressed' : count(2) > 0 ? 'tight' : count(1) > 0 ? 'adequate' : 'ample';
  const dates = results.map((r) => r.asOf).filter((d): d is string => d !== null).sort();
  return {
    state,
    rules: [...fired.sort((a, b) => b.level - a.level), ...results.filter((r) => !r.fired)],
    asOf: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
  };
}
