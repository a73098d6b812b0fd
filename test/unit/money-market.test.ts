/**
 * The money market as the Fed's desk reads it (issue 19): SOFR's tail and TGCR against IORB, SOFR's volume and
 * its distribution. Every number is checked against the NY Fed's and FRED's real answers read here with
 * JSON.parse and plain arithmetic (test/helpers/expected.ts), on the same dates.
 */
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer, buildSeriesAnswer } from '../../src/core/answer';
import { checkPassages } from '../../src/core/article/check';
import { buildSofrSeriesAnswer } from '../../src/core/distribution';
import { passagesOf } from '../helpers/claims-corpus';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { data, nyfedField } from '../helpers/expected';

const doc = fixturesDoc();
const SOFR_JSON = 'nyfed-sofr-search-2025-09-to-2026-09.json';
const bp = (x: number) => Math.round(x * 10000) / 100;
const seriesMap = (id: 'sofr_tail' | 'tgcr_iorb' | 'sofr_volume') => new Map(buildSeriesAnswer(doc, id).points);
const at = (date: string) => buildIndicatorsAnswer(docAsOf(doc, date), Date.parse(`${date}T23:00:00Z`));
const ind = (date: string, id: string) => at(date).indicators.find((i) => i.id === id)!;

describe('sofr_tail: SOFR’s 99th percentile − IORB, same business day', () => {
  it('equals the NY Fed’s 99th percentile minus FRED’s IORB on every day both were published', () => {
    const tail = seriesMap('sofr_tail');
    const days = [...data.sofrP99.keys()].filter((d) => data.iorb.has(d));
    expect(days.length).toBeGreaterThan(150);
    for (const d of days) expect(tail.get(d), d).toBe(bp(data.sofrP99.get(d)! - data.iorb.get(d)!));
    // The reference points the payload's provenance names: 31 Oct 2025, 4.35% against 3.90%.
    expect(tail.get('2025-10-31')).toBe(45);
  });

  it('carries IORB to the FOMC decision of 29 Jul 2026 and is missing after it, with the reason', () => {
    expect(data.iorb.has('2026-07-01')).toBe(false); // FRED's IORB here ends on 23 Jun 2026
    const carried = ind('2026-07-01', 'sofr_tail');
    expect(carried).toMatchObject({ asOf: '2026-07-01', value: bp(data.sofrP99.get('2026-07-01')! - data.iorb.get('2026-06-23')!) });
    const past = ind('2026-07-30', 'sofr_tail');
    expect([past.asOf, past.value]).toEqual(['2026-07-30', null]);
    expect(past.note).toBe('no IORB after the FOMC decision of 2026-07-29 (the last held is of 2026-06-23): a spread against it would be a guess');
  });

  it('shows the 99th percentile, IORB and SOFR − IORB beside it', () => {
    const i = ind('2025-10-31', 'sofr_tail');
    expect(i.details.map((d) => [d.id, d.value, d.unit])).toEqual([
      ['sofr_p99', data.sofrP99.get('2025-10-31'), 'pct'],
      ['iorb', data.iorb.get('2025-10-31'), 'pct'],
      ['sofr_minus_iorb', bp(data.sofr.get('2025-10-31')! - data.iorb.get('2025-10-31')!), 'bp'],
    ]);
  });
});

describe('tgcr_iorb: TGCR − IORB, same business day', () => {
  it('equals the NY Fed’s TGCR minus FRED’s IORB on every day both were published', () => {
    const spread = seriesMap('tgcr_iorb');
    const days = [...data.tgcr.keys()].filter((d) => data.iorb.has(d));
    expect(days.length).toBeGreaterThan(150);
    for (const d of days) expect(spread.get(d), d).toBe(bp(data.tgcr.get(d)! - data.iorb.get(d)!));
    // TGCR really was above IORB at the 2025 month- and quarter-ends, and below it on an ordinary day.
    expect(spread.get('2025-10-31')!).toBeGreaterThan(0);
    expect(spread.get('2026-06-16')!).toBeLessThan(0);
  });

  it('names its source and its volume', () => {
    const i = ind('2025-10-31', 'tgcr_iorb');
    expect(i.source.name).toContain('TGCR');
    expect(i.details.find((d) => d.id === 'tgcr_volume')!.value).toBe(nyfedField('nyfed-tgcr-search-2025-09-to-2026-09.json', 'volumeInBillions').get('2025-10-31'));
  });
});

describe('sofr_volume', () => {
  it('is the NY Fed’s volumeInBillions, with the change from a year earlier', () => {
    const v = seriesMap('sofr_volume');
    for (const [d, x] of data.sofrVolume) expect(v.get(d), d).toBe(x);
    const i = ind('2026-09-17', 'sofr_volume');
    expect([i.value, i.unit, i.asOf]).toEqual([data.sofrVolume.get('2026-09-17'), 'usd_bn', '2026-09-17']);
    expect(i.details[0]).toMatchObject({ id: 'change_year', asOf: '2025-09-17', value: data.sofrVolume.get('2026-09-17')! - data.sofrVolume.get('2025-09-17')! });
    // Without a year of history there is no change to show, rather than one against a far older day.
    expect(ind('2025-12-01', 'sofr_volume').details).toEqual([]);
  });
});

describe('series/get {id: "sofr", bands: true}', () => {
  const s = buildSofrSeriesAnswer(doc, 'en', true);
  const p = (field: string) => nyfedField(SOFR_JSON, field);

  it('gives the percentiles aligned with the points: each the NY Fed’s own figure that day, or null', () => {
    const n = s.points.length;
    for (const k of ['p1', 'p25', 'p75', 'p99'] as const) expect(s.bands![k]).toHaveLength(n);
    const fields = { p1: p('percentPercentile1'), p25: p('percentPercentile25'), p75: p('percentPercentile75'), p99: p('percentPercentile99') };
    let seen = 0;
    s.points.forEach(([d], i) => {
      for (const k of ['p1', 'p25', 'p75', 'p99'] as const) {
        if (fields[k].has(d)) expect(s.bands![k][i], `${k} ${d}`).toBe(fields[k].get(d));
      }
      if (fields.p99.has(d)) seen++;
    });
    expect(seen).toBe(fields.p99.size);
    // Before the NY Fed's percentiles are held (FRED's SOFR has no percentiles), the bands are gaps.
    expect(s.bands!.p99[s.points.findIndex(([d]) => d === '2019-09-17')]).toBeNull();
    // The bands hold the rate: p1 ≤ p25 ≤ SOFR ≤ p75 ≤ p99 wherever all are published.
    s.points.forEach(([, r], i) => {
      const [a, b, c, e] = [s.bands!.p1[i], s.bands!.p25[i], s.bands!.p75[i], s.bands!.p99[i]];
      if (a != null && b != null && c != null && e != null) expect(a <= b && b <= r && r <= c && c <= e).toBe(true);
    });
  });

  it('draws IORB only until the next FOMC decision, and the ON RRP award rate where it was published', () => {
    const i = (d: string) => s.points.findIndex(([x]) => x === d);
    expect(s.lines!.iorb[i('2026-06-23')]).toBe(data.iorb.get('2026-06-23'));
    expect(s.lines!.iorb[i('2026-07-29')]).toBe(data.iorb.get('2026-06-23')); // carried through the decision day
    expect(s.lines!.iorb[i('2026-07-30')]).toBeNull();
    // 18 Sep 2026's operation: awarded at 3.75%; 2026-09-17's too (the NY Fed's results).
    expect(s.lines!.rrp_rate[i('2026-09-17')]).toBe(3.75);
    expect(s.lines!.rrp_rate[i('2025-10-31')]).toBeNull(); // not in the held results: a gap, not a guess
  });

  it('without bands is the rate alone', () => {
    const plain = buildSofrSeriesAnswer(doc, 'en', false);
    expect(plain.bands).toBeUndefined();
    expect(plain.points).toEqual(s.points);
  });
});

describe('claims on the money market, read from their words', () => {
  const check = (text: string, date: string) => checkPassages(doc, passagesOf([text]), date, '2026-12-01');
  const read = (text: string, date: string) => check(text, date).checked.map((c) => [c.target, c.text, c.verdict, c.actual]);

  it('TGCR, in English and Chinese, against the NY Fed’s rate that day', () => {
    const t = data.tgcr.get('2025-10-31')!;
    expect(read('The tri-party general collateral rate rose to 4.15% on Oct. 31, the Fed data showed.', '2025-11-03')).toEqual([['tgcr', '4.15%', 'match', t]]);
    expect(read('美联储数据显示，10月31日三方回购利率升至4.15%。', '2025-11-03')).toEqual([['tgcr', '4.15%', 'match', t]]);
    // A wrong figure gets its ✗ only where a ✗ is fair; it is never a match.
    expect(read('The tri-party general collateral rate rose to 4.45% on Oct. 31, the Fed data showed.', '2025-11-03')[0]![2]).not.toBe('match');
  });

  it('SOFR’s 99th percentile and its volume; a percentile the text does not name stays unchecked', () => {
    expect(read('On Oct. 31, SOFR’s 99th percentile reached 4.35%, the New York Fed said.', '2025-11-03')).toEqual([['sofr_p99', '4.35%', 'match', data.sofrP99.get('2025-10-31')]]);
    expect(read('SOFR volume was $3.2 trillion on Oct. 31, according to the New York Fed.', '2025-11-03')).toEqual([['sofr_volume', '$3.2 trillion', 'match', data.sofrVolume.get('2025-10-31')]]);
    const other = check('On Oct. 31 the 75th percentile of repo trades was 4.29%, the New York Fed said.', '2025-11-03');
    expect(other.checked.filter((c) => c.target === 'sofr_p99')).toEqual([]);
  });

  it('reserves at the Wednesday level when the text says Wednesday (WRBWFRBL), else the week average', () => {
    const wed = check('Bank reserves stood at $2.93 trillion on Wednesday, Sept. 2, 2026, Fed data showed.', '2026-09-04').checked[0]!;
    expect([wed.target, wed.verdict, wed.actual, wed.wednesday]).toEqual(['reserves', 'match', data.wrbwfrbl.get('2026-09-02'), true]);
    // 17 Jun 2026, a Wednesday both cover: the week average ($3,033B) bears it out, the Wednesday level ($2,936B) does not.
    const avg = check('Bank reserves were $3.03 trillion on June 17, 2026, Fed data showed.', '2026-06-19').checked[0]!;
    expect([avg.verdict, avg.actual, avg.wednesday]).toEqual(['match', data.wresbal.get('2026-06-17'), undefined]);
    // 週三 (Wednesday) in Chinese.
    const zh = check('美联储数据显示，银行准备金9月2日（周三）为2.93万亿美元。', '2026-09-04').checked[0];
    expect(zh && [zh.verdict, zh.wednesday]).toEqual(['match', true]);
  });
});
