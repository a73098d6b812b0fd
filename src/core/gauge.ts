/**
 * The liquidity gauge: a short, fixed list of rules, each naming its indicator, threshold and why.
 * Ample when none fires; Adequate when only buffer rules fire; Tight when a market-price or backstop
 * rule fires; Stressed when a 2019-level rule fires or three Tight rules fire together.
 */
import { formatValue } from './format';
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
    why: {
      en: 'Fed officials have described reserves of about 10–11% of GDP as the lower edge of “ample”.',
      zh_TW: '聯準會官員曾表示，準備金約占 GDP 10–11% 是「充足」的下緣。',
      zh_CN: '美联储官员曾表示，准备金约占 GDP 10–11% 是“充足”的下缘。',
    },
    fired: (v, t) => ({ en: `Reserves are ${v} of GDP, under the ${t} ample line.`, zh_TW: `準備金占 GDP ${v}，低於 ${t} 充足門檻。`, zh_CN: `准备金占 GDP ${v}，低于 ${t} 充足门槛。` }),
    calm: (v, t) => ({ en: `Reserves are ${v} of GDP, above the ${t} ample line.`, zh_TW: `準備金占 GDP ${v}，高於 ${t} 充足門檻。`, zh_CN: `准备金占 GDP ${v}，高于 ${t} 充足门槛。` }),
  },
  {
    id: 'reserves_at_2019_level',
    indicator: 'reserves_gdp',
    unit: 'pct',
    op: '<',
    threshold: 7,
    level: 3,
    why: {
      en: 'The repo market seized on 17 Sep 2019 with reserves near 6.5% of GDP.',
      zh_TW: '2019 年 9 月 17 日回購市場失靈時，準備金約占 GDP 6.5%。',
      zh_CN: '2019 年 9 月 17 日回购市场失灵时，准备金约占 GDP 6.5%。',
    },
    fired: (v, t) => ({ en: `Reserves are ${v} of GDP, under the ${t} line where repo broke in 2019.`, zh_TW: `準備金占 GDP ${v}，低於 2019 年回購失靈時的 ${t}。`, zh_CN: `准备金占 GDP ${v}，低于 2019 年回购失灵时的 ${t}。` }),
    calm: (v, t) => ({ en: `Reserves are ${v} of GDP, above the ${t} line where repo broke in 2019.`, zh_TW: `準備金占 GDP ${v}，高於 2019 年回購失靈時的 ${t}。`, zh_CN: `准备金占 GDP ${v}，高于 2019 年回购失灵时的 ${t}。` }),
  },
  {
    id: 'rrp_empty',
    indicator: 'rrp',
    unit: 'usd_bn',
    op: '<',
    threshold: 50,
    level: 1,
    why: {
      en: 'With the reverse repo facility nearly empty, no spare cash is left to cushion drains on reserves.',
      zh_TW: '逆回購工具幾近清空，已沒有多餘現金緩衝準備金的流失。',
      zh_CN: '逆回购工具几近清空，已没有多余现金缓冲准备金的流失。',
    },
    fired: (v, t) => ({ en: `ON RRP holds ${v}, under ${t}: the buffer is used up.`, zh_TW: `隔夜逆回購餘額 ${v}，低於 ${t}：緩衝已用完。`, zh_CN: `隔夜逆回购余额 ${v}，低于 ${t}：缓冲已用完。` }),
    calm: (v, t) => ({ en: `ON RRP holds ${v}, above ${t}: spare cash is still parked there.`, zh_TW: `隔夜逆回購餘額 ${v}，高於 ${t}：仍有閒置現金。`, zh_CN: `隔夜逆回购余额 ${v}，高于 ${t}：仍有闲置现金。` }),
  },
  {
    id: 'sofr_above_iorb',
    indicator: 'sofr_iorb',
    unit: 'bp',
    op: '>',
    threshold: 0,
    level: 2,
    why: {
      en: 'Lenders can charge more in repo than the Fed pays on reserves only when cash is scarce.',
      zh_TW: '只有現金稀缺時，回購出借方才能收取高於聯準會準備金利率的利息。',
      zh_CN: '只有现金稀缺时，回购出借方才能收取高于美联储准备金利率的利息。',
    },
    fired: (v) => ({ en: `SOFR is ${v} from IORB: repo costs more than the Fed pays on reserves.`, zh_TW: `SOFR 較 IORB ${v}：回購成本高於準備金利率。`, zh_CN: `SOFR 较 IORB ${v}：回购成本高于准备金利率。` }),
    calm: (v) => ({ en: `SOFR is ${v} from IORB: repo is not above the rate on reserves.`, zh_TW: `SOFR 較 IORB ${v}：回購未高於準備金利率。`, zh_CN: `SOFR 较 IORB ${v}：回购未高于准备金利率。` }),
  },
  {
    id: 'sofr_above_effr_persistent',
    indicator: 'sofr_effr',
    unit: 'bp',
    op: '>',
    threshold: SOFR_EFFR_ALERT_BP,
    run: 5,
    level: 2,
    why: {
      en: 'Secured borrowing costing more than unsecured for a week is a sign reserves are tight, not a one-day blip.',
      zh_TW: '有擔保借款連續一週比無擔保還貴，代表準備金吃緊，而非單日波動。',
      zh_CN: '有担保借款连续一周比无担保还贵，代表准备金吃紧，而非单日波动。',
    },
    fired: (v, t) => ({ en: `SOFR − EFFR has stayed above ${t} for 5 business days (now ${v}).`, zh_TW: `SOFR − EFFR 已連續 5 個營業日高於 ${t}（目前 ${v}）。`, zh_CN: `SOFR − EFFR 已连续 5 个营业日高于 ${t}（目前 ${v}）。` }),
    calm: (v, t) => ({ en: `SOFR − EFFR is ${v}, not above ${t} for 5 business days in a row.`, zh_TW: `SOFR − EFFR 為 ${v}，未連續 5 個營業日高於 ${t}。`, zh_CN: `SOFR − EFFR 为 ${v}，未连续 5 个营业日高于 ${t}。` }),
  },
  {
    id: 'srf_in_use',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    threshold: 1,
    window: SRF_WINDOW,
    level: 2,
    why: {
      en: 'Borrowing from the Fed’s backstop beyond test amounts means the market could not supply the cash.',
      zh_TW: '向聯準會後備工具借款超過測試金額，代表市場無法供應所需現金。',
      zh_CN: '向美联储后备工具借款超过测试金额，代表市场无法供应所需现金。',
    },
    fired: (v, t) => ({ en: `Standing Repo Facility use reached ${v} in the last 5 business days, above ${t}.`, zh_TW: `最近 5 個營業日常備回購工具使用量達 ${v}，高於 ${t}。`, zh_CN: `最近 5 个营业日常备回购工具使用量达 ${v}，高于 ${t}。` }),
    calm: (v, t) => ({ en: `Standing Repo Facility use stayed at or below ${t} in the last 5 business days (largest ${v}).`, zh_TW: `最近 5 個營業日常備回購工具使用量未超過 ${t}（最大 ${v}）。`, zh_CN: `最近 5 个营业日常备回购工具使用量未超过 ${t}（最大 ${v}）。` }),
  },
  {
    id: 'srf_heavy',
    indicator: 'srf',
    unit: 'usd_bn',
    op: '>',
    threshold: 25,
    window: SRF_WINDOW,
    level: 3,
    why: {
      en: 'Heavy backstop borrowing echoes the emergency repo operations of September 2019.',
      zh_TW: '大量動用後備工具，與 2019 年 9 月的緊急回購操作相似。',
      zh_CN: '大量动用后备工具，与 2019 年 9 月的紧急回购操作相似。',
    },
    fired: (v, t) => ({ en: `Standing Repo Facility use reached ${v}, above ${t}.`, zh_TW: `常備回購工具使用量達 ${v}，高於 ${t}。`, zh_CN: `常备回购工具使用量达 ${v}，高于 ${t}。` }),
    calm: (v, t) => ({ en: `Standing Repo Facility use stayed under ${t} (largest ${v}).`, zh_TW: `常備回購工具使用量低於 ${t}（最大 ${v}）。`, zh_CN: `常备回购工具使用量低于 ${t}（最大 ${v}）。` }),
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
    const text = value === null ? { en: 'No data to judge.', zh_TW: '沒有可判斷的資料。', zh_CN: '没有可判断的数据。' }[lang] : (fired ? rule.fired : rule.calm)(v, t)[lang];
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
