/**
 * npm run bench: measures the extension against the floor and a peer, side by side in one run, in
 * real Chromium; prints a table and writes bench/results.json. Never part of the test suite.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../scripts/chromium';
import { servePages } from '../scripts/page-server';
import { bundle } from './bundle';
import { networkBench } from './network';
import { PAGES } from './pages';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const say = (s = '') => process.stdout.write(`${s}\n`);

async function launch(withExtension: string | null, extra: string[] = []): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'll-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${withExtension}`, `--load-extension=${withExtension}`] : []),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      ...extra,
    ],
  });
  return { ctx, profile };
}

async function scanBench(script: string, cfgAnswer: { cfg: unknown; answer: unknown }, port: number) {
  const { ctx, profile } = await launch(null);
  const results: Record<string, { floor: number; plain: number; ours: number; peer: number; badges: number; marks: number }> = {};
  for (const path of ['/seed.html', '/national-post.html', '/long-english.html', '/10k.html', '/10k-general.html']) {
    const p = await ctx.newPage();
    await p.goto(`https://127.0.0.1:${port}${path}`);
    await p.addScriptTag({ content: script });
    const runs = path.startsWith('/10k') ? 5 : 15;
    const f: number[] = [], o: number[] = [], q: number[] = [], pl: number[] = [];
    let badges = 0, marks = 0;
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a noisy moment hits all three alike.
      f.push(await p.evaluate((rep) => (window as any).LLBench.floor(rep), path.startsWith('/10k') ? 3 : 20));
      pl.push(await p.evaluate(() => (window as any).LLBench.plain()));
      const r = await p.evaluate((x) => (window as any).LLBench.ours(x.cfg, x.answer), cfgAnswer);
      o.push(r.ms);
      badges = r.badges;
      if (i < (path.startsWith('/10k') ? 3 : 7)) {
        const pr = await p.evaluate(() => (window as any).LLBench.peer());
        q.push(pr.ms);
        marks = pr.marks;
      }
    }
    results[path] = { floor: median(f), plain: median(pl), ours: median(o), peer: median(q), badges, marks };
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

async function main() {
  const started = Date.now();
  say('Building…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const exe = findChromium();
  if (!exe) throw new Error('Chromium not found');
  const browserVersion = execFileSync(exe, ['--version']).toString().trim();
  const server = await servePages(PAGES);
  // The extension with one extra blank page, for the popup comparison (a copy: dist stays as shipped).
  const benchDist = mkdtempSync(join(tmpdir(), 'll-bench-dist-'));
  cpSync(dist, benchDist, { recursive: true });
  writeFileSync(join(benchDist, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title>');

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

  const popupMs: number[] = [];
  const phases: Record<string, number[]> = {};
  const blankMs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const p = await withExt.ctx.newPage();
    await p.goto(`chrome-extension://${id}/src/popup/index.html?open=reserves_gdp`);
    await p.waitForFunction(() => performance.getEntriesByName('ll-chart-drawn').length > 0, null, { timeout: 20_000 });
    popupMs.push(await p.evaluate(() => performance.getEntriesByName('ll-chart-drawn')[0]!.startTime));
    const marks = await p.evaluate(() => Object.fromEntries(['ll-popup-script', 'll-settings', 'll-answer', 'll-series', 'll-chart-drawn'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? -1])));
    for (const [k, v] of Object.entries(marks)) (phases[k] ??= []).push(v);
    await p.close();
    const b = await withExt.ctx.newPage();
    await b.goto(`chrome-extension://${id}/blank.html`, { waitUntil: 'load' });
    blankMs.push(await b.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await b.close();
  }

  const url = (p: string) => `https://www.reuters.com${p}`;
  const costWith: Record<string, number> = {};
  for (const p of ['/seed.html', '/long-english.html', '/append-500.html']) costWith[p] = await scriptDuration(withExt.ctx, url(p), 5);
  await withExt.ctx.close();
  rmSync(withExt.profile, { recursive: true, force: true });
  const without = await launch(null, server.args(['www.reuters.com']));
  const costWithout: Record<string, number> = {};
  for (const p of ['/seed.html', '/long-english.html', '/append-500.html']) costWithout[p] = await scriptDuration(without.ctx, url(p), 5);
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
      ours_over_plain: round(big.ours / big.plain),
      ours_over_floor: round(big.ours / big.floor),
      peer_over_ours: round(big.peer / big.ours),
      badges: big.badges,
      peer: 'mark.js 8.11.1, same terms',
      pages: Object.fromEntries(Object.entries(scan).map(([k, v]) => [k, { ours_ms: round(v.ours), floor_ms: round(v.floor), plain_ms: round(v.plain), peer_ms: round(v.peer), ours_over_floor: round(v.ours / v.floor), peer_over_ours: round(v.peer / v.ours), badges: v.badges, peer_marks: v.marks }])),
    },
    page_cost: Object.fromEntries(Object.keys(costWith).map((k) => [k, { with_ms: round(costWith[k]!), without_ms: round(costWithout[k]!), added_ms: round(costWith[k]! - costWithout[k]!) }])),
    popup: { phases_ms: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(median(v), 1)])), ours_ms: round(median(popupMs), 1), blank_ms: round(median(blankMs), 1), ratio: round(median(popupMs) / median(blankMs)), measured: 'navigation start → first uPlot chart drawn (warm cache), vs a blank extension page’s load end' },
    size: { content_gzip: size.contentGzip, content_files: size.contentFiles, bundles: size.rows },
    network,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  say();
  say(`Liquidity Lens bench — ${results.date.slice(0, 16)}Z — ${results.machine.cpu} ×${results.machine.cores} — ${browserVersion}`);
  say();
  say('Content scan (median ms)         ours   floor   plain    peer  ours/floor  peer/ours  badges');
  for (const [k, v] of Object.entries(results.scan.pages)) say(`  ${k.padEnd(28)} ${String(v.ours_ms).padStart(7)} ${String(v.floor_ms).padStart(7)} ${String(v.plain_ms).padStart(7)} ${String(v.peer_ms).padStart(7)} ${String(v.ours_over_floor).padStart(10)} ${String(v.peer_over_ours).padStart(10)} ${String(v.badges).padStart(7)}`);
  say();
  say('Page cost: script time with / without the extension (median ms)');
  for (const [k, v] of Object.entries(results.page_cost)) say(`  ${k.padEnd(28)} ${v.with_ms} / ${v.without_ms}  (+${v.added_ms})`);
  say();
  say(`Popup phases (ms from navigation start): ${JSON.stringify(results.popup.phases_ms)}`);
  say(`Popup to first chart: ${results.popup.ours_ms} ms; blank extension page: ${results.popup.blank_ms} ms; ratio ${results.popup.ratio}`);
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
