/**
 * When the worker asks Fiscal Data for the auctions: a release rule in the style of core/calendar.ts, and the
 * same pacing as every source (refresh.ts) — a manual refresh within MANUAL_QUIET_MS of the last attempt asks
 * nothing, a 429's Retry-After binds even a manual one, a failure waits out its backoff.
 *
 * Fiscal Data marks both datasets "Released As Needed" (https://fiscaldata.treasury.gov/datasets/upcoming-auctions/
 * and …/treasury-securities-auctions-data/), with no set hour: Treasury announces and holds auctions on
 * business days, so the datasets are asked once each business day, at 17:00 New York time, after the
 * day's announcements and results (the hour is this project's choice, not a published time).
 */
import { latestRelease, nextRelease, type ReleaseRule } from '../calendar';
import { MANUAL_QUIET_MS, type RefreshMode } from '../refresh';
import { auctionsMayAsk, type AheadState } from './auctions-refresh';

export const AUCTIONS_RELEASE: ReleaseRule = {
  id: 'auctions',
  describe: 'Fiscal Data releases the auction datasets as needed; checked each business day at 17:00 New York time, after the day’s announcements and results',
  times: [[17, 0]],
  days: 'business',
  observation: 'unknown',
};

export type AuctionsWhy = 'due' | 'manual' | 'retry';

/** Why the auctions are to be asked now, or null when they are not. */
export function auctionsDue(state: AheadState, now: number, mode: RefreshMode, jitterMs: number): AuctionsWhy | null {
  const rateLimited = state.lastError?.kind === 'rate_limited' && !auctionsMayAsk(state, now);
  if (rateLimited) return null;
  if (mode === 'manual') return now - Date.parse(state.lastAttemptAt ?? '') < MANUAL_QUIET_MS ? null : 'manual';
  if (state.retryAt) return auctionsMayAsk(state, now) ? 'retry' : null;
  if (state.asOf === null || Date.parse(state.asOf) < latestRelease(AUCTIONS_RELEASE, now, jitterMs)) return 'due';
  return null;
}

/** When the auctions next want the worker awake: a pending retry, now if a release is unfetched, else the next release. */
export function auctionsWake(state: AheadState, now: number, jitterMs: number): number {
  if (state.retryAt) return Date.parse(state.retryAt);
  if (auctionsDue(state, now, 'scheduled', jitterMs)) return now;
  return nextRelease(AUCTIONS_RELEASE, now, jitterMs);
}
