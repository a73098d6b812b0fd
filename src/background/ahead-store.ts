/**
 * The calendar's auction state in storage.local under `ahead`, apart from the cache document (it has its own
 * schedule and schema version, core/ahead/stored.ts). A stored value that cannot be read is logged and
 * treated as nothing held.
 */
import browser from 'webextension-polyfill';
import type { AheadState } from '../core/ahead/auctions-refresh';
import { readAheadState, toStored } from '../core/ahead/stored';

export const AHEAD_KEY = 'ahead';

export async function loadAhead(): Promise<AheadState> {
  const { state, problem } = readAheadState((await browser.storage.local.get(AHEAD_KEY))[AHEAD_KEY]);
  if (problem) console.warn(`Liquidity Lens: the stored auction data cannot be read (${problem}); asking for them again`);
  return state;
}

export async function saveAhead(state: AheadState): Promise<void> {
  await browser.storage.local.set({ [AHEAD_KEY]: toStored(state) });
}
