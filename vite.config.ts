import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import source from './manifest.json' with { type: 'json' };

/**
 * One manifest.json is the source of truth. `vite build` makes the Chrome build in dist/;
 * `vite build --mode firefox` the Firefox one in dist-firefox/: the same worker as an event-page
 * background script (Firefox runs MV3 backgrounds as scripts), and a gecko id.
 */
export const GECKO_ID = 'liquidity-lens@liquidity-lens.github.io';

function firefoxManifest(m: typeof source) {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' as const },
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [preact({ prerender: { enabled: false } }), crx({
        manifest: (firefox ? firefoxManifest(source) : source) as never,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained file (an IIFE with its imports inlined): no loader, no web-accessible resources,
        // and core modules may be shared with the extension pages without splitting it.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox142' : 'chrome116',
      sourcemap: false,
    },
    // crxjs dev mode needs fixed ports. A dev build exposes every file to every site: never ship one.
    server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
  };
});
