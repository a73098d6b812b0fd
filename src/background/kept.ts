/**
 * What a running worker keeps in memory of a stored value (background/page-answer.ts): read once, then
 * answered from memory until storage.onChanged replaces or drops it. No browser API here: the reader is
 * passed in, so that what is kept, and what is not, is tested in Node.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { settingsOf } from './settings-read';

/** One stored value as this worker last read or wrote it; empty: read from storage next time. */
export class Kept<T> {
  private value: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.value) return this.value;
    // Marked for the tests: a warm worker answering a page again should not get here.
    performance.mark('ll-page-storage-read');
    const p = (this.value = this.read());
    p.catch(() => this.value === p && this.forget()); // a read that failed is tried again next time
    return p;
  }

  set(value: T): void {
    this.value = Promise.resolve(value);
  }

  forget(): void {
    this.value = null;
  }
}

/**
 * The reader's settings, kept. A failed read is not kept (it would stand as the reader's settings until the next
 * change): the answer it was for gets the defaults, and the next one reads again.
 */
export function keptSettings(readStored: () => Promise<unknown>): { get(): Promise<Settings>; forget(): void } {
  const kept = new Kept(async () => settingsOf(await readStored()));
  return { get: () => kept.get().catch(() => DEFAULT_SETTINGS), forget: () => kept.forget() };
}
