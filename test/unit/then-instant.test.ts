/**
 * "Then" as of the article's own time: when its page gives the time with its zone, the data published by that
 * instant, release by release (published.ts), not by the end of its New York day. Every expectation is
 * computed here from the fixture files and the release times the calendar states, not read back from the product.
 */
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import { checkPassages } from '../../src/core/article/check';
import { readArticleDate, type DateFacts } from '../../src/core/article/date';
import { nyWallTimeToUtc } from '../../src/core/calendar';
import { readStoredNumbers, storedNumbers, withDated } from '../../src/core/page-answer';
import { PROVIDERS, type ProviderId } from '../../src/core/providers';
import { articleCutoff, cutoffAt, pointsPublishedBy, publishedOn } from '../../src/core/published';
import { addDays } from '../../src/core/dates';
import { passagesOf } from '../helpers/claims-corpus';
import { docAsOf, fixturesDoc } from '../helpers/docs';
import { data } from '../helpers/expected';

const doc = fixturesDoc();
const NOW = Date.parse('2026-11-25T15:00:00Z');
const TODAY = '2026-11-25';
const facts = (f: Partial<DateFacts>): DateFacts => ({ url: 'https://news.example.com/a', jsonLd: [], metas: [], times: [], texts: [], chinese: false, ...f });
const jsonLd = (datePublished: string) => [JSON.stringify({ '@type': 'NewsArticle', datePublished })];
/** An article page stamped `datePublished` in its JSON-LD, read as the worker reads it. */
const article = (datePublished: string, chinese = false) => readArticleDate(facts({ jsonLd: jsonLd(datePublished), chinese }), TODAY);
/** "Then" for that article, as page/open computes it. */
function thenOf(datePublished: string, chinese = false, d = doc, now = NOW) {
  const a = article(datePublished, chinese);
  return buildIndicatorsAnswer(d, now, 'en', {}, articleCutoff(a.date!, a.at));
}
const ind = (a: ReturnType<typeof thenOf>, id: string) => a.indicators.find((i) => i.id === id)!;
const sofrOf = (a: ReturnType<typeof thenOf>) => ind(a, 'sofr_iorb').details.find((x) => x.id === 'sofr')!;

describe('the article’s instant, read from its page', () => {
  it('a time with its zone is kept as the instant, in JSON-LD, <meta> and <time>; a date alone is not', () => {
    expect(article('2025-10-23T10:00:00-04:00')).toMatchObject({ date: '2025-10-23', at: '2025-10-23T14:00:00.000Z' });
    const meta = readArticleDate(facts({ metas: [['article:published_time', '2025-10-23T14:00:00Z']] }), TODAY);
    expect([meta.date, meta.at]).toEqual(['2025-10-23', '2025-10-23T14:00:00.000Z']);
    const time = readArticleDate(facts({ times: ['2025-10-23T10:00:00-0400'] }), TODAY);
    expect([time.date, time.at]).toEqual(['2025-10-23', '2025-10-23T14:00:00.000Z']);
    // A date alone, a time without a zone, or midnight (how many sites write a date alone) is no instant.
    for (const v of ['2025-10-23', '2025-10-23T10:00:00', '2025-10-23T00:00:00-04:00']) {
      const a = article(v);
      expect([a.date, a.at], v).toEqual(['2025-10-23', undefined]);
    }
  });

  it('a Hong Kong time (+08:00) keeps the page’s own date, and its instant is the previous day in New York', () => {
    expect(article('2025-10-24T04:00:00+08:00', true)).toMatchObject({ date: '2025-10-24', at: '2025-10-23T20:00:00.000Z' });
  });
});

describe('then, by the article’s instant', () => {
  it('H.4.1: Thursday 10:00 New York is the previous week’s reserves; 17:00, after the 16:30 release, this week’s', () => {
    const morning = thenOf('2025-10-23T10:00:00-04:00');
    expect(ind(morning, 'reserves').asOf).toBe('2025-10-15');
    expect(ind(morning, 'reserves').value).toBeCloseTo(data.wresbal.get('2025-10-15')!, 9);
    expect([morning.asOf, morning.asOfTime]).toEqual(['2025-10-23', '09:00']); // the last release before 10:00: EFFR's
    const evening = thenOf('2025-10-23T17:00:00-04:00');
    expect(ind(evening, 'reserves').asOf).toBe('2025-10-22');
    expect(ind(evening, 'reserves').value).toBeCloseTo(data.wresbal.get('2025-10-22')!, 9);
    expect([evening.asOf, evening.asOfTime]).toEqual(['2025-10-23', null]);
  });

  it('SOFR: 07:00 the next day is the day before’s SOFR; 08:30, after the 08:00 release, that day’s', () => {
    const early = thenOf('2025-10-24T07:00:00-04:00');
    expect([sofrOf(early).asOf, sofrOf(early).value]).toEqual(['2025-10-22', data.sofr.get('2025-10-22')]);
    const later = thenOf('2025-10-24T08:30:00-04:00');
    expect([sofrOf(later).asOf, sofrOf(later).value]).toEqual(['2025-10-23', data.sofr.get('2025-10-23')]);
  });

  it('an article with a date alone keeps the end of its New York day', () => {
    const a = thenOf('2025-10-23');
    expect([ind(a, 'reserves').asOf, a.asOf, a.asOfTime]).toEqual(['2025-10-22', '2025-10-23', null]);
    expect(sofrOf(a).asOf).toBe('2025-10-22');
  });

  it('a Hong Kong article of the 24th at 04:00 (+08:00) is 16:00 on the 23rd in New York: before that H.4.1 and SOFR', () => {
    const a = thenOf('2025-10-24T04:00:00+08:00', true);
    expect([a.asOf, a.asOfTime]).toEqual(['2025-10-23', '16:00']);
    expect(ind(a, 'reserves').asOf).toBe('2025-10-15');
    expect(sofrOf(a).asOf).toBe('2025-10-22');
    // At 06:00 in Hong Kong it is 18:00 in New York: the H.4.1 of the 22nd is out, the SOFR of the 23rd is not.
    const b = thenOf('2025-10-24T06:00:00+08:00', true);
    expect([ind(b, 'reserves').asOf, sofrOf(b).asOf, b.asOfTime]).toEqual(['2025-10-22', '2025-10-22', null]);
  });

  it('an article of this morning, read this evening after the H.4.1, is told this morning’s numbers', () => {
    const d = docAsOf(doc, '2025-10-23');
    const evening = nyWallTimeToUtc('2025-10-23', 17, 0);
    expect(ind(buildIndicatorsAnswer(d, evening), 'reserves').asOf).toBe('2025-10-22');
    const then = thenOf('2025-10-23T10:00:00-04:00', false, d, evening);
    expect([then.asOf, ind(then, 'reserves').asOf]).toEqual(['2025-10-23', '2025-10-15']);
    // Read at 09:30, before any later release, its numbers are today's.
    expect(thenOf('2025-10-23T09:10:00-04:00', false, d, nyWallTimeToUtc('2025-10-23', 9, 30)).asOf).toBeNull();
  });
});

describe('cut-offs: every instant between two releases shares one, and none spans a release', () => {
  /** The release times the calendar states (core/calendar.ts RELEASES, and BEA's 08:30), written out here. */
  const AT: Record<string, [number, number]> = { sofr: [8, 0], effr: [9, 0], dts: [16, 0], h41: [16, 30], rp: [13, 50], iorb: [0, 0], gdp: [8, 30] };

  it('on real data, every ten minutes of Thanksgiving week, the end of daylight saving time and a plain week', () => {
    const series = Object.entries(doc.providers).flatMap(([id, st]) =>
      Object.values(st!.points).map((pts) => {
        const rule = PROVIDERS[id as ProviderId].release;
        const released = pts!.map(([d]) => nyWallTimeToUtc(publishedOn(rule, d), ...AT[rule]!));
        return { id: id as ProviderId, pts: pts!, released };
      }),
    );
    let cuts = 0;
    let seen = '';
    for (const start of ['2025-10-20', '2025-10-31', '2025-11-24']) {
      for (let day = 0; day < 5; day++) {
        for (let m = 0; m < 24 * 60; m += 10) {
          const date = addDays(start, day);
          const t = nyWallTimeToUtc(date, Math.floor(m / 60), m % 60);
          const cut = cutoffAt(t);
          if (cut !== seen) cuts++;
          seen = cut;
          for (const s of series) expect(pointsPublishedBy(s.id, s.pts, cut).length, `${s.id} at ${date} ${m} min (${cut})`).toBe(s.released.filter((r) => r <= t).length);
        }
      }
    }
    // Shared: a handful of cut-offs a day (at most one per release time and the day's end), not one per instant.
    expect(cuts).toBeLessThanOrEqual(15 * 8);
  });

  it('keys: the date alone after the day’s last release; else the last release time before the instant', () => {
    expect(cutoffAt(nyWallTimeToUtc('2025-10-23', 10, 0))).toBe('2025-10-23T09:00');
    expect(cutoffAt(nyWallTimeToUtc('2025-10-23', 16, 40))).toBe('2025-10-23'); // Thursday: the H.4.1 is the last
    expect(cutoffAt(nyWallTimeToUtc('2025-10-21', 16, 10))).toBe('2025-10-21'); // Tuesday: no H.4.1, the DTS is the last
    expect(cutoffAt(nyWallTimeToUtc('2025-10-21', 15, 0))).toBe('2025-10-21T13:50');
    expect(cutoffAt(nyWallTimeToUtc('2025-11-27', 17, 0))).toBe('2025-11-27'); // Thanksgiving: no H.4.1 on that Thursday…
    expect(cutoffAt(nyWallTimeToUtc('2025-11-28', 16, 10))).toBe('2025-11-28T16:00'); // … but on Friday, at 16:30
    expect(cutoffAt(nyWallTimeToUtc('2025-11-28', 16, 30))).toBe('2025-11-28');
  });
});

describe('stored answers as of a moment', () => {
  const now = NOW;
  const dayEnd = buildIndicatorsAnswer(doc, now, 'en', {}, '2025-10-22');
  const timed = buildIndicatorsAnswer(doc, now, 'en', {}, '2025-10-23T09:00');
  const entry = storedNumbers('id-1', 'en', {}, now, timed);
  const want = { lang: 'en' as const, thresholds: {}, now: now + 1000, id: 'id-1' };

  it('an answer stored before answers could stop at a time of day (no asOfTime, keyed by its date) is read as its day’s end', () => {
    const old = JSON.parse(JSON.stringify(storedNumbers('id-1', 'en', {}, now, dayEnd)));
    delete old.numbers.asOfTime;
    const read = readStoredNumbers(old, want)!;
    expect([read.numbers.asOf, read.numbers.asOfTime]).toEqual(['2025-10-22', null]);
    expect(read.numbers.indicators).toEqual(old.numbers.indicators);
  });

  it('dated answers keep date keys and time keys side by side, and drop keys of no cut-off’s form', () => {
    let dated = withDated({ '2025-10-22': entry, junk: entry, '2025-10-23T25:00': entry }, '2025-10-23T09:00', entry);
    dated = withDated(dated, '2025-10-24T08:00', entry);
    expect(Object.keys(dated)).toEqual(['2025-10-22', '2025-10-23T09:00', '2025-10-24T08:00']);
    expect(readStoredNumbers(dated['2025-10-23T09:00'], want)!.numbers.asOfTime).toBe('09:00');
  });
});

describe('the claim check, by the article’s instant', () => {
  const at = (iso: string) => articleCutoff(iso.slice(0, 10), new Date(iso).toISOString());

  it('a reserves figure on Thursday 10:00 is checked against the weeks published by then, not the 16:30 release', () => {
    const passages = passagesOf(['Reserve balances at the Fed stood at $2.93 trillion.']);
    const [morning] = checkPassages(doc, passages, '2025-10-23', TODAY, undefined, at('2025-10-23T10:00:00-04:00')).checked;
    expect([morning!.verdict, morning!.window.to]).toEqual(['close', '2025-10-15']);
    const [evening] = checkPassages(doc, passages, '2025-10-23', TODAY, undefined, at('2025-10-23T17:00:00-04:00')).checked;
    expect([evening!.verdict, evening!.asOf, evening!.window.to]).toEqual(['match', '2025-10-22', '2025-10-22']);
  });

  it('no ✗ from an hour’s difference: a figure the day’s later release bears out keeps that verdict', () => {
    // The Standing Repo Facility's month-end take-up of 31 Oct 2025, quoted at 13:30 New York, before the 13:50 the
    // calendar gives repo results (the morning operation's are out earlier): the data by then differ, the day's match.
    const passages = passagesOf(['Banks took $50.35 billion from the Fed’s Standing Repo Facility.']);
    const byDay = checkPassages(doc, passages, '2025-10-31', TODAY).checked;
    expect(byDay.map((c) => [c.target, c.verdict, c.asOf])).toEqual([['srf', 'match', '2025-10-31']]);
    const byTime = checkPassages(doc, passages, '2025-10-31', TODAY, undefined, at('2025-10-31T13:30:00-04:00'));
    expect(byTime.checked.map((c) => [c.target, c.verdict, c.asOf])).toEqual([['srf', 'match', '2025-10-31']]);
  });
});
