/**
 * The popup against a blank extension page and against the least page that can show the worker's numbers (one
 * module script, one message, the values written as text: the old floor), opened in turn in one browser: first
 * numbers painted (the gauge and the cards, read from Element Timing, i.e. real paint, not script) — by the
 * classic script from the copy the previous opening kept (public/popup-first-paint.js), or by the popup itself,
 * whichever painted all of them first — the first chart (the copy's, painted, or uPlot's, drawn, whichever
 * first), and the script loaded before the first numbers (the page's scripts and their static imports, read from
 * the built files: the classic script alone, since it loads the module itself after the first paint). Beside
 * these, in loads of their own under a Chromium trace, one event measured alike on the blank page and on the
 * popup: the first frame presented after the navigation (first-frame.ts), and whether the popup's held its numbers.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstFrame } from './first-frame';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const PHASES = ['ll-copy-painted', 'll-popup-script', 'll-messages', 'll-settings', 'll-prepared', 'll-answer', 'll-series', 'll-chart-drawn'];

/**
 * The blank page and the floor pages, written into a copy of dist: the old floor (one module, one message), and
 * the floors of a first paint from localStorage in an extension page, which allows no inline script: a page of
 * static text with the popup's stylesheet (no script at all), and the same with one classic script that reads
 * the popup's copy from localStorage and writes a line of it (what the copy's script must do at the least).
 */
export function addReferencePages(dist: string): void {
  const css = readFileSync(join(dist, 'src/popup/index.html'), 'utf8').match(/<link rel="stylesheet"[^>]*href="([^"]+)"/)?.[1] ?? '';
  const head = `<!doctype html><meta charset="utf-8"><title>floor</title><link rel="stylesheet" href="${css}">`;
  writeFileSync(join(dist, 'text.html'), `${head}<p elementtiming="ll-first-numbers">$2.96T 2026-06-17</p>`);
  writeFileSync(join(dist, 'classic.html'), `${head}<body><script src="/classic.js"></script>`);
  writeFileSync(join(dist, 'classic.js'), `const p = document.createElement('p');
p.setAttribute('elementtiming', 'll-first-numbers');
p.textContent = JSON.parse(localStorage.getItem('ll-popup-copy')).cards[0].value;
document.body.append(p);`);
  writeFileSync(join(dist, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title>');
  writeFileSync(join(dist, 'floor.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><script type="module" src="/floor.js"></script>');
  writeFileSync(join(dist, 'floor.js'), `const a = await chrome.runtime.sendMessage({ type: 'indicators/get' });
const s = document.createElement('p');
s.setAttribute('elementtiming', 'll-first-numbers');
s.textContent = a.indicators.map((i) => i.value).join(' ');
document.body.append(s);`);
}

/** Script files an HTML page loads before anything else happens: its module entry and their static imports. */
export function staticScripts(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(join(file, '..', m[1]!));
  };
  const page = readFileSync(join(dist, html), 'utf8');
  for (const m of page.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) visit(m[1]!);
  return [...seen];
}

export interface PopupBench {
  first_numbers_ms: number;
  /** The gauge and every card painted by the classic script from the copy, in the runs where Element Timing saw it (-1: none). */
  copy_numbers_ms: number;
  /** The same painted by the popup's module (preact). */
  module_numbers_ms: number;
  /** The page's first contentful paint: the copy, when there is one (whether or not Element Timing saw it). */
  first_contentful_paint_ms: number;
  /** How many runs painted the whole copy, as Element Timing saw it. */
  copy_runs: number;
  runs: number;
  floor_ms: number;
  /** A page of static text with the popup's stylesheet, and one that writes a value from the copy by a classic script: painted. */
  text_floor_ms: number;
  classic_floor_ms: number;
  /** The first chart: the copy's (painted, Element Timing) or uPlot's (drawn), whichever first. */
  chart_ms: number;
  chart_copy_ms: number;
  chart_copy_runs: number;
  uplot_chart_ms: number;
  blank_ms: number;
  /** Navigation start to the first frame presented (Chromium trace, loads of their own): the blank page's and the popup's. */
  blank_first_frame_ms: number;
  first_frame_ms: number;
  /** The popup's first frame with content presented (its first contentful paint in the trace) … */
  first_frame_numbers_ms: number;
  /** … in how many traced loads that paint held the copy's numbers (Element Timing at the paint's time). */
  first_frame_numbers_runs: number;
  /** The floors' first frame with content presented, traced alike. */
  text_floor_first_frame_ms: number;
  classic_floor_first_frame_ms: number;
  phases_ms: Record<string, number>;
  script_bytes_before_paint: number;
  scripts_before_paint: string[];
}

export async function popupBench(ctx: BrowserContext, id: string, dist: string, runs: number): Promise<PopupBench> {
  const first: number[] = [], fcp: number[] = [], copied: number[] = [], fromModule: number[] = [], chart: number[] = [], blank: number[] = [], floor: number[] = [];
  const chartCopy: number[] = [], uplot: number[] = [], textFloor: number[] = [], classicFloor: number[] = [];
  const painted = (p: Page) => p.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => (x as any).identifier === 'll-first-numbers') as any;
      if (e) resolve(e.renderTime || e.startTime);
    }).observe({ type: 'element', buffered: true });
  }));
  const phases: Record<string, number[]> = {};
  // Two openings before the runs keep the copy and the chart, as any earlier opening of the popup on it would have.
  for (let n = 0; n < 2; n++) {
    const warm = await ctx.newPage();
    await warm.goto(`chrome-extension://${id}/src/popup/index.html?open=reserves_gdp`);
    await warm.waitForFunction(() => !!localStorage.getItem('ll-popup-copy') && performance.getEntriesByName('ll-chart-drawn').length > 0, null, { timeout: 20_000 });
    await warm.waitForTimeout(500); // the chart is kept just after its drawing
    await warm.close();
  }
  for (let i = 0; i < runs; i++) {
    const p = await ctx.newPage();
    await p.goto(`chrome-extension://${id}/src/popup/index.html?open=reserves_gdp`);
    await p.waitForFunction(() => performance.getEntriesByName('ll-chart-drawn').length > 0, null, { timeout: 20_000 });
    const r = await p.evaluate(async () => {
      // Element Timing: when the text marked elementtiming="ll-first-numbers" was really painted.
      // Entries come as their frames are presented, which on a loaded machine can be after the chart's drawing:
      // gathered until the popup's own numbers are among them and 200 ms have passed without more (5 s at most).
      const entries = await new Promise<any[]>((resolve) => {
        const seen: any[] = [];
        let quiet: ReturnType<typeof setTimeout> | undefined;
        const obs = new PerformanceObserver((list) => {
          seen.push(...list.getEntries());
          clearTimeout(quiet);
          if (seen.some((e) => e.identifier === 'll-first-numbers')) quiet = setTimeout(() => (obs.disconnect(), resolve(seen)), 200);
        });
        obs.observe({ type: 'element', buffered: true });
        setTimeout(() => (obs.disconnect(), resolve(seen)), 5000);
      });
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const painted: number[] = [], copy: number[] = [];
      for (const e of entries) (e.identifier === 'll-copy-numbers' ? copy : e.identifier === 'll-first-numbers' ? painted : []).push(e.renderTime || e.startTime);
      const moduleNumbers = painted.length ? Math.max(...painted) : -1;
      // The copy counts only when it painted as many numbers as the popup did (those in the viewport).
      const copyNumbers = copy.length && copy.length === painted.length ? Math.max(...copy) : -1;
      const chartCopy = entries.find((e) => e.identifier === 'll-copy-chart');
      const firstNumbers = copyNumbers >= 0 ? Math.min(copyNumbers, moduleNumbers) : moduleNumbers;
      const marks = Object.fromEntries(['ll-copy-painted', 'll-popup-script', 'll-messages', 'll-settings', 'll-prepared', 'll-answer', 'll-series', 'll-chart-drawn'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? -1]));
      return { firstNumbers, copyNumbers, moduleNumbers, chartCopy: chartCopy ? chartCopy.renderTime || chartCopy.startTime : -1, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, chart: performance.getEntriesByName('ll-chart-drawn')[0]!.startTime, marks };
    });
    if (r.firstNumbers < 0) throw new Error('the popup painted no element marked ll-first-numbers');
    first.push(r.firstNumbers);
    fcp.push(r.fcp);
    fromModule.push(r.moduleNumbers);
    if (r.copyNumbers >= 0) copied.push(r.copyNumbers);
    uplot.push(r.chart);
    if (r.chartCopy >= 0) chartCopy.push(r.chartCopy);
    chart.push(r.chartCopy >= 0 ? Math.min(r.chartCopy, r.chart) : r.chart);
    for (const k of PHASES) (phases[k] ??= []).push(r.marks[k]!);
    await p.close();
    const b = await ctx.newPage();
    await b.goto(`chrome-extension://${id}/blank.html`, { waitUntil: 'load' });
    blank.push(await b.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await b.close();
    for (const [page, into] of [['floor', floor], ['text', textFloor], ['classic', classicFloor]] as const) {
      const f = await ctx.newPage();
      await f.goto(`chrome-extension://${id}/${page}.html`);
      into.push(await painted(f));
      await f.close();
    }
  }
  // The same event on every page: the first frame presented (and the first with content), in traced loads apart
  // from the ones above (a trace slows a page). The popup's first frame can come before its copy is painted: a
  // frame of the empty body while the copy's script is fetched.
  const frames = { blank: [] as number[], popup: [] as number[], popupNumbers: [] as number[], text: [] as number[], classic: [] as number[] };
  let framesWithNumbers = 0;
  const ext = (page: string) => `chrome-extension://${id}/${page}`;
  for (let i = 0; i < runs; i++) {
    frames.blank.push((await firstFrame(ctx, ext('blank.html'), async () => undefined)).presented_ms);
    let copyInFcp = false;
    const f = await firstFrame(ctx, ext('src/popup/index.html?open=reserves_gdp'), async (p) => {
      await p.waitForFunction(() => performance.getEntriesByName('ll-chart-drawn').length > 0, null, { timeout: 20_000 });
      // The copy's numbers painted in the page's first contentful paint (Element Timing and paint timing, one clock).
      copyInFcp = await p.evaluate(() => new Promise<boolean>((resolve) => {
        new PerformanceObserver((list) => {
          const times = list.getEntries().filter((e: any) => e.identifier === 'll-copy-numbers').map((e: any) => e.renderTime || e.startTime);
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
          resolve(times.length > 0 && times.every((t: number) => Math.abs(t - fcp) < 0.5));
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => resolve(false), 2000);
      }));
    });
    frames.popup.push(f.presented_ms);
    frames.popupNumbers.push(f.contentful_ms);
    if (copyInFcp) framesWithNumbers++;
    for (const page of ['text', 'classic'] as const) frames[page].push((await firstFrame(ctx, ext(`${page}.html`), async () => undefined)).contentful_ms);
  }
  const scripts = staticScripts(dist, 'src/popup/index.html');
  const bytes = scripts.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
  return {
    first_numbers_ms: median(first),
    copy_numbers_ms: copied.length ? median(copied) : -1,
    module_numbers_ms: median(fromModule),
    copy_runs: copied.length,
    first_contentful_paint_ms: median(fcp),
    runs,
    floor_ms: median(floor),
    text_floor_ms: median(textFloor),
    classic_floor_ms: median(classicFloor),
    chart_ms: median(chart),
    chart_copy_ms: chartCopy.length ? median(chartCopy) : -1,
    chart_copy_runs: chartCopy.length,
    uplot_chart_ms: median(uplot),
    blank_ms: median(blank),
    blank_first_frame_ms: median(frames.blank),
    first_frame_ms: median(frames.popup),
    first_frame_numbers_ms: median(frames.popupNumbers),
    first_frame_numbers_runs: framesWithNumbers,
    text_floor_first_frame_ms: median(frames.text),
    classic_floor_first_frame_ms: median(frames.classic),
    phases_ms: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)])),
    script_bytes_before_paint: bytes,
    scripts_before_paint: scripts,
  };
}
