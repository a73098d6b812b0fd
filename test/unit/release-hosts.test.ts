/**
 * From the first release on, an update never adds a required host (scripts/release/hosts.ts): the rule on its
 * own, the released file against the commit it was recorded from, and this tree's manifest against it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions } from '../../scripts/release/check';
import { dataCollectionInBuildConfig } from '../../scripts/release/data-collection';
import { hostsBeyondRelease, parseReleasedHosts, patternCovers, RELEASED_HOSTS_FILE, releasedHostsOf, releasedHostsText, requiredHosts } from '../../scripts/release/hosts';
import { SUGGESTED_SITES, suggestedOrigins } from '../../src/core/suggested-sites';
import { RELEASE_0_1_0, releaseCommit } from '../helpers/old-build';

const root = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const source = JSON.parse(read('manifest.json'));
const releasedText = read(RELEASED_HOSTS_FILE);
const released = parseReleasedHosts(releasedText);

const withMatches = (m: any, matches: string[]) => ({ ...m, content_scripts: [{ ...m.content_scripts[0], matches }] });

describe('one match pattern covering another', () => {
  it.each([
    ['https://*.reuters.com/*', 'https://*.reuters.com/*'],
    ['https://*.reuters.com/*', 'https://www.reuters.com/*'],
    ['https://*.reuters.com/*', 'https://reuters.com/*'],
    ['https://*.reuters.com/*', 'https://*.www.reuters.com/*'],
    ['https://*.reuters.com/*', 'https://www.reuters.com/markets/*'],
    ['https://fred.stlouisfed.org/*', 'https://fred.stlouisfed.org/graph/fredgraph.csv'],
    ['https://*/*', 'https://*.zerohedge.com/*'],
    ['*://*.reuters.com/*', 'https://www.reuters.com/*'],
    ['<all_urls>', 'https://*/*'],
    ['https://a.example/news/*', 'https://a.example/news/*/today'],
  ])('%s covers %s (the same or narrower)', (wide, narrow) => expect(patternCovers(wide, narrow)).toBe(true));

  it.each([
    ['https://*.reuters.com/*', 'https://*.com/*'],
    ['https://*.reuters.com/*', 'https://*/*'],
    ['https://*.reuters.com/*', '<all_urls>'],
    ['https://*.reuters.com/*', '*://*.reuters.com/*'],
    ['https://*.reuters.com/*', 'http://www.reuters.com/*'],
    ['https://*.reuters.com/*', 'https://notreuters.com/*'],
    ['https://*.reuters.com/*', 'https://reuters.com.evil.example/*'],
    ['https://www.reuters.com/*', 'https://*.www.reuters.com/*'],
    ['https://www.reuters.com/*', 'https://*.reuters.com/*'],
    ['https://fred.stlouisfed.org/graph/*', 'https://fred.stlouisfed.org/*'],
    ['https://a.example/news/*', 'https://a.example/*/news/*'],
    ['https://*.reuters.com/*', 'not a pattern'],
  ])('%s does not cover %s (wider, or another host)', (wide, narrow) => expect(patternCovers(wide, narrow)).toBe(false));
});

describe('a version’s required hosts against the last released version’s', () => {
  it('are host_permissions and every content script’s matches, each once', () => {
    const m = { host_permissions: ['https://a.example/*'], content_scripts: [{ matches: ['https://*.b.example/*', 'https://a.example/*'] }, { matches: ['https://*.c.example/*'] }] };
    expect(requiredHosts(m)).toEqual(['https://a.example/*', 'https://*.b.example/*', 'https://*.c.example/*']);
    expect(requiredHosts({})).toEqual([]);
  });

  it('this tree’s manifest passes: nothing required beyond 0.1.0', () => {
    expect(hostsBeyondRelease(source, released)).toEqual([]);
  });

  it('refuses an added required host, in a content script or in host_permissions', () => {
    const site = SUGGESTED_SITES[0]!;
    const [origin] = suggestedOrigins(site);
    expect(hostsBeyondRelease(withMatches(source, [...source.content_scripts[0].matches, origin!]), released)).toEqual([origin]);
    expect(hostsBeyondRelease({ ...source, host_permissions: [...source.host_permissions, 'https://api.stlouisfed.org/*'] }, released)).toEqual(['https://api.stlouisfed.org/*']);
    // A second content script is required as much as the first.
    expect(hostsBeyondRelease({ ...source, content_scripts: [...source.content_scripts, { matches: ['https://*.example.org/*'], js: ['x.js'] }] }, released)).toEqual(['https://*.example.org/*']);
  });

  it('accepts the same or fewer hosts, and a narrower pattern; refuses a wider one', () => {
    expect(hostsBeyondRelease(withMatches(source, source.content_scripts[0].matches.slice(3)), released)).toEqual([]);
    expect(hostsBeyondRelease({ ...source, host_permissions: [], content_scripts: [] }, released)).toEqual([]);
    expect(hostsBeyondRelease(withMatches(source, ['https://www.reuters.com/*', 'https://*.markets.reuters.com/*']), released)).toEqual([]);
    expect(hostsBeyondRelease(withMatches(source, ['https://*.com/*']), released)).toEqual(['https://*.com/*']);
    expect(hostsBeyondRelease(withMatches(source, ['*://*.reuters.com/*']), released)).toEqual(['*://*.reuters.com/*']);
    // Moving the optional pattern every added site comes from into the required ones is the widest of all.
    expect(hostsBeyondRelease({ ...source, host_permissions: [...source.host_permissions, 'https://*/*'] }, released)).toEqual(['https://*/*']);
  });

  it('a package with an added required host is not a store package (what npm run release refuses)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-hosts-'));
    try {
      const m = withMatches({ ...source, version: '0.1.0', background: { service_worker: 'sw.js' } }, [...source.content_scripts[0].matches, 'https://*.zerohedge.com/*']);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
      const permissions = documentedPermissions(read('README.md'), '## Permissions');
      const problems = checkPackage(dir, 'chrome', { version: '0.1.0', permissions, released });
      expect(problems.filter((p) => p.startsWith('required host'))).toEqual([expect.stringContaining('required host https://*.zerohedge.com/* is not covered by the released 0.1.0')]);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, content_scripts: source.content_scripts }));
      expect(checkPackage(dir, 'chrome', { version: '0.1.0', permissions, released }).filter((p) => p.startsWith('required host'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('store/released-hosts.json', () => {
  it('is what the released commit’s manifest says (as scripts/release/record-hosts.ts writes it)', () => {
    const commit = releaseCommit(RELEASE_0_1_0);
    const text = (f: string) => execFileSync('git', ['show', `${commit}:${f}`], { cwd: root, encoding: 'utf8' });
    const show = (f: string) => JSON.parse(text(f));
    expect(released.commit).toBe(commit);
    const dataCollection = dataCollectionInBuildConfig(text('vite.config.ts'));
    expect(releasedText).toBe(releasedHostsText(releasedHostsOf(show('manifest.json'), show('package.json').version, commit, '2026-12-01', dataCollection)));
    expect(released.version).toBe('0.1.0');
  });

  it('a mistyped file refuses the release rather than passing it', () => {
    expect(() => parseReleasedHosts('{"version": "0.1.0"}')).toThrow(/commit/);
    expect(() => parseReleasedHosts(JSON.stringify({ ...released, content_scripts_matches: 'https://*/*' }))).toThrow(/lists of match patterns/);
    expect(() => parseReleasedHosts('not json')).toThrow();
    const { permissions: _, ...withoutPermissions } = released;
    expect(() => parseReleasedHosts(JSON.stringify(withoutPermissions))).toThrow(/permissions must be the list/);
    const { data_collection_permissions: _d, ...withoutDataCollection } = released;
    expect(() => parseReleasedHosts(JSON.stringify(withoutDataCollection))).toThrow(/data_collection_permissions must be/);
    expect(() => parseReleasedHosts(JSON.stringify({ ...released, data_collection_permissions: { required: 'none' } }))).toThrow(/data_collection_permissions must be/);
  });
});
