/**
 * What each past day's Treasury auctions really drew: the Daily Treasury Statement's public debt cash issues
 * and redemptions (Table IIIA, "III-A" before 2022-09-12), as the Fiscal Data CSV download writes them:
 * values in $ millions, newest day first, rows within a day in no set order, `null` for an empty description,
 * negative adjustments allowed. A day's net cash raised is the marketable bills (regular and cash management),
 * notes and bonds issued less those redeemed; the inflation increment (an accrual, not cash) and the Federal
 * Financing Bank are left out. Both sides include the Fed's own rollovers, which cancel out.
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { IsoDate } from '../types';
import { splitCsvLine } from './fiscaldata-tga';
import { numberOrNull, sniffNonData, stripBom } from './sniff';

const CASH_SECURITIES = new Set(['bills', 'notes', 'bonds']);

/** One day's marketable cash issues and redemptions, USD billions. */
export interface DebtCashDay {
  date: IsoDate;
  issuedBn: number;
  redeemedBn: number;
  /** Issued less redeemed: cash raised from the market (positive drains reserves). */
  netBn: number;
}

/** One row of Table IIIA as either form writes it (the CSV download, the API's JSON), before it is read. */
export interface DebtRow {
  date: string;
  kind: string;
  market: string;
  type: string;
  today: unknown;
}

/**
 * Sums the rows into days, or says which row is wrong. `where(i)` names row i in the error. A day must carry
 * both sides, issues and redemptions, or the answer was cut short.
 */
export function debtCashDays(rows: Iterable<DebtRow>, where: (i: number) => string): Result<DebtCashDay[]> {
  const days = new Map<IsoDate, { issued: number; redeemed: number; issues: boolean; redemptions: boolean }>();
  let i = 0;
  for (const row of rows) {
    const at = where(i++);
    const date = row.date;
    if (!isIsoDate(date)) return fail('format', `${at}: "${String(row.date).slice(0, 20)}" is not a date`);
    const day = days.get(date) ?? { issued: 0, redeemed: 0, issues: false, redemptions: false };
    days.set(date, day);
    if (row.market.trim().toLowerCase() !== 'marketable' || !CASH_SECURITIES.has(row.type.trim().toLowerCase())) continue;
    const millions = numberOrNull(row.today);
    if (millions === null) return fail('format', `${at}: "${String(row.today).slice(0, 20)}" is not an amount`);
    const kind = row.kind.trim().toLowerCase();
    if (kind === 'issues') {
      day.issued += millions;
      day.issues = true;
    } else if (kind === 'redemptions') {
      day.redeemed += millions;
      day.redemptions = true;
    } else return fail('format', `${at}: unknown transaction type "${kind.slice(0, 30)}"`);
  }
  const points: DebtCashDay[] = [];
  for (const date of [...days.keys()].sort()) {
    const day = days.get(date)!;
    if (!day.issues || !day.redemptions) return fail('truncated', `DTS public debt transactions of ${date} lack the marketable ${day.issues ? 'redemptions' : 'issues'}`);
    points.push({ date, issuedBn: day.issued / 1000, redeemedBn: day.redeemed / 1000, netBn: (day.issued - day.redeemed) / 1000 });
  }
  if (points.length === 0) return fail('empty', 'DTS public debt transactions: no rows');
  return ok(points);
}

export function parseDebtCashCsv(input: string): Result<DebtCashDay[]> {
  const nonData = sniffNonData(input, 'CSV');
  if (nonData) return { ok: false, error: nonData };
  const lines = stripBom(input).split(/\r?\n/).filter((l) => l !== '');
  const header = splitCsvLine(lines[0]!).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const iDate = col('record date'), iKind = col('transaction type'), iMarket = col('security marketability');
  const iType = col('security type'), iToday = col('transactions today');
  if ([iDate, iKind, iMarket, iType, iToday].some((i) => i < 0)) {
    return fail('format', `unexpected DTS public debt transactions header "${lines[0]!.slice(0, 100)}"`);
  }
  const rows: DebtRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = splitCsvLine(lines[i]!);
    if (cells.length !== header.length) return fail('truncated', `DTS CSV line ${i + 1} has ${cells.length} fields, expected ${header.length}`);
    rows.push({ date: cells[iDate]!, kind: cells[iKind]!, market: cells[iMarket]!, type: cells[iType]!, today: cells[iToday]! });
  }
  return debtCashDays(rows, (i) => `DTS CSV line ${i + 2}`);
}
