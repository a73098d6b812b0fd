/** FRED's keyed JSON API (series/observations). Used only when the reader gives an API key. */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { IsoDate, Point } from '../types';
import { isRecord, numberOrNull, parseJson } from './sniff';

export interface FredApiSeries {
  points: Point[];
  hasDecimalPoint: boolean;
}

export function parseFredApiJson(body: string): Result<FredApiSeries> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc)) return fail('format', 'FRED API answer is not a JSON object');
  if (typeof doc.error_message === 'string' || typeof doc.error_code === 'number') {
    const status = typeof doc.error_code === 'number' ? doc.error_code : undefined;
    return fail(status === 429 ? 'rate_limited' : 'http', `FRED API: ${String(doc.error_message ?? 'error').replace(/\s+/g, ' ')}`, {
      ...(status !== undefined ? { httpStatus: status } : {}),
    });
  }
  if (!Array.isArray(doc.observations)) return fail('format', 'FRED API answer has no observations array');
  const points: Point[] = [];
  let hasDecimalPoint = false;
  let previous: IsoDate | null = null;
  for (const [i, o] of doc.observations.entries()) {
    if (!isRecord(o) || !isIsoDate(o.date)) return fail('format', `FRED API observation ${i} has no valid date`);
    if (previous !== null && o.date <= previous) return fail('format', `FRED API observation ${o.date} does not follow ${previous}`);
    previous = o.date;
    const value = numberOrNull(o.value);
    if (value === null) {
      if (o.value !== '.' && o.value !== '') return fail('format', `FRED API observation ${o.date}: "${String(o.value).slice(0, 20)}" is not a number`);
      continue;
    }
    if (typeof o.value === 'string' && o.value.includes('.')) hasDecimalPoint = true;
    points.push([o.date, value]);
  }
  return ok({ points, hasDecimalPoint });
}
