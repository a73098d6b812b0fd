/**
 * Treasury auctions from Fiscal Data: `v1/accounting/od/upcoming_auctions` (announced, not yet held) and
 * `accounting/od/auctions_query` (announced and held, with results). Every value is a string and missing is
 * the string "null". Amounts are whole dollars ("86000000000"), although `meta.dataFormats` says $1,000,000:
 * an amount that is not a whole number of dollars, or below a million, is refused as a unit error rather
 * than read a million times too small. Without a date filter `upcoming_auctions` answers stale rows back to
 * 2024; which of them are current is the settlement builder's call (core/ahead/settlements.ts), not the parser's.
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { IsoDate } from '../types';
import { isRecord, numberOrNull, parseJson } from './sniff';

export interface AuctionRecord {
  cusip: string;
  /** As Fiscal Data writes it: Bill, CMB, Note, Bond, TIPS Note, FRN … */
  securityType: string;
  /** "13-Week", "10-Year", "19-Year 10-Month". */
  securityTerm: string;
  /** The dataset's own record date (the announcement set a row belongs to). */
  recordDate: IsoDate;
  auctionDate: IsoDate;
  /** Settlement: the day the buyers' cash leaves their banks for the Treasury's account. */
  issueDate: IsoDate;
  /** Whole dollars; null while the amount is not announced. */
  offeringUsd: number | null;
  /** Estimated amount of the same type maturing on the issue date and held by the public (auctions_query only). */
  maturingPublicUsd: number | null;
  cashManagementBill: boolean;
  /** The auction has been held (auctions_query with results). */
  held: boolean;
}

export interface AuctionPage {
  records: AuctionRecord[];
  totalPages: number | null;
}

const WHOLE_DOLLARS = /^\d+$/;
const MIN_WHOLE_DOLLARS = 1_000_000;

type Amount = { ok: true; value: number | null } | { ok: false; message: string };

function dollars(x: unknown, field: string): Amount {
  if (x === undefined || x === null || (typeof x === 'string' && x.trim().toLowerCase() === 'null')) return { ok: true, value: null };
  const s = typeof x === 'string' ? x.trim() : String(x);
  if (!WHOLE_DOLLARS.test(s)) return { ok: false, message: `${field} "${s.slice(0, 30)}" is not a whole number of dollars` };
  const n = Number(s);
  if (n !== 0 && n < MIN_WHOLE_DOLLARS) return { ok: false, message: `${field} ${s} is below $1 million: not whole dollars` };
  return { ok: true, value: n };
}

function text(x: unknown): string {
  return typeof x === 'string' && x.trim().toLowerCase() !== 'null' ? x.trim() : '';
}

function parseRows(body: string, dataset: 'upcoming_auctions' | 'auctions_query'): Result<AuctionPage> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || !Array.isArray(doc.data)) return fail('format', `Fiscal Data ${dataset} answer has no data array`);
  const records: AuctionRecord[] = [];
  for (const [i, r] of doc.data.entries()) {
    if (!isRecord(r)) return fail('format', `Fiscal Data ${dataset} row ${i} is not an object`);
    const cusip = text(r.cusip);
    const securityType = text(r.security_type);
    const { record_date: recordDate, auction_date: auctionDate, issue_date: issueDate } = r;
    if (!cusip || !securityType || !isIsoDate(recordDate) || !isIsoDate(auctionDate) || !isIsoDate(issueDate)) {
      return fail('format', `Fiscal Data ${dataset} row ${i} lacks cusip, security_type, record_date, auction_date or issue_date`);
    }
    const offering = dollars(r.offering_amt, 'offering_amt');
    if (!offering.ok) return fail('unit', `Fiscal Data ${dataset} row ${i} (${cusip}): ${offering.message}`);
    const maturing = dataset === 'auctions_query' ? dollars(r.est_pub_held_mat_by_type_amt, 'est_pub_held_mat_by_type_amt') : { ok: true as const, value: null };
    if (!maturing.ok) return fail('unit', `Fiscal Data ${dataset} row ${i} (${cusip}): ${maturing.message}`);
    records.push({
      cusip,
      securityType,
      securityTerm: text(r.security_term),
      recordDate,
      auctionDate,
      issueDate,
      offeringUsd: offering.value,
      maturingPublicUsd: maturing.value,
      cashManagementBill: securityType === 'CMB' || text(r.cash_management_bill_cmb) === 'Yes',
      held: dataset === 'auctions_query' && numberOrNull(r.total_accepted) !== null,
    });
  }
  const meta = isRecord(doc.meta) ? doc.meta : {};
  return ok({ records, totalPages: numberOrNull(meta['total-pages']) });
}

export function parseUpcomingAuctions(body: string): Result<AuctionPage> {
  return parseRows(body, 'upcoming_auctions');
}

export function parseAuctionsQuery(body: string): Result<AuctionPage> {
  return parseRows(body, 'auctions_query');
}
