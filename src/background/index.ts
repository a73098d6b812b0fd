/**
 * Liquidity Lens service worker. Listeners are registered synchronously at the top level so that an
 * evicted worker wakes for them; every bit of state is in storage (see store.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { publisherOrigins, restrictStorage } from './access';
import { tellPages } from './pages';
import { allowed, answer, currentAnswer, fromThisExtension, parseRequest, prepare } from './messages';
import { noticeGaugeChanges } from './notify';
import { checkAheadNotice, listenNoticeButtons, NOTICE_ALARM, syncNoticeAlarm } from './ahead-notice';
import { AHEAD_KEY } from './ahead-store';
import { ALARM, requestRefresh, schedule } from './refresher';
import { forgetMemo, loadDoc, loadSettings, mergeBundledSnapshot, moveFredKeyOutOfSync, STORAGE_KEYS } from './store';
import { syncAddedSites } from './sites';
import { paintToolbar } from './toolbar';
import { writePageAnswer } from './page-answer';
import { ensureMenu, onCommand, onMenuClicked } from './selection';

// Every module is evaluated by now (imports run first): the benchmark reads how long a stopped worker's start took.
performance.mark('ll-worker-imported');

async function scheduledRefresh(): Promise<void> {
  if ((await loadSettings()).refresh === 'manual') return schedule();
  await requestRefresh('scheduled').catch(() => schedule());
}

/**
 * After the data or the settings change: the answers kept for the popup and for pages, the toolbar badge, and a
 * notification if a rule flipped.
 */
async function reflect(cacheChanged: boolean): Promise<void> {
  const [a, settings] = await Promise.all([currentAnswer(), loadSettings()]);
  prepare(a);
  await writePageAnswer(settings, a).catch((e: unknown) => console.warn('Liquidity Lens: could not keep the page answer', e));
  await paintToolbar(a);
  if (cacheChanged) await noticeGaugeChanges(a, settings);
}

// Every start: content scripts (any page's renderer) never read or write the extension's storage.
void restrictStorage();

browser.runtime.onInstalled.addListener(async (details) => {
  // First: a menu item's click must find it there, whatever the rest of the install takes.
  await ensureMenu().catch((e: unknown) => console.warn('Liquidity Lens: could not add the menu item', e));
  await restrictStorage();
  await moveFredKeyOutOfSync();
  await loadDoc(); // a fresh install starts from the bundled snapshot
  if (details.reason === 'update') await mergeBundledSnapshot();
  await reflect(true);
  await syncNoticeAlarm().catch(() => undefined);
  await syncAddedSites().catch((e: unknown) => console.warn('Liquidity Lens: could not register added sites', e));
  await requestRefresh('manual').catch((e: unknown) => console.warn('Liquidity Lens: first refresh failed', e));
});

browser.runtime.onStartup.addListener(async () => {
  await ensureMenu().catch(() => undefined);
  await reflect(false);
  await syncNoticeAlarm().catch(() => undefined);
  await scheduledRefresh();
});

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === ALARM) await scheduledRefresh();
  if (alarm.name === NOTICE_ALARM) await checkAheadNotice();
});

// The selection check: the menu item's click and the shortcut, heard by a worker woken for them.
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.commands.onCommand.addListener(onCommand);

/** One door for every message: anyone but this extension's own scripts is turned away before it is read. */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!fromThisExtension(sender)) return undefined;
  const req = parseRequest(message);
  if (!req || !allowed(req, sender)) return undefined;
  return answer(req, sender).finally(() => performance.getEntriesByName('ll-first-answer').length || performance.mark('ll-first-answer', { detail: req.type }));
}
browser.runtime.onMessage.addListener(onMessage);
// Other extensions (and web pages, where a build declares externally_connectable) arrive here: the same door,
// so the sender check is what refuses them, not the absence of a listener.
browser.runtime.onMessageExternal.addListener(onMessage);

browser.storage.onChanged.addListener((changes, area) => {
  const cacheChanged = area === 'local' && STORAGE_KEYS.CACHE_KEY in changes;
  const settingsChanged = area === 'sync' && STORAGE_KEYS.SETTINGS_KEY in changes;
  if (cacheChanged) forgetMemo();
  // Content scripts cannot watch storage: they are told, and ask again, once the page answer is written.
  if (cacheChanged || settingsChanged) {
    reflect(cacheChanged)
      .catch((e: unknown) => console.warn('Liquidity Lens: could not update the toolbar', e))
      .finally(() => void tellPages(settingsChanged ? 'settings' : 'cache'));
  }
  // New auctions, or the notice turned on or its threshold changed: is tomorrow to be announced?
  if ((area === 'local' && AHEAD_KEY in changes) || settingsChanged) void syncNoticeAlarm().catch(() => undefined).then(checkAheadNotice);
  if (settingsChanged) {
    ensureMenu().catch(() => undefined); // its title follows the language chosen
    schedule().catch(() => undefined);
    syncAddedSites().catch((e: unknown) => console.warn('Liquidity Lens: could not register added sites', e));
  }
});

listenNoticeButtons();

browser.permissions.onAdded.addListener((p) => {
  void syncAddedSites().catch(() => undefined);
  if (p.permissions?.includes('notifications')) {
    listenNoticeButtons();
    void checkAheadNotice();
  }
  // Access to a publisher given back: fetch what it has at once.
  const publishers = publisherOrigins();
  if (p.origins?.some((o) => publishers.includes(o))) void requestRefresh('manual').catch(() => undefined);
});
browser.permissions.onRemoved.addListener(() => void syncAddedSites().catch(() => undefined));
