import { describe, expect, it } from 'vitest';
import { parseNyFedOperations } from '../../src/core/parsers/nyfed-rp';
import { parseNyFedRates } from '../../src/core/parsers/nyfed-rates';
import { csvMap, fixture } from '../helpers/fixtures';

describe('NY Fed reference rates', () => {
  it('reads SOFR with its odd spacing, newest-first order turned ascending, with percentiles and volume', () => {
    const r = parseNyFedRates(fixture('nyfed-sofr-search.json'), 'SOFR');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rate).toEqual([['2024-06-03', 5.35], ['2024-06-04', 5.33], ['2024-06-05', 5.33], ['2024-06-06', 5.33]]);
    expect(r.value.p99[0]).toEqual(['2024-06-03', 5.44]);
    expect(r.value.volumeBn.at(-1)).toEqual(['2024-06-06', 2008]);
  });

  it('agrees with FRED’s SOFR on the same days', () => {
    const r = parseNyFedRates(fixture('nyfed-sofr-search.json'), 'SOFR');
    const fred = csvMap('fred-csv-SOFR.csv');
    for (const [d, v] of r.ok ? r.value.rate : []) expect(fred.get(d)).toBe(v);
  });

  it('reads EFFR with the target range', () => {
    const r = parseNyFedRates(fixture('nyfed-effr-search.json'), 'EFFR');
    expect(r.ok && r.value.rate.length).toBe(108);
    expect(r.ok && r.value.targetFrom.at(-1)).toEqual(['2023-06-06', 5]);
    expect(r.ok && r.value.targetTo.at(-1)).toEqual(['2023-06-06', 5.25]);
  });

  it.each([
    ['an HTML page', '<html><head><title>Maintenance</title></head></html>', 'html'],
    ['JSON cut off', fixture('nyfed-sofr-search.json').slice(0, 300), 'truncated'],
    ['another shape', '{"rates": []}', 'format'],
    ['rows of another rate only', '{"refRates":[{"effectiveDate":"2024-06-03","type":"TGCR","percentRate":5.3}]}', 'format'],
    ['a row without a rate', '{"refRates":[{"effectiveDate":"2024-06-03","type":"SOFR"}]}', 'format'],
  ])('turns %s into a typed error', (_, body, kind) => {
    const r = parseNyFedRates(body, 'SOFR');
    expect(!r.ok && r.error.kind).toBe(kind);
  });
});

describe('NY Fed repo and reverse repo operations', () => {
  const body = fixture('nyfed-rp-all-lastTwoWeeks-operations-array-program-written.json');
  const ops = JSON.parse(body) as Array<{ operationDate: string; operationType: string; note: string; totalAmtAccepted: number }>;

  it('sums ON RRP take-up per day in USD billions, equal to FRED RRPONTSYD', () => {
    const r = parseNyFedOperations(body);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fred = csvMap('fred-csv-RRPONTSYD.csv');
    expect(r.value.rrp.length).toBe(9);
    for (const [d, v] of r.value.rrp) expect(v).toBeCloseTo(fred.get(d)!, 9);
  });

  it('sums Standing Repo Facility take-up, morning and afternoon, leaving out Small Value Exercises', () => {
    const r = parseNyFedOperations(body);
    if (!r.ok) throw new Error(r.error.message);
    const expected = new Map<string, number>();
    for (const o of ops) {
      if (o.operationType !== 'Repo' || /small value exercise/i.test(o.note)) continue;
      expected.set(o.operationDate, (expected.get(o.operationDate) ?? 0) + o.totalAmtAccepted / 1e9);
    }
    expect(new Map(r.value.srf)).toEqual(expected);
    expect(new Map(r.value.srf).get('2026-02-17')).toBeCloseTo(30.5, 9); // 11.0 + 19.5
    expect(new Map(r.value.srf).get('2026-02-18')).toBeCloseTo(0.004, 9); // the $56M exercise is not take-up
  });

  it('counts an operation listed twice once (by its operationId)', () => {
    const twice = parseNyFedOperations(JSON.stringify([...ops, ...ops.filter((o) => o.operationType === 'Repo')]));
    expect(twice).toEqual(parseNyFedOperations(body));
  });

  it('accepts the API envelope {"repo":{"operations":[…]}}', () => {
    const wrapped = parseNyFedOperations(JSON.stringify({ repo: { operations: ops } }));
    expect(wrapped).toEqual(parseNyFedOperations(body));
  });

  it('rejects an operation without an accepted amount', () => {
    const broken = JSON.stringify([{ ...ops[0], totalAmtAccepted: 'n/a' }]);
    const r = parseNyFedOperations(broken);
    expect(!r.ok && r.error.kind).toBe('format');
  });
});
