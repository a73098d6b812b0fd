/**
 * Zips made the same way every time: entries sorted, one fixed timestamp, one compression level, no
 * directory entries, no extra fields — so the same files give the same bytes on any machine.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const MTIME = new Date('2026-01-01T00:00:00Z');

export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]))
    .sort();
}

/** Zips `files` (paths under `base`), each stored under its path relative to `base`, behind an optional prefix. */
export function zipFiles(base: string, files: string[], out: string, prefix = ''): { bytes: number; entries: number } {
  const zip: Zippable = {};
  for (const f of [...files].sort()) zip[prefix + relative(base, f).split(sep).join('/')] = [readFileSync(f), { mtime: MTIME, level: 9 }];
  const bytes = zipSync(zip);
  writeFileSync(out, bytes);
  return { bytes: bytes.length, entries: Object.keys(zip).length };
}

export const zipDir = (dir: string, out: string) => zipFiles(dir, filesUnder(dir), out);
