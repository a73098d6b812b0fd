/** Loads the built extension into real Chromium (Debian's, through playwright-core) with a fresh profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/chromium';

export const DIST = join(new URL('../..', import.meta.url).pathname, 'dist');

export interface Loaded {
  ctx: BrowserContext;
  worker: Worker;
  id: string;
  /** An extension page to send messages from, as the popup and content scripts do. */
  page: Page;
  send<T = any>(message: unknown): Promise<T>;
  close(): Promise<void>;
}

/** `others`: more unpacked extensions to load beside ours (to test messages from another extension). */
export async function loadExtension(extraArgs: string[] = [], others: string[] = []): Promise<Loaded> {
  const exe = findChromium();
  if (!exe) throw new Error('Chromium not found: install Debian’s chromium or set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'll-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    // Test pages and publishers are served over HTTPS with a self-signed certificate.
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${[DIST, ...others].join(',')}`,
      `--load-extension=${[DIST, ...others].join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      ...extraArgs,
    ],
  });
  const ours = (w: Worker) => w.url().endsWith('/service-worker-loader.js');
  const worker = ctx.serviceWorkers().find(ours) ?? (await ctx.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/src/popup/index.html`);
  return {
    ctx,
    worker,
    id,
    page,
    send: (message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message),
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the worker has written a cache document in which `done` holds. */
export async function waitForCache(ext: Loaded, done: (doc: any) => boolean, timeoutMs = 60_000): Promise<any> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const doc = await ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache);
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
  await ext.worker.evaluate(async (id) => {
    const doc = (await chrome.storage.local.get('cache')).cache;
    if (id) doc.providers[id].retryAt = new Date(Date.now() - 1000).toISOString();
    delete doc.hold;
    for (const st of Object.values(doc.providers) as Array<{ lastAttemptAt?: string }>) {
      if (st.lastAttemptAt) st.lastAttemptAt = new Date(Date.parse(st.lastAttemptAt) - 120_000).toISOString();
    }
    await chrome.storage.local.set({ cache: doc });
  }, expire);
}
