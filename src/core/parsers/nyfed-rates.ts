/**
 * New York Fed reference rates (`/api/rates/.../search.json`, `/last/N.json`): `{"refRates":[…]}`, newest
 * first, with the API's own spacing (`"type": "SOFR" ,"percentRate": 5.33 ,…`, valid JSON).
 */
import { isIsoDate } from '../dates';
import { fail, ok, type Result } from '../result';
import type { Point } from '../types';
import { isRecord, numberOrNull, parseJson } from './sniff';

export interface NyFedRates {
  rate: Point[];
  p1: Point[];
  p25: Point[];
  p75: Point[];
  p99: Point[];
  volumeBn: Point[];
  targetFrom: Point[];
  targetTo: Point[];
}

export function parseNyFedRates(body: string, expectedType: 'SOFR' | 'EFFR' | 'TGCR'): Result<NyFedRates> {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || !Array.isArray(doc.refRates)) return fail('format', 'NY Fed answer has no refRates array');
  const byDate = new Map<string, Record<string, unknown>>();
  let otherTypes = 0;
  for (const [i, row] of doc.refRates.entries()) {
    if (!isRecord(row)) return fail('format', `NY Fed refRates[${i}] is not an object`);
    if (String(row.type ?? '').toUpperCase() !== expectedType) {
      otherTypes++;
      continue;
    }
    if (!isIsoDate(row.effectiveDate)) return fail('format', `NY Fed refRates[${i}] has no valid effectiveDate`);
    if (numberOrNull(row.percentRate) === null) return fail('format', `NY Fed ${expectedType} for ${row.effectiveDate} has no percentRate`);
    const seen = byDate.get(row.effectiveDate);
    // A revised row supersedes the original one for the same day.
    if (!seen || (String(row.revisionIndicator ?? '').trim() !== '' && String(seen.revisionIndicator ?? '').trim() === '')) {
      byDate.set(row.effectiveDate, row);
    }
  }
  if (byDate.size === 0 && otherTypes > 0) return fail('format', `NY Fed answer holds no ${expectedType} rows`);
  const rows = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const column = (field: string): Point[] =>
    rows.flatMap(([date, row]) => {
      const v = numberOrNull(row[field]);
      return v === null ? [] : [[date, v] as Point];
    });
  return ok({
    rate: column('percentRate'),
    p1: column('percentPercentile1'),
    p25: column('percentPercentile25'),
    p75: column('percentPercentile75'),
    p99: column('percentPercentile99'),
    volumeBn: column('volumeInBillions'),
    targetFrom: column('targetRateFrom'),
    targetTo: column('targetRateTo'),
  });
}
