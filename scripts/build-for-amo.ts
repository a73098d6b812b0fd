/**
 * npm run build-for-amo — what an addons.mozilla.org reviewer runs on the source archive (BUILDING.md):
 * the Firefox build in production mode, checked, in dist-firefox/ and zipped to
 * release/liquidity-lens-<version>-firefox.zip, byte for byte the package that was uploaded. Needs no git.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { packageTarget } from './release/build';

const root = new URL('..', import.meta.url).pathname;
const out = packageTarget(root, 'firefox');
console.log(`${relative(root, out)}  sha256 ${createHash('sha256').update(readFileSync(out)).digest('hex')}`);
