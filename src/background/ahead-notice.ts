/**
 * The day-before notification of a heavy day (core/ahead/notice.ts decides). Off by default; turned on in
 * the options, which ask for the optional `notifications` permission. An hourly alarm wakes the worker while
 * it is on (the worker may be stopped at any time; alarms outlive it), and the check also runs when the
 * auctions are rewritten. The day is recorded as announced before the notification is made, so it is never
 * made twice. Chrome's notification has a button that snoozes them for a week (Firefox has no buttons: the
 * options page snoozes there).
 */
import browser, { type Notifications } from 'webextension-polyfill';
import { dayTitle, settlementLine } from '../core/ahead/day-words';
import { EMPTY_NOTICE, NOTICE_KEY, noticeDue, readNotice, snoozed, told, type NoticeState } from '../core/ahead/notice';
import { nyTime } from '../core/calendar';
import { msg } from '../core/messages';
import { calendarGet } from './calendar';
import { readerLang } from './messages';
import { loadSettings } from './store';

export const NOTICE_ALARM = 'ahead-notice';
const NOTIFICATION_PREFIX = 'ahead:';
const WEIGHED = new Set(['settlement', 'tax', 'quarter_end']);

/** The hourly alarm exists exactly while the notification is on. */
export async function syncNoticeAlarm(): Promise<void> {
  if (!(await loadSettings()).aheadNotifications) return void (await browser.alarms.clear(NOTICE_ALARM));
  if (!(await browser.alarms.get(NOTICE_ALARM))) await browser.alarms.create(NOTICE_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
}

async function loadNotice(): Promise<NoticeState | null> {
  const read = readNotice((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY]);
  if (read.state === 'newer') return null; // a newer version's record is kept, and it decides
  return read.state === 'current' ? read.notice : EMPTY_NOTICE;
}

async function check(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.aheadNotifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const notice = await loadNotice();
  if (!notice) return;
  const now = nyTime(Date.now());
  const lang = await readerLang();
  const answer = await calendarGet({ from: now.date, days: 2 }, lang);
  const due = noticeDue(answer.weights, now.date, now.hour, notice, settings.aheadThresholdBn);
  if (!due) return;
  await browser.storage.local.set({ [NOTICE_KEY]: told(notice, due.date, now.date) });
  const events = answer.events.filter((e) => e.date === due.date && WEIGHED.has(e.kind));
  const say = (key: string, ...subs: Array<string | number>) => msg(lang, key, ...subs);
  const cash = settlementLine(due.weight, lang, say);
  const sources = [...new Set(events.map((e) => e.source.name))].join(' · ');
  // Chrome's own API has buttons and a context line; Firefox's has neither (its options page snoozes).
  const chromeOwn = !!(globalThis as { chrome?: { notifications?: { onButtonClicked?: unknown } } }).chrome?.notifications?.onButtonClicked && !navigator.userAgent.includes('Firefox/');
  const lines = [events.map((e) => e.label).join(' + '), cash, chromeOwn ? null : sources].filter(Boolean);
  const options: Notifications.CreateNotificationOptions & { buttons?: Array<{ title: string }> } = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: msg(lang, 'aheadNoticeTitle', dayTitle(due.date, lang, true)),
    message: lines.join('\n'),
    ...(chromeOwn ? { contextMessage: sources, buttons: [{ title: msg(lang, 'aheadNoticeSnooze') }] } : {}),
  };
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${due.date}`, options);
}

let running: Promise<void> = Promise.resolve();

/** One check at a time: two wakes at once must not both find the day unannounced. */
export function checkAheadNotice(): Promise<void> {
  running = running.then(check, check).catch((e: unknown) => console.warn('Liquidity Lens: the heavy-day notice failed', e));
  return running;
}

/** The notification's button: no notice for a week. In turn with the checks, so neither writes over the other. */
function onNoticeButton(id: string, button: number): Promise<void> {
  if (!id.startsWith(NOTIFICATION_PREFIX) || button !== 0) return Promise.resolve();
  const snooze = async () => {
    const notice = await loadNotice();
    if (notice) await browser.storage.local.set({ [NOTICE_KEY]: snoozed(notice, nyTime(Date.now()).date) });
    await browser.notifications.clear(id);
  };
  running = running.then(snooze, snooze).catch((e: unknown) => console.warn('Liquidity Lens: the snooze failed', e));
  return running;
}

let listening = false;

/**
 * The button's listener, registered at the worker's start; the API exists only once the optional permission
 * is granted, so this is called again when it is.
 */
export function listenNoticeButtons(): void {
  const clicked = (browser.notifications as Notifications.Static | undefined)?.onButtonClicked;
  if (listening || !clicked) return;
  clicked.addListener((id, button) => void onNoticeButton(id, button).catch(() => undefined));
  listening = true;
}
