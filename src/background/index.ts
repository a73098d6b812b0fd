/**
 * Liquidity Lens service worker. Listeners are registered synchronously at the top level so that an
 * evicted worker wakes for them; every bit of state is in storage (see store.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { publisherOrigins, restrictStorage } from './access';
import { tellPages } from './pages';
import { allowed, answer, currentAnswer, fromThisExtension, parseRequest, prepare } from './messages';
import { noticeGaugeChanges } from './notify';
import { ALARM, requestRefresh, schedule } from './refresher';
import { forgetMemo, loadDoc, loadSettings, mergeBundledSnapshot, moveFredKeyOutOfSync, STORAGE_KEYS } from './store';
import { syncAddedSites } from './sites';
import { paintToolbar } from './toolbar';

async function scheduledRefresh(): Promise<void> {
  if ((await loadSettings()).refresh === 'manual') return schedule();
  await requestRefresh('scheduled').catch(() => schedule());
}

/** After the data or the settings change: repaint the toolbar badge, and notify if a rule flipped. */
async function reflect(cacheChanged: boolean): Promise<void> {
  const [a, settings] = await Promise.all([currentAnswer(), loadSettings()]);
  prepare(a);
  await paintToolbar(a);
  if (cacheChanged) await noticeGaugeChanges(a, settings);
}

// Every start: content scripts (any page's renderer) never read or write the extension's storage.
void restrictStorage();

browser.runtime.onInstalled.addListener(async (details) => {
  await restrictStorage();
  await moveFredKeyOutOfSync();
  await loadDoc(); // a fresh install starts from the bundled snapshot
  if (details.reason === 'update') await mergeBundledSnapshot();
  await reflect(true);
  await syncAddedSites().catch((e: unknown) => console.warn('Liquidity Lens: could not register added sites', e));
  await requestRefresh('manual').catch((e: unknown) => console.warn('Liquidity Lens: first refresh failed', e));
});

browser.runtime.onStartup.addListener(async () => {
  await reflect(false);
  await scheduledRefresh();
});

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === ALARM) await scheduledRefresh();
});

/** One door for every message: anyone but this extension's own scripts is turned away before it is read. */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!fromThisExtension(sender)) return undefined;
  const req = parseRequest(message);
  return req && allowed(req, sender) ? answer(req, sender) : undefined;
}
browser.runtime.onMessage.addListener(onMessage);
// Other extensions (and web pages, where a build declares externally_connectable) arrive here: the same door,
// so the sender check is what refuses them, not the absence of a listener.
browser.runtime.onMessageExternal.addListener(onMessage);

browser.storage.onChanged.addListener((changes, area) => {
  const cacheChanged = area === 'local' && STORAGE_KEYS.CACHE_KEY in changes;
  const settingsChanged = area === 'sync' && STORAGE_KEYS.SETTINGS_KEY in changes;
  if (cacheChanged) forgetMemo();
  if (cacheChanged || settingsChanged) reflect(cacheChanged).catch((e: unknown) => console.warn('Liquidity Lens: could not update the toolbar', e));
  // Content scripts cannot watch storage: they are told, and ask again.
  if (cacheChanged || settingsChanged) void tellPages(settingsChanged ? 'settings' : 'cache');
  if (settingsChanged) {
    schedule().catch(() => undefined);
    syncAddedSites().catch((e: unknown) => console.warn('Liquidity Lens: could not register added sites', e));
  }
});

browser.permissions.onAdded.addListener((p) => {
  void syncAddedSites().catch(() => undefined);
  // Access to a publisher given back: fetch what it has at once.
  const publishers = publisherOrigins();
  if (p.origins?.some((o) => publishers.includes(o))) void requestRefresh('manual').catch(() => undefined);
});
browser.permissions.onRemoved.addListener(() => void syncAddedSites().catch(() => undefined));
