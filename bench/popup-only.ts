/**
 * The popup's part of `npm run bench` alone (`npx tsx bench/popup-only.ts [runs] [dist]`): the built dist/ as it is (run
 * `npx vite build` first), the same measurement as the full run's, printed, nothing written.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/chromium';
import { hermeticArgs } from '../scripts/hermetic';
import { addReferencePages, popupBench } from './popup';

const root = new URL('..', import.meta.url).pathname;
const round = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const runs = Number(process.argv[2] ?? 11);
  const benchDist = mkdtempSync(join(tmpdir(), 'll-bench-dist-'));
  cpSync(process.argv[3] ?? join(root, 'dist'), benchDist, { recursive: true });
  addReferencePages(benchDist);
  const profile = mkdtempSync(join(tmpdir(), 'll-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${benchDist}`, `--load-extension=${benchDist}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...hermeticArgs([])],
  });
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const ext = await ctx.newPage();
    await ext.goto(`chrome-extension://${id}/blank.html`);
    await ext.waitForFunction(async () => !!(await (globalThis as any).chrome.storage.local.get('cache')).cache, null, { timeout: 30_000 });
    const p = await popupBench(ctx, id, benchDist, runs);
    const x = (v: number) => `${round(v)} ms (${Math.round((v / p.blank_ms) * 100) / 100}× blank)`;
    process.stdout.write(`${JSON.stringify({ ...p, scripts_before_paint: undefined })}\n`);
    process.stdout.write(`blank ${round(p.blank_ms)} ms; first numbers ${x(p.first_numbers_ms)}; copy ${x(p.copy_numbers_ms)} in ${p.copy_runs} of ${p.runs}; popup's own ${x(p.module_numbers_ms)}; FCP ${x(p.first_contentful_paint_ms)}; first chart ${x(p.chart_ms)} (the copy's ${x(p.chart_copy_ms)} in ${p.chart_copy_runs} runs, uPlot's ${x(p.uplot_chart_ms)}); floors: text ${x(p.text_floor_ms)}, one classic script ${x(p.classic_floor_ms)}, old ${x(p.floor_ms)}; ${p.script_bytes_before_paint} B of script before paint; the first frame presented (traced): blank ${round(p.blank_first_frame_ms)} ms, popup ${round(p.first_frame_ms)} ms, the popup's first with content ${round(p.first_frame_numbers_ms)} ms (${Math.round((p.first_frame_numbers_ms / p.blank_first_frame_ms) * 100) / 100}× blank's; the copy's numbers in it in ${p.first_frame_numbers_runs} of ${p.runs}); floors' first with content: text ${round(p.text_floor_first_frame_ms)} ms, classic ${round(p.classic_floor_first_frame_ms)} ms\n`);
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(benchDist, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
