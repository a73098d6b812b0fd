/**
 * Liquidity Lens service worker. Listeners are registered synchronously at the top level so that an
 * evicted worker wakes for them; every bit of state is in storage (see store.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { answer, fromThisExtension, parseRequest } from './messages';
import { ALARM, requestRefresh, schedule } from './refresher';
import { forgetMemo, loadDoc, mergeBundledSnapshot, STORAGE_KEYS } from './store';

browser.runtime.onInstalled.addListener(async (details) => {
  await loadDoc(); // a fresh install starts from the bundled snapshot
  if (details.reason === 'update') await mergeBundledSnapshot();
  await requestRefresh('manual').catch((e: unknown) => console.warn('Liquidity Lens: first refresh failed', e));
});

browser.runtime.onStartup.addListener(async () => {
  await requestRefresh('scheduled').catch(() => schedule());
});

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === ALARM) await requestRefresh('scheduled').catch(() => schedule());
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender)) return undefined;
  const req = parseRequest(message);
  return req ? answer(req) : undefined;
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORAGE_KEYS.CACHE_KEY in changes) forgetMemo();
});
