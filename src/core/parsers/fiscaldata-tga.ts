/**
 * Treasury General Account closing balance from the Daily Treasury Statement, Table I (operating cash
 * balance), as the Fiscal Data API answers it (JSON) or as its CSV download. Values are $ millions.
 *
 * The account was renamed twice, so one continuous series needs three row types:
 *   to 2021-09-30            `Federal Reserve Account`                         closing in close_today_bal
 *   2021-10-01 … 2022-04-15  `Treasury General Account (TGA)`                  closing in close_today_bal
 *   from 2022-04-18          `Treasury General Account (TGA) Closing Balance`  closing in open_today_bal
 * The CSV download has no "Closing Balance Today" column; there a day's closing balance is the next
 * statement's opening balance, which the DTS defines as exactly that.
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { IsoDate, Point } from '../types';
import { isRecord, numberOrNull, parseJson, sniffNonData, stripBom } from './sniff';

export interface DtsRow {
  date: IsoDate;
  accountType: string;
  open: number | null;
  close: number | null;
}

export interface DtsTga {
  tga: Point[];
  /** Fiscal Data pagination: total pages of the query, when the answer says. */
  totalPages: number | null;
}

export interface DtsPage {
  rows: DtsRow[];
  totalPages: number | null;
}

const CLOSING_ROW = /^treasury general account \(tga\) closing balance$/i;
const OPENING_ROW = /^treasury general account \(tga\) opening balance$/i;
const OLD_ACCOUNT_ROW = /^(federal reserve account|treasury general account \(tga\))$/i;

export function tgaFromRows(rows: DtsRow[]): Result<Point[]> {
  const byDate = new Map<IsoDate, { open: number | null; close: number | null; seen: string[] }>();
  for (const r of rows) {
    const day = byDate.get(r.date) ?? { open: null, close: null, seen: [] };
    const type = r.accountType.trim();
    day.seen.push(type);
    // Since 2022-04-18 the closing balance is this row's open_today_bal; its close_today_bal is "null".
    if (CLOSING_ROW.test(type)) day.close = r.open ?? r.close;
    else if (OPENING_ROW.test(type)) day.open = r.open;
    else if (OLD_ACCOUNT_ROW.test(type)) {
      day.open = r.open;
      if (r.close !== null) day.close = r.close;
    }
    byDate.set(r.date, day);
  }
  const dates = [...byDate.keys()].sort();
  const points: Point[] = [];
  const unrecognised: string[] = [];
  for (let i = 0; i < dates.length; i++) {
    const day = byDate.get(dates[i]!)!;
    let close = day.close;
    if (close === null && i + 1 < dates.length) close = byDate.get(dates[i + 1]!)!.open;
    if (day.open === null && day.close === null) unrecognised.push(`${dates[i]}: ${[...new Set(day.seen)].join(' | ').slice(0, 160)}`);
    if (close !== null) points.push([dates[i]!, close / 1000]);
  }
  if (unrecognised.length > 0) {
    return fail('format', `no TGA balance row on ${unrecognised.length} day(s) (account renamed?) — ${unrecognised[0]}`);
  }
  return ok(points);
}

export function parseDtsJson(body: string): Result<DtsPage> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || !Array.isArray(doc.data)) return fail('format', 'Fiscal Data answer has no data array');
  const rows: DtsRow[] = [];
  for (const [i, r] of doc.data.entries()) {
    if (!isRecord(r) || !isIsoDate(r.record_date) || typeof r.account_type !== 'string') {
      return fail('format', `Fiscal Data row ${i} lacks record_date or account_type`);
    }
    rows.push({ date: r.record_date, accountType: r.account_type, open: numberOrNull(r.open_today_bal), close: numberOrNull(r.close_today_bal) });
  }
  const meta = isRecord(doc.meta) ? doc.meta : {};
  return ok({ rows, totalPages: numberOrNull(meta['total-pages']) });
}

/** Splits one CSV line, honouring double quotes (Fiscal Data quotes fields that hold commas). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parseDtsCsv(input: string): Result<DtsTga> {
  const nonData = sniffNonData(input, 'CSV');
  if (nonData) return { ok: false, error: nonData };
  const lines = stripBom(input).split(/\r?\n/).filter((l) => l !== '');
  const header = splitCsvLine(lines[0]!).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const iDate = col('record date'), iType = col('type of account'), iOpen = col('opening balance today'), iClose = col('closing balance today');
  if (iDate < 0 || iType < 0 || iOpen < 0) return fail('format', `unexpected DTS CSV header "${lines[0]!.slice(0, 100)}"`);
  const rows: DtsRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = splitCsvLine(lines[i]!);
    if (cells.length !== header.length) return fail('truncated', `DTS CSV line ${i + 1} has ${cells.length} fields, expected ${header.length}`);
    const date = cells[iDate]!;
    if (!isIsoDate(date)) return fail('format', `DTS CSV line ${i + 1}: "${cells[iDate]!.slice(0, 20)}" is not a date`);
    rows.push({ date, accountType: cells[iType]!, open: numberOrNull(cells[iOpen]), close: iClose >= 0 ? numberOrNull(cells[iClose]) : null });
  }
  const tga = tgaFromRows(rows);
  return tga.ok ? ok({ tga: tga.value, totalPages: null }) : tga;
}
