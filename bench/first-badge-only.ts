/**
 * The first-badge part of `npm run bench` alone, to compare builds (`npx tsx bench/first-badge-only.ts [runs]
 * [dist …]`, default: this worktree's dist/; run `npx vite build` first). Each build gets its own browser, as
 * does the floor; every run loads each page in each of them in turn (the order reversed every other run), the
 * worker stopped (cold) and then at once again (warm), so a noisy moment weighs on all alike. Prints the medians;
 * writes nothing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { servePages } from '../scripts/page-server';
import { PRIMARY_PROVIDERS } from '../src/core/providers';
import { oneLoad, stopWorkers, writeFloorExtension } from './first-badge';
import { launch } from './launch';
import { PAGES } from './pages';

const root = new URL('..', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;
const PATHS = ['/seed.html', '/reuters-2016.html'];

/** Our extension's first refresh (every publisher unreachable here) over, so no alarm wakes the worker mid-run. */
async function settled(ctx: BrowserContext): Promise<void> {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
  await page.waitForFunction(async (n) => {
    const c = (await (globalThis as any).chrome.storage.local.get('cache')).cache;
    return !!c && Object.values(c.providers).filter((p: any) => p.lastAttemptAt).length >= n;
  }, PRIMARY_PROVIDERS.length, { timeout: 180_000, polling: 1000 });
  await page.close();
}

async function main() {
  const runs = Number(process.argv[2] ?? 15);
  const dists = process.argv.length > 3 ? process.argv.slice(3) : [join(root, 'dist')];
  const server = await servePages(PAGES);
  const args = server.args(['www.reuters.com']);
  const copies = dists.map((d) => {
    const c = mkdtempSync(join(tmpdir(), 'll-bench-dist-'));
    cpSync(d, c, { recursive: true });
    return c;
  });
  const floorDir = writeFloorExtension(copies[0]!);
  const names = [...dists, 'floor'];
  const browsers = await Promise.all([...copies, floorDir].map((d) => launch(d, args)));
  try {
    for (const b of browsers.slice(0, -1)) await settled(b.ctx);
    const idle = await Promise.all(browsers.map((b) => b.ctx.newPage()));
    const xs = names.map(() => ({ cold: [] as number[], warm: [] as number[] }));
    const order = browsers.map((_, k) => k);
    for (let i = 0; i < runs; i++) {
      for (const path of PATHS) {
        // Every other round in the reverse order: whatever the one before leaves running weighs on each alike.
        for (const k of i % 2 ? [...order].reverse() : order) {
          await stopWorkers(browsers[k]!.ctx, idle[k]!);
          xs[k]!.cold.push(await oneLoad(browsers[k]!.ctx, `https://www.reuters.com${path}`));
          xs[k]!.warm.push(await oneLoad(browsers[k]!.ctx, `https://www.reuters.com${path}`));
          // The worker's work after the badge (the claims' check reads the whole cache) ends before the next load.
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }
    const floor = xs[xs.length - 1]!;
    for (let k = 0; k < names.length; k++) {
      const { cold, warm } = xs[k]!;
      process.stdout.write(`${names[k]}: cold ${round(median(cold))} ms (${(median(cold) / median(floor.cold)).toFixed(2)}× floor), warm ${round(median(warm))} ms (${(median(warm) / median(floor.warm)).toFixed(2)}× floor), ${cold.length} loads each\n`);
    }
  } finally {
    for (const b of browsers) {
      await b.ctx.close();
      rmSync(b.profile, { recursive: true, force: true });
    }
    for (const c of [...copies, floorDir]) rmSync(c, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
