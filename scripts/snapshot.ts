/**
 * npm run snapshot             rebuild public/snapshot.json from the live publishers (needs the network)
 * npm run snapshot:fixtures    rebuild it from the real payloads in test/fixtures/real (the committed one)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshotFromFixtures, buildSnapshotLive } from '../src/core/snapshot';
import { PROVIDERS, type ProviderId } from '../src/core/providers';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'public', 'snapshot.json');
const fixtures = join(root, 'test', 'fixtures', 'real');

async function main() {
  let doc;
  if (!process.argv.includes('--fixtures')) {
    const result = await buildSnapshotLive(async (url) => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
        return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
      } catch (e) {
        throw { kind: (e as Error).name === 'TimeoutError' ? 'timeout' : 'network', message: String((e as Error).message) };
      }
    }, Date.now(), (ms) => new Promise((done) => setTimeout(done, ms)));
    if (result.failed.length) {
      console.error(`Not written: some sources failed:\n  ${result.failed.join('\n  ')}`);
      console.error('Offline? npm run snapshot:fixtures rebuilds the committed snapshot from test/fixtures/real.');
      process.exit(1);
    }
    doc = result.doc;
  } else {
    doc = buildSnapshotFromFixtures((f) => readFileSync(join(fixtures, f), 'utf8'));
  }
  writeFileSync(out, JSON.stringify(doc));
  console.log(`wrote ${out} (${(JSON.stringify(doc).length / 1024).toFixed(0)} KB)`);
  for (const [id, date] of Object.entries(doc.snapshot!.dataThrough)) console.log(`  ${PROVIDERS[id as ProviderId].name.padEnd(36)} through ${date}`);
}

void main();
