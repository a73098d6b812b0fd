/**
 * Suggested sites in real Chromium, on the real options page of the built extension: one click on a suggested
 * site asks for its origins, registers the content script for exactly those, and a page served under that
 * site's name gets badges; "Add all" does the same for a group in one request; Remove gives it all back.
 * Headless Chromium cannot answer a permission prompt, so the reader's Allow is given at install
 * (test/helpers/reload.ts): the request then resolves at once, and only for those origins; a request for any
 * other would wait on a prompt and the test would time out. (Firefox grants exactly what is asked without a
 * prompt: firefox-permissions.test.ts checks the origins granted there.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUGGESTED_SITES, suggestedByGroup, suggestedOrigins } from '../../src/core/suggested-sites';
import { DIST, scanSettled, type Loaded } from '../helpers/extension';
import { loadWithOriginsGranted } from '../helpers/reload';
import { servePages, type PageServer } from '../../scripts/page-server';

const root = new URL('../..', import.meta.url).pathname;
// A real article (test/fixtures/pages/SOURCES.md) that badges the RRP, reserves and the balance sheet's pace.
const ARTICLE = 'txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html';
const story = readFileSync(join(root, 'test/fixtures/pages', ARTICLE), 'utf8');

// Whatever the list holds once pruned: its first site alone, and a group with at least two others for "Add all".
const site = SUGGESTED_SITES[0]!;
const group = suggestedByGroup().find((g) => g.sites.filter((s) => s !== site).length >= 2);
const groupSites = group?.sites.filter((s) => s !== site) ?? [];
const pageOf = (host: string) => `https://www.${host}/story.html`;

let server: PageServer;
const said: string[] = [];
let ext: Loaded;
let dir: string;

beforeAll(async () => {
  expect(group, 'a group with two suggested sites besides the first').toBeDefined();
  server = await servePages({ '/story.html': story });
  dir = join(mkdtempSync(join(tmpdir(), 'll-suggested-')), 'liquidity-lens');
  cpSync(DIST, dir, { recursive: true });
  const hosts = [site, ...groupSites].flatMap((s) => s.hosts).map((h) => `www.${h}`);
  ext = await loadWithOriginsGranted(server.args(hosts), dir, [site, ...groupSites].flatMap(suggestedOrigins));
  ext.ctx.on('console', (m) => m.type() !== 'log' && said.push(`${m.type()}: ${m.text()}`));
}, 120_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
});

const registered = () => ext.page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []).sort());
const sitesAdded = () => ext.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.sitesAdded ?? []);
const badges = (p: Page) => p.evaluate(() => [...document.querySelectorAll('ll-badge')].map((b) => b.getAttribute('data-ll-indicator')));
async function until<T>(f: () => Promise<T>, ok: (x: T) => boolean, what: string, ms = 20_000): Promise<T> {
  let last: T;
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 200))) {
    last = await f();
    if (ok(last)) return last;
    if (Date.now() > end) {
      // What the worker said and what it holds, so a failure on a busy machine says where it stopped.
      const held = await ext.page.evaluate(async () => ({ origins: (await chrome.permissions.getAll()).origins, scripts: await chrome.scripting.getRegisteredContentScripts() })).catch((e: unknown) => String(e));
      throw new Error(`timed out: ${what} (last: ${JSON.stringify(last)}; held: ${JSON.stringify(held)}; the extension said: ${JSON.stringify(said.slice(-20))})`);
    }
  }
}
async function openStory(host: string): Promise<Page> {
  const p = await ext.ctx.newPage();
  await p.goto(pageOf(host));
  return p;
}

describe('a suggested site on the options page', () => {
  it('is not badged before it is added, though its host is granted: a suggested site is never declared', async () => {
    expect(await registered()).toEqual([]);
    const p = await openStory(site.hosts[0]!);
    await expect(scanSettled(ext, p, 3000)).rejects.toThrow(/no content script answers/);
    expect(await badges(p)).toEqual([]);
    await p.close();
  });

  it('one click registers the content script for exactly its origins, and its pages get badges', async () => {
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator(`[data-ll-suggest="${site.hosts[0]}"]`).click();
    expect(await until(sitesAdded, (x) => x.length > 0, 'the site saved as added')).toEqual([...site.hosts]);
    expect(await until(registered, (x) => x.length > 0, 'the content script registered')).toEqual(suggestedOrigins(site).sort());
    // Shown as added: in the added list with its Remove button, and marked added in the suggestions.
    await options.locator(`[data-ll-added="${site.hosts[0]}"] button`).waitFor();
    expect(await options.locator(`[data-ll-suggest="${site.hosts[0]}"]`).count()).toBe(0);

    const p = await openStory(site.hosts[0]!);
    const scan = await scanSettled(ext, p);
    expect(scan.blocks).toBeGreaterThan(0);
    expect(await badges(p)).toEqual(expect.arrayContaining(['rrp']));
    await p.close();
    await options.close();
  });

  it('"Add all" adds the rest of a group in one request, each site badged', async () => {
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator(`[data-ll-suggest-group="${group!.group}"]`).click();
    const expected = [...site.hosts, ...groupSites.flatMap((s) => s.hosts)].sort();
    expect((await until(sitesAdded, (x) => x.length === expected.length, 'the group saved as added')).sort()).toEqual(expected);
    const origins = [site, ...groupSites].flatMap(suggestedOrigins).sort();
    expect(await until(registered, (x) => x.length === origins.length, 'the group registered')).toEqual(origins);
    expect(await options.locator(`[data-ll-suggest-group="${group!.group}"]`).count(), 'nothing left to add in the group').toBe(0);
    for (const s of groupSites) {
      const p = await openStory(s.hosts[0]!);
      await scanSettled(ext, p);
      expect(await badges(p), s.hosts[0]).toEqual(expect.arrayContaining(['rrp']));
      await p.close();
    }
    await options.close();
  });

  it('Remove gives its permission back and takes the badges away, without a reload', async () => {
    const p = await openStory(site.hosts[0]!);
    await scanSettled(ext, p);
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    for (const h of site.hosts) await options.locator(`[data-ll-added="${h}"] button`).click();
    const origins = suggestedOrigins(site);
    await until(() => ext.page.evaluate((o) => chrome.permissions.contains({ origins: o }), origins), (x) => x === false, 'the permission given back');
    await until(registered, (x) => !x.some((m: string) => origins.includes(m)), 'the script unregistered for it');
    await until(() => badges(p), (x) => x.length === 0, 'the badges gone');
    await options.locator(`[data-ll-suggest="${site.hosts[0]}"]`).waitFor();
    await options.close();
    await p.close();
  });
});
