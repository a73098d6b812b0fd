/**
 * Whether a stored value is a document a later build wrote (the reader went back to an older version): its
 * version field is a whole number above the one this build writes. Such a document is kept as it is, never
 * read or written over (issue 20; core/schema.ts for the documents versioned by `version`). The compact
 * documents name their version `v`.
 */
export function newerVersion(x: unknown, current: number, field: 'version' | 'v' = 'version'): number | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const v = (x as Record<string, unknown>)[field];
  return typeof v === 'number' && Number.isInteger(v) && v > current ? v : null;
}
