/** The production builds and their packages, shared by `npm run release` and `npm run build-for-amo`. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPackage, documentedPermissions, type Target } from './check';
import { parseReleasedHosts, RELEASED_HOSTS_FILE } from './hosts';
import { zipDir } from './zip';

export const OUT_DIR = 'release';
export const DIST: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox' };

export function versionOf(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export function packagePath(root: string, target: Target | 'source'): string {
  return join(root, OUT_DIR, `liquidity-lens-${versionOf(root)}-${target}.zip`);
}

/**
 * Builds one target in production mode (whatever NODE_ENV the shell had) and checks the result, its required
 * hosts against the last released version's (store/released-hosts.json, which a maintainer updates after each
 * release with scripts/release/record-hosts.ts).
 */
export function buildTarget(root: string, target: Target): void {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  execFileSync(vite, ['build', ...(target === 'firefox' ? ['--mode', 'firefox'] : [])], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const problems = checkPackage(join(root, DIST[target]), target, {
    version: versionOf(root),
    permissions: documentedPermissions(readFileSync(join(root, 'README.md'), 'utf8'), '## Permissions'),
    released: parseReleasedHosts(readFileSync(join(root, RELEASED_HOSTS_FILE), 'utf8')),
  });
  if (problems.length) throw new Error(`${DIST[target]}/ is not a store package:\n  ${problems.join('\n  ')}`);
}

/** Builds, checks and zips one target into release/; returns the zip's path. */
export function packageTarget(root: string, target: Target): string {
  buildTarget(root, target);
  return zipTarget(root, target);
}

/** Zips a target built and checked by buildTarget into release/; returns the zip's path. */
export function zipTarget(root: string, target: Target): string {
  mkdirSync(join(root, OUT_DIR), { recursive: true });
  const out = packagePath(root, target);
  zipDir(join(root, DIST[target]), out);
  return out;
}
