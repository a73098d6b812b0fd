/**
 * Every document the extension stores carries a schema version (`version`), and this module knows each one's
 * current version and how to bring an earlier one up to it. A document written before documents carried a
 * version counts as version 0. The rules, the same for every document:
 *   - an earlier version is migrated, one step at a time, by pure functions (tested on documents real
 *     releases wrote: test/unit/schema.test.ts);
 *   - a version above the current one was written by a newer build (the reader went back to an older one):
 *     it is never migrated, repaired or written over; the caller works from its defaults in memory and says
 *     why. Only the reader's own action (clearing the cache, saving settings) replaces it.
 * Plain values (the FRED key, the time of the last FRED request) are not documents: their type is their schema.
 */
import { CACHE_VERSION } from './cache';
import { SETTINGS_VERSION } from './settings';

type Doc = Record<string, unknown>;

export interface DocumentSchema {
  /** The version this build writes. */
  current: number;
  /** `steps[n]` turns a version-n document into version n + 1. */
  steps: Record<number, (doc: Doc) => Doc>;
}

const addVersion = (version: number) => (doc: Doc): Doc => ({ ...doc, version });

export const SCHEMAS = {
  /** storage.local `cache`: version 1 since 0.1.0, which wrote exactly this shape. */
  cache: { current: CACHE_VERSION, steps: {} },
  /** storage.sync `settings`: version 1 (language, thresholds, the key) predates 0.1.0; repairSettings fills the rest. */
  settings: { current: SETTINGS_VERSION, steps: { 1: addVersion(2) } },
  /** storage.local `install` ({jitterMs}): unversioned in 0.1.0. */
  install: { current: 1, steps: { 0: addVersion(1) } },
  /** storage.local `gaugeFiring` ({ids, at}): unversioned in 0.1.0. */
  gaugeFiring: { current: 1, steps: { 0: addVersion(1) } },
  /** storage.local `markets` ({btc?, spx?}): not in 0.1.0; unversioned in builds before this one. */
  markets: { current: 1, steps: { 0: addVersion(1) } },
} satisfies Record<string, DocumentSchema>;

export type DocumentName = keyof typeof SCHEMAS;

export type Reading =
  | { state: 'current'; doc: Doc; from: number }
  | { state: 'newer'; version: number }
  | { state: 'invalid'; reason: string };

/** The version a stored document says it has: 0 when it says none; null when what it says is no version. */
export function storedVersion(x: unknown): number | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const v = (x as Doc).version;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** A stored document brought to the current version, or why it cannot be (`newer`: leave it as it is). */
export function upgrade(name: DocumentName, x: unknown): Reading {
  const schema: DocumentSchema = SCHEMAS[name];
  const from = storedVersion(x);
  if (from === null) return { state: 'invalid', reason: 'not a versioned object' };
  if (from > schema.current) return { state: 'newer', version: from };
  let doc = x as Doc;
  for (let v = from; v < schema.current; v++) {
    const step = schema.steps[v];
    if (!step) return { state: 'invalid', reason: `version ${from} has no migration to ${schema.current}` };
    doc = step(doc);
  }
  return { state: 'current', doc, from };
}

/** Whether a stored value may be written over by this build: anything but a document of a newer version. */
export function mayOverwrite(name: DocumentName, stored: unknown): boolean {
  return upgrade(name, stored).state !== 'newer';
}
