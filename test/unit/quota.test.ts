import { describe, expect, it } from 'vitest';
import { bytesBesides, checkWrite, itemBytes, STORAGE_LOCAL_QUOTA_BYTES, utf8Bytes } from '../../src/core/quota';
import { fixturesDoc } from '../helpers/docs';

describe('storage.local quota, counted as Chrome counts it', () => {
  it('an item is its key plus the UTF-8 JSON of its value', () => {
    expect(itemBytes('cache', { a: 1 })).toBe(5 + 7);
    // Chinese characters take three bytes, an emoji four (one surrogate pair), as Buffer counts them.
    for (const s of ['聯準會 reserves', '简体中文', '🙂 x', 'é']) expect(utf8Bytes(s)).toBe(Buffer.byteLength(s));
    expect(itemBytes('k', '準備金')).toBe(1 + Buffer.byteLength(JSON.stringify('準備金')));
    const doc = fixturesDoc();
    expect(itemBytes('cache', doc)).toBe(Buffer.byteLength('cache') + Buffer.byteLength(JSON.stringify(doc)));
    expect(STORAGE_LOCAL_QUOTA_BYTES).toBe(10 * 1024 * 1024);
  });

  it('counts what else is stored, not the item being replaced', () => {
    const stored = { cache: 'x'.repeat(1000), install: { jitterMs: 5 }, preparedAnswer: 'abc' };
    expect(bytesBesides(stored, 'cache')).toBe(itemBytes('install', { jitterMs: 5 }) + itemBytes('preparedAnswer', 'abc'));
  });

  it('a write that would exceed the quota is refused with its reason; one that fits is not', () => {
    const value = 'x'.repeat(1000);
    const bytes = itemBytes('cache', value);
    expect(checkWrite('cache', value, STORAGE_LOCAL_QUOTA_BYTES - bytes)).toEqual({ ok: true, bytes, total: STORAGE_LOCAL_QUOTA_BYTES });
    const over = checkWrite('cache', value, STORAGE_LOCAL_QUOTA_BYTES - bytes + 1);
    expect(over.ok).toBe(false);
    expect(!over.ok && over.reason).toMatch(/^the cache document would take 0\.00 MB, 10\.00 MB with the rest of storage, over the 10\.00 MB storage quota: the refresh was not saved/);
  });
});
