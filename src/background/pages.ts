/**
 * Content scripts no longer read storage (it is closed to them): when the settings or the data change, the
 * worker tells every tab, and a tab with our content script asks again for what it needs. Tabs without it
 * simply do not answer.
 */
import browser from 'webextension-polyfill';

export type PageChange = 'settings' | 'cache';

export async function tellPages(what: PageChange): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? null : browser.tabs.sendMessage(t.id, { type: 'page/changed', what }).catch(() => undefined))));
}
