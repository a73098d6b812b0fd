/**
 * A new week of reserves in the built extension's cache, as a refresh would write it (the worker then tells the
 * pages `page/changed`), and the same taken back out for the tests after.
 */
import type { Loaded } from './extension';

/** Appends a week after the newest reserves observation, `plus` above it; returns its date and value. */
export function addReservesWeek(ext: Loaded, plus: number): Promise<{ date: string; value: number }> {
  return ext.worker.evaluate(async (plus) => {
    const doc = (await chrome.storage.local.get('cache')).cache;
    const pts = doc.providers['fred:WRESBAL'].points.reserves;
    const [last, v] = pts[pts.length - 1];
    const next = new Date(Date.parse(`${last}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    pts.push([next, v + plus]);
    doc.writtenAt = new Date().toISOString();
    await chrome.storage.local.set({ cache: doc });
    return { date: next, value: v + plus };
  }, plus);
}

export function removeReservesWeek(ext: Loaded, date: string): Promise<void> {
  return ext.worker.evaluate(async (d) => {
    const doc = (await chrome.storage.local.get('cache')).cache;
    doc.providers['fred:WRESBAL'].points.reserves = doc.providers['fred:WRESBAL'].points.reserves.filter(([x]: [string]) => x !== d);
    await chrome.storage.local.set({ cache: doc });
  }, date);
}
