/**
 * The auctions' part of a refresh (core/ahead/auctions-refresh.ts, with the DTS public debt transactions of
 * core/ahead/debt-cash-refresh.ts), run beside the cache document's: asked
 * when core/ahead/auctions-schedule.ts says so, written to `ahead` in one write after the answers are folded
 * (whole answers, or the held records kept and the error recorded with its date).
 */
import type { AheadState } from '../core/ahead/auctions-refresh';
import { refreshAuctions } from '../core/ahead/auctions-refresh';
import { auctionsDue } from '../core/ahead/auctions-schedule';
import { nyTime } from '../core/calendar';
import { ENDPOINTS } from '../core/endpoints';
import type { FetchText, RefreshMode } from '../core/refresh';
import { readAhead, saveAhead } from './ahead-store';

const HOST = new URL(ENDPOINTS.fiscaldata).hostname;

export async function refreshAhead(mode: RefreshMode, env: { now: number; jitterMs: number; fetchText: FetchText; withoutAccess: readonly string[] }): Promise<AheadState> {
  const { state, newer } = await readAhead();
  // A newer version's auctions are kept untouched: what a refresh fetched could not be saved, so none is made.
  if (newer !== undefined) return state;
  const why = auctionsDue(state, env.now, mode, env.jitterMs);
  // Fiscal Data needs no host permission (access.ts), so a closed host is a reader's site-access choice: not asked.
  if (!why || env.withoutAccess.includes(HOST)) return state;
  const next = await refreshAuctions(state, { now: env.now, fetchText: env.fetchText, today: nyTime(env.now).date });
  if (!(await saveAhead(next))) return state;
  if (next.lastError) console.warn(`Liquidity Lens: Fiscal Data auctions (${why}) failed: ${next.lastError.message}`);
  else console.info(`Liquidity Lens: Fiscal Data auctions (${why}) ok, ${next.held.length} held, ${next.upcoming.length} announced, ${next.debtCash.length} DTS days`);
  return next;
}
