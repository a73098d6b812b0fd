/**
 * New York Fed repo and reverse repo operation results (`/api/rp/...`): `{"repo":{"operations":[…]}}`,
 * amounts in dollars. Daily ON RRP take-up is the accepted amount of the overnight reverse repo
 * operation(s); Standing Repo Facility take-up is the accepted amount of the overnight repo operations,
 * leaving out "Small Value Exercise" test operations, which are not take-up.
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { Point } from '../types';
import { isRecord, numberOrNull, parseJson } from './sniff';

export interface NyFedOperations {
  rrp: Point[];
  srf: Point[];
  /** The ON RRP award rate, percent (the offering rate where no award is given). */
  rrpRate: Point[];
  operations: number;
}

export function parseNyFedOperations(body: string): Result<NyFedOperations> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  // The API wraps the list as {"repo":{"operations":[…]}}; a saved list of operations is accepted as is.
  const list = Array.isArray(doc)
    ? doc
    : isRecord(doc) && isRecord(doc.repo) && Array.isArray(doc.repo.operations)
      ? doc.repo.operations
      : null;
  if (!list) return fail('format', 'NY Fed answer has no repo.operations array');
  const rrp = new Map<string, number>();
  const srf = new Map<string, number>();
  const rrpRate = new Map<string, number>();
  let counted = 0;
  const seen = new Set<string>();
  for (const [i, op] of list.entries()) {
    if (!isRecord(op)) return fail('format', `NY Fed operations[${i}] is not an object`);
    // The same operation listed twice (overlapping searches, a repeated page) is counted once.
    const id = typeof op.operationId === 'string' ? op.operationId : null;
    if (id !== null && seen.has(id)) continue;
    if (id !== null) seen.add(id);
    if (op.auctionStatus !== undefined && op.auctionStatus !== 'Results') continue; // announcements carry no amounts
    if (!isIsoDate(op.operationDate)) return fail('format', `NY Fed operations[${i}] has no valid operationDate`);
    const type = String(op.operationType ?? '');
    if (type !== 'Repo' && type !== 'Reverse Repo') continue;
    const overnight = op.termCalenderDays === 1 || String(op.term ?? '').toLowerCase() === 'overnight';
    if (!overnight) continue;
    if (/small value exercise/i.test(String(op.note ?? ''))) continue;
    const accepted = numberOrNull(op.totalAmtAccepted);
    if (accepted === null || accepted < 0) return fail('format', `NY Fed operation ${String(op.operationId ?? i)} has no accepted amount`);
    const bucket = type === 'Reverse Repo' ? rrp : srf;
    bucket.set(op.operationDate, (bucket.get(op.operationDate) ?? 0) + accepted);
    if (type === 'Reverse Repo') {
      const rate = awardRate(op.details);
      if (rate !== null) rrpRate.set(op.operationDate, rate);
    }
    counted++;
  }
  const toPoints = (m: Map<string, number>): Point[] =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, dollars]) => [d, dollars / 1e9]);
  const rates = [...rrpRate.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return ok({ rrp: toPoints(rrp), srf: toPoints(srf), rrpRate: rates, operations: counted });
}

/** The fixed rate of an ON RRP operation: its award rate, else its offering rate (an operation nobody joined). */
function awardRate(details: unknown): number | null {
  if (!Array.isArray(details)) return null;
  for (const d of details) {
    if (!isRecord(d)) continue;
    const r = numberOrNull(d.percentAwardRate) ?? numberOrNull(d.percentOfferingRate);
    if (r !== null) return r;
  }
  return null;
}
