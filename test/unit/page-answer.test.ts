import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer, type IndicatorsAnswer } from '../../src/core/answer';
import { nyWallTimeToUtc } from '../../src/core/calendar';
import { answerValidUntil, forPage, MAX_DATES, readStoredNumbers, storedNumbers, thresholdsKey, withDated } from '../../src/core/page-answer';
import { docAsOf, fixturesDoc } from '../helpers/docs';

const doc = docAsOf(fixturesDoc(), '2026-06-22');
/** Where two answers read differently (the moment each was computed aside), as `indicator.field`: short on failure. */
function differences(a: IndicatorsAnswer, b: IndicatorsAnswer): string[] {
  const out = JSON.stringify(a.gauge) === JSON.stringify(b.gauge) ? [] : ['gauge'];
  if (JSON.stringify(a.sources) !== JSON.stringify(b.sources)) out.push('sources');
  a.indicators.forEach((x, i) => {
    for (const k of Object.keys(x) as Array<keyof typeof x>) if (JSON.stringify(x[k]) !== JSON.stringify(b.indicators[i]?.[k])) out.push(`${x.id}.${k}`);
  });
  return out;
}

describe('when a page answer stops being true', () => {
  it('a day after the next release any source has, or at New York midnight, whichever comes first', () => {
    // Tuesday 2026-06-23, 07:00 New York: Monday's 08:00 SOFR release turns overdue (if missing) at Tuesday 08:00.
    expect(answerValidUntil(nyWallTimeToUtc('2026-06-23', 7, 0))).toBe(nyWallTimeToUtc('2026-06-23', 8, 0));
    // 17:00 on Tuesday: no release the day before is later than 16:00, so midnight comes first.
    expect(answerValidUntil(nyWallTimeToUtc('2026-06-23', 17, 0))).toBe(nyWallTimeToUtc('2026-06-24', 0, 0));
    // Saturday: Friday's releases turn overdue on Saturday at their hour; after 16:30 only midnight is left.
    expect(answerValidUntil(nyWallTimeToUtc('2026-06-27', 12, 0))).toBe(nyWallTimeToUtc('2026-06-27', 13, 15));
    expect(answerValidUntil(nyWallTimeToUtc('2026-06-27', 20, 0))).toBe(nyWallTimeToUtc('2026-06-28', 0, 0));
  });

  it('is exact: the answer reads the same up to validUntil, on real data, at hours across a week', () => {
    const changedAfter: number[] = [];
    for (const [date, h] of [['2026-06-23', 7], ['2026-06-23', 12], ['2026-06-24', 16], ['2026-06-25', 9], ['2026-06-26', 23], ['2026-06-27', 10]] as const) {
      const t = nyWallTimeToUtc(date, h, 30);
      const until = answerValidUntil(t);
      expect(until).toBeGreaterThan(t);
      const at = buildIndicatorsAnswer(doc, t);
      expect(differences(buildIndicatorsAnswer(doc, until - 1), at), `${date} ${h}:30`).toEqual([]);
      if (differences(buildIndicatorsAnswer(doc, until), at).length) changedAfter.push(t);
    }
    // The data stop on 22 June: as the week goes on, some of those bounds are where the answer really changes.
    expect(changedAfter.length).toBeGreaterThan(0);
  });
});

describe('the stored answer', () => {
  const now = nyWallTimeToUtc('2026-06-23', 12, 0);
  const full = buildIndicatorsAnswer(doc, now, 'zh_TW', { reserves_gdp_low: 9 });
  const entry = storedNumbers('id-1', 'zh_TW', { reserves_gdp_low: 9 }, now, full);

  it('keeps what a page shows and leaves out what only the popup draws', () => {
    expect(entry.numbers.indicators.map((i) => [i.id, i.value, i.asOf, i.display.value, i.status])).toEqual(full.indicators.map((i) => [i.id, i.value, i.asOf, i.display.value, i.status]));
    expect(entry.numbers.gauge).toEqual(full.gauge);
    for (const i of entry.numbers.indicators) for (const k of ['spark', 'sources', 'details', 'method']) expect(i).not.toHaveProperty(k);
    expect(JSON.stringify(entry).length).toBeLessThan(JSON.stringify(full).length * 0.7);
    expect(forPage(full)).not.toHaveProperty('access');
  });

  it('is read only for the same language and thresholds, before it lapses', () => {
    const want = { lang: 'zh_TW' as const, thresholds: { reserves_gdp_low: 9 }, now: now + 1000 };
    expect(readStoredNumbers(entry, want)).toBe(entry);
    expect(readStoredNumbers(JSON.parse(JSON.stringify(entry)), want)).not.toBeNull(); // as storage gives it back
    expect(readStoredNumbers(entry, { ...want, lang: 'en' })).toBeNull();
    expect(readStoredNumbers(entry, { ...want, thresholds: {} })).toBeNull();
    expect(readStoredNumbers(entry, { ...want, now: entry.validUntil })).toBeNull();
    expect(readStoredNumbers(entry, { ...want, id: 'id-2' })).toBeNull();
    for (const bad of [null, undefined, 'x', { ...entry, v: 2 }, { ...entry, numbers: null }, { ...entry, lang: 'fr' }, { ...entry, validUntil: '9' }]) expect(readStoredNumbers(bad, want)).toBeNull();
  });

  it('thresholds compare whatever their order', () => {
    expect(thresholdsKey({ a: 1, b: 2 })).toBe(thresholdsKey({ b: 2, a: 1 }));
    expect(thresholdsKey({ a: 1 })).not.toBe(thresholdsKey({ a: 2 }));
  });

  it('keeps the answers of the last dates asked, for the same page answer only', () => {
    let dated = withDated(undefined, '2026-01-01', entry);
    for (let d = 2; d <= MAX_DATES + 3; d++) dated = withDated(dated, `2026-01-${String(d).padStart(2, '0')}` as const, entry);
    const dates = Object.keys(dated);
    expect(dates).toHaveLength(MAX_DATES);
    expect(dates[dates.length - 1]).toBe(`2026-01-${String(MAX_DATES + 3).padStart(2, '0')}`);
    // Asked again: it moves to the end, nothing is dropped.
    const again = withDated(dated, dates[0] as '2026-01-01', entry);
    expect(Object.keys(again)).toEqual([...dates.slice(1), dates[0]]);
    // A new page answer: the old one's dated answers go.
    expect(Object.keys(withDated(dated, '2026-02-01', { ...entry, id: 'id-2' }))).toEqual(['2026-02-01']);
  });
});
