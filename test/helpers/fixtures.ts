/**
 * Reads the real payloads in test/fixtures/real, with deliberately simple code of its own, so the
 * expected values in tests are computed independently of the product's parsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(new URL('../..', import.meta.url).pathname, 'test', 'fixtures', 'real');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** date → number from a two-column CSV, skipping empty and '.' values. */
export function csvMap(name: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of fixture(name).trim().split('\n').slice(1)) {
    const [d, v] = line.split(',');
    if (v && v !== '.') m.set(d!, Number(v));
  }
  return m;
}

/** TGA closing balance (USD bn) by date from the DTS CSV download, using only the post-2022 closing rows. */
export function dtsClosing(): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of fixture('fiscaldata-dts-operating-cash-balance-download-2021-2026.csv').split('\n').slice(1)) {
    const cells = line.split(',');
    if (cells[1] === 'Treasury General Account (TGA) Closing Balance') m.set(cells[0]!, Number(cells[2]) / 1000);
  }
  return m;
}

export function last<K, V>(m: Map<K, V>): [K, V] {
  return [...m.entries()].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)).pop()!;
}
