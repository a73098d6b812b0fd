import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { popupModuleAfterPaint } from './scripts/vite-popup-module-after-paint';

/**
 * One manifest.json is the source of truth. `vite build` makes the Chrome build in dist/;
 * `vite build --mode firefox` the Firefox one in dist-firefox/: the same worker as an event-page
 * background script (Firefox runs MV3 backgrounds as scripts), and a gecko id. The version is package.json's,
 * in both.
 */
export const GECKO_ID = 'liquidity-lens@liquidity-lens.github.io';
export const FIREFOX_MIN = '140.0';

function firefoxManifest(m: typeof source) {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' as const },
    browser_specific_settings: {
      // 140: the first Firefox that reads data_collection_permissions (its built-in data consent, which AMO asks
      // of new add-ons; 142 on Android). The code's own needs are lower: optional_host_permissions (128),
      // background.type "module" (112).
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** Where the selection check's script lands in the package (background/selection.ts injects it by this path). */
export const SELECTION_SCRIPT = 'src/content/selection-entry.js';

/**
 * The selection check's script, built as one self-contained file (an IIFE) beside the package, injected at the
 * reader's click. Built here rather than imported with crxjs's `?script`: that import listed it as
 * web-accessible to every page (which lets any page tell the extension is installed), and its placeholder made
 * the worker's file name differ between two builds of the same source in two directories.
 */
function selectionScript(target: string): Plugin {
  let root = '';
  return {
    name: 'liquidity-lens:selection-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const out = (await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          write: false,
          target,
          minify: true,
          lib: { entry: join(root, 'src/content/selection-entry.ts'), formats: ['iife'], name: 'liquidityLensSelection', fileName: () => 'selection-entry.js' },
        },
      })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
      const chunk = (Array.isArray(out) ? out[0]! : out).output.find((o) => o.type === 'chunk')!;
      this.emitFile({ type: 'asset', fileName: SELECTION_SCRIPT, source: chunk.code });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [preact({ prerender: { enabled: false } }), crx({
        manifest: { ...(firefox ? firefoxManifest(source) : source), version: pkg.version } as never,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained file (an IIFE with its imports inlined): no loader, no web-accessible resources,
        // and core modules may be shared with the extension pages without splitting it.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }), selectionScript(firefox ? `firefox${parseInt(FIREFOX_MIN)}` : `chrome${source.minimum_chrome_version}`), popupModuleAfterPaint()],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? `firefox${parseInt(FIREFOX_MIN)}` : `chrome${source.minimum_chrome_version}`,
      sourcemap: false,
      // Both browsers preload modules natively (Chrome 66, Firefox 115): no polyfill file.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The selection check's results window: an extension page no manifest key names.
        input: { selection: 'src/selection/index.html' },
        output: {
          // What the extension pages share sits in one file, so the popup loads two scripts before its first
          // numbers, not five: each file an extension page loads costs a round trip through the browser.
          codeSplitting: { groups: [{ name: 'pages', test: /node_modules[\\/](preact|webextension-polyfill)|src[\\/]ui[\\/]|src[\\/]core[\\/](settings|sites|substitute|types|format|sparkline|gauge-limits)\.ts|rolldown[\\/:]runtime/ }] },
        },
      },
    },
    // crxjs dev mode needs fixed ports. A dev build exposes every file to every site: never ship one.
    server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
  };
});
