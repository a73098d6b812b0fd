import { say, type Say } from '../say';
import { texts } from '../messages';
import { addDays, MONTH_DAYS } from '../dates';
import { gdpPublishedBy } from '../gdp';
import { indexAtOrBefore, valueOn } from '../series';
import type { Point } from '../types';
import { use } from './helpers';
import type { Detail, IndicatorDef, Row } from './types';

export const RUNWAY_LINES = [10, 7] as const;
/** Beyond this the projection says nothing useful. */
export const RUNWAY_HORIZON_MONTHS = 120;

export interface RunwayInputs {
  reserves: number;
  /** Reserves change per month over the last 13 weeks. */
  pace: number;
  gdp: number;
  /** Nominal GDP growth over the last four published quarters, per year. */
  growth: number;
}

/** Reserves/GDP (%) `t` months ahead if reserves keep their pace and GDP its trend. */
export function projectedRatio(x: RunwayInputs, t: number): number {
  return ((x.reserves + x.pace * t) / (x.gdp * (1 + x.growth) ** (t / 12))) * 100;
}

/** Months until the projected ratio reaches `line`; null when it does not within the horizon. */
export function monthsTo(x: RunwayInputs, line: number): number | null {
  if (projectedRatio(x, 0) <= line) return 0;
  if (projectedRatio(x, RUNWAY_HORIZON_MONTHS) > line) return null;
  let lo = 0, hi = RUNWAY_HORIZON_MONTHS;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (projectedRatio(x, mid) > line) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Whether the ratio is falling now: reserves grow slower than GDP would need to keep it level. */
export function ratioFalling(x: RunwayInputs): boolean {
  return x.pace < x.reserves * (Math.log(1 + x.growth) / 12);
}

export function runwayInputs(reserves: readonly Point[], gdp: readonly Point[], date: string): RunwayInputs | Say {
  const r = valueOn(reserves, date);
  const r13 = valueOn(reserves, addDays(date, -91));
  if (r === undefined || r13 === undefined) return say('reason_no_reserves_13_weeks');
  const g = gdpPublishedBy(gdp, date);
  if (!g) return say('reason_no_gdp_by_then');
  const i = indexAtOrBefore(gdp, g[0]);
  const g4 = i >= 4 ? gdp[i - 4] : undefined;
  if (!g4) return say('reason_no_gdp_year_before');
  return { reserves: r, pace: (r - r13) / (91 / MONTH_DAYS), gdp: g[1], growth: g[1] / g4[1] - 1 };
}

export const runway: IndicatorDef = {
  id: 'runway',
  unit: 'months',
  labels: texts('ind_runway_name'),
  explain: texts('ind_runway_explain'),
  method: texts('method_runway'),
  inputs: ['reserves', 'gdp'],
  thresholds: [],
  better: 'up',
  cadence: 'weekly',
  compute(ctx) {
    const reserves = ctx.series('reserves');
    const gdp = ctx.series('gdp');
    const rows: Row[] = [];
    for (const [date] of reserves) {
      const x = runwayInputs(reserves, gdp, date);
      if ('key' in x) {
        if (rows.length) rows.push({ date, value: null, reason: x });
        continue;
      }
      const ratio = projectedRatio(x, 0);
      const line = RUNWAY_LINES.find((l) => ratio > l);
      if (line === undefined) rows.push({ date, value: null, reason: say('reason_runway_below', RUNWAY_LINES[RUNWAY_LINES.length - 1]!) });
      else if (!ratioFalling(x)) {
        rows.push({ date, value: null, reason: say('reason_runway_not_falling', `${x.pace >= 0 ? '+' : ''}${x.pace.toFixed(1)}`, (x.growth * 100).toFixed(1)) });
      } else {
        const m = monthsTo(x, line);
        const note = line === RUNWAY_LINES[0] ? say('note_runway_to_line', line) : say('note_runway_to_line_below', line, RUNWAY_LINES[0]!);
        rows.push(m === null ? { date, value: null, reason: say('reason_runway_far', line, RUNWAY_HORIZON_MONTHS / 12) } : { date, value: Math.round(m * 10) / 10, note });
      }
    }
    return {
      rows,
      ...(rows.length === 0 ? { missing: say('reason_runway_needs') } : {}),
      inputs: (row) => [...use('reserves', reserves, row.date), ...use('reserves', reserves, addDays(row.date, -91))],
      details(row) {
        const x = runwayInputs(reserves, gdp, row.date);
        if ('key' in x) return [];
        const out: Detail[] = RUNWAY_LINES.map((line) => {
          const m = monthsTo(x, line);
          const falling = ratioFalling(x);
          return {
            id: `to_${line}pct`,
            label: texts('ind_runway_detail_months_to', line),
            value: m === 0 ? 0 : falling ? (m === null ? null : Math.round(m * 10) / 10) : null,
            unit: 'months',
            asOf: row.date,
            note: m === 0 ? say('note_runway_already_below', line) : !falling ? say('note_runway_not_falling') : m === null ? say('note_runway_far', RUNWAY_HORIZON_MONTHS / 12) : say('note_runway_at_pace'),
          } satisfies Detail;
        });
        out.push({ id: 'reserves_pace', label: texts('ind_runway_detail_reserves_pace'), value: x.pace, unit: 'usd_bn_per_month', asOf: row.date });
        out.push({ id: 'gdp_growth', label: texts('ind_runway_detail_gdp_growth'), value: x.growth * 100, unit: 'pct_per_year', asOf: row.date });
        return out;
      },
    };
  },
};
