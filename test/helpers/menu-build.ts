/**
 * A test build for the selection check. Headless browsers cannot open a context menu or press an extension's
 * shortcut, and Chrome grants activeTab only on a real gesture. So the test build is the built extension with
 * two things added, neither in any shipped build:
 *
 * - a prelude, run before the worker's own modules (an import ahead of them in the service-worker loader, or a
 *   script ahead of them in Firefox's background.scripts), that keeps each listener the worker gives to
 *   contextMenus.onClicked and commands.onCommand, so a test can call the worker's real handler with the real
 *   menu info shape and the real tab, as the browser would;
 * - `grantHosts`: host permissions standing in for the activeTab grant the click would give (the product's
 *   manifest asks for none of these hosts; its path is activeTab only).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PRELUDE = `// Test build only: keeps the worker's menu and command listeners for the test to call.
const ns = globalThis.browser ?? globalThis.chrome;
globalThis.__llHeard = {};
for (const [api, event] of [['contextMenus', 'onClicked'], ['menus', 'onClicked'], ['commands', 'onCommand']]) {
  const e = ns[api]?.[event];
  if (!e) continue;
  const add = e.addListener.bind(e);
  e.addListener = (f, ...rest) => { (globalThis.__llHeard[api === 'menus' ? 'contextMenus' : api] ??= []).push(f); return add(f, ...rest); };
}
`;

export function menuTestBuild(dist: string, grantHosts: string[], firefox = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'll-menu-build-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, 'test-prelude.js'), PRELUDE);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...grantHosts];
  if (firefox) manifest.background.scripts = ['test-prelude.js', ...manifest.background.scripts];
  else {
    const loader = join(dir, manifest.background.service_worker);
    writeFileSync(loader, `import './test-prelude.js';\n${readFileSync(loader, 'utf8')}`);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
