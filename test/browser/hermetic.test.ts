/**
 * The browser tests are hermetic: with the resolver rules every Chromium test gets (hermeticArgs), a host name
 * reaches only the loopback server a test maps it to, and the guard in loadExtension fails a test whose browser
 * got any response from beyond loopback. Both are shown to bite here, on any machine, with or without internet.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { loadExtension, type Loaded } from '../helpers/extension';

const STORY = '<!doctype html><meta charset="utf-8"><title>story</title><article><h1>Fed watch</h1><p>Bank reserves fell.</p></article>';
// An address of this machine that is not loopback: a server there stands for "the internet" to the guard.
const outside = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

let pages: PageServer;
let elsewhere: Server;
let elsewherePort = 0;
let ext: Loaded;

beforeAll(async () => {
  pages = await servePages({ '/story.html': STORY });
  const beyond: string[] = [];
  if (outside) {
    elsewhere = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('from beyond loopback'));
    await new Promise<void>((ok) => elsewhere.listen(0, outside, () => ok()));
    elsewherePort = (elsewhere.address() as AddressInfo).port;
    beyond.push(`--host-resolver-rules=MAP beyond.test ${outside}:${elsewherePort}`);
  }
  ext = await loadExtension([...pages.args(['www.reuters.com']), ...beyond]);
});
afterAll(async () => {
  await ext?.close();
  await pages?.close();
  if (elsewhere) await new Promise((ok) => elsewhere.close(ok));
});

describe('hermetic browser tests', () => {
  it('a mapped news host lands on the loopback test server (the control)', async () => {
    const tab = await ext.ctx.newPage();
    const res = await tab.goto('https://www.reuters.com/story.html');
    expect(res?.status()).toBe(200);
    expect((await res!.serverAddr())?.ipAddress).toBe('127.0.0.1');
    expect(await tab.textContent('h1')).toBe('Fed watch');
    await tab.close();
  });

  it('every other name resolves to nothing — even localhost, which the system itself resolves — while 127.0.0.1 is reached', async () => {
    const tab = await ext.ctx.newPage();
    await tab.goto('https://www.reuters.com/story.html');
    // A no-cors fetch resolves (to an opaque answer) when the server was reached, and rejects when it was not.
    const probe = (url: string) =>
      tab.evaluate((u) => fetch(u, { mode: 'no-cors', cache: 'no-store' }).then((r) => `reached (${r.type})`, (e) => String(e)), url);
    expect(await probe(`https://127.0.0.1:${pages.port}/story.html`)).toBe('reached (opaque)');
    expect(await probe(`https://localhost:${pages.port}/story.html`)).toMatch(/TypeError: Failed to fetch/);
    expect(await probe('https://www.federalreserve.gov/')).toMatch(/TypeError: Failed to fetch/);
    await tab.close();
    // The extension's worker too: the publishers it would ask are unreachable unless a test serves them.
    const fromWorker = await ext.worker.evaluate(async () => {
      try {
        await fetch('https://markets.newyorkfed.org/api/rates/secured/sofr/last/1.json');
        return 'reached';
      } catch (e) {
        return String(e);
      }
    });
    expect(fromWorker).toMatch(/TypeError: Failed to fetch/);
    // And the page server saw the one request that was meant to reach it (besides the page itself).
    expect(pages.requests.filter((p) => p === '/story.html').length).toBe(3);
  });

  // Needs an address of this machine beyond loopback (any machine with a network interface has one).
  it.skipIf(!outside)('the guard records a response from beyond loopback, so such a test fails when it closes', async () => {
    const tab = await ext.ctx.newPage();
    const res = await tab.goto('http://beyond.test/');
    expect(await res?.text()).toBe('from beyond loopback');
    await tab.close();
    // The extension's worker is watched as its pages are.
    expect(await ext.worker.evaluate(() => fetch('http://beyond.test/from-worker').then((r) => r.text()))).toBe('from beyond loopback');
    await expect.poll(() => ext.leaks.length).toBe(2);
    expect(ext.leaks).toEqual([`http://beyond.test/ from ${outside}`, `http://beyond.test/from-worker from ${outside}`]);
    ext.leaks.length = 0; // shown; the browser may now close without failing
  });
});
