import { describe, expect, it } from 'vitest';
import { parseFredCsv } from '../../src/core/parsers/fred-csv';
import { detectUsdScale, checkPercent } from '../../src/core/units';
import type { Point } from '../../src/core/types';
import { fixture } from '../helpers/fixtures';

const column = (name: string, id: string) => {
  const r = parseFredCsv(fixture(name));
  if (!r.ok) throw new Error(r.error.message);
  return { points: r.value.columns[id]!, dec: r.value.hasDecimalPoint[id]! };
};
const reservesSpec = { rangeBn: [1, 12_000] as const };

describe('unit detection for dollar series', () => {
  const legacy = column('fred-csv-legacy-DATE-WRESBAL.csv', 'WRESBAL');
  const current = column('fred-csv-WRESBAL.csv', 'WRESBAL');

  it('tells the legacy WRESBAL file is in billions and the current one in millions, per file, from the values', () => {
    const a = detectUsdScale(legacy.points, legacy.dec, [], reservesSpec);
    const b = detectUsdScale(current.points, current.dec, [], reservesSpec);
    expect(a.ok && a.value).toMatchObject({ unit: 'billions', how: 'magnitude' });
    expect(b.ok && b.value).toMatchObject({ unit: 'millions', how: 'magnitude' });
  });

  it('agrees with the cached history where the two files overlap (2021-06-23 … 2024-11-13)', () => {
    const r = detectUsdScale(current.points, current.dec, legacy.points, reservesSpec);
    expect(r.ok && r.value).toMatchObject({ unit: 'millions', how: 'history' });
    const legacyMap = new Map(legacy.points);
    const shared = current.points.filter(([d]) => legacyMap.has(d));
    expect(shared.length).toBeGreaterThan(170);
    for (const [d, v] of shared) expect(Math.abs(v / 1000 - legacyMap.get(d)!)).toBeLessThan(0.0006);
  });

  it('uses the number format when a short legacy excerpt could be either unit', () => {
    const recent = legacy.points.slice(-4); // ~3,200: plausible as $3.2T or as $3.2B
    const r = detectUsdScale(recent, true, [], reservesSpec);
    expect(r.ok && r.value).toMatchObject({ unit: 'billions', how: 'number format' });
    const asMillions = recent.map(([d, v]) => [d, Math.round(v)] as Point);
    const m = detectUsdScale(asMillions, false, [], reservesSpec);
    expect(m.ok && m.value.unit).toBe('millions');
  });

  it('rejects values that contradict the history in either unit', () => {
    // 2024 weeks both files hold, scaled by 37: neither ~1× nor ~1000× the cached billions.
    const off = current.points.filter(([d]) => d.startsWith('2024-0')).map(([d, v]) => [d, v * 0.037] as Point);
    const r = detectUsdScale(off, true, legacy.points, reservesSpec);
    expect(!r.ok && r.error.kind).toBe('unit');
    expect(!r.ok && r.error.message).toMatch(/ratio ≈ 37/);
  });

  it('rejects values implausible in both units', () => {
    const r = detectUsdScale([['2026-01-07', 0.0001]], true, [], reservesSpec);
    expect(!r.ok && r.error.kind).toBe('unit');
  });

  it('rejects a rate that is not in percent', () => {
    expect(checkPercent([['2024-06-03', 533]]).ok).toBe(false);
    expect(checkPercent([['2024-06-03', 5.33]]).ok).toBe(true);
  });
});
