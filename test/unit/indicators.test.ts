/**
 * The seed article's figures, and every indicator, checked against values computed here directly from
 * the fixture files (simple code of the test's own, not the product's parsers).
 */
import { words } from '../../src/core/messages';
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer, buildSeriesAnswer, computation } from '../../src/core/answer';
import { addDays } from '../../src/core/dates';
import { INDICATORS } from '../../src/core/indicators';
import { projectedRatio, monthsTo } from '../../src/core/indicators/runway';
import { INDICATOR_IDS } from '../../src/core/types';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { data, expectedLatest } from '../helpers/expected';
import { last } from '../helpers/fixtures';

const doc = fixturesDoc();
const NOW = Date.parse('2026-11-25T15:00:00Z');
const answer = buildIndicatorsAnswer(doc, NOW, 'en');
const byId = Object.fromEntries(answer.indicators.map((i) => [i.id, i]));
const series = (id: (typeof INDICATOR_IDS)[number]) => new Map(buildSeriesAnswer(doc, id).points);

const { wresbal: wresbalBn, gdp, walcl: walclBn, rrp, sofr, effr } = data;

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
    const [, latest] = last(data.rrp); // 18 Sep 2026: $576 million
    expect(d.value).toBeCloseTo(((latest - 2553.716) / 2553.716) * 100, 10);
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
  it('answers all sixteen ids with the contract’s units', () => {
    expect(answer.indicators.map((i) => [i.id, i.unit])).toEqual([
      ['reserves', 'usd_bn'],
      ['reserves_wed', 'usd_bn'],
      ['reserves_gdp', 'pct'],
      ['rrp', 'usd_bn'],
      ['sofr_effr', 'bp'],
      ['sofr_iorb', 'bp'],
      ['sofr_tail', 'bp'],
      ['tgcr_iorb', 'bp'],
      ['sofr_volume', 'usd_bn'],
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

  it('every latest value equals the one computed independently from the fixture files', () => {
    for (const [id, exp] of Object.entries(expectedLatest())) {
      expect(byId[id]!.asOf, id).toBe(exp.asOf);
      if (exp.value === null) expect(byId[id]!.value, id).toBeNull();
      else expect(byId[id]!.value!, id).toBeCloseTo(exp.value, id === 'runway' ? 0 : 9);
    }
    expect(byId.reserves!.previous).toBeCloseTo(wresbalBn.get(addDays(byId.reserves!.asOf!, -7))!, 9);
    expect(byId.reserves!.ageDays).toBe(161); // 17 June to 25 November 2026
    expect(byId.runway!.note).toMatch(/7% line; reserves\/GDP is already below 10%/);
  });

  it('balance-sheet pace shows the 4-week pace alongside the 13-week one', () => {
    const [d, a] = last(walclBn);
    expect(byId.balance_sheet_pace!.details[0]!.value).toBeCloseTo((a - walclBn.get(addDays(d, -28))!) / (28 / (365.25 / 12)), 9);
  });

  it('net liquidity and reserves + RRP list their parts with dates', () => {
    expect(byId.net_liquidity!.details.map((d) => [d.id, d.asOf])).toEqual([['fed_assets', '2025-12-31'], ['tga', '2025-12-31'], ['rrp', '2025-12-31']]);
    expect(byId.total_liquidity!.details.map((d) => d.id)).toEqual(['reserves', 'rrp_week_average']);
  });

  it('net liquidity takes the TGA of the H.4.1 Wednesday (WDTGAL) and says so; without it, the Treasury’s close that day', () => {
    const tga = byId.net_liquidity!.details.find((d) => d.id === 'tga')!;
    expect(tga.value).toBeCloseTo(data.tgaWed.get('2025-12-31')!, 9);
    expect(tga.note).toBe('the H.4.1’s Wednesday level (FRED WDTGAL)');
    // 24 Sep 2025 with WDTGAL taken out: the Daily Treasury Statement's closing balance of that day is used.
    const cut = structuredClone(doc);
    cut.providers['fred:WDTGAL']!.points['tga_wed'] = cut.providers['fred:WDTGAL']!.points['tga_wed']!.filter(([d]) => d !== '2025-09-24');
    const row = computation(cut, 'net_liquidity').rows.find((r) => r.date === '2025-09-24')!;
    expect(row.value).toBeCloseTo(walclBn.get('2025-09-24')! - data.tga.get('2025-09-24')! - rrp.get('2025-09-24')!, 9);
    const withWed = computation(doc, 'net_liquidity').rows.find((r) => r.date === '2025-09-24')!;
    expect(withWed.value).toBeCloseTo(walclBn.get('2025-09-24')! - data.tgaWed.get('2025-09-24')! - rrp.get('2025-09-24')!, 9);
  });

  it('runway is missing, with the reason, when reserves/GDP is not falling', () => {
    // Spring 2020: reserves were rising by hundreds of billions a month.
    const runway = computation(doc, 'runway').rows.find((r) => r.date === '2020-06-03')!;
    expect(runway.value).toBeNull();
    expect(words('en', runway.reason!)).toMatch(/not falling/);
    expect(words('zh_TW', runway.reason!)).toMatch(/並未下降/);
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

  it('31 Oct 2025 reads Stressed: $50.35B taken from the SRF, and three signals of strain — repo above IORB, SOFR above EFFR all week, the SRF in use', () => {
    const week = ['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31'];
    expect(week.map((d) => Math.round((sofr.get(d)! - effr.get(d)!) * 100))).toEqual([15, 19, 15, 17, 36]);
    expect(rrp.get('2025-10-31')).toBe(51.802); // a month-end bump just above the $50B "empty" line
    expect(data.srf.get('2025-10-31')).toBe(50.35); // FRED RPONTTLD
    const g = buildIndicatorsAnswer(docAsOf(doc, '2025-10-31'), Date.parse('2025-11-01T12:00:00Z')).gauge;
    expect(g.state).toBe('stressed');
    expect(g.rules.filter((r) => r.fired).map((r) => r.id).sort()).toEqual([
      'reserves_below_ample', 'sofr_above_effr_persistent', 'sofr_above_iorb', 'sofr_tail_high', 'srf_heavy', 'srf_in_use', 'tgcr_above_iorb',
    ]);
    expect(g.rules.find((r) => r.id === 'sofr_above_iorb')!.text).toBe('SOFR is +32 bp from IORB: repo costs more than the Fed pays on reserves.');
    // By hand from the NY Fed's answers: 99th percentile 4.35% and TGCR 4.15% against IORB 3.90%.
    expect(g.rules.find((r) => r.id === 'sofr_tail_high')).toMatchObject({ fired: true, value: Math.round((data.sofrP99.get('2025-10-31')! - 3.9) * 100), threshold: 10 });
    expect(g.rules.find((r) => r.id === 'tgcr_above_iorb')).toMatchObject({ fired: true, value: Math.round((data.tgcr.get('2025-10-31')! - 3.9) * 100), threshold: 0 });
  });

  it('repo rates above IORB read three ways are one signal: 31 Mar 2026 reads Tight, not Stressed', () => {
    const g = buildIndicatorsAnswer(docAsOf(doc, '2026-03-31'), Date.parse('2026-04-01T12:00:00Z')).gauge;
    const level2 = g.rules.filter((r) => r.fired && r.level === 2).map((r) => r.id).sort();
    expect(level2).toEqual(['sofr_above_iorb', 'sofr_tail_high', 'tgcr_above_iorb']);
    expect(g.state).toBe('tight');
  });

  it('the tail and TGCR rules look at the largest of the last 5 business days, and follow their thresholds', () => {
    // 15 Sep 2025, the corporate-tax date: the 99th percentile was 4.68%, 28 bp over IORB 4.40%.
    const at = (t: Partial<Record<string, number>> = {}) => buildIndicatorsAnswer(docAsOf(doc, '2025-09-19'), Date.parse('2025-09-20T12:00:00Z'), 'en', t).gauge;
    const week = ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'].map((d) => Math.round((data.sofrP99.get(d)! - data.iorb.get(d)!) * 100));
    expect(at().rules.find((r) => r.id === 'sofr_tail_high')).toMatchObject({ fired: true, value: Math.max(...week) });
    expect(at({ sofr_tail_high: Math.max(...week) }).rules.find((r) => r.id === 'sofr_tail_high')!.fired).toBe(false);
    expect(at({ sofr_tail_high: Math.max(...week) - 1 }).rules.find((r) => r.id === 'sofr_tail_high')!.fired).toBe(true);
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

  it('says since when it has read its state, judged on the data as they stood on each date', () => {
    const at = (d: string) => buildIndicatorsAnswer(docAsOf(doc, d), Date.parse(`${d}T23:00:00Z`)).gauge;
    const g = at('2025-10-31');
    expect(g.since).not.toBeNull();
    expect(g.since! <= '2025-10-31').toBe(true);
    // Independently: cut the data at `since` and at the day before it.
    expect(at(g.since!).state).toBe(g.state);
    expect(at(addDays(g.since!, -1)).state).not.toBe(g.state);
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

describe('reasons in the reader’s language', () => {
  it('a failed source, a permission withheld and a missing value read in English, 繁體中文 and 简体中文', () => {
    const doc = fixturesDoc();
    const at = new Date(Date.parse(doc.writtenAt) + 60_000).toISOString();
    const broken = {
      ...doc,
      providers: {
        ...doc.providers,
        'fred:WALCL': { ...doc.providers['fred:WALCL']!, lastError: { kind: 'http' as const, message: 'HTTP 500', at } },
        'fred:WRESBAL': { ...doc.providers['fred:WRESBAL']!, lastError: { kind: 'permission' as const, message: 'access to fred.stlouisfed.org not granted', at } },
      },
    };
    const now = Date.parse(doc.writtenAt) + 120_000;
    const source = (lang: 'en' | 'zh_TW' | 'zh_CN', id: string) => buildIndicatorsAnswer(broken, now, lang).sources.find((s) => s.provider === id)!.reason;
    expect(source('en', 'fred:WALCL')).toMatch(/^last fetch failed \(HTTP 500\)/);
    expect(source('zh_TW', 'fred:WALCL')).toMatch(/^上次抓取失敗（HTTP 500）/);
    expect(source('zh_CN', 'fred:WALCL')).toMatch(/^上次抓取失败（HTTP 500）/);
    expect(source('en', 'fred:WRESBAL')).toMatch(/^access to fred\.stlouisfed\.org not granted/);
    expect(source('zh_TW', 'fred:WRESBAL')).toMatch(/^未授權存取 fred\.stlouisfed\.org/);
    const fed = (lang: 'en' | 'zh_TW') => buildIndicatorsAnswer(broken, now, lang).indicators.find((i) => i.id === 'fed_assets')!.statusReason;
    expect(fed('en')).toMatch(/FRED WALCL: last fetch failed \(HTTP 500\)/);
    expect(fed('zh_TW')).toMatch(/FRED WALCL：上次抓取失敗（HTTP 500）/);
    expect(fed('zh_TW')).not.toMatch(/[a-z]{4,} [a-z]{4,}/); // no English sentence left in it
  });

  it('each indicator’s method reads in the reader’s language', () => {
    const doc = fixturesDoc();
    const now = Date.parse(doc.writtenAt);
    const en = buildIndicatorsAnswer(doc, now, 'en').indicators;
    const tw = buildIndicatorsAnswer(doc, now, 'zh_TW').indicators;
    const cn = buildIndicatorsAnswer(doc, now, 'zh_CN').indicators;
    for (const [k, i] of en.entries()) {
      expect(i.method, i.id).toMatch(/^[A-Z]/);
      expect(tw[k]!.method, i.id).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(cn[k]!.method, i.id).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(tw[k]!.method).not.toBe(cn[k]!.method);
    }
  });
});
