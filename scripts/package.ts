/** npm run package: zips dist/ (Chrome, Edge) and dist-firefox/ (Firefox) into packages/, reproducibly. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
// A fixed date, so the same build gives the same bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

mkdirSync(join(root, 'packages'), { recursive: true });
for (const [dir, name] of [['dist', 'chrome'], ['dist-firefox', 'firefox']] as const) {
  const base = join(root, dir);
  const manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8')) as { content_scripts?: unknown; background?: { service_worker?: string; scripts?: string[] } };
  if (name === 'firefox' && !manifest.background?.scripts) throw new Error('dist-firefox has no background.scripts: run npm run build:firefox');
  const zip: Zippable = {};
  for (const f of files(base).sort()) zip[relative(base, f)] = [readFileSync(f), { mtime: MTIME, level: 9 }];
  const out = join(root, 'packages', `liquidity-lens-${version}-${name}.zip`);
  writeFileSync(out, zipSync(zip));
  console.log(`${relative(root, out)}  ${statSync(out).size} bytes, ${Object.keys(zip).length} files`);
}
