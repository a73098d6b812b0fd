/**
 * What `npm run release` refuses, tested on the rules themselves (the release tests run the whole release):
 * permissions compared set by set, a linter that did not run, an unexplained warning, a missing changelog entry.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions, permissionDifferences, permissionsOf } from '../../scripts/release/check';
import { changelogHasVersion, parseLintReport, runAddonsLinter, unexplainedWarnings } from '../../scripts/release/lint';

const root = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const source = JSON.parse(read('manifest.json'));
const documented = documentedPermissions(read('README.md'), '## Permissions');

describe('permissions, set by set', () => {
  it('the README’s table, its optional marker kept, is the source manifest’s four sets', () => {
    expect(permissionDifferences(permissionsOf(source), documented)).toEqual([]);
    expect(documented.optional_permissions).toEqual(['notifications']);
    expect(documented.optional_host_permissions).toContain('https://*/*');
    expect(documentedPermissions(read('store/chrome-web-store.md'), '## Privacy practices')).toEqual(documented);
  });

  const moved = (from: string, to: string, p: string) => {
    const m = structuredClone(source);
    m[from] = m[from].filter((x: string) => x !== p);
    m[to] = [...(m[to] ?? []), p];
    return m;
  };

  it.each([
    ['optional_host_permissions', 'host_permissions', 'https://*/*'],
    ['optional_permissions', 'permissions', 'notifications'],
    ['optional_host_permissions', 'host_permissions', 'https://api.stlouisfed.org/*'],
  ])('refuses a manifest that moves %s → %s (%s): asked at install instead of on demand', (from, to, p) => {
    const m = moved(from, to, p);
    // The flat list is the same: only set-by-set comparison sees the move.
    expect(Object.values(permissionsOf(m)).flat().sort()).toEqual(Object.values(documented).flat().sort());
    const diff = permissionDifferences(permissionsOf(m), documented);
    expect(diff).toEqual([expect.stringContaining(`${to} asks for ["${p}"]`), expect.stringContaining(`${from} lacks ["${p}"]`)]);
    const dir = mkdtempSync(join(tmpdir(), 'll-perm-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, version: '0.1.0', content_scripts: [], background: { service_worker: 'sw.js' } }));
      expect(checkPackage(dir, 'chrome', { version: '0.1.0', permissions: documented })).toEqual(expect.arrayContaining([expect.stringContaining(`${to} asks for`)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a permission the documentation does not list at all', () => {
    const m = { ...source, permissions: [...source.permissions, 'tabs'] };
    expect(permissionDifferences(permissionsOf(m), documented)).toEqual(['permissions asks for ["tabs"], which the documentation does not list there']);
  });
});

describe('the linter, the reviewer notes and the changelog', () => {
  it('a linter that cannot be spawned is an error, not "0 errors"', () => {
    expect(() => runAddonsLinter(join(root, 'node_modules', '.bin', 'no-such-linter'), root)).toThrow(/could not be run/);
  });

  it('a linter that answers without its JSON report is an error', () => {
    expect(() => parseLintReport('', 1, 'Error: Cannot find module')).toThrow(/no report \(exit 1\): Error: Cannot find module/);
    expect(() => parseLintReport('{"summary": {}}', 0)).toThrow(/no report/);
    expect(() => parseLintReport('{not json', 0)).toThrow(/no report/);
  });

  it('reads the report, also when the linter exits 1 for the errors it found', () => {
    const out = 'addons-linter\n' + JSON.stringify({ errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'm' }], warnings: [] });
    expect(parseLintReport(out, 1).errors.map((e) => e.code)).toEqual(['MANIFEST_FIELD_INVALID']);
  });

  it('a warning is explained only when the reviewer notes name its code', () => {
    const report = { errors: [], warnings: [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'm' }, { code: 'DANGEROUS_EVAL', message: 'm' }] };
    expect(unexplainedWarnings(report, 'UNSAFE_VAR_ASSIGNMENT: preact sets …').map((w) => w.code)).toEqual(['DANGEROUS_EVAL']);
  });

  it('a version needs its own changelog section, not a longer version’s or an "Unreleased" one', () => {
    expect(changelogHasVersion('# Changes\n\n## 0.1.0 — 2026-01-02\n', '0.1.0')).toBe(true);
    expect(changelogHasVersion('## 0.1.0\n', '0.1.0')).toBe(true);
    expect(changelogHasVersion('## 0.1.01\n## 0.1.0.1\n## Unreleased\n', '0.1.0')).toBe(false);
    expect(changelogHasVersion('## 0x1x0\n', '0.1.0')).toBe(false);
    expect(changelogHasVersion(read('CHANGELOG.md'), JSON.parse(read('package.json')).version)).toBe(true);
  });
});

describe('the suite itself', () => {
  it('refuses a stray .only in every project, with or without CI set', async () => {
    const config = (await import('../../vitest.config')).default as { test: { projects: Array<{ test: { name: string; allowOnly?: boolean } }> } };
    const projects = config.test.projects.map((p) => [p.test.name, p.test.allowOnly]);
    expect(projects).toEqual([['unit', false], ['browser', false], ['release', false]]);
  });
});
