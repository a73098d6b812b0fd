/**
 * npm run bench: measures the extension against the floor and a peer, side by side in one run, in
 * real Chromium; prints a table and writes bench/results.json. Never part of the test suite.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { findChromium } from '../scripts/chromium';
import { launch } from './launch';
import { servePages } from '../scripts/page-server';
import { bundle } from './bundle';
import { longTasks, type LongTasks } from './long-tasks';
import { networkBench } from './network';
import { PAGES } from './pages';
import { addReferencePages, popupBench } from './popup';
import { firstBadgeBench, writeFloorExtension } from './first-badge';
import { PRIMARY_PROVIDERS } from '../src/core/providers';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const say = (s = '') => process.stdout.write(`${s}\n`);

async function scanBench(script: string, cfgAnswer: { cfg: unknown; answer: unknown }, port: number) {
  const { ctx, profile } = await launch(null);
  const results: Record<string, { floor: number; plain: number; plainAll: number; ours: number; peer: number; badges: number; marks: number; longestSlice: number; slices: number }> = {};
  for (const path of ['/seed.html', '/national-post.html', '/long-english.html', '/10k.html', '/10k-general.html']) {
    const p = await ctx.newPage();
    await p.goto(`https://127.0.0.1:${port}${path}`);
    await p.addScriptTag({ content: script });
    const runs = path.startsWith('/10k') ? 5 : 15;
    const f: number[] = [], o: number[] = [], q: number[] = [], pl: number[] = [], pa: number[] = [];
    let badges = 0, marks = 0, longestSlice = 0, slices = 0;
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a noisy moment hits all three alike.
      f.push(await p.evaluate((rep) => (window as any).LLBench.floor(rep), path.startsWith('/10k') ? 3 : 20));
      pl.push(await p.evaluate(() => (window as any).LLBench.plain()));
      pa.push(await p.evaluate(() => (window as any).LLBench.plainAll()));
      const r = await p.evaluate((x) => (window as any).LLBench.ours(x.cfg, x.answer), cfgAnswer);
      o.push(r.ms);
      badges = r.badges;
      longestSlice = Math.max(longestSlice, r.longestMs);
      slices = r.slices;
      if (i < (path.startsWith('/10k') ? 3 : 7)) {
        const pr = await p.evaluate(() => (window as any).LLBench.peer());
        q.push(pr.ms);
        marks = pr.marks;
      }
    }
    results[path] = { floor: median(f), plain: median(pl), plainAll: median(pa), ours: median(o), peer: median(q), badges, marks, longestSlice, slices };
    await p.close();
  }
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
  return results;
}

async function scriptDuration(ctx: BrowserContext, url: string, runs: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Performance.enable');
    await p.goto(url, { waitUntil: 'load' });
    await p.waitForFunction(() => document.title === 'appended' || document.title !== '', null, { timeout: 10_000 });
    await p.waitForTimeout(1200); // document_idle content scripts and the appended-text scan
    const { metrics } = await cdp.send('Performance.getMetrics');
    xs.push(metrics.find((m: { name: string }) => m.name === 'ScriptDuration')!.value * 1000);
    await p.close();
  }
  return median(xs);
}

function sizes() {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const content = manifest.content_scripts[0].js as string[];
  const files = [...new Set(readdirSync(join(dist, 'assets')).map((f) => join('assets', f)).concat(['service-worker-loader.js'], content))];
  const rows = files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return { file: f, bytes: statSync(join(dist, f)).size, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const contentGzip = rows.filter((r) => content.includes(r.file)).reduce((s, r) => s + r.gzip, 0);
  return { rows, contentGzip, contentFiles: content };
}

/** The seed and a real Reuters page (2016): the first badge on each, as a reader opening an article. */
const FIRST_BADGE_PAGES = ['/seed.html', '/reuters-2016.html'];

const LONG_TASK_PAGES = ['/seed.html', '/national-post.html', '/long-english.html', '/10k.html', '/10k-general.html', '/append-500.html'];

async function main() {
  const started = Date.now();
  say('Building…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const exe = findChromium();
  if (!exe) throw new Error('Chromium not found');
  const browserVersion = execFileSync(exe, ['--version']).toString().trim();
  const server = await servePages(PAGES);
  // The extension with a blank page and a floor page beside the popup, for comparison (a copy: dist stays as shipped).
  const benchDist = mkdtempSync(join(tmpdir(), 'll-bench-dist-'));
  cpSync(dist, benchDist, { recursive: true });
  addReferencePages(benchDist);

  say('Network (in-process, real payloads)…');
  const network = await networkBench();

  say('Extension: warm cache, answer for the scan pages, popup, page cost…');
  const withExt = await launch(benchDist, server.args(['www.reuters.com']));
  const worker = withExt.ctx.serviceWorkers()[0] ?? (await withExt.ctx.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const ext = await withExt.ctx.newPage();
  await ext.goto(`chrome-extension://${id}/blank.html`);
  await ext.waitForFunction(async () => !!(await (globalThis as any).chrome.storage.local.get('cache')).cache, null, { timeout: 30_000 });
  const cfgAnswer = await ext.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const answer = await c.runtime.sendMessage({ type: 'indicators/get', lang: 'en' });
    return { answer, cfg: { enabled: true, density: 'first', lang: 'en', words: { gaugeLabel: 'Liquidity gauge', gauge_ample: 'Ample', gauge_adequate: 'Adequate', gauge_tight: 'Tight', gauge_stressed: 'Stressed', badgeMentioned: '$1 liquidity indicators mentioned', badgeTitle: 'Liquidity Lens: $1 today', summaryTitle: 'Liquidity Lens', cardClose: 'Close' } } };
  });

  const popup = await popupBench(withExt.ctx, id, benchDist, 11);

  say('First badge: ours against a floor extension, the worker stopped and running…');
  // The install's first refresh (every publisher unreachable here) must be over: stopping the worker mid-way
  // would leave its safety alarm to wake it in the middle of the runs.
  await ext.waitForFunction(async (n) => {
    const c = (await (globalThis as any).chrome.storage.local.get('cache')).cache;
    return !!c && Object.values(c.providers).filter((p: any) => p.lastAttemptAt).length >= n;
  }, PRIMARY_PROVIDERS.length, { timeout: 180_000, polling: 1000 });
  const floorDir = writeFloorExtension(benchDist);
  const floorExt = await launch(floorDir, server.args(['www.reuters.com']));
  const firstBadge = await firstBadgeBench(withExt.ctx, floorExt.ctx, FIRST_BADGE_PAGES.map((p) => `https://www.reuters.com${p}`), 7);
  await floorExt.ctx.close();
  rmSync(floorExt.profile, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });

  const url = (p: string) => `https://www.reuters.com${p}`;
  const costWith: Record<string, number> = {};
  for (const p of ['/seed.html', '/long-english.html', '/append-500.html']) costWith[p] = await scriptDuration(withExt.ctx, url(p), 5);
  say('Long tasks, from Chromium traces, with the extension and without…');
  const tasksWith: Record<string, LongTasks> = {};
  for (const p of LONG_TASK_PAGES) tasksWith[p] = await longTasks(withExt.ctx, url(p), 2);
  await withExt.ctx.close();
  rmSync(withExt.profile, { recursive: true, force: true });
  const without = await launch(null, server.args(['www.reuters.com']));
  const costWithout: Record<string, number> = {};
  for (const p of ['/seed.html', '/long-english.html', '/append-500.html']) costWithout[p] = await scriptDuration(without.ctx, url(p), 5);
  const tasksWithout: Record<string, LongTasks> = {};
  for (const p of LONG_TASK_PAGES) tasksWithout[p] = await longTasks(without.ctx, url(p), 2);
  await without.ctx.close();
  rmSync(without.profile, { recursive: true, force: true });

  say('Content scan: ours vs floor vs mark.js…');
  const scan = await scanBench(await bundle(), cfgAnswer, server.port);
  await server.close();
  rmSync(benchDist, { recursive: true, force: true });

  const size = sizes();
  const big = scan['/10k.html']!;
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memory_gb: round(totalmem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}` },
    browser: browserVersion,
    scan: {
      page: '10,000 paragraphs of real Fed news text (the worst case: every paragraph holds terms)',
      ours_ms: round(big.ours),
      floor_ms: round(big.floor),
      peer_ms: round(big.peer),
      plain_ms: round(big.plain),
      plain_all_ms: round(big.plainAll),
      ours_over_plain_all: round(big.ours / big.plainAll),
      ours_over_plain: round(big.ours / big.plain),
      ours_over_floor: round(big.ours / big.floor),
      peer_over_ours: round(big.peer / big.ours),
      // The content script's own script inside one task of the reader's page, worst page and run (target ≤ 50 ms).
      longest_task_ms: Math.max(...Object.values(tasksWith).map((t) => t.extension_longest_ms)),
      long_tasks: Object.values(tasksWith).reduce((n, t) => n + t.extension_long_tasks, 0),
      longest_slice_ms: round(Math.max(...Object.values(scan).map((v) => v.longestSlice))),
      badges: big.badges,
      peer: 'mark.js 8.11.1, same terms',
      pages: Object.fromEntries(Object.entries(scan).map(([k, v]) => [k, { ours_ms: round(v.ours), floor_ms: round(v.floor), plain_ms: round(v.plain), plain_all_ms: round(v.plainAll), peer_ms: round(v.peer), ours_over_plain: round(v.ours / v.plain), ours_over_plain_all: round(v.ours / v.plainAll), ours_over_floor: round(v.ours / v.floor), peer_over_ours: round(v.peer / v.ours), longest_slice_ms: round(v.longestSlice), slices: v.slices, badges: v.badges, peer_marks: v.marks }])),
      tasks: Object.fromEntries(LONG_TASK_PAGES.map((p) => [p, { with: tasksWith[p]!, without: tasksWithout[p]! }])),
      tasks_measured: 'Chromium trace of the page loaded, settled 1.5 s and scrolled to its end; a task is a RunTask on its main thread, worst of 2 runs; extension_* counts the script from chrome-extension:// URLs inside a task',
    },
    page_cost: Object.fromEntries(Object.keys(costWith).map((k) => [k, { with_ms: round(costWith[k]!), without_ms: round(costWithout[k]!), added_ms: round(costWith[k]! - costWithout[k]!) }])),
    popup: {
      phases_ms: Object.fromEntries(Object.entries(popup.phases_ms).map(([k, v]) => [k, round(v, 1)])),
      first_numbers_ms: round(popup.first_numbers_ms, 1),
      first_numbers_ratio: round(popup.first_numbers_ms / popup.blank_ms),
      copy_numbers_ms: round(popup.copy_numbers_ms, 1),
      module_numbers_ms: round(popup.module_numbers_ms, 1),
      module_numbers_ratio: round(popup.module_numbers_ms / popup.blank_ms),
      copy_runs: `${popup.copy_runs} of ${popup.runs}`,
      first_contentful_paint_ms: round(popup.first_contentful_paint_ms, 1),
      first_contentful_paint_ratio: round(popup.first_contentful_paint_ms / popup.blank_ms),
      floor_ms: round(popup.floor_ms, 1),
      floor_ratio: round(popup.floor_ms / popup.blank_ms),
      text_floor_ms: round(popup.text_floor_ms, 1),
      text_floor_ratio: round(popup.text_floor_ms / popup.blank_ms),
      classic_floor_ms: round(popup.classic_floor_ms, 1),
      classic_floor_ratio: round(popup.classic_floor_ms / popup.blank_ms),
      first_numbers_over_classic_floor: round(popup.first_numbers_ms / popup.classic_floor_ms),
      first_numbers_over_floor: round(popup.first_numbers_ms / popup.floor_ms),
      chart_ms: round(popup.chart_ms, 1),
      chart_ratio: round(popup.chart_ms / popup.blank_ms),
      chart_copy_ms: round(popup.chart_copy_ms, 1),
      chart_copy_runs: `${popup.chart_copy_runs} of ${popup.runs}`,
      uplot_chart_ms: round(popup.uplot_chart_ms, 1),
      uplot_chart_ratio: round(popup.uplot_chart_ms / popup.blank_ms),
      ours_ms: round(popup.chart_ms, 1),
      blank_ms: round(popup.blank_ms, 1),
      ratio: round(popup.chart_ms / popup.blank_ms),
      blank_first_frame_ms: round(popup.blank_first_frame_ms, 1),
      first_frame_ms: round(popup.first_frame_ms, 1),
      first_frame_numbers_ms: round(popup.first_frame_numbers_ms, 1),
      first_frame_numbers_ratio: round(popup.first_frame_numbers_ms / popup.blank_first_frame_ms),
      first_frame_numbers_runs: `${popup.first_frame_numbers_runs} of ${popup.runs}`,
      text_floor_first_frame_ms: round(popup.text_floor_first_frame_ms, 1),
      classic_floor_first_frame_ms: round(popup.classic_floor_first_frame_ms, 1),
      script_bytes_before_paint: popup.script_bytes_before_paint,
      scripts_before_paint: popup.scripts_before_paint,
      measured: 'navigation start → the gauge and every card painted (Element Timing; by the classic script from the copy the previous opening kept, or by the popup, whichever first), and → the first chart (?open=reserves_gdp: the copy’s painted, Element Timing, or uPlot’s drawn, whichever first), warm worker; blank: a blank extension page’s load end; floor: a page of one module script that asks the worker once and writes the numbers as text, painted; text floor: static text with the popup’s stylesheet, painted; classic floor: the same written from the copy in localStorage by one classic script, painted; blank_first_frame / first_frame: navigation start → the first frame the compositor presented (Chromium trace: the page’s first DrawFrame and its PipelineReporter’s end), the same event on every page, in traced loads of their own; first_frame_numbers and the floors’ *_first_frame: the first frame with content presented (the trace’s firstContentfulPaint, at the same time); first_frame_numbers_runs: traced popup loads where that paint held the copy’s numbers (Element Timing)',
    },
    first_badge: {
      cold_ratio: round(firstBadge.all.cold_ms / firstBadge.all.floor_cold_ms),
      warm_ratio: round(firstBadge.all.warm_ms / firstBadge.all.floor_warm_ms),
      cold_ms: round(firstBadge.all.cold_ms, 1),
      warm_ms: round(firstBadge.all.warm_ms, 1),
      floor_cold_ms: round(firstBadge.all.floor_cold_ms, 1),
      floor_warm_ms: round(firstBadge.all.floor_warm_ms, 1),
      worker_imported_ms: round(firstBadge.all.worker_imported_ms, 1),
      worker_first_answer_ms: round(firstBadge.all.worker_first_answer_ms, 1),
      loads: firstBadge.all.runs,
      pages: Object.fromEntries(Object.entries(firstBadge.pages).map(([k, v]) => [new URL(k).pathname, Object.fromEntries(Object.entries(v).map(([f, x]) => [f, round(x, 1)]))])),
      measured: 'DOMContentLoaded → the first ll-* element in the page (MutationObserver from an init script, page clock), medians over the seed and a real Reuters page, 7 loads each, ours and the floor interleaved; cold: every extension worker stopped (DevTools ServiceWorker.stopAllWorkers) before the load; warm: the next load at once; floor: an extension with the same content-script matches and run_at whose script sends one message, answered by a constant, then adds one element; worker_*: a stopped worker’s own clock (performance marks) to every module evaluated and to its first answer',
    },
    size: { content_gzip: size.contentGzip, content_files: size.contentFiles, bundles: size.rows },
    network,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  say();
  say(`Liquidity Lens bench — ${results.date.slice(0, 16)}Z — ${results.machine.cpu} ×${results.machine.cores} — ${browserVersion}`);
  say();
  say('Content scan (median ms)         ours   floor   plain  all-matches    peer  ours/plain  ours/all  peer/ours  slice  badges');
  for (const [k, v] of Object.entries(results.scan.pages)) say(`  ${k.padEnd(28)} ${String(v.ours_ms).padStart(7)} ${String(v.floor_ms).padStart(7)} ${String(v.plain_ms).padStart(7)} ${String(v.plain_all_ms).padStart(12)} ${String(v.peer_ms).padStart(7)} ${String(v.ours_over_plain).padStart(10)} ${String(v.ours_over_plain_all).padStart(9)} ${String(v.peer_over_ours).padStart(10)} ${String(v.longest_slice_ms).padStart(6)} ${String(v.badges).padStart(7)}`);
  say();
  say('Long tasks on the page (ms; with the extension / without)  longest   >50ms   extension longest   extension >50ms');
  for (const [k, v] of Object.entries(results.scan.tasks)) say(`  ${k.padEnd(28)} ${String(v.with.longest_task_ms).padStart(7)} / ${String(v.without.longest_task_ms).padEnd(7)} ${String(v.with.long_tasks).padStart(3)} / ${String(v.without.long_tasks).padEnd(3)} ${String(v.with.extension_longest_ms).padStart(10)} ${String(v.with.extension_long_tasks).padStart(12)}`);
  say();
  say('Page cost: script time with / without the extension (median ms)');
  for (const [k, v] of Object.entries(results.page_cost)) say(`  ${k.padEnd(28)} ${v.with_ms} / ${v.without_ms}  (+${v.added_ms})`);
  say();
  say(`Popup phases (ms from navigation start): ${JSON.stringify(results.popup.phases_ms)}`);
  say(`Popup first numbers: ${results.popup.first_numbers_ms} ms (${results.popup.first_numbers_ratio}× blank ${results.popup.blank_ms} ms; the old floor ${results.popup.floor_ms} ms is ${results.popup.floor_ratio}× blank; from the copy in ${results.popup.copy_runs} runs, the popup's own ${results.popup.module_numbers_ms} ms, ${results.popup.module_numbers_ratio}× blank); first chart ${results.popup.chart_ms} ms (${results.popup.chart_ratio}× blank; the copy's in ${results.popup.chart_copy_runs} runs, uPlot's ${results.popup.uplot_chart_ms} ms); floors: static text ${results.popup.text_floor_ms} ms (${results.popup.text_floor_ratio}×), one classic script ${results.popup.classic_floor_ms} ms (${results.popup.classic_floor_ratio}×); ${results.popup.script_bytes_before_paint} B of script before paint; first frame presented: blank ${results.popup.blank_first_frame_ms} ms, popup ${results.popup.first_frame_ms} ms, the popup's first with its numbers ${results.popup.first_frame_numbers_ms} ms (${results.popup.first_frame_numbers_ratio}× blank's, the copy's numbers in it in ${results.popup.first_frame_numbers_runs}); floors' first with content: text ${results.popup.text_floor_first_frame_ms} ms, classic ${results.popup.classic_floor_first_frame_ms} ms`);
  const fb = results.first_badge;
  say(`First badge after DOMContentLoaded: cold ${fb.cold_ms} ms (${fb.cold_ratio}× floor ${fb.floor_cold_ms} ms), warm ${fb.warm_ms} ms (${fb.warm_ratio}× floor ${fb.floor_warm_ms} ms); a stopped worker: modules in ${fb.worker_imported_ms} ms, first answer at ${fb.worker_first_answer_ms} ms`);
  say(`Content script: ${size.contentGzip} bytes gzip (${size.contentFiles.join(', ')})`);
  for (const r of size.rows) say(`  ${r.file.padEnd(44)} ${String(r.bytes).padStart(8)} B  ${String(r.gzip).padStart(7)} B gzip`);
  say();
  say(`Network: cold ${network.cold_requests} requests / ${network.cold_bytes} B; daily ${network.daily_requests} / ${network.daily_bytes} B; naive daily ${network.naive_daily_requests} / ${network.naive_daily_bytes} B`);
  say(`Written to bench/results.json in ${results.seconds} s.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
