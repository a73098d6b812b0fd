/**
 * The seed article's figures, and every indicator, checked against values computed here directly from
 * the fixture files (simple code of the test's own, not the product's parsers).
 */
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer, buildSeriesAnswer, computation } from '../../src/core/answer';
import { addDays } from '../../src/core/dates';
import { INDICATORS } from '../../src/core/indicators';
import { projectedRatio, monthsTo } from '../../src/core/indicators/runway';
import { INDICATOR_IDS } from '../../src/core/types';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { csvMap, dtsClosing, last } from '../helpers/fixtures';

const doc = fixturesDoc();
const NOW = Date.parse('2026-11-25T15:00:00Z');
const answer = buildIndicatorsAnswer(doc, NOW, 'en');
const byId = Object.fromEntries(answer.indicators.map((i) => [i.id, i]));
const series = (id: (typeof INDICATOR_IDS)[number]) => new Map(buildSeriesAnswer(doc, id).points);

const wresbalBn = new Map([...csvMap('fred-csv-legacy-DATE-WRESBAL.csv'), ...[...csvMap('fred-csv-WRESBAL.csv')].map(([d, v]) => [d, v / 1000] as const)]);
const gdp = csvMap('fred-csv-GDP.csv');
const walclBn = new Map([...csvMap('fred-csv-WALCL.csv')].map(([d, v]) => [d, v / 1000]));
const rrp = csvMap('fred-csv-RRPONTSYD.csv');
const sofr = new Map([...csvMap('fred-csv-SOFR-from-2018.csv'), ...csvMap('fred-csv-SOFR.csv')]);
const effr = new Map([...csvMap('fred-csv-legacy-DATE-EFFR.csv'), ...csvMap('fred-csv-EFFR.csv'), ...csvMap('fred-csv-EFFR-program-written-excerpt-2025-2026.csv')]);
const iorb = csvMap('fred-csv-IORB.csv');
const tga = dtsClosing();

describe('the seed article’s figures, from real data of those dates', () => {
  it('October 2025: reserves ≈ $2.96T ÷ GDP $30.486T (2025 Q2) ≈ 9.7%', () => {
    const ratio = series('reserves_gdp');
    for (const week of ['2025-10-01', '2025-10-08', '2025-10-15', '2025-10-22', '2025-10-29']) {
      // Q3 2025 GDP was not out until 23 Dec 2025 (shutdown), so every October week divides by Q2.
      const inputs = computation(doc, 'reserves_gdp').inputs({ date: week, value: null });
      expect(inputs.find((u) => u.key === 'gdp')).toEqual({ key: 'gdp', date: '2025-04-01', value: 30485.729 });
      expect(ratio.get(week)).toBeCloseTo((wresbalBn.get(week)! / gdp.get('2025-04-01')!) * 100, 10);
    }
    // The seed rounds reserves to $2.96T: 2.96 / 30.486 = 9.71%. The data for 1 Oct 2025 give 9.73%.
    expect((2.96 / 30.486) * 100).toBeCloseTo(9.71, 2);
    expect(ratio.get('2025-10-01')).toBeCloseTo(9.7295, 3);
    expect(wresbalBn.get('2025-10-01')).toBeCloseTo(2966.094, 3);
  });

  it('September 2019: the seed’s “about 7%” is about 6.5% in the data', () => {
    const ratio = series('reserves_gdp');
    // Published by 18 Sep 2019: 2019 Q2 GDP. Same-quarter GDP (out in October) gives 6.42%.
    expect(ratio.get('2019-09-18')).toBeCloseTo((1394.122 / 21397.938) * 100, 10);
    expect(ratio.get('2019-09-18')).toBeCloseTo(6.515, 3);
    const detail = buildIndicatorsAnswer(docAsOf(doc, '2019-09-18'), Date.parse('2019-09-20T12:00:00Z')).indicators.find((i) => i.id === 'reserves_gdp')!;
    expect(detail.value).toBeCloseTo(6.515, 3);
    expect(detail.details.find((d) => d.id === 'same_quarter')!.value).toBeCloseTo((1394.122 / 21717.171) * 100, 10);
    expect(Math.min(...[...ratio].filter(([d]) => d.startsWith('2019')).map(([, v]) => v))).toBeLessThan(7);
  });

  it('RRP: down more than 99% from its $2.554T peak of 2022-12-30', () => {
    const d = byId.rrp!.details.find((x) => x.id === 'drawdown_from_2022_peak')!;
    expect(d.asOf).toBe('2022-12-30');
    expect(d.value).toBeCloseTo(((6.484 - 2553.716) / 2553.716) * 100, 10);
    expect(d.value!).toBeLessThan(-99);
  });

  it('17 Sep 2019: SOFR 5.25% against EFFR 2.30%, +295 bp', () => {
    expect(series('sofr_effr').get('2019-09-17')).toBe(295);
  });

  it('31 Oct 2025: SOFR − IORB +32 bp (4.22 − 3.90)', () => {
    expect(sofr.get('2025-10-31')).toBe(4.22);
    expect(series('sofr_iorb').get('2025-10-31')).toBe(32);
  });
});

describe('every indicator, latest value', () => {
  it('answers all twelve ids with the contract’s units', () => {
    expect(answer.indicators.map((i) => [i.id, i.unit])).toEqual([
      ['reserves', 'usd_bn'],
      ['reserves_gdp', 'pct'],
      ['rrp', 'usd_bn'],
      ['sofr_effr', 'bp'],
      ['sofr_iorb', 'bp'],
      ['fed_assets', 'usd_bn'],
      ['balance_sheet_pace', 'usd_bn_per_month'],
      ['tga', 'usd_bn'],
      ['net_liquidity', 'usd_bn'],
      ['total_liquidity', 'usd_bn'],
      ['srf', 'usd_bn'],
      ['runway', 'months'],
    ]);
    for (const i of answer.indicators) {
      expect(i.source.url).toMatch(/^https:\/\//);
      expect(i.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reserves, reserves/GDP, fed assets, TGA, RRP, SOFR spreads', () => {
    const [rd, rv] = last(wresbalBn);
    expect(byId.reserves).toMatchObject({ value: rv, asOf: rd });
    expect(byId.reserves!.previous).toBeCloseTo(wresbalBn.get(addDays(rd, -7))!, 9);
    expect(byId.reserves_gdp!.value).toBeCloseTo((rv / gdp.get('2026-01-01')!) * 100, 10);
    expect(byId.fed_assets).toMatchObject({ value: last(walclBn)[1], asOf: last(walclBn)[0] });
    expect(byId.tga).toMatchObject({ value: last(tga)[1], asOf: last(tga)[0] });
    expect(byId.rrp).toMatchObject({ value: last(rrp)[1], asOf: last(rrp)[0] });
    const shared = [...sofr.keys()].filter((d) => effr.has(d)).sort().pop()!;
    expect(byId.sofr_effr).toMatchObject({ asOf: shared, value: Math.round((sofr.get(shared)! - effr.get(shared)!) * 10000) / 100 });
    const sharedI = [...sofr.keys()].filter((d) => iorb.has(d)).sort().pop()!;
    expect(byId.sofr_iorb).toMatchObject({ asOf: sharedI, value: Math.round((sofr.get(sharedI)! - iorb.get(sharedI)!) * 10000) / 100 });
  });

  it('balance-sheet pace: 13-week change of WALCL per month, 4-week alongside', () => {
    const [d, a] = last(walclBn);
    expect(byId.balance_sheet_pace!.value).toBeCloseTo((a - walclBn.get(addDays(d, -91))!) / (91 / (365.25 / 12)), 9);
    expect(byId.balance_sheet_pace!.details[0]!.value).toBeCloseTo((a - walclBn.get(addDays(d, -28))!) / (28 / (365.25 / 12)), 9);
  });

  it('net liquidity: WALCL − TGA − RRP on the H.4.1 Wednesday', () => {
    const [d, a] = last(walclBn); // 2025-12-31
    expect(byId.net_liquidity).toMatchObject({ asOf: d });
    expect(byId.net_liquidity!.value).toBeCloseTo(a - tga.get(d)! - rrp.get(d)!, 9);
  });

  it('reserves + RRP: week average of reserves plus the week average of daily RRP', () => {
    const [d, r] = last(wresbalBn);
    let sum = 0;
    for (let k = 6; k >= 0; k--) {
      let day = addDays(d, -k);
      while (!rrp.has(day)) day = addDays(day, -1); // weekends and holidays carry the last operation
      sum += rrp.get(day)!;
    }
    expect(byId.total_liquidity!.value).toBeCloseTo(r + sum / 7, 9);
  });

  it('SRF take-up: the latest business day, from the NY Fed operations', () => {
    expect(byId.srf).toMatchObject({ asOf: '2026-02-25', value: 0.001 });
  });

  it('runway: found by scanning the projection month by month, independently of the solver', () => {
    const [d, r] = last(wresbalBn);
    const pace = (r - wresbalBn.get(addDays(d, -91))!) / (91 / (365.25 / 12));
    const growth = gdp.get('2026-01-01')! / gdp.get('2025-01-01')! - 1;
    const g0 = gdp.get('2026-01-01')!;
    let t = 0;
    while (((r + pace * t) / (g0 * (1 + growth) ** (t / 12))) * 100 > 7) t += 0.01;
    expect((r / g0) * 100).toBeLessThan(10); // already under the ample line, so it counts to 7%
    expect(byId.runway!.value).toBeCloseTo(t, 0);
    expect(byId.runway!.note).toMatch(/7% line/);
  });

  it('runway is missing, with the reason, when reserves/GDP is not falling', () => {
    // Spring 2020: reserves were rising by hundreds of billions a month.
    const runway = computation(doc, 'runway').rows.find((r) => r.date === '2020-06-03')!;
    expect(runway.value).toBeNull();
    expect(runway.reason).toMatch(/not falling/);
    const x = { reserves: 3000, pace: -25, gdp: 30_000, growth: 0.05 };
    expect(projectedRatio(x, 0)).toBeCloseTo(10, 9);
    expect(monthsTo({ ...x, reserves: 3300 }, 10)).toBeGreaterThan(0);
  });
});

describe('the gauge on real dates', () => {
  it('Sept 2019 reads Stressed: reserves under 7% of GDP', () => {
    const g = buildIndicatorsAnswer(docAsOf(doc, '2019-09-18'), Date.parse('2019-09-20T12:00:00Z')).gauge;
    expect(g.state).toBe('stressed');
    expect(g.rules[0]).toMatchObject({ id: 'reserves_at_2019_level', fired: true });
  });

  it('31 Oct 2025 reads Tight: SOFR above IORB, SOFR − EFFR above +5 bp all week, reserves under 10%', () => {
    const week = ['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31'];
    expect(week.map((d) => Math.round((sofr.get(d)! - effr.get(d)!) * 100))).toEqual([15, 19, 15, 17, 36]);
    expect(rrp.get('2025-10-31')).toBe(51.802); // a month-end bump just above the $50B "empty" line
    const g = buildIndicatorsAnswer(docAsOf(doc, '2025-10-31'), Date.parse('2025-11-01T12:00:00Z')).gauge;
    expect(g.state).toBe('tight');
    expect(g.rules.filter((r) => r.fired).map((r) => r.id).sort()).toEqual(['reserves_below_ample', 'sofr_above_effr_persistent', 'sofr_above_iorb']);
    expect(g.rules.find((r) => r.id === 'sofr_above_iorb')!.text).toBe('SOFR is +32 bp from IORB: repo costs more than the Fed pays on reserves.');
  });

  it('mid-2021 reads Ample: reserves far above 10%, RRP overflowing, spreads negative', () => {
    const g = buildIndicatorsAnswer(docAsOf(doc, '2021-12-31'), Date.parse('2022-01-03T12:00:00Z')).gauge;
    expect(g.state).toBe('ample');
  });

  it('reads Adequate on the bundled data, and every rule names its indicator, threshold and reason', () => {
    expect(answer.gauge.state).toBe('adequate');
    for (const r of answer.gauge.rules) {
      expect(INDICATOR_IDS).toContain(r.indicator);
      expect(r.why.length).toBeGreaterThan(20);
      expect(typeof r.threshold).toBe('number');
    }
  });

  it('follows changed thresholds', () => {
    const g = buildIndicatorsAnswer(doc, NOW, 'en', { reserves_below_ample: 9 }).gauge;
    expect(g.rules.find((r) => r.id === 'reserves_below_ample')!.fired).toBe(false);
  });
});

describe('languages', () => {
  it('labels every indicator in English, Traditional and Simplified Chinese', () => {
    for (const def of INDICATORS) {
      for (const lang of ['en', 'zh_TW', 'zh_CN'] as const) {
        expect(def.labels[lang].length).toBeGreaterThan(1);
        expect(def.explain[lang].length).toBeGreaterThan(10);
      }
      expect(def.labels.zh_TW).not.toBe(def.labels.en);
    }
    const zh = buildIndicatorsAnswer(doc, NOW, 'zh_TW');
    expect(zh.indicators[0]!.label).toBe('銀行準備金');
    expect(zh.gauge.rules.find((r) => r.id === 'reserves_below_ample')!.text).toMatch(/^準備金占 GDP 9\.53%/);
  });
});
