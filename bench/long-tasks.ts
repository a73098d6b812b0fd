/**
 * Long tasks on the reader's page, read from a Chromium trace: the page loaded with the extension as shipped or
 * without it, left to settle, then scrolled to its end (text read lazily counts too). A task is a RunTask on the
 * page's renderer main thread; the extension's share of one is the time inside it spent in script from a
 * chrome-extension:// URL (the content script's own calls, its callbacks and timers).
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface LongTasks {
  /** The longest task on the page's main thread, whoever ran it. */
  longest_task_ms: number;
  /** Tasks over 50 ms. */
  long_tasks: number;
  /** The longest script time of the extension inside one task. */
  extension_longest_ms: number;
  /** Tasks in which the extension's own script ran over 50 ms. */
  extension_long_tasks: number;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string; scriptName?: string; frame?: string } } }

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'V8.Execute']);

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  await during();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Summed length of intervals, overlaps counted once. */
function covered(xs: Array<[number, number]>): number {
  xs.sort((a, b) => a[0] - b[0]);
  let total = 0, end = -Infinity;
  for (const [s, e] of xs) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

export function summarise(events: TraceEvent[]): LongTasks {
  const renderers = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The page's main thread: the renderer main thread that ran most.
  const busy = new Map<string, number>();
  for (const e of events) if (TASK.has(e.name) && e.ph === 'X' && renderers.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks = on.filter((e) => TASK.has(e.name));
  const ext = on.filter((e) => SCRIPT.has(e.name) && /^(chrome|moz)-extension:/.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? ''));
  let longest = 0, long = 0, extLongest = 0, extLong = 0;
  let j = 0;
  for (const t of tasks) {
    const ms = (t.dur ?? 0) / 1000;
    longest = Math.max(longest, ms);
    if (ms > 50) long++;
    while (j < ext.length && ext[j]!.ts < t.ts) j++;
    const inside: Array<[number, number]> = [];
    for (let k = j; k < ext.length && ext[k]!.ts < t.ts + (t.dur ?? 0); k++) inside.push([ext[k]!.ts, Math.min(ext[k]!.ts + (ext[k]!.dur ?? 0), t.ts + (t.dur ?? 0))]);
    const e = covered(inside) / 1000;
    extLongest = Math.max(extLongest, e);
    if (e > 50) extLong++;
  }
  return { longest_task_ms: longest, long_tasks: long, extension_longest_ms: extLongest, extension_long_tasks: extLong };
}

export async function longTasks(ctx: BrowserContext, url: string, runs: number): Promise<LongTasks> {
  const all: LongTasks[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    const events = await trace(cdp, async () => {
      await p.goto(url, { waitUntil: 'load' });
      await p.waitForTimeout(1500);
      // Down to the end, a screen at a time, as a reader skimming would.
      const height = await p.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += Math.max(900, height / 12)) {
        await p.evaluate((to) => window.scrollTo(0, to), y);
        await p.waitForTimeout(150);
      }
      await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await p.waitForTimeout(800);
    });
    all.push(summarise(events));
    await cdp.detach();
    await p.close();
  }
  // The worst run: a long task is what a reader feels, once is enough.
  const worst = (k: keyof LongTasks) => Math.round(Math.max(...all.map((a) => a[k])) * 10) / 10;
  return { longest_task_ms: worst('longest_task_ms'), long_tasks: worst('long_tasks'), extension_longest_ms: worst('extension_longest_ms'), extension_long_tasks: worst('extension_long_tasks') };
}

/** For a profile: each long task's biggest parts (debugging aid, used by .scratch). */
export function breakdown(events: TraceEvent[]): string[] {
  const renderers = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (TASK.has(e.name) && e.ph === 'X' && renderers.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const out: string[] = [];
  for (const t of on.filter((e) => TASK.has(e.name) && (e.dur ?? 0) > 50_000)) {
    const kids = on.filter((e) => !TASK.has(e.name) && e.ts >= t.ts && e.ts < t.ts + t.dur! && (e.dur ?? 0) > 3000);
    out.push(`${(t.dur! / 1000).toFixed(0)}ms: ${kids.map((k) => `${k.name}${k.args?.data?.url ? `(${k.args.data.url.slice(-25)})` : ''} ${(k.dur! / 1000).toFixed(0)}`).join(', ')}`);
  }
  return out;
}
