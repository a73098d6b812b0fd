/**
 * Point in time: what a reader could have known at the end of a New York day. Every expectation is
 * computed here from the fixture files and the release rules, not read back from the product.
 */
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import { publishedBy, publishedOn } from '../../src/core/published';
import { fixturesDoc } from '../helpers/docs';
import { data } from '../helpers/expected';

const doc = fixturesDoc();
const NOW = Date.parse('2026-11-25T15:00:00Z');
const asOf = (date: string, lang: 'en' | 'zh_TW' = 'en') => buildIndicatorsAnswer(doc, NOW, lang, {}, date);
const ind = (a: ReturnType<typeof asOf>, id: string) => a.indicators.find((i) => i.id === id)!;

describe('when an observation is published', () => {
  it('H.4.1: a Wednesday on the Thursday after, or the next business day when that Thursday is a holiday', () => {
    expect(publishedOn('h41', '2019-09-18')).toBe('2019-09-19');
    expect(publishedOn('h41', '2024-07-03')).toBe('2024-07-05'); // 4 July 2024 was a Thursday
    expect(publishedOn('h41', '2025-11-26')).toBe('2025-11-28'); // Thanksgiving
    expect(publishedOn('h41', '2025-12-24')).toBe('2025-12-26'); // Christmas on a Thursday
  });

  it('SOFR, EFFR and the DTS on the next business day; repo results and IORB on their own date; GDP on its release', () => {
    expect(publishedOn('sofr', '2019-09-17')).toBe('2019-09-18');
    expect(publishedOn('effr', '2025-10-17')).toBe('2025-10-20'); // a Friday: Monday
    expect(publishedOn('dts', '2025-10-10')).toBe('2025-10-14'); // Columbus Day between
    expect(publishedOn('rp', '2025-10-20')).toBe('2025-10-20');
    expect(publishedOn('iorb', '2025-10-30')).toBe('2025-10-30');
    expect(publishedOn('gdp', '2025-07-01')).toBe('2025-12-23'); // 2025 Q3, delayed by the shutdown
    expect(publishedOn('gdp', '2019-04-01')).toBe('2019-07-31');
  });
});

describe('the cache as published by a date', () => {
  it('a weekly observation is invisible on its own Wednesday and visible from Thursday’s release', () => {
    const onWednesday = publishedBy(doc, '2019-09-18').providers['fred:WRESBAL']!.points.reserves!;
    const onThursday = publishedBy(doc, '2019-09-19').providers['fred:WRESBAL']!.points.reserves!;
    expect(onWednesday.at(-1)).toEqual(['2019-09-11', data.wresbal.get('2019-09-11')]);
    expect(onThursday.at(-1)).toEqual(['2019-09-18', data.wresbal.get('2019-09-18')]);
    // Thanksgiving week: the Wednesday of 26 Nov 2025 appears only on Friday the 28th.
    expect(publishedBy(doc, '2025-11-27').providers['fred:WRESBAL']!.points.reserves!.at(-1)![0]).toBe('2025-11-19');
    expect(publishedBy(doc, '2025-11-28').providers['fred:WRESBAL']!.points.reserves!.at(-1)![0]).toBe('2025-11-26');
  });

  it('on 2019-09-18 reserves/GDP is the week of 2019-09-11 over 2019 Q2 GDP, not the week of the 18th', () => {
    const r = ind(asOf('2019-09-18'), 'reserves_gdp');
    expect(r.asOf).toBe('2019-09-11');
    expect(r.value).toBeCloseTo((data.wresbal.get('2019-09-11')! / data.gdp.get('2019-04-01')!) * 100, 10);
    expect(r.details.find((d) => d.id === 'gdp')!.asOf).toBe('2019-04-01');
    // The spike day: SOFR of 17 Sep is out on the 18th, so SOFR − EFFR reads +295 bp then.
    const spread = ind(asOf('2019-09-18'), 'sofr_effr');
    expect([spread.asOf, spread.value]).toEqual(['2019-09-17', Math.round((data.sofr.get('2019-09-17')! - data.effr.get('2019-09-17')!) * 100)]);
    expect(ind(asOf('2019-09-17'), 'sofr_effr').asOf).toBe('2019-09-16');
  });

  it('every indicator keeps its shape, and ages count from the answer’s date', () => {
    const a = asOf('2025-10-20');
    expect(a.asOf).toBe('2025-10-20');
    const reserves = ind(a, 'reserves');
    expect([reserves.asOf, reserves.previousAsOf, reserves.ageDays]).toEqual(['2025-10-15', '2025-10-08', 5]);
    expect(reserves.value).toBeCloseTo(data.wresbal.get('2025-10-15')!, 9);
    expect(reserves.change).toBeCloseTo(data.wresbal.get('2025-10-15')! - data.wresbal.get('2025-10-08')!, 6);
    const rrp = ind(a, 'rrp');
    expect([rrp.asOf, rrp.value]).toEqual(['2025-10-20', data.rrp.get('2025-10-20')]); // results out at 13:15 that day
    for (const i of a.indicators) {
      expect(Object.keys(i).sort()).toEqual(Object.keys(ind(buildIndicatorsAnswer(doc, NOW), i.id)).sort());
      expect(i.unit).toBe(ind(buildIndicatorsAnswer(doc, NOW), i.id).unit);
    }
  });

  it('judges the gauge on that day’s data', () => {
    const then = asOf('2025-10-31');
    // SOFR of the 31st is out on 3 Nov: on the 31st the newest spread is the 30th's.
    expect(ind(then, 'sofr_iorb').asOf).toBe('2025-10-30');
    expect(then.gauge.rules.find((r) => r.id === 'sofr_above_iorb')!.asOf).toBe('2025-10-30');
    expect(asOf('2021-12-31').gauge.state).toBe('ample');
    expect(asOf('2019-09-18').gauge.state).toBe('stressed');
  });

  it('a date outside the cached history answers null values with the reason', () => {
    const a = asOf('1995-06-01');
    const rrp = ind(a, 'rrp');
    expect([rrp.value, rrp.asOf, rrp.status]).toEqual([null, null, 'error']);
    expect(rrp.note).toMatch(/no data published by 1995-06-01: the history held starts 20\d\d-/);
    // ON RRP: the bundled data stop on 23 Jun 2026 (FRED) and start again on 1 Sep (the NY Fed's results).
    const gap = ind(asOf('2026-08-15'), 'rrp');
    expect(gap.value).toBeNull();
    expect(gap.note).toMatch(/no observation in the 10 days up to 2026-08-15; the newest published by then is 2026-06-23/);
    expect(asOf('2026-08-15').gauge.rules.find((r) => r.id === 'rrp_empty')!.fired).toBeNull();
  });

  it('a weekly value older than 14 days at that date is missing with the reason; 14 days old still holds', () => {
    // The fixture history with the weeks of 10 Sep – 15 Oct 2025 taken out: on each later day the newest week is 3 Sep.
    const cut = structuredClone(doc);
    const pts = cut.providers['fred:WRESBAL']!.points['reserves']!;
    cut.providers['fred:WRESBAL']!.points['reserves'] = pts.filter(([d]) => d < '2025-09-10' || d > '2025-10-15');
    const reservesOn = (day: string) => buildIndicatorsAnswer(cut, NOW, 'en', {}, day).indicators.find((i) => i.id === 'reserves')!;
    const held = reservesOn('2025-09-17'); // 3 Sep + 14 days
    expect([held.value, held.asOf]).toEqual([data.wresbal.get('2025-09-03'), '2025-09-03']);
    const gone = reservesOn('2025-09-18');
    expect(gone.value).toBeNull();
    expect(gone.note).toBe('no observation in the 14 days up to 2025-09-18; the newest published by then is 2025-09-03');
  });

  it('today or later is today’s answer', () => {
    expect(buildIndicatorsAnswer(doc, NOW, 'en', {}, '2026-11-25').asOf).toBeNull();
    expect(buildIndicatorsAnswer(doc, NOW, 'en', {}, '2027-01-01').asOf).toBeNull();
  });
});
