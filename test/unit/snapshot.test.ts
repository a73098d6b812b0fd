import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSnapshot, validateCacheDoc, type CacheDoc } from '../../src/core/cache';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { data } from '../helpers/expected';
import { csvMap } from '../helpers/fixtures';

const committed = JSON.parse(readFileSync(join(new URL('../..', import.meta.url).pathname, 'public', 'snapshot.json'), 'utf8')) as CacheDoc;

describe('the bundled snapshot', () => {
  it('is exactly what the real fixtures give (rebuild with `npm run snapshot:fixtures` after changing them)', () => {
    expect(committed.snapshot?.from).toBe('fixtures');
    expect(committed.providers).toEqual(fixturesDoc().providers);
    expect(committed.snapshot?.dataThrough).toEqual(fixturesDoc().snapshot?.dataThrough);
  });

  it('holds exactly the fixture files’ observations, read here by plain CSV arithmetic (not the product’s builder)', () => {
    const same = (id: keyof CacheDoc['providers'], key: string, want: Map<string, number>) => {
      const pts = (committed.providers[id]!.points as Record<string, [string, number][]>)[key]!;
      expect(pts.map(([d]) => d), id).toEqual([...want.keys()].sort());
      // Millions read as billions may differ in the last binary digit: a billionth of a billion is equal.
      expect(pts.filter(([d, v]) => Math.abs(v - want.get(d)!) > 1e-9), id).toEqual([]);
    };
    same('fred:WRESBAL', 'reserves', data.wresbal);
    same('fred:WALCL', 'fed_assets', data.walcl);
    same('fred:RRPONTSYD', 'rrp', csvMap('fred-csv-RRPONTSYD.csv'));
    same('fred:RPONTTLD', 'srf', csvMap('fred-csv-RPONTTLD-excerpt-2025-03-to-2026-09.csv'));
    same('fred:WDTGAL', 'tga_wed', new Map([...csvMap('fred-csv-WDTGAL.csv')].map(([d, v]) => [d, v / 1000])));
    same('fred:WRBWFRBL', 'reserves_wed', data.wrbwfrbl);
    same('nyfed:sofr', 'sofr_p99', data.sofrP99);
    same('nyfed:tgcr', 'tgcr', data.tgcr);
    same('fred:GDP', 'gdp', data.gdp);
    same('fred:IORB', 'iorb', data.iorb);
  });

  it('holds history from 2019 or earlier for the quantities the 2019 repo spike is read from', () => {
    const first = (id: keyof CacheDoc['providers'], key: string) => (committed.providers[id]!.points as Record<string, [string, number][]>)[key]![0]![0];
    expect(first('fred:WRESBAL', 'reserves') <= '2019-01-01').toBe(true);
    expect(first('fred:SOFR', 'sofr') <= '2019-01-01').toBe(true);
    expect(first('fred:EFFR', 'effr') <= '2019-01-01').toBe(true);
    expect(first('fred:WALCL', 'fed_assets') <= '2019-01-01').toBe(true);
  });

  it('passes validation, and broken documents do not', () => {
    expect(validateCacheDoc(committed).ok).toBe(true);
    const broken = (f: (d: any) => void) => {
      const d = JSON.parse(JSON.stringify(committed));
      f(d);
      return validateCacheDoc(d);
    };
    expect(broken((d) => (d.version = 0))).toMatchObject({ ok: false, reason: 'version 0, expected 1' });
    expect(broken((d) => (d.providers['fred:WALCL'].points.fed_assets[5][1] = null)).ok).toBe(false);
    expect(broken((d) => d.providers['fred:WALCL'].points.fed_assets.reverse()).ok).toBe(false);
    expect(broken((d) => (d.providers['fred:NOPE'] = { points: {}, origin: 'live', failures: 0 })).ok).toBe(false);
    expect(validateCacheDoc('{"version":1}').ok).toBe(false);
    // An earlier version's SRF history from RPONTSYD (Treasury collateral only) is dropped, the rest kept.
    const retired = broken((d) => (d.providers['fred:RPONTSYD'] = { points: { srf: [['2025-10-31', 50.35]] }, origin: 'live', failures: 0 }));
    expect(retired.ok && Object.keys(retired.doc.providers)).toEqual(Object.keys(committed.providers));
  });

  it('an update adds what a newer snapshot knows, never replacing the cache’s own observations', () => {
    const old = docAsOf(committed, '2026-01-01');
    const mine = { ...old, providers: { ...old.providers, 'fred:WRESBAL': { ...old.providers['fred:WRESBAL']!, points: { reserves: old.providers['fred:WRESBAL']!.points.reserves!.map(([d, v]) => [d, d === '2025-12-31' ? v + 1 : v] as [string, number]) } } } };
    const merged = mergeSnapshot(mine, committed);
    const reserves = new Map(merged.providers['fred:WRESBAL']!.points.reserves!);
    expect(reserves.get('2026-06-17')).toBe(3033.444);
    expect(reserves.get('2025-12-31')).toBe(new Map(committed.providers['fred:WRESBAL']!.points.reserves!).get('2025-12-31')! + 1);
    expect(validateCacheDoc(merged).ok).toBe(true);
  });
});
