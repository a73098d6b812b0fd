/**
 * The first frame the compositor presents after a navigation, read from a Chromium trace: one event that every
 * page has, with something to paint or not, so a blank page and the popup are measured alike (a blank page has
 * no paint timing entry at all, which is why its figure elsewhere is its load end). The frame is the page's
 * first frame presented on its layer tree (`SetLayerTreeId` names the navigated frame's; the tree must have drawn
 * a `DrawFrame`): the end of the first `PipelineReporter` in a presented state on that tree after the frame was
 * attached to it. That is the moment paint timing reports: a first contentful paint in that frame has the same time.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  id2?: { local?: string };
  args?: {
    frame?: string;
    frameSeqId?: number;
    layerTreeId?: number;
    data?: { documentLoaderURL?: string; frame?: string; layerTreeId?: number };
    frame_reporter?: { frame_sequence?: number; state?: string; layer_tree_host_id?: number };
  };
}

export interface FirstFrame {
  /** Navigation start to the first frame presented (ms). */
  presented_ms: number;
  /** Navigation start to the page's first contentful paint (ms), -1 if it had none while traced. */
  contentful_ms: number;
}

const CATEGORIES = ['blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', '__metadata'].join(',');

async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The first frame presented after the navigation to `url` (its documentLoaderURL), from the trace's events. */
export function firstFrameOf(events: TraceEvent[], url: string): FirstFrame {
  const byTime = [...events].sort((a, b) => a.ts - b.ts);
  const nav = byTime.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const after = byTime.filter((e) => e.pid === nav.pid && e.ts >= nav.ts);
  const attached = after.find((e) => e.name === 'SetLayerTreeId' && e.args?.data?.frame === nav.args?.frame);
  const tree = attached?.args?.data?.layerTreeId;
  if (!attached || tree === undefined) throw new Error(`no layer tree for ${url} in the trace`);
  if (!after.some((e) => e.name === 'DrawFrame' && e.args?.layerTreeId === tree)) throw new Error(`no frame drawn for ${url} in the trace`);
  // The reporters of frames presented on that tree: the first to end once the navigated frame is attached to it.
  // (Not matched to a DrawFrame by sequence number: a reporter can carry its BeginFrame's, one before the draw's.)
  const ends = after.flatMap((b) => {
    const r = b.name === 'PipelineReporter' && b.ph === 'b' ? b.args?.frame_reporter : undefined;
    if (!r || !/^STATE_PRESENTED/.test(r.state ?? '') || r.layer_tree_host_id !== tree) return [];
    const e = after.find((x) => x.name === 'PipelineReporter' && x.ph === 'e' && x.ts >= b.ts && x.id2?.local === b.id2?.local);
    return e && e.ts >= attached.ts ? [e.ts] : [];
  });
  if (!ends.length) throw new Error(`no frame presented for ${url} in the trace`);
  const presented = Math.min(...ends);
  const fcp = after.find((e) => e.name === 'firstContentfulPaint' && e.args?.frame === nav.args?.frame);
  return { presented_ms: (presented - nav.ts) / 1000, contentful_ms: fcp ? (fcp.ts - nav.ts) / 1000 : -1 };
}

/** Loads `url` in a new tab under a trace; `settle` waits for what the page does after its load. */
export async function firstFrame(ctx: BrowserContext, url: string, settle: (p: import('playwright-core').Page) => Promise<unknown>): Promise<FirstFrame> {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  try {
    const events = await traced(cdp, async () => {
      await p.goto(url, { waitUntil: 'load' });
      await settle(p);
      await p.waitForTimeout(300); // the frames of the last changes, presented
    });
    return firstFrameOf(events, url);
  } finally {
    await cdp.detach().catch(() => undefined);
    await p.close();
  }
}
