/**
 * From the first release on, an update never adds a required API permission that carries an install warning
 * (scripts/release/permissions.ts): the rule on its own, against the warnings as the documents word them, and
 * this tree's manifest against 0.1.0's permissions as store/released-hosts.json records them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions } from '../../scripts/release/check';
import { parseReleasedHosts, RELEASED_HOSTS_FILE } from '../../scripts/release/hosts';
import { PERMISSION_WARNINGS, permissionsBeyondRelease } from '../../scripts/release/permissions';

const root = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const source = JSON.parse(read('manifest.json'));
const released = parseReleasedHosts(read(RELEASED_HOSTS_FILE));
const adding = (...p: string[]) => ({ ...source, permissions: [...source.permissions, ...p] });

describe('a new required API permission against the last released version’s', () => {
  it('0.1.0’s are recorded: storage, alarms, scripting, activeTab', () => {
    expect(released.permissions).toEqual(['storage', 'alarms', 'scripting', 'activeTab']);
  });

  it('this tree’s manifest passes: contextMenus, added since, carries no warning', () => {
    expect(source.permissions).toContain('contextMenus');
    expect(permissionsBeyondRelease(source, released)).toEqual([]);
  });

  it.each(['notifications', 'tabs', 'bookmarks', 'webNavigation', 'declarativeNetRequest'])('refuses %s, naming it, its warning in Chrome’s words, and saying to make it optional', (p) => {
    const refused = permissionsBeyondRelease(adding(p), released);
    expect(refused.map((r) => r.permission)).toEqual([p]);
    expect(refused[0]!.why).toContain(`required permission ${p} is new since the released 0.1.0`);
    expect(refused[0]!.why).toContain(`Chrome: “${PERMISSION_WARNINGS.warnings[p]!.chrome}”`);
    expect(refused[0]!.why).toMatch(/make it optional \(optional_permissions/);
  });

  it('refuses one that only Firefox prompts for (the same 0.1.0 is on AMO)', () => {
    const [refused] = permissionsBeyondRelease(adding('browsingData'), released);
    expect(refused?.why).toContain('Firefox: “Clear recent browsing history, cookies, and related data”');
    expect(refused?.why).not.toContain('Chrome:');
  });

  it('accepts the documented ones without a warning, and whatever 0.1.0 already had', () => {
    expect(permissionsBeyondRelease(adding('alarms', 'storage', 'cookies', 'declarativeContent'), released)).toEqual([]);
    expect(permissionsBeyondRelease({ ...source, permissions: [] }, released)).toEqual([]);
    expect(permissionsBeyondRelease({ ...source, permissions: undefined }, released)).toEqual([]);
  });

  it('refuses one neither document places, saying to look it up', () => {
    const [refused] = permissionsBeyondRelease(adding('someFuturePermission'), released);
    expect(refused?.permission).toBe('someFuturePermission');
    expect(refused?.why).toMatch(/does not say whether it carries an install warning: look it up/);
  });

  it('a permission moved from optional to required counts as new (notifications is optional in this tree)', () => {
    expect(source.optional_permissions).toContain('notifications');
    const m = { ...adding('notifications'), optional_permissions: [] };
    expect(permissionsBeyondRelease(m, released).map((r) => r.permission)).toEqual(['notifications']);
  });

  it('the warnings table: every entry worded for at least one browser; none both warning and not', () => {
    for (const [p, w] of Object.entries(PERMISSION_WARNINGS.warnings)) expect(w.chrome || w.firefox, p).toBeTruthy();
    for (const p of Object.keys(PERMISSION_WARNINGS.withoutWarning)) expect(Object.hasOwn(PERMISSION_WARNINGS.warnings, p), p).toBe(false);
  });

  it('a package asking for a new required permission with a warning is not a store package (what npm run release refuses)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-perms-'));
    try {
      const permissions = documentedPermissions(read('README.md'), '## Permissions');
      const m = { ...adding('notifications'), version: '0.1.0', background: { service_worker: 'sw.js' } };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
      const problems = checkPackage(dir, 'chrome', { version: '0.1.0', permissions, released }).filter((p) => p.startsWith('required permission'));
      expect(problems).toEqual([expect.stringMatching(/^required permission notifications is new since the released 0\.1\.0 .*Chrome: “Display notifications”.*make it optional/)]);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, permissions: source.permissions }));
      expect(checkPackage(dir, 'chrome', { version: '0.1.0', permissions, released }).filter((p) => p.startsWith('required permission'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
