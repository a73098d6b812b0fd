/**
 * Work on the reader's page in slices: a few milliseconds at a time, then the page gets the main thread back
 * (input, scrolling, its own scripts) before the next slice. So no task of ours runs long, however long the
 * page. `scheduler.yield()` where the browser has it (the continuation keeps its priority), else a message
 * to ourselves: a macrotask that, unlike a timer, is not throttled in a background tab.
 */

/** The longest a slice runs before it yields (a long task is 50 ms; a frame 16). */
export const SLICE_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

function nextMessage(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resume) => {
    waiting.push(resume);
    channel!.port2.postMessage(null);
  });
}

export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  return typeof s?.yield === 'function' ? s.yield.call(s) : nextMessage();
}

/** What the slices cost, for the benchmark and the tests: their count, their total and the longest. */
export interface SliceStats {
  slices: number;
  busyMs: number;
  longestMs: number;
}

/**
 * A clock for one run of work: `due()` says the slice has run its time; `next()` yields, then starts the next
 * slice, or says the work is no longer wanted (its signal aborted while the page ran). Every slice's length
 * goes into `stats`.
 */
export class Slicer {
  private started = performance.now();
  private calls = 0;

  constructor(
    readonly stats: SliceStats,
    private readonly signal?: AbortSignal,
  ) {}

  /** Whether the slice has run its time: the clock read every 8th call (reading it costs too). */
  due(): boolean {
    return (++this.calls & 7) === 0 && performance.now() - this.started >= SLICE_MS;
  }

  /** Ends the running slice (its time counted). */
  end(): void {
    const ms = performance.now() - this.started;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.longestMs = Math.max(this.stats.longestMs, ms);
  }

  /** Yields to the page; false when the work was called off meanwhile (and the clock stopped). */
  async next(): Promise<boolean> {
    this.end();
    await yieldToPage();
    this.started = performance.now();
    if (!this.signal?.aborted) return true;
    this.end();
    return false;
  }
}
