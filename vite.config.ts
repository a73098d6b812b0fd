import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } }), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
  },
  // crxjs dev mode needs fixed ports. A dev build exposes every file to every site: never ship one.
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
