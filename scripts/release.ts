/**
 * npm run release — everything a maintainer uploads, from a clean checkout, into release/:
 *   liquidity-lens-<v>-chrome.zip   Chrome Web Store (Microsoft Edge Add-ons takes the same file)
 *   liquidity-lens-<v>-firefox.zip  addons.mozilla.org
 *   liquidity-lens-<v>-source.zip   the source AMO asks for (bundled code), with BUILDING.md
 *   SHA256SUMS
 * It refuses a tree with changes (the packages must be the commit's), a version without a CHANGELOG entry,
 * a build that is not a production one (see release/check.ts), a required host (host_permissions, content
 * scripts' matches) that the last released version did not have (release/hosts.ts, store/released-hosts.json:
 * after uploading, record the new release there with scripts/release/record-hosts.ts), a new required API
 * permission that carries an install warning (release/permissions.ts), a Firefox package with an addons-linter
 * error or a warning the reviewer notes do not explain.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { buildTarget, OUT_DIR, packagePath, versionOf, zipTarget } from './release/build';
import { zipFiles } from './release/zip';
import { changelogHasVersion, runAddonsLinter, unexplainedWarnings, type LintReport } from './release/lint';

const root = new URL('..', import.meta.url).pathname;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const fail = (why: string): never => {
  console.error(`release: ${why}`);
  process.exit(1);
};

const version = versionOf(root);
try {
  git('rev-parse', '--is-inside-work-tree');
} catch {
  fail('not a git checkout: the source archive is the commit’s files (a reviewer builds with npm run build-for-amo instead)');
}
const dirty = git('status', '--porcelain');
if (dirty.trim()) fail(`the tree has changes; commit or stash them first:\n${dirty}`);
if (!changelogHasVersion(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)) fail(`CHANGELOG.md has no "## ${version}" section`);

// Both builds are checked (release/build.ts) before either is zipped: a refused release leaves no package to upload.
try {
  buildTarget(root, 'chrome');
  buildTarget(root, 'firefox');
} catch (e) {
  fail((e as Error).message);
}
const chrome = zipTarget(root, 'chrome');
const firefox = zipTarget(root, 'firefox');

// Mozilla's linter on the Firefox package: no error, and every warning explained to the reviewer.
let lint: LintReport;
try {
  lint = runAddonsLinter(join(root, 'node_modules', '.bin', 'addons-linter'), firefox, root);
} catch (e) {
  fail((e as Error).message);
}
if (lint!.errors.length) fail(`addons-linter errors:\n${lint!.errors.map((e) => `  ${e.code}: ${e.message}`).join('\n')}`);
const notes = readFileSync(join(root, 'store', 'amo', 'reviewer-notes.md'), 'utf8');
const unexplained = unexplainedWarnings(lint!, notes);
if (unexplained.length) fail(`addons-linter warnings not explained in store/amo/reviewer-notes.md:\n${unexplained.map((w) => `  ${w.code} (${w.file}): ${w.message}`).join('\n')}`);

// The source: the commit's files (the tree is clean), as a reviewer would clone them.
// The claims corpora are third-party news text kept for tests only: never in anything published.
const NOT_PUBLISHED = ['test/fixtures/claims-dev/', 'test/fixtures/claims-extra/'];
const tracked = git('ls-files', '-z').split('\0').filter((f) => f && !NOT_PUBLISHED.some((p) => f.startsWith(p))).map((f) => join(root, f));
const source = packagePath(root, 'source');
zipFiles(root, tracked, source, `liquidity-lens-${version}/`);

const sums = [chrome, firefox, source].map((f) => `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${basename(f)}`).join('\n') + '\n';
writeFileSync(join(root, OUT_DIR, 'SHA256SUMS'), sums);
console.log(`Liquidity Lens ${version}, from ${git('rev-parse', '--short', 'HEAD').trim()}:`);
for (const f of [chrome, firefox, source]) console.log(`  ${relative(root, f)}`);
console.log(`  ${OUT_DIR}/SHA256SUMS`);
console.log(`addons-linter: 0 errors, ${lint!.warnings.length} warning(s), each explained in store/amo/reviewer-notes.md`);
console.log('Listing texts: store/listing/; images: store/images/; Chrome dashboard: store/chrome-web-store.md; AMO: store/amo/.');
