/**
 * The same Table IIIA rows as the CSV download (fiscaldata-debt-cash.ts), as the Fiscal Data API answers
 * `v1/accounting/dts/public_debt_transactions`: `{data: [...], meta, links}`, every value a string, "null"
 * for an empty description, amounts in $ millions. Unlike the auction datasets, here `meta.dataFormats`
 * tells the truth ("$1,000,000", and 283770 is $283.77B of bills): an answer that declares another unit is
 * refused rather than read a thousand times wrong.
 */
import { fail, ok, type Result } from '../result';
import { debtCashDays, type DebtCashDay, type DebtRow } from './fiscaldata-debt-cash';
import { isRecord, numberOrNull, parseJson } from './sniff';

export interface DebtCashPage {
  days: DebtCashDay[];
  totalPages: number | null;
}

const MILLIONS = '$1,000,000';
const text = (x: unknown) => (typeof x === 'string' ? x : '');

export function parseDebtCashApi(body: string): Result<DebtCashPage> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || !Array.isArray(doc.data)) return fail('format', 'Fiscal Data public_debt_transactions answer has no data array');
  const meta = isRecord(doc.meta) ? doc.meta : {};
  const unit = isRecord(meta.dataFormats) ? meta.dataFormats.transaction_today_amt : undefined;
  if (unit !== undefined && unit !== MILLIONS) return fail('unit', `Fiscal Data public_debt_transactions: transaction_today_amt in "${String(unit).slice(0, 20)}", not ${MILLIONS}`);
  const rows: DebtRow[] = [];
  for (const [i, r] of doc.data.entries()) {
    if (!isRecord(r)) return fail('format', `Fiscal Data public_debt_transactions row ${i} is not an object`);
    rows.push({ date: text(r.record_date), kind: text(r.transaction_type), market: text(r.security_market), type: text(r.security_type), today: r.transaction_today_amt });
  }
  const days = debtCashDays(rows, (i) => `Fiscal Data public_debt_transactions row ${i}`);
  if (!days.ok) return days;
  return ok({ days: days.value, totalPages: numberOrNull(meta['total-pages']) });
}
