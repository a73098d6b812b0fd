/**
 * Review of the s31 change ("then" as of the article's instant, the claim check by its time): each test is named
 * after a bug it found, and failed before its fix. Expectations come from the fixture files and the stated
 * offsets, never from the product's own output.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkPassages } from '../../src/core/article/check';
import { readArticleDate, type DateFacts } from '../../src/core/article/date';
import { articleCutoff } from '../../src/core/published';
import { passagesOf } from '../helpers/claims-corpus';
import { fixturesDoc } from '../helpers/docs';

// The worker's modules reach for the browser when loaded; parsing a request needs none of it.
vi.mock('webextension-polyfill', () => {
  const any: unknown = new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : any), apply: () => any });
  return { default: any };
});
const { parseRequest } = await import('../../src/background/messages');

const doc = fixturesDoc();
const TODAY = '2026-11-25';
const facts = (f: Partial<DateFacts>): DateFacts => ({ url: 'https://news.example.com/a', jsonLd: [], metas: [], times: [], texts: [], chinese: false, ...f });

describe('review s31', () => {
  it('a zone written GMT+0800 (or GMT+8) is read as UTC+8, not as GMT: the instant was 8 hours late', () => {
    // 04:00 at UTC+8 on the 24th is 20:00 UTC on the 23rd, whichever way the offset is written.
    for (const v of ['Oct 24 2025 04:00:00 GMT+0800', '2025-10-24 04:00 GMT+8', '2025-10-24 04:00 UTC+08:00', '2025-10-24T04:00:00+08:00']) {
      const a = readArticleDate(facts({ times: [v], chinese: true }), TODAY);
      expect([a.date, a.at], v).toEqual(['2025-10-24', '2025-10-23T20:00:00.000Z']);
    }
    // A bare GMT is still UTC.
    expect(readArticleDate(facts({ times: ['Oct 23 2025 20:00:00 GMT'] }), TODAY).at).toBe('2025-10-23T20:00:00.000Z');
  });

  it('claims/check refuses an articleAt before 1990 (it threw in the worker: Intl writes years under 1000 short)', async () => {
    const base = { type: 'claims/check', articleDate: '2025-10-23', passages: [] };
    for (const bad of ['0999-06-01T12:00:00.000Z', '0001-01-01T12:00:00.000Z']) expect(parseRequest({ ...base, articleAt: bad }), bad).toBeNull();
    // An instant days away from the article's date is no instant of that article: refused too.
    expect(parseRequest({ ...base, articleAt: '2020-01-01T12:00:00.000Z' })).toBeNull();
    // The instant of a Hong Kong article of the 24th is the 23rd in UTC; a New York article of the 23rd may be the 24th.
    expect(parseRequest({ ...base, articleDate: '2025-10-24', articleAt: '2025-10-23T20:00:00.000Z' })).not.toBeNull();
    expect(parseRequest({ ...base, articleAt: '2025-10-24T02:00:00.000Z' })).not.toBeNull();
  });

  it('no ✗ by the article’s time where its day’s end leaves the figure unmarked (an SRF take-up below the day’s total)', () => {
    // RPONTTLD (fixtures): 6.2 on Thu 30 Oct 2025, 50.35 on Fri 31 Oct. A take-up of $29.4 billion quoted on the
    // Friday at 10:00 New York, before the 13:50 the calendar gives repo results: by then only the Thursday's
    // total is published (29.4 is above it), while by the day's end 29.4 is below Friday's total, a part of it.
    const passages = passagesOf(['Banks tapped $29.4 billion from the Fed’s Standing Repo Facility on Friday.']);
    const byDay = checkPassages(doc, passages, '2025-10-31', TODAY);
    expect([byDay.checked.length, byDay.unchecked.map((u) => u.why)]).toEqual([0, ['part']]);
    const at = articleCutoff('2025-10-31', new Date('2025-10-31T10:00:00-04:00').toISOString());
    const byTime = checkPassages(doc, passages, '2025-10-31', TODAY, undefined, at);
    expect(byTime.checked.filter((c) => c.verdict === 'differs')).toEqual([]);
  });

  it('an SRF take-up said as now, below the latest day’s total but nearer an earlier day’s, is no ✗ (part)', () => {
    // RPONTTLD (fixtures): 10.311 on 29 Oct 2025, 6.2 on the 30th, 50.35 on the 31st. $29.4 billion "now" on the
    // 31st is nearest the 29th's total, yet below the 31st's: a part of it (one operation's), as the rule says.
    const now = checkPassages(doc, passagesOf(['Standing Repo Facility usage is now $29.4 billion.']), '2025-10-31', TODAY);
    expect(now.checked.filter((c) => c.verdict === 'differs')).toEqual([]);
    expect(now.unchecked.map((u) => u.why)).toEqual(['part']);
    // Above every day's total of the span it is still a ✗.
    const above = checkPassages(doc, passagesOf(['Standing Repo Facility usage is now $60 billion.']), '2025-10-31', TODAY);
    expect(above.checked.map((c) => [c.target, c.verdict])).toEqual([['srf', 'differs']]);
  });
});
