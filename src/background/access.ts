/**
 * What the extension may reach, and who may reach it. Storage is closed to content scripts where the
 * browser allows it (Chrome: local and sync; Firefox keeps them open to content scripts, which here only
 * ever ask the worker by message); the publishers' hosts are checked before each refresh, because a reader
 * can withhold them (Chrome's site access, Firefox's permissions panel) and a fetch would only fail blind.
 */
import browser from 'webextension-polyfill';
import { hostOf } from '../core/refresh';
import { PROVIDER_IDS } from '../core/providers';

export const FRED_API_ORIGIN = 'https://api.stlouisfed.org/*';

type Restrictable = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/** Keeps content scripts (and so any page's renderer) out of storage.local and storage.sync. */
export async function restrictStorage(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.sync] as unknown as Restrictable[]) {
    await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
}

/**
 * Hosts that need a host permission: FRED sends no CORS headers. The NY Fed's rates answer with
 * `Access-Control-Allow-Origin: *` (recorded), its repo operations are unverified, so its host is kept;
 * Fiscal Data answers with `*` (recorded) and needs none.
 */
const NO_PERMISSION_NEEDED = new Set(['api.fiscaldata.treasury.gov']);

/** The publishers' hosts the worker would ask, and the permission origin of each. */
export function publisherOrigins(fredApiKey?: string): string[] {
  const hosts = new Set([...PROVIDER_IDS].map((id) => hostOf(id, fredApiKey)));
  return [...hosts].filter((h) => !NO_PERMISSION_NEEDED.has(h)).map((h) => `https://${h}/*`);
}

/** The publishers' hosts the reader has not granted (as host names). */
export async function hostsWithoutAccess(fredApiKey?: string): Promise<string[]> {
  const missing: string[] = [];
  for (const origin of publisherOrigins(fredApiKey)) {
    if (!(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) missing.push(new URL(origin.replace('/*', '/')).host);
  }
  return missing;
}
