/**
 * The calendar's auction state in storage.local under `ahead`, apart from the cache document (it has its own
 * schedule and schema version, core/ahead/stored.ts). A stored value that cannot be read is logged and
 * treated as nothing held.
 */
import browser from 'webextension-polyfill';
import type { AheadState } from '../core/ahead/auctions-refresh';
import { readAheadState, toStored } from '../core/ahead/stored';
import { bytesBesides, checkWrite } from '../core/quota';

export const AHEAD_KEY = 'ahead';

export async function loadAhead(): Promise<AheadState> {
  return (await readAhead()).state;
}

let saidNewer = false;
/** The stored state as read, with whether a newer version wrote it (then nothing is asked for or written). */
export async function readAhead(): Promise<ReturnType<typeof readAheadState>> {
  const read = readAheadState((await browser.storage.local.get(AHEAD_KEY))[AHEAD_KEY]);
  if (read.newer !== undefined) {
    if (!saidNewer) console.warn(`Liquidity Lens: the stored auction data cannot be read (${read.problem}); the calendar goes without them`);
    saidNewer = true;
  } else if (read.problem) console.warn(`Liquidity Lens: the stored auction data cannot be read (${read.problem}); asking for them again`);
  return read;
}

/**
 * Written only if it fits storage.local's quota beside the rest (core/quota.ts), and never over a newer
 * version's state; otherwise what is held stays.
 */
export async function saveAhead(state: AheadState): Promise<boolean> {
  const value = toStored(state);
  const stored = await browser.storage.local.get(null);
  if (readAheadState(stored[AHEAD_KEY]).newer !== undefined) return false;
  const check = checkWrite(AHEAD_KEY, value, bytesBesides(stored, AHEAD_KEY));
  if (!check.ok) {
    console.warn(`Liquidity Lens: ${check.reason}`);
    return false;
  }
  await browser.storage.local.set({ [AHEAD_KEY]: value });
  return true;
}
