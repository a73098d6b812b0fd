/**
 * The tab the popup was opened for, asked once as the popup loads, before anything renders: the site switch
 * and the article's date both need it. Its URL is readable only with the reader's click on the toolbar
 * (activeTab) or a granted host.
 */
import browser from 'webextension-polyfill';

export interface ActiveTab {
  id: number;
  url: string | null;
}

export const activeTab: Promise<ActiveTab | null> = browser.tabs.query({ active: true, currentWindow: true }).then(
  ([x]) => (x?.id !== undefined ? { id: x.id, url: x.url ?? null } : null),
  () => null,
);
