/**
 * The worker's auction refresh as it is wired (background/ahead-refresh.ts runs exactly these steps): when it
 * asks (the business-day rule, the manual quiet time, a 429 binding even a manual refresh, the backoff), what
 * it stores under `ahead` and reads back, and how it joins the alarm's plan — on the real Fiscal Data payloads,
 * served as the loopback publisher serves them to the browser tests.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_AHEAD, refreshAuctions, type AheadState } from '../../src/core/ahead/auctions-refresh';
import { AUCTIONS_RELEASE, auctionsDue, auctionsWake } from '../../src/core/ahead/auctions-schedule';
import { readAheadState, toStored } from '../../src/core/ahead/stored';
import { calendarAnswer } from '../../src/core/ahead/answer';
import { emptyDoc } from '../../src/core/cache';
import { nextRelease, nyTime, nyWallTimeToUtc } from '../../src/core/calendar';
import { PRIMARY_PROVIDERS } from '../../src/core/providers';
import { wakeFor, type HttpAnswer } from '../../src/core/refresh';
import { publisherAnswer, type Answer } from '../helpers/publishers';

/** Thursday 16 July 2026, 14:32 in New York: the moment the real answers were recorded. */
const NOW = Date.parse('2026-07-16T18:32:52Z');
const JITTER = 7 * 60_000;
const HOUR = 3_600_000;

function loopback(asked: string[], fault?: (url: string) => Answer | undefined) {
  return async (url: string): Promise<HttpAnswer> => {
    asked.push(url);
    const a = fault?.(url) ?? publisherAnswer(url);
    return { status: a.status, body: a.body, retryAfter: a.headers?.['retry-after'] ?? null };
  };
}

/** One worker round: ask if due, store, read back (as the next worker start would). */
async function round(state: AheadState, now: number, mode: 'scheduled' | 'manual', asked: string[], fault?: (url: string) => Answer | undefined): Promise<AheadState> {
  if (!auctionsDue(state, now, mode, JITTER)) return state;
  const next = await refreshAuctions(state, { now, fetchText: loopback(asked, fault), today: nyTime(now).date });
  const back = readAheadState(JSON.parse(JSON.stringify(toStored(next))));
  expect(back.problem).toBeUndefined();
  return back.state;
}

describe('the auctions in the worker’s refresh', () => {
  it('are asked each business day at 17:00 New York time (plus this install’s delay), and not again before the next', async () => {
    expect(AUCTIONS_RELEASE).toMatchObject({ days: 'business', times: [[17, 0]] });
    const asked: string[] = [];
    const first = await round(EMPTY_AHEAD, NOW, 'scheduled', asked);
    expect(asked).toHaveLength(3);
    expect(asked[0]).toContain('/upcoming_auctions?filter=record_date:gte:2026-07-02&');
    expect(asked[1]).toContain('/auctions_query?fields=');
    expect(asked[2]).toContain('/dts/public_debt_transactions?filter=record_date:gte:2026-06-01,security_market:eq:Marketable&');
    expect(first.debtCash.map((d) => d.date)).toEqual(['2026-10-06']); // the recorded answer, whatever the filter
    expect(first.held).toHaveLength(25);
    expect(first.upcoming).toHaveLength(5); // the newest announcement's rows
    expect(first.asOf).toBe(new Date(NOW).toISOString());
    // A refresh straight after asks nobody, scheduled or by hand (ten seconds' quiet, as for every publisher).
    await round(first, NOW + 1_000, 'scheduled', asked);
    await round(first, NOW + 9_000, 'manual', asked);
    expect(asked).toHaveLength(3);
    // The next check: today at 17:00 New York (21:00 UTC in July) plus the delay.
    const next = nyWallTimeToUtc('2026-07-16', 17, 0) + JITTER;
    expect(auctionsWake(first, NOW + 1_000, JITTER)).toBe(next);
    await round(first, next - 1, 'scheduled', asked);
    expect(asked).toHaveLength(3);
    // Asked again then, for new records only: from the newest announcement and 14 days before the newest auction held.
    const second = await round(first, next, 'scheduled', asked);
    expect(asked).toHaveLength(6);
    expect(asked[3]).toContain('record_date:gte:2026-07-10&');
    expect(asked[4]).toContain('record_date:gte:2026-01-20&');
    expect(asked[5]).toContain('record_date:gte:2026-10-06,'); // the newest DTS day held
    expect(second.held).toEqual(first.held);
    // Friday's check, then Monday's: no weekend ones.
    expect(new Date(auctionsWake(second, next + 1_000, JITTER)).toISOString()).toBe(new Date(nyWallTimeToUtc('2026-07-17', 17, 0) + JITTER).toISOString());
    expect(nextRelease(AUCTIONS_RELEASE, nyWallTimeToUtc('2026-07-17', 18, 0))).toBe(nyWallTimeToUtc('2026-07-20', 17, 0));
  });

  it('a failed fetch keeps what is held, records the error with its date and waits out the backoff; a 429 binds a manual refresh', async () => {
    const asked: string[] = [];
    const good = await round(EMPTY_AHEAD, NOW, 'scheduled', asked);
    const at = nyWallTimeToUtc('2026-07-16', 17, 0) + JITTER;
    const http500 = (url: string) => (url.includes('/auctions_query?') ? { status: 500, body: '<html><head><title>500 Internal Server Error</title></head></html>' } : undefined);
    const failed = await round(good, at, 'scheduled', asked, http500);
    expect(failed.held).toEqual(good.held);
    expect(failed.upcoming).toEqual(good.upcoming);
    expect(failed.asOf).toBe(good.asOf);
    expect(failed.lastError).toMatchObject({ kind: 'http', httpStatus: 500, at: new Date(at).toISOString() });
    expect(failed.lastError!.message).toMatch(/^auctions_query: HTTP 500/);
    // The calendar still answers from what is held, with the old asOf.
    expect(calendarAnswer(failed, '2026-01-12', 21, 'en').events.filter((e) => e.kind === 'settlement').length).toBeGreaterThan(0);
    expect(calendarAnswer(failed, '2026-01-12', 21, 'en').asOf).toBe(good.asOf);
    // Five minutes' backoff: not asked before, asked as a retry after.
    expect(auctionsWake(failed, at + 1, JITTER)).toBe(at + 5 * 60_000);
    expect(auctionsDue(failed, at + 5 * 60_000 - 1, 'scheduled', JITTER)).toBeNull();
    expect(auctionsDue(failed, at + 5 * 60_000, 'scheduled', JITTER)).toBe('retry');
    const recovered = await round(failed, at + 5 * 60_000, 'scheduled', asked);
    expect(recovered.lastError).toBeUndefined();
    expect(recovered.failures).toBe(0);
    // A 429 with Retry-After: an hour, even for the reader's button.
    const limited = await round(recovered, at + HOUR, 'manual', asked, (url) => (url.includes('/upcoming_auctions?') ? { status: 429, body: '', headers: { 'retry-after': '3600' } } : undefined));
    expect(limited.lastError).toMatchObject({ kind: 'rate_limited' });
    const n = asked.length;
    await round(limited, at + HOUR + 60_000, 'manual', asked);
    expect(asked).toHaveLength(n);
    expect(auctionsDue(limited, at + 2 * HOUR, 'manual', JITTER)).toBe('manual');
  });

  it('reads back only a whole state of its own version', () => {
    expect(readAheadState(undefined)).toEqual({ state: EMPTY_AHEAD });
    const { v: _v, ...unversioned } = toStored(EMPTY_AHEAD);
    expect(readAheadState(unversioned).problem).toMatch(/version undefined/);
    expect(readAheadState({ ...toStored(EMPTY_AHEAD), held: [{ cusip: '912797SE8' }] }).problem).toMatch(/held\[0\] is not an auction record/);
    expect(readAheadState({ ...toStored(EMPTY_AHEAD), asOf: 'yesterday' }).problem).toMatch(/asOf/);
    expect(readAheadState({ ...toStored(EMPTY_AHEAD), held: [{ cusip: '912797SE8' }] }).state).toEqual(EMPTY_AHEAD);
  });

  it('a state a newer version wrote is said to be newer (kept, not read), not taken for a damaged one', () => {
    const future = { ...toStored(EMPTY_AHEAD), v: 2, shape: 'whatever 2 holds' };
    expect(readAheadState(future)).toEqual({ state: EMPTY_AHEAD, newer: 2, problem: expect.stringMatching(/newer version of Liquidity Lens \(version 2; this one reads 1\)/) });
    // An older or damaged one is not newer: it is asked for again and written over.
    for (const x of [{ ...toStored(EMPTY_AHEAD), v: 0 }, { ...toStored(EMPTY_AHEAD), v: 1.5 }, { ...toStored(EMPTY_AHEAD), v: '2' }]) expect(readAheadState(x).newer, JSON.stringify(x.v)).toBeUndefined();
  });

  it('joins the alarm’s plan: the earlier wake wins, and its attempt counts towards “at most daily”', async () => {
    const doc = emptyDoc(NOW);
    const asked: string[] = [];
    const held = await round(EMPTY_AHEAD, NOW, 'scheduled', asked);
    // An empty cache document wants asking at once (a minute from now); the auctions change nothing then.
    const docOnly = wakeFor('calendar', doc, NOW, JITTER)!;
    expect(wakeFor('calendar', doc, NOW, JITTER, { wake: auctionsWake(held, NOW, JITTER), lastAttemptAt: held.lastAttemptAt })).toBe(docOnly);
    // A failed auction fetch retrying sooner than the document's plan moves the alarm forward, never before a minute from now.
    const laterDoc = { ...doc, providers: Object.fromEntries(PRIMARY_PROVIDERS.map((id) => [id, { points: {}, origin: 'live' as const, failures: 1, retryAt: new Date(NOW + 50 * 60_000).toISOString() }])) };
    expect(wakeFor('calendar', laterDoc, NOW, JITTER)).toBe(NOW + 50 * 60_000);
    expect(wakeFor('calendar', laterDoc, NOW, JITTER, { wake: NOW + 7 * 60_000 })).toBe(NOW + 7 * 60_000);
    expect(wakeFor('calendar', laterDoc, NOW, JITTER, { wake: NOW - 1 })).toBe(NOW + 60_000);
    // "At most daily": 23 hours after the later of the last attempts.
    expect(wakeFor('daily', laterDoc, NOW, JITTER, { wake: NOW + 7 * 60_000, lastAttemptAt: new Date(NOW).toISOString() })).toBe(NOW + 23 * HOUR);
    expect(wakeFor('manual', laterDoc, NOW, JITTER, { wake: NOW })).toBeNull();
  });
});
