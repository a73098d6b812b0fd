import { describe, expect, it } from 'vitest';
import { parseDtsCsv, parseDtsJson, tgaFromRows } from '../../src/core/parsers/fiscaldata-tga';
import { dtsClosing, fixture } from '../helpers/fixtures';

describe('Treasury General Account from the Daily Treasury Statement', () => {
  const csv = parseDtsCsv(fixture('fiscaldata-dts-operating-cash-balance-download-2021-2026.csv'));
  const tga = new Map(csv.ok ? csv.value.tga : []);

  it('reads the API JSON: the closing balance sits in open_today_bal of the "Closing Balance" row', () => {
    const page = parseDtsJson(fixture('fiscaldata-dts-operating-cash-balance.json'));
    expect(page.ok && page.value.totalPages).toBe(1);
    const t = page.ok ? tgaFromRows(page.value.rows) : null;
    expect(t?.ok && t.value).toEqual([
      ['2025-07-07', 332.482],
      ['2025-07-08', 343.047],
      ['2025-07-09', 311.048],
      ['2025-07-10', 288.395],
      ['2025-07-11', 282.363],
    ]);
  });

  it('reads the Closing Balance row’s open_today_bal first, whatever its close_today_bal holds', () => {
    const row = (accountType: string, open: number | null, close: number | null) => ({ date: '2025-07-07', accountType, open, close });
    expect(tgaFromRows([row('Treasury General Account (TGA) Closing Balance', 332_482, 999_999)])).toEqual({ ok: true, value: [['2025-07-07', 332.482]] });
    expect(tgaFromRows([row('Treasury General Account (TGA) Closing Balance', null, 332_482)])).toEqual({ ok: true, value: [['2025-07-07', 332.482]] });
  });

  it('gives one continuous daily series across the 2021 and 2022 account renames', () => {
    expect(csv.ok).toBe(true);
    expect(tga.get('2021-09-30')).toBe(215.16); // "Federal Reserve Account": next statement's opening balance
    expect(tga.get('2022-04-15')).toBe(578.473); // "Treasury General Account (TGA)"
    expect(tga.get('2022-04-18')).toBe(841.253); // "… Closing Balance"
    const dates = [...tga.keys()];
    const distinct = new Set(fixture('fiscaldata-dts-operating-cash-balance-download-2021-2026.csv').split('\n').slice(1).map((l) => l.slice(0, 10)));
    expect(dates.length).toBe(distinct.size);
  });

  it('matches the closing rows of the download exactly, and the API JSON where they overlap', () => {
    for (const [d, v] of dtsClosing()) expect(tga.get(d)).toBe(v);
    for (const d of ['2025-07-07', '2025-07-11']) expect(tga.get(d)).toBe(d === '2025-07-07' ? 332.482 : 282.363);
  });

  it('says so when the account was renamed again', () => {
    const renamed = fixture('fiscaldata-dts-operating-cash-balance.json').replaceAll('Treasury General Account (TGA)', 'Treasury Operating Cash (TOC)');
    const page = parseDtsJson(renamed);
    const r = page.ok ? tgaFromRows(page.value.rows) : page;
    expect(!r.ok && r.error.kind).toBe('format');
    expect(!r.ok && r.error.message).toMatch(/renamed\?.*Treasury Operating Cash/);
  });

  it('rejects a CSV cut off mid-row and an HTML page', () => {
    const text = fixture('fiscaldata-dts-operating-cash-balance-download-excerpt.csv');
    const cut = parseDtsCsv(text.slice(0, text.indexOf('279461') + 3)); // inside an opening balance
    expect(!cut.ok && cut.error.kind).toBe('truncated');
    expect(!parseDtsJson('<!doctype html><title>Error</title>').ok).toBe(true);
  });
});
