/**
 * The market prices beside a chart (core/markets.ts), on FRED's real CBBTCUSD and SP500 answers. Expected
 * values are read from the fixture files here with plain string and date arithmetic, not with the product's
 * parser.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMarketReply,
  buildMarketAnswer,
  EMPTY_MARKET,
  MARKET_FRESH_MS,
  MARKET_HISTORY_FROM,
  MARKET_RETRY_QUIET_MS,
  marketPlan,
  marketSourceUrl,
  marketUrl,
  parseMarketCsv,
  readMarketState,
  shiftByWeeks,
  type MarketState,
} from '../../src/core/markets';
import { fixture } from '../helpers/fixtures';
import { FAULTS, type Answer } from '../helpers/publishers';

const BTC_FILE = 'fred-csv-CBBTCUSD-excerpt-2025-08-to-2026-09.csv';
const SPX_FILE = 'fred-csv-SP500-excerpt-2024-12-to-2026-09.csv';
const btcBody = fixture(BTC_FILE);
const spxBody = fixture(SPX_FILE);

/** The file's rows as [date, raw cell], header dropped: by hand, not by the product's parser. */
function rows(body: string): Array<[string, string]> {
  return body.trim().split('\n').slice(1).map((l) => {
    const [d, v] = l.replace(/\r$/, '').split(',');
    return [d!, v ?? ''];
  });
}
const priced = (body: string) => rows(body).filter(([, v]) => v !== '').map(([d, v]) => [d, Number(v)] as [string, number]);
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const NOW = Date.parse('2026-12-02T12:00:00Z');
/** A test publisher's answer as the worker's fetch gives it (Retry-After read from the headers). */
const asReply = (a: Answer) => ({ status: a.status, body: a.body, retryAfter: a.headers?.['retry-after'] ?? null });

describe('the two markets', () => {
  it('are asked for at FRED’s keyless CSV endpoint, and named with their FRED series page', () => {
    expect(marketUrl('btc', '2026-09-01')).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=CBBTCUSD&cosd=2026-09-01');
    expect(marketUrl('spx', MARKET_HISTORY_FROM)).toBe(`https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500&cosd=${MARKET_HISTORY_FROM}`);
    expect(marketSourceUrl('spx')).toBe('https://fred.stlouisfed.org/series/SP500');
  });
});

describe('parsing FRED’s answer', () => {
  it('CBBTCUSD: a price for every calendar day of the file, as written', () => {
    const r = parseMarketCsv('btc', btcBody);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const expected = priced(btcBody);
    expect(r.value).toEqual(expected);
    // A 7-day series: each row is the day after the one before.
    const all = rows(btcBody);
    for (let i = 1; i < all.length; i++) expect(all[i]![0]).toBe(plusDays(all[i - 1]![0], 1));
    expect(r.value.length).toBe(all.length);
  });

  it('SP500: business days, and market holidays (empty values) are gaps, never zeros', () => {
    const r = parseMarketCsv('spx', spxBody);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const all = rows(spxBody);
    const holidays = all.filter(([, v]) => v === '').map(([d]) => d);
    expect(holidays).toContain('2025-01-09'); // the national day of mourning, as SOURCES.md says
    expect(r.value.length).toBe(all.length - holidays.length);
    expect(r.value).toEqual(priced(spxBody));
    const dates = new Set(r.value.map(([d]) => d));
    for (const h of holidays) expect(dates.has(h), h).toBe(false);
    expect(r.value.every(([, v]) => v > 0)).toBe(true);
  });

  it('refuses a price at or below zero (a log axis needs every price above zero)', () => {
    const [d, v] = rows(btcBody)[10]!;
    for (const bad of ['0', '0.00', '-1.5']) {
      const r = parseMarketCsv('btc', btcBody.replace(`${d},${v}`, `${d},${bad}`));
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ kind: 'format', message: expect.stringContaining(d) });
    }
  });

  it('refuses the other market’s column, an HTML page, a cut-off body and a changed header', () => {
    expect(parseMarketCsv('btc', spxBody)).toMatchObject({ ok: false, error: { kind: 'format' } });
    expect(parseMarketCsv('btc', FAULTS.htmlWith200().body)).toMatchObject({ ok: false, error: { kind: 'html' } });
    expect(parseMarketCsv('btc', FAULTS.truncated({ status: 200, body: btcBody }).body)).toMatchObject({ ok: false, error: { kind: 'truncated' } });
    expect(parseMarketCsv('spx', FAULTS.headerChange({ status: 200, body: spxBody }).body)).toMatchObject({ ok: false, error: { kind: 'format' } });
  });
});

describe('asking, caching and merging', () => {
  const fetched = (points: Array<[string, number]>, at = NOW): MarketState => ({ points, fetchedAt: new Date(at).toISOString(), lastAttemptAt: new Date(at).toISOString(), failures: 0 });

  it('asks for the whole history the first time, then for the newest prices with a week of overlap', () => {
    expect(marketPlan(EMPTY_MARKET, NOW)).toEqual({ ask: true, from: MARKET_HISTORY_FROM });
    const pts = priced(btcBody);
    const last = pts[pts.length - 1]![0];
    expect(marketPlan(fetched(pts, NOW - MARKET_FRESH_MS - 1), NOW)).toEqual({ ask: true, from: plusDays(last, -7) });
  });

  it('answers fresh prices from storage, and leaves FRED alone while it is held or just failed', () => {
    const pts = priced(btcBody);
    expect(marketPlan(fetched(pts, NOW - 60_000), NOW)).toEqual({ ask: false, why: 'fresh' });
    const hold = { until: new Date(NOW + 3_600_000).toISOString(), reason: 'fred.stlouisfed.org answered like a block (HTTP 403)' };
    expect(marketPlan(EMPTY_MARKET, NOW, hold)).toEqual({ ask: false, why: 'held', error: { kind: 'rate_limited', message: hold.reason } });
    expect(marketPlan(EMPTY_MARKET, NOW, { ...hold, until: new Date(NOW - 1).toISOString() })).toEqual({ ask: true, from: MARKET_HISTORY_FROM });
    const failed = applyMarketReply('btc', EMPTY_MARKET, FAULTS.http500(), MARKET_HISTORY_FROM, NOW);
    expect(marketPlan(failed, NOW + MARKET_RETRY_QUIET_MS - 1)).toEqual({ ask: false, why: 'quiet' });
    expect(marketPlan(failed, NOW + MARKET_RETRY_QUIET_MS)).toEqual({ ask: true, from: MARKET_HISTORY_FROM });
  });

  it('merges a newer answer into the cached prices without losing older ones', () => {
    const all = priced(btcBody);
    const cut = all[200]![0];
    const cached = fetched(all.filter(([d]) => d <= cut), NOW - MARKET_FRESH_MS - 1);
    const from = plusDays(cut, -7);
    // FRED answers from `from` on: the header and the rows from that date, as the real file has them.
    const lines = btcBody.trim().split('\n');
    const newer = `${[lines[0], ...lines.slice(1).filter((l) => l.slice(0, 10) >= from)].join('\n')}\n`;
    const next = applyMarketReply('btc', cached, { status: 200, body: newer }, from, NOW);
    expect(next.lastError).toBeUndefined();
    expect(next.fetchedAt).toBe(new Date(NOW).toISOString());
    expect(next.points).toEqual(all);
    expect(next.points[0]).toEqual(all[0]); // the older prices, not in this answer, are kept
  });

  it('a failed or malformed answer keeps every cached price and says why', () => {
    const all = priced(spxBody);
    const cached = fetched(all, NOW - MARKET_FRESH_MS - 1);
    const from = plusDays(all[all.length - 1]![0], -7);
    const real = { status: 200, body: spxBody };
    const cases = [
      ['http', FAULTS.http500()],
      ['html', FAULTS.htmlWith200()],
      ['truncated', FAULTS.truncated(real)],
      ['format', FAULTS.headerChange(real)],
      // Whole lines, but the newest months missing: it ends before the cache does.
      ['truncated', FAULTS.partial(real, 300)],
      ['empty', FAULTS.emptySeries(real)],
      ['network', { error: { kind: 'network' as const, message: 'network error: Failed to fetch' } }],
    ] as const;
    for (const [kind, reply] of cases) {
      const next = applyMarketReply('spx', cached, reply, from, NOW);
      expect(next.points, kind).toBe(cached.points);
      expect(next.fetchedAt, kind).toBe(cached.fetchedAt);
      expect(next.lastError?.kind, kind).toBe(kind);
      const a = buildMarketAnswer('spx', next, { label: 'S&P 500', owner: 'S&P 500: S&P Dow Jones Indices LLC, via FRED SP500' });
      expect(a.points, kind).toEqual(all);
      expect(a.asOf, kind).toBe(all[all.length - 1]![0]);
      expect(a.error?.kind, kind).toBe(kind);
    }
  });

  it('an answer that looks like a block holds these prices back, as FRED’s own backoff does', () => {
    const next = applyMarketReply('btc', EMPTY_MARKET, asReply(FAULTS.rateLimited(600)), MARKET_HISTORY_FROM, NOW);
    expect(next.holdUntil).toBe(new Date(NOW + 600_000).toISOString());
    expect(marketPlan(next, NOW + 599_000)).toMatchObject({ ask: false, why: 'held' });
    expect(applyMarketReply('btc', EMPTY_MARKET, FAULTS.http500(), MARKET_HISTORY_FROM, NOW).holdUntil).toBeUndefined();
  });

  it('a stored state is checked when read: corrupt or non-positive prices read as nothing cached', () => {
    const good = fetched(priced(btcBody));
    expect(readMarketState(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(readMarketState(undefined)).toEqual(EMPTY_MARKET);
    expect(readMarketState({ ...good, points: [['2026-01-02', 1], ['2026-01-01', 2]] })).toEqual(EMPTY_MARKET);
    expect(readMarketState({ ...good, points: [['2026-01-01', 0]] })).toEqual(EMPTY_MARKET);
  });
});

describe('the lag', () => {
  it('draws at each date the price N weeks later, and nothing where that price is not yet known', () => {
    const prices = new Map(priced(btcBody));
    const newest = [...prices.keys()].pop()!;
    for (const weeks of [0, 1, 4, 12]) {
      const shifted = new Map(shiftByWeeks(priced(btcBody), weeks));
      // At every date of the file, the value drawn is the file's price 7·N days later, when it has one.
      for (const d of prices.keys()) {
        const later = plusDays(d, 7 * weeks);
        expect(shifted.get(d), `${weeks}w ${d}`).toBe(prices.get(later));
      }
      // The last 7·N days of the file get nothing: no price after the newest is invented.
      const lastDrawn = [...shifted.keys()].pop()!;
      expect(lastDrawn).toBe(plusDays(newest, -7 * weeks));
      expect(shifted.size).toBe(prices.size);
    }
  });

  it('keeps SP500’s holidays as gaps after the shift (a business day stays a business day)', () => {
    const shifted = shiftByWeeks(priced(spxBody), 4);
    const holidays = rows(spxBody).filter(([, v]) => v === '').map(([d]) => plusDays(d, -28));
    const drawn = new Set(shifted.map(([d]) => d));
    for (const h of holidays) expect(drawn.has(h), h).toBe(false);
    expect(shifted.every(([d]) => [1, 2, 3, 4, 5].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toBe(true);
  });

  it('is 0 … 12 whole weeks', () => {
    expect(() => shiftByWeeks([], 13)).toThrow(RangeError);
    expect(() => shiftByWeeks([], -1)).toThrow(RangeError);
    expect(() => shiftByWeeks([], 1.5)).toThrow(RangeError);
  });
});
