/**
 * From the first release on, an update never adds a required host. Chrome disables an extension on update
 * when the new version asks at install for more than the installed one was granted (until its reader accepts
 * the new warning), so every new site arrives as a suggested site, asked for at a click. The required hosts are
 * `host_permissions` and every content script's `matches` (content scripts grant host access too); each must be
 * covered by one of the last released version's (store/released-hosts.json, which also keeps its required API
 * permissions for release/permissions.ts, and its Firefox data collection permissions for release/data-collection.ts).
 * Pure: the release script reads the files and calls these.
 */
import { isDataCollection, type DataCollection } from './data-collection';

export interface ReleasedHosts {
  version: string;
  commit: string;
  released: string;
  host_permissions: string[];
  content_scripts_matches: string[];
  /** The released manifest's required API permissions (release/permissions.ts: a new one must not warn). */
  permissions: string[];
  /** The released Firefox manifest's data collection permissions (release/data-collection.ts: no new required one). */
  data_collection_permissions: DataCollection;
}

/** A manifest's required hosts, each once, in order. */
export function requiredHosts(manifest: any): string[] {
  const all: string[] = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c: any) => c.matches ?? [])];
  return [...new Set(all.map(String))];
}

interface Parsed {
  scheme: string;
  host: string;
  path: string;
}

function parse(pattern: string): Parsed | null {
  const m = /^(\*|https?|wss?|ftp|file|urn):\/\/([^/]*)(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : null;
}

const schemeCovers = (wide: string, narrow: string) => wide === narrow || (wide === '*' && /^(https?|\*)$/.test(narrow));

/** `*` covers every host; `*.a.b` covers a.b and everything under it (wildcard or not); a plain host only itself. */
function hostCovers(wide: string, narrow: string): boolean {
  if (wide === '*') return true;
  if (narrow === '*') return false;
  if (!wide.startsWith('*.')) return wide === narrow;
  const base = wide.slice(2);
  const n = narrow.startsWith('*.') ? narrow.slice(2) : narrow;
  return n === base || n.endsWith(`.${base}`);
}

/**
 * A path glob covers another when it matches it with the other's `*` read as a plain character: each of those
 * is then absorbed by one of the wide glob's own `*`, whatever it stands for. (Sound, if not complete: a pair
 * it cannot prove is refused, which is the safe side for this rule.)
 */
function pathCovers(wide: string, narrow: string): boolean {
  const re = new RegExp(`^${wide.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return re.test(narrow);
}

/** Does every URL the `narrow` match pattern matches also match `wide`? */
export function patternCovers(wide: string, narrow: string): boolean {
  if (wide === '<all_urls>') return narrow === '<all_urls>' || parse(narrow) !== null;
  if (narrow === '<all_urls>') return false;
  const w = parse(wide);
  const n = parse(narrow);
  if (!w || !n) return wide === narrow;
  return schemeCovers(w.scheme, n.scheme) && hostCovers(w.host, n.host) && pathCovers(w.path, n.path);
}

/** The required hosts of `manifest` that no required host of the released version covers: empty means it may ship. */
export function hostsBeyondRelease(manifest: any, released: ReleasedHosts): string[] {
  const granted = [...released.host_permissions, ...released.content_scripts_matches];
  return requiredHosts(manifest).filter((p) => !granted.some((g) => patternCovers(g, p)));
}

/** The file's contents checked for shape, so that a mistyped file refuses the release instead of passing it. */
export function parseReleasedHosts(text: string): ReleasedHosts {
  const x = JSON.parse(text) as Partial<ReleasedHosts>;
  const list = (v: unknown) => Array.isArray(v) && v.every((p) => typeof p === 'string');
  if (typeof x.version !== 'string' || typeof x.commit !== 'string' || !/^[0-9a-f]{40}$/.test(x.commit) || typeof x.released !== 'string') {
    throw new Error('store/released-hosts.json: version, commit (40 hex digits) and released are required');
  }
  if (!list(x.host_permissions) || !list(x.content_scripts_matches)) throw new Error('store/released-hosts.json: host_permissions and content_scripts_matches must be lists of match patterns');
  if (!list(x.permissions)) throw new Error('store/released-hosts.json: permissions must be the list of the released manifest’s required API permissions');
  if (!isDataCollection(x.data_collection_permissions)) {
    throw new Error('store/released-hosts.json: data_collection_permissions must be the released Firefox manifest’s (a required list, and an optional one if it had one)');
  }
  return x as ReleasedHosts;
}

/**
 * What store/released-hosts.json holds for a released version, from the manifest it was built from and the data
 * collection permissions its Firefox build declared.
 */
export function releasedHostsOf(manifest: any, version: string, commit: string, released: string, dataCollection: DataCollection): ReleasedHosts {
  return {
    version,
    commit,
    released,
    host_permissions: [...(manifest.host_permissions ?? [])],
    content_scripts_matches: [...new Set<string>((manifest.content_scripts ?? []).flatMap((c: any) => c.matches ?? []))],
    permissions: [...(manifest.permissions ?? [])],
    data_collection_permissions: dataCollection,
  };
}

export const RELEASED_HOSTS_FILE = 'store/released-hosts.json';
export const releasedHostsText = (r: ReleasedHosts) => `${JSON.stringify(r, null, 2)}\n`;
