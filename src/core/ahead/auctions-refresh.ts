/**
 * Asking Fiscal Data for the auctions, for new records only (`record_date:gte`), and folding the answers into
 * the calendar's stored state: both datasets whole or neither — a malformed, partial or refused answer leaves
 * the records held as they were, records the typed error and backs off as every source does (refresh.ts).
 * The worker runs it beside each refresh when core/ahead/auctions-schedule.ts says so (background/ahead-refresh.ts)
 * and stores the state under `ahead`.
 */
import { addDays } from '../dates';
import { ENDPOINTS } from '../endpoints';
import { parseAuctionsQuery, parseUpcomingAuctions, type AuctionRecord } from '../parsers/fiscaldata-auctions';
import type { DebtCashDay } from '../parsers/fiscaldata-debt-cash';
import { debtCashUrl, foldDebtCashAnswer } from './debt-cash-refresh';
import { currentUpcoming } from './settlements';
import { backoffMs, fetchOne, type FetchText } from '../refresh';
import type { SourceError } from '../result';
import type { IsoDate } from '../types';

export interface AheadState {
  held: AuctionRecord[];
  upcoming: AuctionRecord[];
  debtCash: DebtCashDay[];
  /** When the auctions were last fetched whole (ISO time), or null. */
  asOf: string | null;
  lastAttemptAt?: string;
  lastError?: { kind: SourceError['kind']; message: string; at: string; httpStatus?: number };
  failures: number;
  retryAt?: string;
}

export const EMPTY_AHEAD: AheadState = { held: [], upcoming: [], debtCash: [], asOf: null, failures: 0 };

/** Held auctions are asked again this far back, so an auction announced before and held since is re-read. */
const HELD_OVERLAP_DAYS = 14;
/** With nothing held: the last 45 days of auctions (their settlements, and the past weeks' view). */
const HELD_COLD_DAYS = 45;
/** Held auctions settling longer than this before the newest one held are let go: no view shows them. */
const HELD_KEEP_DAYS = HELD_COLD_DAYS;
const API = `${ENDPOINTS.fiscaldata}/services/api/fiscal_service/v1/accounting/od`;
const FIELDS = 'cusip,security_type,security_term,record_date,auction_date,issue_date,offering_amt,est_pub_held_mat_by_type_amt,cash_management_bill_cmb,total_accepted';

function newestRecord(records: readonly AuctionRecord[]): IsoDate | null {
  return records.reduce<IsoDate | null>((m, r) => (m === null || r.recordDate > m ? r.recordDate : m), null);
}

export function auctionUrls(state: AheadState, today: IsoDate): { upcoming: string; held: string } {
  // upcoming_auctions without a filter answers rows back to 2024: ask from the newest announcement held.
  const upcomingFrom = newestRecord(state.upcoming) ?? addDays(today, -14);
  const newestHeld = newestRecord(state.held);
  const heldFrom = newestHeld ? addDays(newestHeld, -HELD_OVERLAP_DAYS) : addDays(today, -HELD_COLD_DAYS);
  return {
    upcoming: `${API}/upcoming_auctions?filter=record_date:gte:${upcomingFrom}&sort=record_date&page%5Bsize%5D=1000`,
    held: `${API}/auctions_query?fields=${FIELDS}&filter=record_date:gte:${heldFrom}&sort=record_date&page%5Bsize%5D=1000`,
  };
}

const keyOf = (r: AuctionRecord) => `${r.cusip} ${r.issueDate}`;

/** Records held, with those answered again replaced and new ones added. */
function merged(base: readonly AuctionRecord[], incoming: readonly AuctionRecord[]): AuctionRecord[] {
  const byKey = new Map(base.map((r) => [keyOf(r), r]));
  for (const r of incoming) byKey.set(keyOf(r), r);
  return [...byKey.values()].sort((a, b) => a.recordDate.localeCompare(b.recordDate) || keyOf(a).localeCompare(keyOf(b)));
}

/**
 * What is worth keeping of the records merged: the announced auctions of the newest announcement only (the
 * calendar reads no other, core/ahead/settlements.ts), and the held ones settling within HELD_KEEP_DAYS of
 * the newest held record. Measured from the data, not the clock, so that a worker long offline keeps what it
 * had; the state stays bounded either way.
 */
export function pruned(state: AheadState): AheadState {
  const newestHeld = newestRecord(state.held);
  const keepFrom = newestHeld ? addDays(newestHeld, -HELD_KEEP_DAYS) : null;
  return { ...state, upcoming: currentUpcoming(state.upcoming), held: keepFrom ? state.held.filter((r) => r.issueDate >= keepFrom) : state.held };
}

function failed(state: AheadState, error: SourceError, now: number): AheadState {
  const at = new Date(now).toISOString();
  const failures = state.failures + 1;
  return {
    ...state,
    lastAttemptAt: at,
    lastError: { kind: error.kind, message: error.message, at, ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}) },
    failures,
    retryAt: new Date(now + backoffMs(failures, error.retryAfterSec)).toISOString(),
  };
}

/** Folds the two answers in: both parsed whole, or the state kept and the error recorded. */
export function applyAuctionAnswers(state: AheadState, upcomingBody: string, heldBody: string, now: number): AheadState {
  const upcoming = parseUpcomingAuctions(upcomingBody);
  if (!upcoming.ok) return failed(state, { ...upcoming.error, message: `upcoming_auctions: ${upcoming.error.message}` }, now);
  const held = parseAuctionsQuery(heldBody);
  if (!held.ok) return failed(state, { ...held.error, message: `auctions_query: ${held.error.message}` }, now);
  if (upcoming.value.totalPages !== null && upcoming.value.totalPages > 1) return failed(state, { kind: 'truncated', message: `upcoming_auctions: ${upcoming.value.totalPages} pages, only the first read` }, now);
  if (held.value.totalPages !== null && held.value.totalPages > 1) return failed(state, { kind: 'truncated', message: `auctions_query: ${held.value.totalPages} pages, only the first read` }, now);
  const at = new Date(now).toISOString();
  const next: AheadState = pruned({ ...state, upcoming: merged(state.upcoming, upcoming.value.records), held: merged(state.held, held.value.records), asOf: at, lastAttemptAt: at, failures: 0 });
  delete next.lastError;
  delete next.retryAt;
  return next;
}

/** Whether the state's backoff lets it be asked now. */
export function auctionsMayAsk(state: AheadState, now: number): boolean {
  return !state.retryAt || Date.parse(state.retryAt) <= now;
}

/**
 * Asks both auction datasets and the DTS public debt transactions (in parallel: Fiscal Data is not FRED) and
 * folds the answers in: the auctions both whole or neither, the DTS days on their own (debt-cash-refresh.ts),
 * so one refused answer holds back nothing else. An attempt records one error and backs off once.
 */
export async function refreshAuctions(state: AheadState, env: { now: number; fetchText: FetchText; today: IsoDate }): Promise<AheadState> {
  const urls = auctionUrls(state, env.today);
  const [upcoming, held, debt] = await Promise.all([fetchOne(urls.upcoming, env), fetchOne(urls.held, env), fetchOne(debtCashUrl(state.debtCash, env.today), env)]);
  const debtCash = debt.ok ? foldDebtCashAnswer(state.debtCash, debt.value) : ({ ok: false, error: { ...debt.error, message: `public_debt_transactions: ${debt.error.message}` } } as const);
  const base = debtCash.ok ? { ...state, debtCash: debtCash.value } : state;
  const next = !upcoming.ok
    ? failed(base, { ...upcoming.error, message: `upcoming_auctions: ${upcoming.error.message}` }, env.now)
    : !held.ok
      ? failed(base, { ...held.error, message: `auctions_query: ${held.error.message}` }, env.now)
      : applyAuctionAnswers(base, upcoming.value, held.value, env.now);
  // applyAuctionAnswers clears lastError only on success: an error here is this attempt's own.
  return debtCash.ok || next.lastError ? next : failed(next, debtCash.error, env.now);
}
