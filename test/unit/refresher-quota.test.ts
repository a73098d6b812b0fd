/**
 * The worker's refresher in Node, on a fake browser whose storage.local enforces Chrome's 10 MB quota the
 * way Chrome does (the whole set is rejected, nothing of it kept). Publishers answer with the real payloads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CacheDoc } from '../../src/core/cache';
import { fixturesDoc } from '../helpers/docs';
import { publisherAnswer } from '../helpers/publishers';

const fake = vi.hoisted(() => {
  const QUOTA = 10 * 1024 * 1024;
  let local = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  /** Chrome's own count, independently of src/core/quota.ts: key plus JSON, in UTF-8 bytes. */
  const used = (m: Map<string, unknown>) => [...m].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v)), 0);
  const state = { refuseNextSet: false, sets: 0 };
  const pick = (keys: unknown) => {
    if (keys === null || keys === undefined) return Object.fromEntries([...local].map(([k, v]) => [k, structuredClone(v)]));
    const list = typeof keys === 'string' ? [keys] : (keys as string[]);
    return Object.fromEntries(list.filter((k) => local.has(k)).map((k) => [k, structuredClone(local.get(k))]));
  };
  const browser = {
    storage: {
      local: {
        get: async (keys?: unknown) => pick(keys),
        set: async (items: Record<string, unknown>) => {
          state.sets++;
          const next = new Map(local);
          for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
          // The refusal is meant for the cache document's write (the auctions' own key is written beside it).
          const refused = state.refuseNextSet && 'cache' in items;
          if (refused || used(next) > QUOTA) {
            if (refused) state.refuseNextSet = false;
            throw new Error('QUOTA_BYTES quota exceeded');
          }
          local = next;
        },
      },
      sync: { get: async () => ({}), set: async () => undefined },
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: structuredClone(session.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
        remove: async (k: string) => void session.delete(k),
      },
    },
    alarms: { create: async () => undefined, clear: async () => true },
    runtime: { getPlatformInfo: async () => ({}), getURL: (p: string) => p },
    // No publisher host granted but Fiscal Data's (which needs none): the refresh asks Treasury only, without FRED's pacing.
    permissions: { contains: async () => false },
  };
  return { browser, state, QUOTA, used, reset: (m: Map<string, unknown>) => (local = m), stored: () => local, session };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../src/background/fetch-text', () => ({
  fetchText: async (url: string) => {
    const a = publisherAnswer(url);
    return { status: a.status, body: a.body, retryAfter: null };
  },
}));

async function worker() {
  vi.resetModules();
  return { refresher: await import('../../src/background/refresher'), store: await import('../../src/background/store') };
}

/** Storage holding the cache, this install's delay, and a filler that leaves `room` bytes free under the quota. */
function storageWithRoom(room: number): void {
  const m = new Map<string, unknown>([['cache', fixturesDoc()], ['install', { version: 1, jitterMs: 0 }]]); // as this version writes it
  const filler = fake.QUOTA - room - fake.used(m) - Buffer.byteLength('filler') - 2;
  m.set('filler', 'x'.repeat(filler));
  fake.reset(m);
  expect(fake.QUOTA - fake.used(m)).toBe(room);
}

describe('a refresh that would not fit in storage.local', () => {
  beforeEach(() => {
    fake.state.refuseNextSet = false;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('is refused with its reason before the write, and the previous document stays', async () => {
    storageWithRoom(10); // the refreshed document (sources' new errors and times) is more than ten bytes longer
    const { refresher, store } = await worker();
    const before = structuredClone(fake.stored().get('cache')) as CacheDoc;
    const sets = fake.state.sets;
    const doc = await refresher.requestRefresh('scheduled');
    expect(refresher.lastOutcomes.length).toBeGreaterThan(0); // it did refresh
    expect(doc).toEqual(before);
    expect(fake.stored().get('cache')).toEqual(before);
    expect(fake.state.sets).toBe(sets); // not even attempted
    expect(refresher.lastRefusal).toMatch(/^the cache document would take \d+\.\d\d MB, 10\.00 MB with the rest of storage, over the 10\.00 MB storage quota: the refresh was not saved and the previous data are kept$/);
    expect(console.warn).toHaveBeenCalledWith(`Liquidity Lens: ${refresher.lastRefusal}`);
    expect(await store.loadDoc()).toEqual(before);
    // The popup learns it from the session (a restarted worker too), with when, as a kind and its figures (said in the popup's language: core/not-saved.ts).
    expect(fake.session.get(refresher.NOT_SAVED_KEY)).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), kind: 'quota', mb: [expect.stringMatching(/^\d+\.\d\d$/), '10.00', '10.00'] });
  });

  it('is saved when it fits', async () => {
    storageWithRoom(100_000);
    const { refresher } = await worker();
    const doc = await refresher.requestRefresh('scheduled');
    expect(refresher.lastRefusal).toBeNull();
    expect(fake.stored().get('cache')).toEqual(doc);
    expect(doc.providers['fiscaldata:dts']!.lastError).toMatchObject({ kind: 'truncated' }); // Treasury's sample ends July 2025
  });

  it('a write the browser rejects all the same loses nothing: the store keeps the previous document', async () => {
    storageWithRoom(100_000);
    const { refresher, store } = await worker();
    const before = await store.loadDoc();
    fake.state.refuseNextSet = true;
    const doc = await refresher.requestRefresh('scheduled');
    expect(doc).toBe(before);
    expect(refresher.lastRefusal).toBe("storage refused the refresh's document (QUOTA_BYTES quota exceeded): the previous data are kept");
    expect(await store.loadDoc()).toBe(before); // the in-memory copy was not replaced by the refused one
    expect(fake.stored().get('cache')).toEqual(before);
    expect(fake.session.get(refresher.NOT_SAVED_KEY)).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), kind: 'refused', detail: 'QUOTA_BYTES quota exceeded' });
    // The next refresh that fits is saved, and the refusal forgotten.
    const later = await refresher.requestRefresh('manual');
    expect(refresher.lastRefusal).toBeNull();
    expect(fake.session.has(refresher.NOT_SAVED_KEY)).toBe(false);
    expect(fake.stored().get('cache')).toEqual(later);
  });
});
