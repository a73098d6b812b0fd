/**
 * "Check these figures with Liquidity Lens": the context-menu item on selected text, the check-selection
 * shortcut and the popup's button all end here. With the tab granted for that one gesture (activeTab), the
 * selection check's script is injected into it and called; it marks the figures in place. Where the page cannot
 * be scripted (the browser's PDF viewer, the stores, chrome:// and about: pages) or had no selection to read,
 * the text goes to a small extension window instead, through storage.session under a key of its own. Nothing
 * is injected before the reader asks, and the text never leaves the browser.
 *
 * Registered at the top level of the worker (index.ts), which may have been stopped: the menu is created again,
 * idempotently, on install and on every start, and nothing here is kept in memory between events.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { nyTime } from '../core/calendar';
import { msg } from '../core/messages';
import { SELECTION_KEY_PREFIX, selectionRequest, staleSelectionKeys, type SelectionWhy } from '../core/selection';
import type { SelectionOutcome } from '../content/selection';
import { readerLang } from './messages';

export const MENU_ID = 'check-selection';
export const COMMAND = 'check-selection';
const WINDOW_PAGE = 'src/selection/index.html';
/** The selection check's script, as vite.config.ts builds it (SELECTION_SCRIPT there). */
const SELECTION_SCRIPT_PATH = 'src/content/selection-entry.js';

/** The remaking under way, if any: two at once (install beside a settings write) would both remove, then both create. */
let menuMade: Promise<void> = Promise.resolve();

/** The menu item, in the reader's language (the options' choice): made again on install, start and a language change. */
export function ensureMenu(): Promise<void> {
  menuMade = menuMade.catch(() => undefined).then(async () => {
    const title = msg(await readerLang(), 'menuCheckSelection');
    await browser.contextMenus.removeAll();
    await new Promise<void>((done) => browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] }, () => done()));
  });
  return menuMade;
}

/** The results window, for text the page itself cannot show marks in. */
async function openWindow(text: string | undefined, pageUrl: string | undefined, why: SelectionWhy): Promise<void> {
  const id = crypto.randomUUID();
  const now = Date.now();
  const held = await browser.storage.session.get(null).catch((): Record<string, unknown> => ({}));
  const stale = staleSelectionKeys(held, now);
  if (stale.length) await browser.storage.session.remove(stale).catch(() => undefined);
  await browser.storage.session.set({ [SELECTION_KEY_PREFIX + id]: selectionRequest(text, pageUrl, why, now) });
  await browser.windows.create({ url: browser.runtime.getURL(`${WINDOW_PAGE}?id=${id}`), type: 'popup', width: 480, height: 600 });
}

/** In place, in the frame the selection is in: what the page's script found, or null where the page cannot be scripted. */
async function checkInPage(tabId: number, frameId: number): Promise<SelectionOutcome | null> {
  const target = { tabId, frameIds: [frameId] };
  try {
    // From the extension's root ("/…"): Firefox resolves a bare path against the calling page.
    await browser.scripting.executeScript({ target, files: [`/${SELECTION_SCRIPT_PATH}`] });
    const [result] = await browser.scripting.executeScript({
      target,
      func: (today: string) => (globalThis as { __liquidityLensSelection?: (d: string) => Promise<unknown> }).__liquidityLensSelection?.(today) ?? null,
      args: [nyTime(Date.now()).date],
    });
    return (result?.result as SelectionOutcome | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Checks the selection in `tab`: in place when the page can be scripted and holds a selection, else in the
 * window. `text` is the browser's own copy of the selection (the context menu gives it; the shortcut and the
 * popup do not).
 */
export async function checkSelection(tab: Pick<Tabs.Tab, 'id' | 'url'> | undefined, text?: string, frameId = 0): Promise<'page' | 'window'> {
  const outcome = tab?.id !== undefined ? await checkInPage(tab.id, frameId) : null;
  if (outcome?.selected) return 'page';
  await openWindow(text, tab?.url, outcome ? 'unread' : 'unscriptable');
  return 'window';
}

export function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): void {
  if (info.menuItemId === MENU_ID) void checkSelection(tab, info.selectionText, info.frameId ?? 0).catch((e: unknown) => console.warn('Liquidity Lens: selection check failed', e));
}

export function onCommand(command: string, tab?: Tabs.Tab): void {
  if (command !== COMMAND) return;
  const run = async () => checkSelection(tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
  void run().catch((e: unknown) => console.warn('Liquidity Lens: selection check failed', e));
}
