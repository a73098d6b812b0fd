/**
 * The released 0.1.0, built from its commit, for the update test. The stores got 0.1.0 from commit
 * 1152081 (1 Dec 2026): it is the last commit whose CHANGELOG.md tops out at "## 0.1.0 — 2026-12-01" with no
 * "Unreleased" section above it (that section came with 3efa85b on 2 Dec), package.json says 0.1.0, and
 * `npm run release` (scripts/release.ts) packages a clean tree at exactly such a commit. There are no tags.
 *
 * The build is cached under .scratch/old-builds/<commit>/ (gitignored), so only the first run pays for it.
 * It needs the commit in this clone's history: a shallow clone fails here, loudly, saying what to run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RELEASE_0_1_0 = '115208109cf5b4fa83ab21d349a79f6d8f05dca5';
const root = new URL('../..', import.meta.url).pathname;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The full hash of a commit, or an error that says how to get it (CI's checkout may be shallow). */
export function releaseCommit(short = RELEASE_0_1_0): string {
  try {
    return git(root, 'rev-parse', '--verify', `${short}^{commit}`);
  } catch {
    const shallow = (() => {
      try {
        return git(root, 'rev-parse', '--is-shallow-repository') === 'true';
      } catch {
        return false;
      }
    })();
    throw new Error(
      `the 0.1.0 release commit ${short} is not in this clone${shallow ? ' (a shallow clone)' : ''}: the update test builds it from its commit. ` +
        'Run `git fetch --unshallow` (or clone with full history) and run the test again.',
    );
  }
}

/** A directory holding the Chrome build of `commit` (vite build), made once and kept. */
export function oldBuild(short = RELEASE_0_1_0): string {
  const commit = releaseCommit(short);
  const out = join(root, '.scratch', 'old-builds', commit);
  const dist = join(out, 'dist');
  if (existsSync(join(out, 'done'))) return dist;
  rmSync(out, { recursive: true, force: true });
  const tree = mkdtempSync(join(tmpdir(), `ll-${commit.slice(0, 7)}-`));
  try {
    // The commit's files only (no worktree bookkeeping), with this checkout's node_modules: 0.1.0's
    // package.json lists a subset of today's dependencies at the same ranges.
    execFileSync('sh', ['-c', `git -C "${root}" archive ${commit} | tar -x -C "${tree}"`], { stdio: 'inherit' });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: tree, stdio: 'inherit' });
    cpSync(join(tree, 'dist'), dist, { recursive: true });
    writeFileSync(join(out, 'done'), `${commit}\n`);
    return dist;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
