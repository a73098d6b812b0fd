/**
 * What a reviewer at addons.mozilla.org does with the source archive, done twice in separate clean
 * directories (npm ci each time, different paths): the Firefox package comes out byte for byte the same, and
 * the same as the one npm test built here. Then a maintainer's `npm run release` in a fresh clone, its
 * refusal of a tree with changes, and the check that refuses a dev-mode build (a real crxjs dev server's).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, documentedPermissions } from '../../scripts/release/check';
import { filesUnder, zipDir, zipFiles } from '../../scripts/release/zip';

const root = new URL('../..', import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const work = mkdtempSync(join(tmpdir(), 'll-repro-'));
// Two checkouts at different depths and names: nothing of the path may reach the package.
const A = join(work, 'a', 'liquidity-lens');
const B = join(work, 'b', 'elsewhere', 'source-copy');

const run = (cwd: string, cmd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
const npm = (cwd: string, ...args: string[]) => run(cwd, 'npm', args);

/** The source archive as `npm run release` makes it, from this working tree's files (tracked or new, not ignored). */
function sourceArchive(out: string): void {
  let listed: string[];
  try {
    listed = run(root, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean);
  } catch {
    // Not a git checkout (an exported tree): every file but what .gitignore names.
    const ignored = /^(?:node_modules|dist|dist-[^/]*|release|screenshots|test-results|\.scratch|\.vite|\.git)\//;
    listed = filesUnder(root).map((f) => relative(root, f)).filter((f) => !ignored.test(f) && !f.endsWith('.tsbuildinfo'));
  }
  const files = listed.map((f) => join(root, f)).filter(existsSync);
  zipFiles(root, [...new Set(files)], out, `liquidity-lens-${version}/`);
}

function unpack(zip: string, into: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const path = join(into, name.replace(/^[^/]+\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}

beforeAll(() => {
  const archive = join(work, 'source.zip');
  sourceArchive(archive);
  unpack(archive, A);
  unpack(archive, B);
  for (const dir of [A, B]) npm(dir, 'ci', '--no-audit', '--no-fund', '--prefer-offline');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const firefoxZip = (dir: string) => join(dir, 'release', `liquidity-lens-${version}-firefox.zip`);

describe('the Firefox package, built from the source archive', () => {
  it('twice, in separate clean directories, gives the same bytes — and the same as this tree’s build', () => {
    for (const dir of [A, B]) npm(dir, 'run', 'build-for-amo');
    const a = readFileSync(firefoxZip(A));
    const b = readFileSync(firefoxZip(B));
    expect(a.length).toBeGreaterThan(50_000);
    expect(b.equals(a)).toBe(true);
    const here = join(work, 'here.zip');
    zipDir(join(root, 'dist-firefox'), here);
    expect(readFileSync(here).equals(a)).toBe(true);
  });
});

describe('npm run release', () => {
  it('in a fresh clone makes both packages, the source archive and their checksums; it refuses a tree with changes', () => {
    const git = (...args: string[]) => run(A, 'git', ['-c', 'user.name=release test', '-c', 'user.email=release@test.invalid', ...args]);
    git('init', '-q');
    // The archive holds no .gitignore'd files; node_modules, dist and release/ are ignored.
    git('add', '-A');
    git('commit', '-q', '-m', 'release test');
    const before = readFileSync(firefoxZip(A));
    rmSync(join(A, 'release'), { recursive: true, force: true });
    const said = npm(A, 'run', 'release');
    for (const target of ['chrome', 'firefox', 'source']) expect(existsSync(join(A, 'release', `liquidity-lens-${version}-${target}.zip`)), target).toBe(true);
    expect(readFileSync(firefoxZip(A)).equals(before)).toBe(true);
    expect(readFileSync(join(A, 'release', 'SHA256SUMS'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(said).toMatch(/addons-linter: 0 errors/);
    // The source archive unpacks to the commit's files.
    const names = Object.keys(unzipSync(readFileSync(join(A, 'release', `liquidity-lens-${version}-source.zip`))));
    expect(names).toContain(`liquidity-lens-${version}/BUILDING.md`);
    expect(names.some((n) => n.includes('/node_modules/') || n.includes('/dist/'))).toBe(false);

    writeFileSync(join(A, 'CHANGELOG.md'), readFileSync(join(A, 'CHANGELOG.md'), 'utf8') + '\nunreleased\n');
    let refused = '';
    try {
      npm(A, 'run', 'release');
    } catch (e) {
      refused = String((e as { stderr?: string }).stderr);
    }
    expect(refused).toMatch(/the tree has changes/);
  });
});

describe('a dev-mode build', () => {
  it('is refused: what the crxjs dev server writes to dist/ fails the package check', async () => {
    rmSync(join(B, 'dist'), { recursive: true, force: true });
    const server = spawn(join(B, 'node_modules', '.bin', 'vite'), [], { cwd: B, stdio: 'ignore', detached: true });
    try {
      const loader = join(B, 'dist', 'service-worker-loader.js');
      for (let i = 0; i < 120 && !(existsSync(loader) && existsSync(join(B, 'dist', 'manifest.json'))); i++) await new Promise((r) => setTimeout(r, 500));
      await new Promise((r) => setTimeout(r, 1000));
      expect(readFileSync(loader, 'utf8')).toContain('localhost');
      const problems = checkPackage(join(B, 'dist'), 'chrome', { version, permissions: documentedPermissions(readFileSync(join(B, 'README.md'), 'utf8'), '## Permissions') });
      expect(problems.some((p) => p.startsWith('dev-mode code in service-worker-loader.js'))).toBe(true);
      expect(problems.some((p) => p.startsWith('web_accessible_resources present'))).toBe(true);
    } finally {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
  });
});
