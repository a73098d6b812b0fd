/**
 * What a running worker keeps of a stored value (src/background/kept.ts), given a reader in place of storage: a
 * failing storage.sync read cannot be provoked in the real browser, so the seam is the reader. The settings are
 * those 0.1.0 stored in Chromium (test/fixtures/real/storage-0.1.0.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kept, keptSettings } from '../../src/background/kept';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const stored = JSON.parse(readFileSync(join(new URL('../fixtures/real', import.meta.url).pathname, 'storage-0.1.0.json'), 'utf8')).sync.settings;

/** A reader answering from `answers` in turn (an Error is a failed read), counting its reads. */
function reader(...answers: unknown[]) {
  const r = {
    reads: 0,
    read: async (): Promise<unknown> => {
      const a = answers[Math.min(r.reads++, answers.length - 1)];
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return r;
}

describe('the settings a running worker keeps', () => {
  it('a failed read gives this answer the defaults and is not kept: the next answer reads again and gets the reader’s', async () => {
    const r = reader(new Error('storage.sync: quota exceeded'), stored);
    const settings = keptSettings(r.read);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    const next = await settings.get();
    expect(r.reads).toBe(2);
    expect(next.language).toBe('zh_TW');
    expect(next.sitesAdded).toEqual(['example.org']);
    expect(next.thresholds).toEqual({ reserves_below_ample: 11 });
  });

  it('a good read is kept: answered from memory until forgotten (a change in storage), then read again', async () => {
    const r = reader(stored, { ...stored, language: 'en' });
    const settings = keptSettings(r.read);
    expect((await settings.get()).language).toBe('zh_TW');
    expect((await settings.get()).language).toBe('zh_TW');
    expect(r.reads).toBe(1);
    settings.forget();
    expect((await settings.get()).language).toBe('en');
    expect(r.reads).toBe(2);
  });

  it('what storage holds is read as the worker reads it: nothing stored gives the defaults, and that is kept', async () => {
    const r = reader(undefined);
    const settings = keptSettings(r.read);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    await settings.get();
    expect(r.reads).toBe(1);
  });
});

describe('a kept value', () => {
  it('a failed read is thrown to its asker and tried again next time; a value set is answered without a read', async () => {
    const r = reader(new Error('gone'), 'second');
    const kept = new Kept(r.read);
    await expect(kept.get()).rejects.toThrow('gone');
    expect(await kept.get()).toBe('second');
    kept.set('written');
    expect(await kept.get()).toBe('written');
    expect(r.reads).toBe(2);
  });
});
