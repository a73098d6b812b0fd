/** Any bytes give either a valid series or a typed error: never a throw, NaN, Infinity or unordered dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDtsCsv, parseDtsJson, tgaFromRows } from '../../src/core/parsers/fiscaldata-tga';
import { parseFredApiJson } from '../../src/core/parsers/fred-api';
import { parseFredCsv } from '../../src/core/parsers/fred-csv';
import { parseNyFedOperations } from '../../src/core/parsers/nyfed-rp';
import { parseNyFedRates } from '../../src/core/parsers/nyfed-rates';
import type { Result } from '../../src/core/result';
import type { Point } from '../../src/core/types';
import { fixture } from '../helpers/fixtures';

const KINDS = ['network', 'timeout', 'http', 'rate_limited', 'html', 'empty', 'truncated', 'format', 'unit', 'archive'];

function validSeries(points: Point[]): void {
  let prev = '';
  for (const [d, v] of points) {
    expect(Number.isFinite(v)).toBe(true);
    expect(d > prev).toBe(true);
    prev = d;
  }
}

function check<T>(r: Result<T>, series: (v: T) => Point[][]): void {
  if (r.ok) series(r.value).forEach(validSeries);
  else expect(KINDS).toContain(r.error.kind);
}

/** Random bytes, and real payloads cut, spliced and corrupted at random places. */
const mutated = (base: string) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.tuple(fc.nat(base.length), fc.nat(base.length)).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.max(a, b))),
    fc.tuple(fc.nat(base.length), fc.string({ maxLength: 8 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i + s.length)),
  );

describe('parsers under arbitrary input', () => {
  const runs = { numRuns: 300 };
  it('FRED CSV', () => {
    const base = fixture('fred-csv-legacy-DATE-WRESBAL.csv').slice(0, 3000) + '\n';
    fc.assert(fc.property(mutated(base), (s) => check(parseFredCsv(s), (v) => Object.values(v.columns))), runs);
  });
  it('FRED API JSON', () => {
    fc.assert(fc.property(mutated(fixture('fred-api-series-observations-DFF.json')), (s) => check(parseFredApiJson(s), (v) => [v.points])), runs);
  });
  it('NY Fed rates', () => {
    fc.assert(fc.property(mutated(fixture('nyfed-sofr-search.json')), (s) => check(parseNyFedRates(s, 'SOFR'), (v) => [v.rate, v.p1, v.p99, v.volumeBn])), runs);
  });
  it('NY Fed operations', () => {
    fc.assert(fc.property(mutated(fixture('nyfed-rp-all-lastTwoWeeks-operations-array-program-written.json')), (s) => check(parseNyFedOperations(s), (v) => [v.rrp, v.srf])), runs);
  });
  it('Treasury DTS JSON and CSV', () => {
    fc.assert(
      fc.property(mutated(fixture('fiscaldata-dts-operating-cash-balance.json')), (s) => {
        const page = parseDtsJson(s);
        if (page.ok) check(tgaFromRows(page.value.rows), (v) => [v]);
        else expect(KINDS).toContain(page.error.kind);
      }),
      runs,
    );
    fc.assert(fc.property(mutated(fixture('fiscaldata-dts-operating-cash-balance-download-excerpt.csv')), (s) => check(parseDtsCsv(s), (v) => [v.tga])), runs);
  });
});
