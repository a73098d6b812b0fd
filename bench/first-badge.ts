/**
 * The first badge on an article, from DOMContentLoaded, against a floor: an extension whose content script (on the
 * same sites, at the same run_at) sends one message to its worker, which answers with a constant, and then puts one
 * element in the page. Both run in the same session, alternately, each with its worker stopped first (cold: the
 * usual case, an idle worker is stopped after 30 s) and then with it running (warm: the next article opened).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { stopServiceWorkers } from '../test/helpers/service-workers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The floor extension, written beside the bench's copy of dist: same matches and run_at as ours. */
export function writeFloorExtension(dist: string): string {
  const ours = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'll-bench-floor-'));
  const cs = ours.content_scripts[0];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: cs.matches, js: ['content.js'], run_at: cs.run_at }],
  }));
  writeFileSync(join(dir, 'worker.js'), "chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ constant: true }); });\n");
  writeFileSync(join(dir, 'content.js'), "chrome.runtime.sendMessage({ type: 'floor' }).then(() => document.body.append(document.createElement('ll-badge')));\n");
  return dir;
}

/** Records DOMContentLoaded and the first element of ours (ll-*) added to the page, in the page's own clock. */
const WATCH = `(() => {
  const t = (window.__llFirst = { dcl: -1, badge: -1 });
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
  new MutationObserver((records, obs) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName.startsWith('LL-')) { t.badge = performance.now(); obs.disconnect(); return; }
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function stopWorkers(ctx: BrowserContext, page: Page): Promise<void> {
  // A worker already stopped reports nothing: wait at most 3 s.
  await Promise.race([stopServiceWorkers(ctx, page), new Promise((r) => setTimeout(r, 3000))]);
  await new Promise((r) => setTimeout(r, 300));
}

/** One load of `url` in a new tab: DOMContentLoaded → the first ll-* element, in the page's clock. */
export async function oneLoad(ctx: BrowserContext, url: string): Promise<number> {
  const p = await ctx.newPage();
  await p.addInitScript(WATCH);
  await p.goto(url, { waitUntil: 'domcontentloaded' });
  await p.waitForFunction(() => (window as any).__llFirst.badge >= 0, null, { timeout: 20_000 });
  const t = await p.evaluate(() => (window as any).__llFirst as { dcl: number; badge: number });
  await p.close();
  return t.badge - t.dcl;
}

export interface FirstBadge {
  cold_ms: number;
  warm_ms: number;
  floor_cold_ms: number;
  floor_warm_ms: number;
  /** A stopped worker's start, from its own clock: every module evaluated, and its first answer sent. */
  worker_imported_ms: number;
  worker_first_answer_ms: number;
  runs: number;
}

/** The marks the worker set on its start (background/index.ts), read from the worker now running. */
async function workerMarks(ctx: BrowserContext): Promise<{ imported: number; answered: number }> {
  const w = ctx.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://')) ?? (await ctx.waitForEvent('serviceworker'));
  return w.evaluate(() => ({
    imported: performance.getEntriesByName('ll-worker-imported')[0]?.startTime ?? -1,
    answered: performance.getEntriesByName('ll-first-answer')[0]?.startTime ?? -1,
  }));
}

/** `ours` and `floor`: two browsers, each with one extension; `urls`: articles on a built-in site. */
export async function firstBadgeBench(ours: BrowserContext, floor: BrowserContext, urls: string[], runs: number): Promise<{ pages: Record<string, FirstBadge>; all: FirstBadge }> {
  const out: Record<string, FirstBadge> = {};
  const pooled = { cold: [] as number[], warm: [] as number[], floorCold: [] as number[], floorWarm: [] as number[], imported: [] as number[], answered: [] as number[] };
  const idle = { ours: await ours.newPage(), floor: await floor.newPage() };
  for (const url of urls) {
    const xs = { cold: [] as number[], warm: [] as number[], floorCold: [] as number[], floorWarm: [] as number[], imported: [] as number[], answered: [] as number[] };
    for (let i = 0; i < runs; i++) {
      // Interleaved: a noisy moment weighs on both alike.
      await stopWorkers(ours, idle.ours);
      xs.cold.push(await oneLoad(ours, url));
      const marks = await workerMarks(ours);
      xs.imported.push(marks.imported);
      xs.answered.push(marks.answered);
      xs.warm.push(await oneLoad(ours, url));
      await stopWorkers(floor, idle.floor);
      xs.floorCold.push(await oneLoad(floor, url));
      xs.floorWarm.push(await oneLoad(floor, url));
    }
    out[url] = summary(xs, runs);
    for (const k of Object.keys(pooled) as Array<keyof typeof pooled>) pooled[k].push(...xs[k]);
  }
  await idle.ours.close();
  await idle.floor.close();
  return { pages: out, all: summary(pooled, runs * urls.length) };
}

function summary(xs: Record<'cold' | 'warm' | 'floorCold' | 'floorWarm' | 'imported' | 'answered', number[]>, runs: number): FirstBadge {
  return { cold_ms: median(xs.cold), warm_ms: median(xs.warm), floor_cold_ms: median(xs.floorCold), floor_warm_ms: median(xs.floorWarm), worker_imported_ms: median(xs.imported), worker_first_answer_ms: median(xs.answered), runs };
}
