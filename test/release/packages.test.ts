/**
 * The store packages as npm test has just built them (dist/, dist-firefox/), and what the listing needs:
 * checked as a store reviewer would look at them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions, permissionsOf } from '../../scripts/release/check';
import { hostsBeyondRelease, parseReleasedHosts, RELEASED_HOSTS_FILE, requiredHosts } from '../../scripts/release/hosts';
import { permissionsBeyondRelease } from '../../scripts/release/permissions';
import { zipDir } from '../../scripts/release/zip';
import { runAddonsLinter } from '../../scripts/release/lint';
import { SHOTS, STORE_LANGS } from '../../scripts/release/listing';
import { FIREFOX_MIN } from '../../vite.config';

const root = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const version = JSON.parse(read('package.json')).version as string;
const documented = documentedPermissions(read('README.md'), '## Permissions');
const manifestOf = (dir: string) => JSON.parse(read(`${dir}/manifest.json`));
const released = parseReleasedHosts(read(RELEASED_HOSTS_FILE));

/** Width, height and PNG colour type (2: RGB, 6: RGBA) from a PNG's header. */
function png(f: string): { width: number; height: number; colourType: number } {
  const b = readFileSync(join(root, f));
  expect(b.subarray(1, 4).toString(), f).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25]! };
}

describe('the store packages', () => {
  it('are production builds for their store: https only, package.json’s version, the documented permissions, every named file present', () => {
    expect(checkPackage(join(root, 'dist'), 'chrome', { version, permissions: documented, released })).toEqual([]);
    expect(checkPackage(join(root, 'dist-firefox'), 'firefox', { version, permissions: documented, released })).toEqual([]);
    expect(manifestOf('dist').version).toBe(version);
    expect(manifestOf('dist-firefox').version).toBe(version);
  });

  it('require no host beyond the released version’s, and carry the source manifest’s required hosts unchanged', () => {
    const source = JSON.parse(read('manifest.json'));
    for (const dir of ['dist', 'dist-firefox']) {
      expect(hostsBeyondRelease(manifestOf(dir), released), dir).toEqual([]);
      // store/released-hosts.json is recorded from the source manifest (scripts/release/record-hosts.ts): the builds keep its hosts.
      expect(requiredHosts(manifestOf(dir)), dir).toEqual(requiredHosts(source));
    }
  });

  it('add no required permission with an install warning to the released version’s, and carry the source manifest’s permissions unchanged', () => {
    const source = JSON.parse(read('manifest.json'));
    for (const dir of ['dist', 'dist-firefox']) {
      expect(permissionsBeyondRelease(manifestOf(dir), released), dir).toEqual([]);
      // store/released-hosts.json records 0.1.0's permissions from its source manifest: the builds keep them as written.
      expect(manifestOf(dir).permissions, dir).toEqual(source.permissions);
    }
  });

  it('ask for exactly what the README and the Chrome dashboard’s justifications list', () => {
    expect(documented).toEqual(permissionsOf(manifestOf('dist')));
    expect(documented).toEqual(permissionsOf(manifestOf('dist-firefox')));
    expect(documentedPermissions(read('store/chrome-web-store.md'), '## Privacy practices')).toEqual(documented);
    // Nothing broader than the one optional pattern from which single hosts are asked.
    const all = Object.values(documented).flat();
    expect(all.filter((p) => p.includes('*://') || p === '<all_urls>')).toEqual([]);
    expect(documented.optional_host_permissions).toContain('https://*/*');
    expect(documented.host_permissions).not.toContain('https://*/*');
  });

  it('Firefox: no data collected, the minimum version the data-consent key needs, both explained to the reviewer', () => {
    const gecko = manifestOf('dist-firefox').browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe(FIREFOX_MIN);
    const notes = read('store/amo/reviewer-notes.md');
    expect(notes).toContain(`strict_min_version: "${FIREFOX_MIN}"`);
    expect(notes).toContain('data_collection_permissions: { required: ["none"] }');
  });

  it('addons-linter finds no error in the Firefox package, and every warning is explained in the reviewer notes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-lint-'));
    try {
      const zip = join(dir, 'firefox.zip');
      zipDir(join(root, 'dist-firefox'), zip);
      const lint = runAddonsLinter(join(root, 'node_modules', '.bin', 'addons-linter'), zip);
      expect(lint.errors).toEqual([]);
      const notes = read('store/amo/reviewer-notes.md');
      for (const w of lint.warnings) expect(notes, `${w.code} in ${w.file}`).toContain(w.code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the listing', () => {
  // The strictest of the three stores: names 45 (Edge; AMO 50, Chrome 75), summaries 132 (Chrome's summary is
  // the manifest's description), descriptions 250 to 10,000 characters (Edge; Chrome allows 16,000).
  it.each(STORE_LANGS)('%s: name, summary and description within every store’s limits, the summary the manifest’s', (lang) => {
    const l = JSON.parse(read(`store/listing/${lang}.json`));
    const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`));
    expect([...l.name].length).toBeLessThanOrEqual(45);
    expect([...l.summary].length).toBeLessThanOrEqual(132);
    expect(l.summary).toBe(messages.extDescription.message);
    expect(l.name).toBe(messages.extName.message);
    expect([...l.description].length).toBeGreaterThanOrEqual(250);
    expect([...l.description].length).toBeLessThanOrEqual(10_000);
    expect(l.description).toMatch(/FRED®.*(?:not endorsed or certified|未經|未经)/s);
    for (const k of ['badges', 'claims', 'options']) expect(typeof l.screenshots[k]).toBe('string');
  });

  it('images: 1280×800 opaque screenshots in each language, the 440×280 tile, the icons the stores ask for, shown in the README', () => {
    const readme = read('README.md');
    for (const lang of STORE_LANGS)
      for (const shot of SHOTS) {
        const f = `store/images/${lang}/${shot}.png`;
        expect(png(f), f).toEqual({ width: 1280, height: 800, colourType: 2 });
      }
    expect(png('store/images/promo-440x280.png')).toEqual({ width: 440, height: 280, colourType: 2 });
    for (const f of ['store/images/en/1-popup.png', 'store/images/zh_TW/2-badges.png', 'store/images/promo-440x280.png']) expect(readme).toContain(f);
    const icons = manifestOf('dist').icons as Record<string, string>;
    for (const [size, f] of Object.entries(icons)) expect(png(`dist/${f}`)).toMatchObject({ width: Number(size), height: Number(size) });
    expect(Object.keys(icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
    expect(png('store/images/icon-300.png')).toMatchObject({ width: 300, height: 300 });
  });

  it('has its changelog entry, its build instructions and a privacy policy that says what the product does', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'));
    expect(read('BUILDING.md')).toContain('npm run build-for-amo');
    expect(JSON.parse(read('package.json')).scripts['build-for-amo']).toBe('tsx scripts/build-for-amo.ts');
    const privacy = read('PRIVACY.md');
    for (const host of ['fred.stlouisfed.org', 'markets.newyorkfed.org', 'api.fiscaldata.treasury.gov', 'api.stlouisfed.org']) expect(privacy).toContain(host);
    expect(privacy).toMatch(/never leave your device/);
    expect(privacy).toMatch(/never synced/);
    expect(privacy).toMatch(/can tell that the extension is installed/);
    expect(existsSync(join(root, 'store', 'amo', 'reviewer-notes.md'))).toBe(true);
  });
});
