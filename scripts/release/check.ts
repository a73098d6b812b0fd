/**
 * What a store package must be: a production build (nothing of the dev server: no localhost imports, no
 * crxjs reload bridge, no web-accessible files, no source maps, no TypeScript), https-only match patterns,
 * package.json's version, every file the manifest names present, exactly the permissions the README
 * documents, and (given the last released version's hosts and permissions) no required host beyond those
 * (release/hosts.ts), no new required permission with an install warning (release/permissions.ts) and no new
 * required data collection permission in the Firefox package (release/data-collection.ts).
 * Returns the problems found; none means the package may be uploaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hostsBeyondRelease, type ReleasedHosts } from './hosts';
import { dataCollectionBeyondRelease } from './data-collection';
import { permissionsBeyondRelease } from './permissions';
import { filesUnder } from './zip';

export type Target = 'chrome' | 'firefox';

/**
 * The four sets a manifest asks for, each sorted. They are compared one by one: a permission moved from an
 * optional set into a required one (asked at install, shown as a warning, disabling the extension on update)
 * must not pass as "the same permissions".
 */
export interface PermissionSets {
  permissions: string[];
  host_permissions: string[];
  optional_permissions: string[];
  optional_host_permissions: string[];
}

const PERMISSION_KEYS = ['permissions', 'host_permissions', 'optional_permissions', 'optional_host_permissions'] as const;

export function permissionsOf(manifest: any): PermissionSets {
  const sets = {} as PermissionSets;
  for (const k of PERMISSION_KEYS) sets[k] = [...((manifest[k] as string[] | undefined) ?? [])].sort();
  return sets;
}

/** A host is a match pattern (it has a scheme); anything else is an API permission. */
const isHost = (p: string) => p.includes('://') || p === '<all_urls>';

/**
 * The permissions a document's table lists: the first backticked token of each row's first cell, in the
 * optional sets when the cell starts with "optional", in the host sets when the token is a match pattern.
 */
export function documentedPermissions(markdown: string, heading: string): PermissionSets {
  const at = markdown.indexOf(heading);
  if (at < 0) throw new Error(`no "${heading}" section`);
  const section = markdown.slice(at + heading.length).split(/\n#{1,3} /)[0]!;
  const sets: PermissionSets = { permissions: [], host_permissions: [], optional_permissions: [], optional_host_permissions: [] };
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const m = /^\|\s*(optional\s+)?`([^`]+)`/.exec(line);
    if (!m) continue;
    const key = `${m[1] ? 'optional_' : ''}${isHost(m[2]!) ? 'host_permissions' : 'permissions'}` as keyof PermissionSets;
    sets[key].push(m[2]!);
  }
  for (const k of PERMISSION_KEYS) sets[k].sort();
  return sets;
}

/** Each set that differs, said as a reviewer would: what the manifest asks for beyond the document, and what it lacks. */
export function permissionDifferences(got: PermissionSets, documented: PermissionSets): string[] {
  const out: string[] = [];
  for (const k of PERMISSION_KEYS) {
    const extra = got[k].filter((p) => !documented[k].includes(p));
    const missing = documented[k].filter((p) => !got[k].includes(p));
    if (extra.length) out.push(`${k} asks for ${JSON.stringify(extra)}, which the documentation does not list there`);
    if (missing.length) out.push(`${k} lacks ${JSON.stringify(missing)}, which the documentation lists there`);
  }
  return out;
}

const DEV_MARKERS = [/\bhttps?:\/\/localhost[:/]/, /@vite\/(?:client|env)/, /@crx\/client/, /crx-iife-reload-bridge/];

export function checkPackage(dir: string, target: Target, expected: { version: string; permissions: PermissionSets; released?: ReleasedHosts }): string[] {
  const problems: string[] = [];
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [`${dir}: no manifest.json`];
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = filesUnder(dir).map((f) => relative(dir, f).split('\\').join('/'));

  if (m.version !== expected.version) problems.push(`version ${m.version}, package.json says ${expected.version}`);
  const patterns = [
    ...(m.content_scripts ?? []).flatMap((c: any) => c.matches ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.web_accessible_resources ?? []).flatMap((w: any) => w.matches ?? []),
  ];
  for (const p of patterns) if (!String(p).startsWith('https://')) problems.push(`match pattern not https-only: ${p}`);
  if (m.web_accessible_resources?.length) problems.push('web_accessible_resources present (the dev server exposes every file this way)');
  problems.push(...permissionDifferences(permissionsOf(m), expected.permissions));
  if (expected.released) {
    for (const p of hostsBeyondRelease(m, expected.released)) {
      problems.push(`required host ${p} is not covered by the released ${expected.released.version}'s (store/released-hosts.json): an update must not add one; offer it as a suggested site`);
    }
    for (const p of permissionsBeyondRelease(m, expected.released)) problems.push(p.why);
    for (const p of dataCollectionBeyondRelease(m, expected.released)) problems.push(p.why);
  }

  for (const f of files) {
    if (f.endsWith('.map')) problems.push(`source map shipped: ${f}`);
    if (/\.tsx?$/.test(f)) problems.push(`TypeScript shipped: ${f}`);
    if (f.startsWith('vendor/crx-')) problems.push(`dev-mode file: ${f}`);
    if (/\.(?:js|html|json|css)$/.test(f)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const marker = DEV_MARKERS.find((re) => re.test(text));
      if (marker) problems.push(`dev-mode code in ${f} (${marker.source})`);
    }
  }
  const named = [
    ...(m.content_scripts ?? []).flatMap((c: any) => [...(c.js ?? []), ...(c.css ?? [])]),
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    m.action?.default_popup,
    m.options_ui?.page,
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
  ].filter((x): x is string => typeof x === 'string');
  for (const f of named) if (!files.includes(f)) problems.push(`the manifest names ${f}, which is not in the package`);

  if (target === 'firefox') {
    const gecko = m.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push('no gecko id');
    if (!gecko?.strict_min_version) problems.push('no strict_min_version');
    if (!gecko?.data_collection_permissions?.required?.length) problems.push('no data_collection_permissions');
    if (!m.background?.scripts) problems.push('no background.scripts (Firefox runs the MV3 background as scripts)');
  } else {
    if (m.browser_specific_settings) problems.push('browser_specific_settings in the Chrome package');
    if (!m.background?.service_worker) problems.push('no background.service_worker');
  }
  return problems;
}
