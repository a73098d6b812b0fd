/**
 * Sites the reader added get the same content script as the built-in ones, registered at runtime for
 * exactly the hosts whose permission was granted (and dropped when it is taken back).
 */
import browser from 'webextension-polyfill';
import { patternForHost } from '../core/sites';
import { loadSettings } from './store';

const SCRIPT_ID = 'added-sites';

export async function syncAddedSites(): Promise<void> {
  const settings = await loadSettings();
  const patterns: string[] = [];
  for (const host of settings.sitesAdded) {
    const p = patternForHost(host);
    if (await browser.permissions.contains({ origins: [p] })) patterns.push(p);
  }
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length && js.length) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js, matches: patterns, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  }
}
