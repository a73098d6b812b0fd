/**
 * The gauge's rules as the README states them: "the last 5 business days" are business days on the Fed's
 * calendar (a gap in the data does not reach further back; Thanksgiving is not one), the SRF rules, and three
 * level-2 rules making Stressed. Dates below are worked out by hand from the 2025 calendar.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGauge } from '../../src/core/gauge';
import type { Computation } from '../../src/core/indicators/types';
import type { IndicatorId } from '../../src/core/types';

const computation = (rows: Array<[string, number]>): Computation => ({ rows: rows.map(([date, value]) => ({ date, value })), details: () => [], inputs: () => [] });
const gauge = (c: Partial<Record<IndicatorId, Array<[string, number]>>>) =>
  evaluateGauge(Object.fromEntries(Object.entries(c).map(([k, rows]) => [k, computation(rows!)])), 'en');
const fired = (g: ReturnType<typeof gauge>) => g.rules.filter((r) => r.fired).map((r) => r.id).sort();

// Monday 1 Dec 2025 and the four business days before it: Fri 28, Wed 26, Tue 25, Mon 24 Nov (Thu 27 is Thanksgiving).
const LAST5 = ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-28', '2025-12-01'];

describe('"the last 5 business days"', () => {
  it('SRF take-up on the fifth business day back counts, across Thanksgiving', () => {
    const g = gauge({ srf: [['2025-11-21', 0], ['2025-11-24', 30], ['2025-11-25', 0], ['2025-11-26', 0], ['2025-11-28', 0], ['2025-12-01', 0]] });
    expect(fired(g)).toEqual(['srf_heavy', 'srf_in_use']);
  });

  it('take-up older than that does not, however few observations came since (the last 5 observations would reach it)', () => {
    const g = gauge({ srf: [['2025-11-13', 0], ['2025-11-14', 30], ['2025-11-26', 0], ['2025-11-28', 0], ['2025-12-01', 0]] });
    expect(fired(g)).toEqual([]);
    expect(g.rules.find((r) => r.id === 'srf_heavy')!.value).toBe(0);
  });

  it('SOFR − EFFR above +5 bp "on each" needs an observation on each of the 5 days', () => {
    const all = gauge({ sofr_effr: LAST5.map((d) => [d, 6] as [string, number]) });
    expect(fired(all)).toEqual(['sofr_above_effr_persistent']);
    // One day missing (26 Nov): four of five seen, and an older observation does not stand in for it.
    const gap = gauge({ sofr_effr: [['2025-11-21', 6], ...LAST5.filter((d) => d !== '2025-11-26').map((d) => [d, 6] as [string, number])] });
    expect(fired(gap)).toEqual([]);
    const oneBelow = gauge({ sofr_effr: LAST5.map((d, i) => [d, i === 2 ? 5 : 6] as [string, number]) });
    expect(fired(oneBelow)).toEqual([]);
  });
});

describe('levels and states', () => {
  const strain = {
    sofr_iorb: [['2025-12-01', 3]] as Array<[string, number]>,
    sofr_effr: LAST5.map((d) => [d, 6] as [string, number]),
    srf: LAST5.map((d) => [d, 2] as [string, number]),
  };

  it('three level-2 rules read Stressed; two read Tight', () => {
    const three = gauge(strain);
    expect(fired(three)).toEqual(['sofr_above_effr_persistent', 'sofr_above_iorb', 'srf_in_use']);
    expect(three.state).toBe('stressed');
    const two = gauge({ ...strain, srf: LAST5.map((d) => [d, 0.5] as [string, number]) });
    expect(fired(two)).toEqual(['sofr_above_effr_persistent', 'sofr_above_iorb']);
    expect(two.state).toBe('tight');
  });

  it('SRF take-up above $1B is level 2, above $25B level 3 (Stressed on its own)', () => {
    expect(gauge({ srf: [...LAST5.slice(0, 4).map((d) => [d, 0] as [string, number]), ['2025-12-01', 1.5]] }).state).toBe('tight');
    expect(gauge({ srf: [...LAST5.slice(0, 4).map((d) => [d, 0] as [string, number]), ['2025-12-01', 26]] }).state).toBe('stressed');
    expect(gauge({ srf: LAST5.map((d) => [d, 1] as [string, number]) }).state).toBe('ample'); // $1B is not above $1B
  });
});
