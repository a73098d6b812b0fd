/**
 * Chromium's own routes to a new version of an unpacked extension, and to a host grant in a headless browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtension, type Loaded } from './extension';

/**
 * Chromium reads the unpacked directory again, as chrome://extensions' reload does (developerPrivate), and
 * installs what it finds as an update of the same extension: the new version's worker is registered and
 * runtime.onInstalled fires with reason 'update'. Two other routes do not do what a store update does:
 * relaunching over the same profile keeps the old worker script (and fires no onInstalled), and
 * runtime.reload() outside developer mode disables the extension ('unsupportedDeveloperExtension').
 * Resolves once the extension is enabled again at `version`, with `e.page` an extension page open anew.
 */
export async function reloadUnpacked(e: Loaded, version: string): Promise<void> {
  const dev = await e.ctx.newPage();
  await dev.goto('chrome://extensions');
  await dev.evaluate(() => (chrome as any).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await dev.evaluate((id) => (chrome as any).developerPrivate.reload(id, { failQuietly: false }), e.id);
  // The reload finishes after the call returns: the extension is DISABLED while it is read again.
  let state: unknown;
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    state = await dev.evaluate((id) => (chrome as any).developerPrivate.getExtensionInfo(id).then((x: any) => [x.state, x.version]), e.id);
    if (JSON.stringify(state) === JSON.stringify(['ENABLED', version])) break;
  }
  await dev.close();
  if (JSON.stringify(state) !== JSON.stringify(['ENABLED', version])) throw new Error(`the reload did not end with ${version} enabled: ${JSON.stringify(state)}`);
  e.page = await e.ctx.newPage();
  await e.page.goto(`chrome-extension://${e.id}/src/popup/index.html`);
}

/**
 * Headless Chromium shows a permission prompt nobody can answer (no switch or DevTools command reaches it), so
 * the grant a reader gives there is given the one way Chromium grants hosts without asking: at install. The
 * build in `dir` (a copy: its manifest is rewritten for the first load) is installed with `origins` required,
 * then its own manifest is put back and read again as an update. Chromium keeps them granted (its optional
 * https://*\/* covers them), and a permissions.request for them then resolves true at once, as after the
 * reader's Allow; nothing else of the build changes.
 */
export async function loadWithOriginsGranted(args: string[], dir: string, origins: string[], profile?: string): Promise<Loaded> {
  const file = join(dir, 'manifest.json');
  const own = readFileSync(file, 'utf8');
  const m = JSON.parse(own);
  writeFileSync(file, JSON.stringify({ ...m, host_permissions: [...m.host_permissions, ...origins] }));
  const e = await loadExtension(args, [], dir, profile);
  writeFileSync(file, own);
  await reloadUnpacked(e, m.version);
  return e;
}
