/**
 * The calendar's stored state (storage key `ahead`, apart from the cache document), versioned by `v`. What is
 * read back is checked: a missing, older or damaged value is no state at all (the refresh starts again from
 * nothing, with the reason logged), never a half-read one.
 */
import { isIsoDate } from '../dates';
import { newerVersion } from '../newer';
import { isRecord } from '../parsers/sniff';
import { EMPTY_AHEAD, type AheadState } from './auctions-refresh';

export const AHEAD_VERSION = 1;

export type StoredAhead = AheadState & { v: typeof AHEAD_VERSION };

export function toStored(state: AheadState): StoredAhead {
  return { v: AHEAD_VERSION, ...state };
}

const isText = (x: unknown) => typeof x === 'string';
const isAmount = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

function isAuctionRecord(x: unknown): boolean {
  return (
    isRecord(x) &&
    isText(x.cusip) && isText(x.securityType) && isText(x.securityTerm) &&
    isIsoDate(x.recordDate) && isIsoDate(x.auctionDate) && isIsoDate(x.issueDate) &&
    isAmount(x.offeringUsd) && isAmount(x.maturingPublicUsd) &&
    typeof x.cashManagementBill === 'boolean' && typeof x.held === 'boolean'
  );
}

function isDebtCashDay(x: unknown): boolean {
  return isRecord(x) && isIsoDate(x.date) && [x.issuedBn, x.redeemedBn, x.netBn].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/**
 * The state held under `ahead`, or why none could be read (undefined: nothing stored yet). `newer`: a later
 * version wrote it (the reader went back to this one): it is not read, and must not be written over.
 */
export function readAheadState(x: unknown): { state: AheadState; problem?: string; newer?: number } {
  if (x === undefined) return { state: EMPTY_AHEAD };
  const refuse = (problem: string) => ({ state: EMPTY_AHEAD, problem });
  if (!isRecord(x)) return refuse('not an object');
  const newer = newerVersion(x, AHEAD_VERSION, 'v');
  if (newer !== null) return { state: EMPTY_AHEAD, newer, problem: `written by a newer version of Liquidity Lens (version ${newer}; this one reads ${AHEAD_VERSION}): kept as it is, not read` };
  if (x.v !== AHEAD_VERSION) return refuse(`version ${String(x.v)}, not ${AHEAD_VERSION}`);
  for (const key of ['held', 'upcoming'] as const) {
    const list = x[key];
    if (!Array.isArray(list)) return refuse(`${key} is not a list`);
    const bad = list.findIndex((r) => !isAuctionRecord(r));
    if (bad >= 0) return refuse(`${key}[${bad}] is not an auction record`);
  }
  if (!Array.isArray(x.debtCash) || !x.debtCash.every(isDebtCashDay)) return refuse('debtCash is not a list of days');
  const isTime = (t: unknown) => isText(t) && Number.isFinite(Date.parse(t as string));
  if (x.asOf !== null && !isTime(x.asOf)) return refuse('asOf is not a time');
  for (const key of ['lastAttemptAt', 'retryAt'] as const) if (x[key] !== undefined && !isTime(x[key])) return refuse(`${key} is not a time`);
  if (x.lastError !== undefined && !(isRecord(x.lastError) && isText(x.lastError.kind) && isText(x.lastError.message) && isTime(x.lastError.at))) return refuse('lastError is not an error');
  if (!(Number.isInteger(x.failures) && (x.failures as number) >= 0)) return refuse('failures is not a count');
  const { v: _v, ...state } = x;
  return { state: state as unknown as AheadState };
}
