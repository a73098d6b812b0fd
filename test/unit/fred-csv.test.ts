import { describe, expect, it } from 'vitest';
import { parseFredCsv } from '../../src/core/parsers/fred-csv';
import { fixture } from '../helpers/fixtures';

describe('FRED graph CSV', () => {
  it('reads the current header form, raw values as published', () => {
    const r = parseFredCsv(fixture('fred-csv-WRESBAL.csv'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.headerForm).toBe('observation_date');
    expect(r.value.columns.WRESBAL![0]).toEqual(['2021-06-23', 3808042]);
    expect(r.value.columns.WRESBAL!.at(-1)).toEqual(['2026-06-17', 3033444]);
    expect(r.value.hasDecimalPoint.WRESBAL).toBe(false);
    expect(r.value.rows).toBe(261);
  });

  it('reads the legacy DATE header form and its "." missing values', () => {
    const text = fixture('fred-csv-legacy-DATE-dot-missing-BAMLH0A0HYM2.csv');
    const r = parseFredCsv(text);
    expect(r.ok && r.value.headerForm).toBe('DATE');
    const dots = text.split('\n').filter((l) => l.endsWith(',.')).length;
    expect(dots).toBe(15);
    expect(r.ok && r.value.rows - r.value.columns.BAMLH0A0HYM2!.length).toBe(15);
    expect(r.ok && r.value.columns.BAMLH0A0HYM2!.some(([d]) => d === '2019-11-28')).toBe(false);
  });

  it('skips empty holiday values in the current form', () => {
    const r = parseFredCsv(fixture('fred-csv-RRPONTSYD.csv'));
    expect(r.ok && r.value.columns.RRPONTSYD!.some(([d]) => d === '2021-07-05')).toBe(false);
    expect(r.ok && r.value.columns.RRPONTSYD!.find(([d]) => d === '2022-12-30')).toEqual(['2022-12-30', 2553.716]);
  });

  it('reads several ids as one column each', () => {
    const r = parseFredCsv('observation_date,SOFR,EFFR\n2019-09-17,5.25,2.30\n2019-09-18,2.55,\n');
    expect(r.ok && r.value.columns).toEqual({ SOFR: [['2019-09-17', 5.25], ['2019-09-18', 2.55]], EFFR: [['2019-09-17', 2.3]] });
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body></body></html>\n', 'html'],
    ['an empty body', '', 'empty'],
    ['a body cut off mid-line', fixture('fred-csv-WALCL.csv').slice(0, 5000), 'truncated'],
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000\u0008', 'archive'],
    ['another header', 'date;value\n2024-01-01;1\n', 'format'],
    ['a non-number', 'observation_date,SOFR\n2024-01-02,5.3x\n', 'format'],
    ['dates out of order', 'observation_date,SOFR\n2024-01-03,5.3\n2024-01-02,5.3\n', 'format'],
    ['an impossible date', 'observation_date,SOFR\n2024-02-30,5.3\n', 'format'],
    ['a missing field', 'observation_date,SOFR,EFFR\n2024-01-02,5.3\n', 'format'],
  ])('turns %s into a typed error', (_, body, kind) => {
    const r = parseFredCsv(body);
    expect(r).toMatchObject({ ok: false, error: { kind, message: expect.stringMatching(/^.{11,}/) } });
  });

  it('names the HTML page it got', () => {
    const r = parseFredCsv('<html><head><title>Service Unavailable</title></head></html>');
    expect(!r.ok && r.error.message).toContain('Service Unavailable');
  });
});
