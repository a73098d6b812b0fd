/**
 * A site the reader added under 0.1.0, with its host granted, survives the update to this build and still gets
 * badges (issue 20's leftover; update.test.ts covers the cache and the settings). 0.1.0 keeps an added site in
 * two places: its host in settings.sitesAdded (storage.sync), and the browser's grant of `https://*.host/*`,
 * for which its worker registers the content script ('added-sites', persistAcrossSessions). The site is added
 * as a reader would, on 0.1.0's own options page (the grant given at install: headless Chromium cannot answer
 * the prompt, see test/helpers/reload.ts); then this build is installed over it as an update.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patternForHost } from '../../src/core/sites';
import { DIST, scanSettled, type Loaded } from '../helpers/extension';
import { oldBuild } from '../helpers/old-build';
import { loadWithOriginsGranted, reloadUnpacked } from '../helpers/reload';
import { servePages, type PageServer } from '../../scripts/page-server';

const root = new URL('../..', import.meta.url).pathname;
// A real article (test/fixtures/pages/SOURCES.md) that badges the RRP, reserves and the balance sheet's pace.
const story = readFileSync(join(root, 'test/fixtures/pages/txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html'), 'utf8');
const SITE = 'news.example.org';
const STORY = `https://www.${SITE}/story.html`;
const ORIGIN = patternForHost(SITE);

let server: PageServer;
let ext: Loaded;
let dir: string;
let profile: string;

beforeAll(async () => {
  const old = oldBuild();
  server = await servePages({ '/story.html': story });
  profile = mkdtempSync(join(tmpdir(), 'll-update-sites-profile-'));
  dir = join(mkdtempSync(join(tmpdir(), 'll-update-sites-')), 'liquidity-lens');
  cpSync(old, dir, { recursive: true });
  ext = await loadWithOriginsGranted(server.args([`www.${SITE}`]), dir, [ORIGIN], profile);
}, 300_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
});

const version = () => ext.worker.evaluate(() => chrome.runtime.getManifest().version);
const settings = () => ext.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
const registered = () => ext.page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []));
const granted = () => ext.page.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN);
async function badgesOn(p: Page, ms = 20_000): Promise<number> {
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 250))) {
    const n = await p.evaluate(() => document.querySelectorAll('ll-badge').length);
    if (n > 0 || Date.now() > end) return n;
  }
}

describe('a site added under 0.1.0, over the update to this build', () => {
  let before: any;

  it('0.1.0 adds it on its options page: the host saved, the script registered, the story badged', async () => {
    expect(await version()).toBe('0.1.0');
    expect(await registered()).toEqual([]);
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator('input[placeholder="example.com"]').fill(SITE);
    await options.locator('form:has(input[placeholder="example.com"]) button[type="submit"]').click();
    for (const end = Date.now() + 20_000; !(await registered()).includes(ORIGIN) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
    expect(await registered()).toEqual([ORIGIN]);
    before = await settings();
    expect(before.sitesAdded).toEqual([SITE]);
    await options.close();
    const p = await ext.ctx.newPage();
    await p.goto(STORY);
    expect(await badgesOn(p), '0.1.0 badges the added site').toBeGreaterThan(0);
    await p.close();
  });

  it('after the update it is still added, still granted, its script registered anew, and its pages badged', async () => {
    expect(before, 'the 0.1.0 run added the site').toBeDefined();
    rmSync(dir, { recursive: true, force: true });
    cpSync(DIST, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.version = '0.1.1'; // a store update always carries a higher version
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await reloadUnpacked(ext, '0.1.1');
    expect(await version()).toBe('0.1.1');

    expect((await settings()).sitesAdded).toEqual([SITE]);
    expect(await granted(), 'the grant survives the update').toBe(true);
    // The script points at this build's files (the update's onInstalled registers it again).
    for (const end = Date.now() + 20_000; !(await registered()).includes(ORIGIN) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
    expect(await registered()).toEqual([ORIGIN]);

    const p = await ext.ctx.newPage();
    await p.goto(STORY);
    const scan = await scanSettled(ext, p);
    expect(scan.blocks).toBeGreaterThan(0);
    expect(await p.evaluate(() => [...document.querySelectorAll('ll-badge')].map((b) => b.getAttribute('data-ll-indicator')))).toEqual(expect.arrayContaining(['rrp']));
    // And the options page lists it as added, removable.
    const options = await ext.ctx.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.locator(`[data-ll-added="${SITE}"] button`).waitFor();
    await options.close();
    await p.close();
  });
});
