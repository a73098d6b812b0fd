/**
 * After a version has reached the stores: `npx tsx scripts/release/record-hosts.ts <commit> <YYYY-MM-DD>`
 * rewrites store/released-hosts.json from that commit's manifest.json and package.json: its required hosts and
 * required API permissions (the builds carry the source manifest's unchanged, Chrome and Firefox alike:
 * test/release/packages.test.ts checks it), and from its vite.config.ts the data collection permissions its
 * Firefox build declared, so the next `npm run release` is measured against what installs now hold. Commit the file.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataCollectionInBuildConfig } from './data-collection';
import { RELEASED_HOSTS_FILE, releasedHostsOf, releasedHostsText } from './hosts';

const root = new URL('../..', import.meta.url).pathname;
const [commit, released] = process.argv.slice(2);
if (!commit || !/^\d{4}-\d\d-\d\d$/.test(released ?? '')) {
  console.error('usage: npx tsx scripts/release/record-hosts.ts <released commit> <YYYY-MM-DD: the day it reached the stores>');
  process.exit(1);
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const full = git('rev-parse', '--verify', `${commit}^{commit}`).trim();
const show = (f: string) => JSON.parse(git('show', `${full}:${f}`));
const dataCollection = dataCollectionInBuildConfig(git('show', `${full}:vite.config.ts`));
const r = releasedHostsOf(show('manifest.json'), show('package.json').version, full, released!, dataCollection);
writeFileSync(join(root, RELEASED_HOSTS_FILE), releasedHostsText(r));
console.log(`${RELEASED_HOSTS_FILE}: ${r.version} from ${full.slice(0, 7)}, ${r.host_permissions.length + r.content_scripts_matches.length} required hosts, ${r.permissions.length} required permissions, data collection required ${JSON.stringify(r.data_collection_permissions.required)}`);
