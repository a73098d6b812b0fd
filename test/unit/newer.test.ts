/** A stored document a later build wrote (core/newer.ts): known by a whole version number above this build's. */
import { describe, expect, it } from 'vitest';
import { newerVersion } from '../../src/core/newer';

describe('a document a newer version wrote', () => {
  it('has a whole version above the current one, under `version` or (the compact documents) `v`', () => {
    expect(newerVersion({ version: 3 }, 2)).toBe(3);
    expect(newerVersion({ v: 2, numbers: {} }, 1, 'v')).toBe(2);
  });

  it('is not the current version, an older one, a malformed one or no document', () => {
    for (const x of [{ version: 2 }, { version: 1 }, {}, { version: '3' }, { version: 2.5 }, { version: -1 }, { v: 3 }, null, undefined, 'text', [3], 7]) {
      expect(newerVersion(x, 2), JSON.stringify(x)).toBeNull();
    }
  });
});
