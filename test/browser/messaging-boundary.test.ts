/**
 * The messaging boundary, exercised: a test build of the extension that declares externally_connectable (so a
 * real web page can reach the worker), and a second extension. Both reach the worker's listener — the browser
 * delivers their messages — and the worker's sender check refuses them: no answer, nothing changed. The same
 * messages from the extension's own page are answered (the control).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { DIST, loadExtension, waitForCache, type Loaded } from '../helpers/extension';

// What the browser says when no listener exists at all: the boundary would then be the browser's, not ours.
const NO_LISTENER = /Receiving end does not exist|Could not establish connection/;

let build: string;
let otherDir: string;
let server: PageServer;
let ext: Loaded;
let other: Worker;

beforeAll(async () => {
  // The test build: the built extension with one key added, so pages on www.reuters.com and any extension may connect.
  build = mkdtempSync(join(tmpdir(), 'll-connectable-'));
  cpSync(DIST, build, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  manifest.externally_connectable = { matches: ['https://www.reuters.com/*'], ids: ['*'] };
  writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
  otherDir = mkdtempSync(join(tmpdir(), 'll-other-ext-'));
  writeFileSync(join(otherDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'other', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(otherDir, 'sw.js'), '// sends messages on request from the test\n');
  server = await servePages({ '/page.html': '<!doctype html><meta charset="utf-8"><title>a page</title><p>Nothing about the Fed.</p>' });
  ext = await loadExtension(server.args(['www.reuters.com']), [otherDir], build);
  await waitForCache(ext, (doc) => !!doc.writtenAt);
  other = ext.ctx.serviceWorkers().find((w) => !w.url().includes(ext.id)) ?? (await ext.ctx.waitForEvent('serviceworker', { predicate: (w) => !w.url().includes(ext.id) }));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  for (const d of [build, otherDir]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Sends each message to our extension from `from` (a page or a worker); each outcome as a string. */
async function sendFrom(from: Page | Worker, id: string, messages: unknown[]): Promise<string[]> {
  const send = async ([target, list]: readonly [string, unknown[]]) =>
    Promise.all(
      list.map((m) =>
        chrome.runtime.sendMessage(target, m).then(
          (a: unknown) => (a === undefined || a === null ? 'no answer' : `answered: ${JSON.stringify(a).slice(0, 60)}`),
          (e: unknown) => `error: ${String(e)}`,
        ),
      ),
    );
  const arg = [id, messages] as const;
  return 'mainFrame' in from ? from.evaluate(send, arg) : (from as Worker).evaluate(send, arg);
}

const MESSAGES = [{ type: 'indicators/get' }, { type: 'page/config' }, { type: 'cache/clear' }, { type: 'indicators/refresh' }];
const writtenAt = () => ext.worker.evaluate(async () => (await chrome.storage.local.get('cache')).cache.writtenAt);

describe('the messaging boundary', () => {
  it('a web page the build lets connect reaches the worker, which answers nothing and changes nothing', async () => {
    const page = await ext.ctx.newPage();
    await page.goto('https://www.reuters.com/page.html');
    const before = await writtenAt();
    const got = await sendFrom(page, ext.id, MESSAGES);
    for (const g of got) expect(g).not.toMatch(NO_LISTENER); // delivered: the listener exists
    for (const g of got) expect(g).not.toMatch(/^answered/);
    await new Promise((r) => setTimeout(r, 1500)); // a refresh or a clear would have written by now
    expect(await writtenAt()).toBe(before);
    await page.close();
  });

  it('another extension reaches the worker, which answers nothing', async () => {
    const got = await sendFrom(other, ext.id, MESSAGES);
    for (const g of got) expect(g).not.toMatch(NO_LISTENER);
    for (const g of got) expect(g).not.toMatch(/^answered/);
  });

  it('the control: the same messages from the extension’s own page are answered', async () => {
    const own = await ext.page.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'indicators/get' }))?.indicators?.length ?? 0);
    expect(own).toBeGreaterThan(10);
    // And an extension page of ours sending to its own id by name is still this extension.
    expect(await sendFrom(ext.page, ext.id, [{ type: 'indicators/get' }])).toEqual([expect.stringMatching(/^answered: \{"/)]);
  });
});
