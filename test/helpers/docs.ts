import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheDoc } from '../../src/core/cache';
import { buildSnapshotFromFixtures } from '../../src/core/snapshot';
import { FIXTURES } from './fixtures';

let built: CacheDoc | null = null;

/** A cache document built from the real fixtures (the same as the bundled snapshot). */
export function fixturesDoc(): CacheDoc {
  built ??= buildSnapshotFromFixtures((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  return built;
}

/** The document as it would have been on `date`: every observation after it removed. */
export function docAsOf(doc: CacheDoc, date: string): CacheDoc {
  const providers = Object.fromEntries(
    Object.entries(doc.providers).map(([id, st]) => [
      id,
      { ...st!, points: Object.fromEntries(Object.entries(st!.points).map(([k, pts]) => [k, pts!.filter(([d]) => d <= date)])) },
    ]),
  );
  return { ...doc, providers } as CacheDoc;
}
