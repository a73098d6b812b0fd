/**
 * Schema versions of stored documents (core/schema.ts): each migration from each earlier version, on what the
 * released 0.1.0 really stored (test/fixtures/real/storage-0.1.0.json, see SOURCES.md), and the downgrade rule:
 * a document of a newer version is reported as such and never changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, validateCacheDoc } from '../../src/core/cache';
import { mayOverwrite, SCHEMAS, storedVersion, upgrade, type DocumentName } from '../../src/core/schema';
import { repairSettings, SETTINGS_VERSION } from '../../src/core/settings';

const stored = JSON.parse(readFileSync(new URL('../fixtures/real/storage-0.1.0.json', import.meta.url), 'utf8'));
const NAMES = Object.keys(SCHEMAS) as DocumentName[];

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) for (const v of Object.values(x)) deepFreeze(v);
  return Object.freeze(x);
}

describe('every document has a path from each earlier version to the current one', () => {
  // The earliest version each document was stored in: 0 = before it carried one.
  const EARLIEST: Record<DocumentName, number> = { cache: 1, settings: 1, install: 0, gaugeFiring: 0, markets: 0 };
  it.each(NAMES)('%s', (name) => {
    for (let v = EARLIEST[name]; v <= SCHEMAS[name].current; v++) {
      const read = upgrade(name, v === 0 ? { other: 1 } : { version: v, other: 1 });
      expect(read, `${name} from version ${v}`).toMatchObject({ state: 'current', from: v, doc: { version: SCHEMAS[name].current, other: 1 } });
    }
  });
});

describe('documents stored by the released 0.1.0', () => {
  it('the cache (version 1) is read as it is: every observation kept, valid for this build', () => {
    const doc = deepFreeze(structuredClone(stored.local.cache));
    expect(storedVersion(doc)).toBe(1);
    const read = upgrade('cache', doc);
    expect(read.state).toBe('current');
    if (read.state !== 'current') return;
    const checked = validateCacheDoc(read.doc);
    expect(checked.ok, checked.ok ? '' : checked.reason).toBe(true);
    if (!checked.ok) return;
    let n = 0;
    for (const [id, st] of Object.entries<any>(stored.local.cache.providers)) {
      for (const [key, pts] of Object.entries<any>(st.points)) {
        expect((checked.doc.providers as any)[id].points[key], `${id}.${key}`).toEqual(pts);
        n += pts.length;
      }
    }
    expect(n).toBeGreaterThan(5000);
    expect(checked.doc.version).toBe(CACHE_VERSION);
  });

  it('install and gaugeFiring (unversioned) gain version 1 and keep their fields', () => {
    expect(stored.local.install.version).toBeUndefined();
    expect(upgrade('install', deepFreeze(structuredClone(stored.local.install)))).toEqual({ state: 'current', from: 0, doc: { ...stored.local.install, version: 1 } });
    expect(stored.local.gaugeFiring.version).toBeUndefined();
    expect(upgrade('gaugeFiring', deepFreeze(structuredClone(stored.local.gaugeFiring)))).toEqual({ state: 'current', from: 0, doc: { ...stored.local.gaugeFiring, version: 1 } });
  });

  it('the settings (version 2) keep every value the reader chose', () => {
    const read = upgrade('settings', stored.sync.settings);
    expect(read).toMatchObject({ state: 'current', from: SETTINGS_VERSION });
    if (read.state !== 'current') return;
    const s = repairSettings(read.doc);
    for (const [k, v] of Object.entries(stored.sync.settings)) expect((s as any)[k], k).toEqual(v);
  });

  it('settings version 1 (language, thresholds and the key) become version 2 with their values', () => {
    const v1 = deepFreeze({ version: 1, language: 'zh_CN', thresholds: { reserves_below_ample: 11 } });
    const read = upgrade('settings', v1);
    expect(read).toMatchObject({ state: 'current', from: 1, doc: { version: 2 } });
    if (read.state !== 'current') return;
    expect(repairSettings(read.doc)).toMatchObject({ version: 2, language: 'zh_CN', thresholds: { reserves_below_ample: 11 } });
  });
});

describe('a document from a newer version (a downgrade)', () => {
  it.each(NAMES)('%s is reported newer, not migrated, and may not be written over', (name) => {
    const base = name === 'cache' ? stored.local.cache : name === 'settings' ? stored.sync.settings : name === 'markets' ? {} : stored.local[name];
    const newer = deepFreeze({ ...structuredClone(base), version: SCHEMAS[name].current + 1, addedLater: { x: 1 } });
    const before = JSON.stringify(newer);
    expect(upgrade(name, newer)).toEqual({ state: 'newer', version: SCHEMAS[name].current + 1 });
    expect(mayOverwrite(name, newer)).toBe(false);
    expect(JSON.stringify(newer)).toBe(before);
    // The current version and anything unreadable may be written over.
    expect(mayOverwrite(name, { ...base, version: SCHEMAS[name].current })).toBe(true);
    expect(mayOverwrite(name, undefined)).toBe(true);
  });

  it('a version that is not a whole number is no version', () => {
    for (const v of ['2', 1.5, -1, null]) expect(upgrade('cache', { version: v })).toMatchObject({ state: 'invalid' });
    expect(upgrade('cache', [1])).toMatchObject({ state: 'invalid' });
    expect(upgrade('cache', { providers: {} })).toMatchObject({ state: 'invalid', reason: 'version 0 has no migration to 1' });
  });
});
