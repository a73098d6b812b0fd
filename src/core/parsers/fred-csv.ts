/**
 * FRED's fredgraph.csv download. Two header forms are in the wild: `observation_date,ID` (since about
 * June 2025) and `DATE,ID` (before). Missing values are an empty field (now) or `.` (before). Several ids
 * give one column each. Values are returned as published (raw units): the caller decides the unit.
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { IsoDate, Point } from '../types';
import { sniffNonData, stripBom } from './sniff';

export interface FredCsv {
  headerForm: 'observation_date' | 'DATE';
  /** Raw values per series id, ascending by date, missing values left out. */
  columns: Record<string, Point[]>;
  /** Whether any value of the column was written with a decimal point (FRED writes millions as integers). */
  hasDecimalPoint: Record<string, boolean>;
  rows: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

const NUMBER_RE = /^-?(\d+(\.\d*)?|\.\d+)$/;
const ID_RE = /^[A-Za-z0-9_]{1,40}$/;

export function parseFredCsv(input: string): Result<FredCsv> {
  const nonData = sniffNonData(input, 'CSV');
  if (nonData) return { ok: false, error: nonData };
  const body = stripBom(input);
  // Every fredgraph.csv ends with a newline; a body without one was cut off in transit.
  if (!body.endsWith('\n')) return fail('truncated', 'CSV does not end with a newline: the body was cut off');
  const lines = body.split(/\r?\n/);
  lines.pop();
  const header = lines[0]!.split(',').map((h) => h.trim());
  const first = header[0]!;
  let headerForm: FredCsv['headerForm'];
  if (first === 'observation_date') headerForm = 'observation_date';
  else if (first.toUpperCase() === 'DATE') headerForm = 'DATE';
  else return fail('format', `unexpected CSV header "${lines[0]!.slice(0, 80)}" (expected observation_date,ID or DATE,ID)`);
  const ids = header.slice(1);
  if (ids.length === 0 || !ids.every((id) => ID_RE.test(id))) {
    return fail('format', `unexpected series ids in the CSV header "${lines[0]!.slice(0, 80)}"`);
  }
  const columns: Record<string, Point[]> = {};
  const hasDecimalPoint: Record<string, boolean> = {};
  for (const id of ids) {
    columns[id] = [];
    hasDecimalPoint[id] = false;
  }
  let previous: IsoDate | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const cells = line.split(',');
    if (cells.length !== header.length) {
      return fail('format', `CSV line ${i + 1} has ${cells.length} fields, expected ${header.length}: "${line.slice(0, 60)}"`);
    }
    const date = cells[0]!;
    if (!isIsoDate(date)) return fail('format', `CSV line ${i + 1}: "${cells[0]!.slice(0, 20)}" is not a date`);
    if (previous !== null && date <= previous) {
      return fail('format', `CSV line ${i + 1}: date ${date} does not follow ${previous}`);
    }
    previous = date;
    for (let c = 0; c < ids.length; c++) {
      const raw = cells[c + 1]!.trim();
      if (raw === '' || raw === '.') continue; // FRED's missing-value markers, new and old
      if (!NUMBER_RE.test(raw)) return fail('format', `CSV line ${i + 1}: "${raw.slice(0, 20)}" is not a number`);
      const id = ids[c]!;
      columns[id]!.push([date, Number(raw)]);
      if (raw.includes('.')) hasDecimalPoint[id] = true;
    }
  }
  const rows = lines.length - 1;
  return ok({
    headerForm,
    columns,
    hasDecimalPoint,
    rows,
    firstDate: rows > 0 ? lines[1]!.split(',')[0]! : null,
    lastDate: previous,
  });
}
