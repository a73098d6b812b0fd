/** Loads the built extension into real Chromium (Debian's, through playwright-core) with a fresh profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/chromium';
import { hermeticArgs, isLoopback } from '../../scripts/hermetic';

export const DIST = join(new URL('../..', import.meta.url).pathname, 'dist');

export interface Loaded {
  ctx: BrowserContext;
  /**
   * The extension's service worker as it runs now: the browser may stop it and start another (the product
   * holds all its state in storage), so this is looked up on each use.
   */
  readonly worker: Worker;
  id: string;
  /** An extension page to send messages from, as the popup and content scripts do. */
  page: Page;
  send<T = any>(message: unknown): Promise<T>;
  /** Every response the browser got from a server that is not loopback (pages, extension pages, the worker). */
  leaks: string[];
  /** Closes the browser; throws when any response came from beyond loopback. */
  close(): Promise<void>;
}

/**
 * `others`: more unpacked extensions to load beside ours (to test messages from another extension); `dist`: a
 * build of ours other than dist/ (a test build with one manifest key added); `keepProfile`: a profile
 * directory to use and keep after close (the update test opens it again with a newer build).
 */
export async function loadExtension(extraArgs: string[] = [], others: string[] = [], dist = DIST, keepProfile?: string): Promise<Loaded> {
  const exe = findChromium();
  if (!exe) throw new Error('Chromium not found: install Debian’s chromium or set CHROME_PATH');
  const profile = keepProfile ?? mkdtempSync(join(tmpdir(), 'll-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    // Test pages and publishers are served over HTTPS with a self-signed certificate.
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${[dist, ...others].join(',')}`,
      `--load-extension=${[dist, ...others].join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      ...hermeticArgs(extraArgs),
    ],
  });
  const leaks: string[] = [];
  const pending: Array<Promise<unknown>> = [];
  ctx.on('response', (r) => {
    pending.push(
      r.serverAddr().then(
        (addr) => addr && !isLoopback(addr.ipAddress) && leaks.push(`${r.url()} from ${addr.ipAddress}`),
        () => undefined,
      ),
    );
  });
  const ours = (w: Worker) => w.url().endsWith('/service-worker-loader.js');
  const worker = ctx.serviceWorkers().find(ours) ?? (await ctx.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/src/popup/index.html`);
  return {
    ctx,
    get worker() {
      return ctx.serviceWorkers().find(ours) ?? worker;
    },
    id,
    page,
    send: (message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message),
    leaks,
    async close() {
      await Promise.all(pending);
      await ctx.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
      if (leaks.length) throw new Error(`requests left loopback:\n  ${leaks.join('\n  ')}`);
    },
  };
}

/** Waits until the worker has written a cache document in which `done` holds (a generous bound: the full suite on two loaded cores once took over 60 s to the first FRED attempt). */
export async function waitForCache(ext: Loaded, done: (doc: any) => boolean, timeoutMs = 120_000): Promise<any> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    // Read from the extension page, which lives as long as the browser; the worker may be stopped in between.
    const doc = await ext.page.evaluate(async () => (await chrome.storage.local.get('cache')).cache);
    if (doc && done(doc)) return doc;
    if (Date.now() > end) throw new Error('timed out waiting for the worker’s cache');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Lets time pass, as the clock would (the worker reads it all from storage): a provider's retry time, any
 * hold on FRED, and the minute a manual refresh leaves FRED alone (every attempt moved two minutes back).
 */
export async function letTimePass(ext: Loaded, expire?: string): Promise<void> {
  await ext.page.evaluate(async (id) => {
    const doc = (await chrome.storage.local.get('cache')).cache;
    if (id) doc.providers[id].retryAt = new Date(Date.now() - 1000).toISOString();
    delete doc.hold;
    for (const st of Object.values(doc.providers) as Array<{ lastAttemptAt?: string }>) {
      if (st.lastAttemptAt) st.lastAttemptAt = new Date(Date.parse(st.lastAttemptAt) - 120_000).toISOString();
    }
    await chrome.storage.local.set({ cache: doc });
  }, expire);
}

/** What a page's content script says of its scan (the `page/scan` answer to the extension's own pages). */
export interface ScanState {
  url: string;
  settled: boolean;
  /** Blocks of text the scan read: more than 0 shows the script ran over the page's text (0 where it is off). */
  blocks: number;
  marks: number;
}

/**
 * Waits until the content script in the tab showing `page` says its scan has settled (badges placed, every
 * figure check answered), and returns what it read. A page the script never ran on never answers: this throws,
 * so a test that then looks for what is absent cannot pass on a script that did not run.
 */
export async function scanSettled(ext: Loaded, page: Page, timeoutMs = 15_000): Promise<ScanState> {
  const end = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    // Without the tabs permission no tab's URL is visible to the extension: each tab's script says its own.
    const got = await ext.page.evaluate(async (url) => {
      const answers = await Promise.all(
        (await chrome.tabs.query({})).map((t: { id?: number }) => (t.id === undefined ? null : chrome.tabs.sendMessage(t.id, { type: 'page/scan' }).catch(() => null))),
      );
      return answers.find((a) => a?.url === url) ?? `no content script answers from ${url}`;
    }, page.url());
    if (got && typeof got === 'object' && (got as ScanState).settled) return got as ScanState;
    last = typeof got === 'string' ? got : JSON.stringify(got);
    if (Date.now() > end) throw new Error(`the scan of ${page.url()} did not settle: ${last}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
