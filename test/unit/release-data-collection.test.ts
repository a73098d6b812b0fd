/**
 * From the first release on, an update never adds a required data collection permission to the Firefox package
 * (scripts/release/data-collection.ts): the rule on its own, 0.1.0's value as recorded from its commit, and this
 * tree's Firefox manifest against it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions } from '../../scripts/release/check';
import { dataCollectionBeyondRelease, dataCollectionInBuildConfig, type DataCollection } from '../../scripts/release/data-collection';
import { parseReleasedHosts, RELEASED_HOSTS_FILE } from '../../scripts/release/hosts';
import { RELEASE_0_1_0, releaseCommit } from '../helpers/old-build';

const root = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const source = JSON.parse(read('manifest.json'));
const released = parseReleasedHosts(read(RELEASED_HOSTS_FILE));
/** This tree's manifest as its Firefox build declares data collection (vite.config.ts), or with `d` instead. */
const ours = dataCollectionInBuildConfig(read('vite.config.ts'));
const firefox = (d: DataCollection = ours) => ({ ...source, browser_specific_settings: { gecko: { id: 'x@y', data_collection_permissions: d } } });

describe('a new required data collection permission against the last released version’s', () => {
  it('0.1.0’s is recorded from its commit’s Firefox build: required ["none"], nothing optional', () => {
    const commit = releaseCommit(RELEASE_0_1_0);
    const config = execFileSync('git', ['show', `${commit}:vite.config.ts`], { cwd: root, encoding: 'utf8' });
    expect(dataCollectionInBuildConfig(config)).toEqual({ required: ['none'] });
    expect(released.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('this tree’s Firefox manifest passes (it collects nothing)', () => {
    expect(ours).toEqual({ required: ['none'] });
    expect(dataCollectionBeyondRelease(firefox(), released)).toEqual([]);
  });

  it.each(['locationInfo', 'websiteContent', 'browsingActivity'])('refuses a required %s, naming it, quoting Mozilla’s words and saying to make it optional', (p) => {
    const refused = dataCollectionBeyondRelease(firefox({ required: [p] }), released);
    expect(refused.map((r) => r.permission)).toEqual([p]);
    expect(refused[0]!.why).toContain(`required data collection permission ${p} is new since the released 0.1.0`);
    expect(refused[0]!.why).toContain('“When an extension is updated, Firefox only shows the added required data permissions”');
    expect(refused[0]!.why).toMatch(/make it optional \(data_collection_permissions\.optional/);
  });

  it('accepts an added optional one, and "none" (Firefox puts neither to the reader on an update)', () => {
    expect(dataCollectionBeyondRelease(firefox({ required: ['none'], optional: ['locationInfo', 'technicalAndInteraction'] }), released)).toEqual([]);
    expect(dataCollectionBeyondRelease(firefox({ required: ['none', 'none'] }), released)).toEqual([]);
  });

  it('accepts what the released version already required; one moved from optional to required counts as new', () => {
    const had = { ...released, data_collection_permissions: { required: ['websiteContent'], optional: ['locationInfo'] } };
    expect(dataCollectionBeyondRelease(firefox({ required: ['websiteContent'] }), had)).toEqual([]);
    expect(dataCollectionBeyondRelease(firefox({ required: ['none'] }), had), 'collecting nothing any more').toEqual([]);
    expect(dataCollectionBeyondRelease(firefox({ required: ['websiteContent', 'locationInfo'] }), had).map((r) => r.permission)).toEqual(['locationInfo']);
  });

  it('a key of another shape is refused as it is, not taken for nothing required', () => {
    for (const bad of [{ required: 'locationInfo' }, { optional: ['locationInfo'] }, 'none', null]) {
      const refused = dataCollectionBeyondRelease(firefox(bad as never), released);
      expect(refused.map((r) => r.permission), JSON.stringify(bad)).toEqual(['data_collection_permissions']);
      expect(refused[0]!.why).toContain('is not a required list of strings');
    }
  });

  it('a Chrome manifest has no such key: nothing to refuse', () => {
    expect(dataCollectionBeyondRelease(source, released)).toEqual([]);
  });

  it('a Firefox package requiring a new data type is not a store package (what npm run release refuses)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-data-'));
    try {
      const permissions = documentedPermissions(read('README.md'), '## Permissions');
      const m = { ...firefox({ required: ['browsingActivity'] }), version: '0.1.0', background: { scripts: ['sw.js'] } };
      const problems = () => checkPackage(dir, 'firefox', { version: '0.1.0', permissions, released }).filter((p) => p.startsWith('required data collection'));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
      expect(problems()).toEqual([expect.stringMatching(/^required data collection permission browsingActivity is new since the released 0\.1\.0 .*make it optional/)]);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(firefox()));
      expect(problems()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reading a build’s data collection permissions from its vite.config.ts', () => {
  it('reads one literal, with an optional list and trailing commas', () => {
    expect(dataCollectionInBuildConfig(`gecko: { id: X, data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction',], } },`)).toEqual({
      required: ['none'],
      optional: ['technicalAndInteraction'],
    });
  });

  it('stops rather than records nothing: none found, two found, or not a literal of strings', () => {
    expect(() => dataCollectionInBuildConfig('gecko: { id: X }')).toThrow(/found 0/);
    expect(() => dataCollectionInBuildConfig(`data_collection_permissions: { required: ['none'] } data_collection_permissions: { required: [] }`)).toThrow(/found 2/);
    expect(() => dataCollectionInBuildConfig('data_collection_permissions: { required: REQUIRED }')).toThrow(/not a plain literal/);
    expect(() => dataCollectionInBuildConfig('data_collection_permissions: { optional: [] }')).toThrow(/needs a required list/);
  });
});
