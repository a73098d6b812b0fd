/**
 * Sites the reader added get the same content script as the built-in ones, registered at runtime for
 * exactly the hosts whose permission was granted (and dropped when it is taken back).
 */
import browser from 'webextension-polyfill';
import { extensionPath, patternForHost } from '../core/sites';
import { loadSettings } from './store';

const SCRIPT_ID = 'added-sites';

/** The content script's files, relative to the extension (Firefox's getManifest() gives them as full URLs). */
export function contentScriptFiles(): string[] {
  return (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []).map(extensionPath);
}

let running: Promise<void> = Promise.resolve();

/** One at a time: a settings change and a permission change often arrive together. */
export function syncAddedSites(): Promise<void> {
  running = running.catch(() => undefined).then(sync);
  return running;
}

async function sync(): Promise<void> {
  const settings = await loadSettings();
  const patterns: string[] = [];
  for (const host of settings.sitesAdded) {
    const p = patternForHost(host);
    if (await browser.permissions.contains({ origins: [p] })) patterns.push(p);
  }
  const js = contentScriptFiles();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length && js.length) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js, matches: patterns, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  }
}
