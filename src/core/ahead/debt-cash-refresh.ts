/**
 * Asking Fiscal Data for the Daily Treasury Statement's marketable public debt transactions, for new days
 * only (`record_date:gte` the newest day held, asked again so that a day answered before it was whole is
 * read whole; never from more than 45 days back), and folding the answer into the days held. The worker
 * asks it beside the auctions (auctions-refresh.ts), on their schedule and backoff; a malformed, partial or
 * multi-page answer replaces nothing. Bounded: days more than DEBT_KEEP_DAYS before the newest held are let
 * go (no view reads them).
 */
import { addDays } from '../dates';
import { ENDPOINTS } from '../endpoints';
import { parseDebtCashApi } from '../parsers/fiscaldata-debt-cash-api';
import type { DebtCashDay } from '../parsers/fiscaldata-debt-cash';
import { fail, ok, type Result } from '../result';
import type { IsoDate } from '../types';

/** With nothing held: the last 45 days (the past weeks' view), as for the auctions held. */
const DEBT_COLD_DAYS = 45;
export const DEBT_KEEP_DAYS = DEBT_COLD_DAYS;
const API = `${ENDPOINTS.fiscaldata}/services/api/fiscal_service/v1/accounting/dts/public_debt_transactions`;

function newestDay(days: readonly DebtCashDay[]): IsoDate | null {
  return days.reduce<IsoDate | null>((m, d) => (m === null || d.date > m ? d.date : m), null);
}

export function debtCashUrl(held: readonly DebtCashDay[], today: IsoDate): string {
  // Never from further back than the cold window: after months offline an answer from the newest day held
  // would run to several pages, refused every time; the days between no view reads anyway.
  const coldFrom = addDays(today, -DEBT_COLD_DAYS);
  const newest = newestDay(held);
  const from = newest !== null && newest > coldFrom ? newest : coldFrom;
  // About ten marketable rows a business day: 45 days are some 330 rows, one page of 1000.
  return `${API}?filter=record_date:gte:${from},security_market:eq:Marketable&sort=record_date&page%5Bsize%5D=1000`;
}

/** The days held with the answer's days put in (a day answered again replaces the held one), bounded. */
export function mergedDebtCash(held: readonly DebtCashDay[], incoming: readonly DebtCashDay[]): DebtCashDay[] {
  const byDate = new Map(held.map((d) => [d.date, d]));
  for (const d of incoming) byDate.set(d.date, d);
  const all = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const newest = newestDay(all);
  const keepFrom = newest ? addDays(newest, -DEBT_KEEP_DAYS) : null;
  return keepFrom ? all.filter((d) => d.date >= keepFrom) : all;
}

/** The days to hold after this answer, or why the answer is refused (the held days then stay as they were). */
export function foldDebtCashAnswer(held: readonly DebtCashDay[], body: string): Result<DebtCashDay[]> {
  const page = parseDebtCashApi(body);
  if (!page.ok) return fail(page.error.kind, `public_debt_transactions: ${page.error.message}`);
  if (page.value.totalPages !== null && page.value.totalPages > 1) return fail('truncated', `public_debt_transactions: ${page.value.totalPages} pages, only the first read`);
  return ok(mergedDebtCash(held, page.value.days));
}
