/**
 * What only a granted permission shows, in real Firefox (Debian's firefox-esr over Marionette), where optional
 * permissions are granted without a prompt (extensions.webextOptionalPermissionPrompts = false): adding a
 * site on the options page and from the popup, taking it away again with its permission, notifications when a
 * gauge rule starts firing, and a publisher's host taken away and asked for again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../vite.config';
import { click as clickIn, extensionApi, openTab as openTabIn, startFirefox, until, useTab, waitForElement, type Marionette } from '../helpers/marionette';
import { servePages, type PageServer } from '../../scripts/page-server';
import { SUGGESTED_SITES, suggestedOrigins } from '../../src/core/suggested-sites';

const root = new URL('../..', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const UUID = '7c1ea7c6-2f0e-4d38-9d3b-6a1f0e5c2b11';
const PAGE = (path: string) => `moz-extension://${UUID}/${path}`;
const STORY = '<!doctype html><meta charset="utf-8"><title>story</title><article><h1>Fed watch</h1><p>The Federal Reserve said bank reserves fell as the Fed’s ON RRP facility emptied.</p></article>';

let server: PageServer;
let ff: Marionette;

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox not found: install Debian’s firefox-esr (CI does) or set FIREFOX_PATH');
  server = await servePages({ '/story.html': STORY });
  ff = await startFirefox(FIREFOX, {
    ...server.firefoxPrefs(),
    'extensions.webextOptionalPermissionPrompts': false,
    // Notifications in Firefox's own alert windows, which headless Firefox keeps (and notifications.getAll() lists).
    'alerts.useSystemBackend': false,
    // A fixed internal UUID, so the tests can open the extension's own pages.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  });
  await ff.send('Addon:Install', { path: join(root, 'dist-firefox'), temporary: true });
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const openTab = (url: string, behind = false) => openTabIn(ff, url, behind);
const use = (handle: string) => useTab(ff, handle);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitFor = (css: string, gone = false) => waitForElement(ff, css, gone);
const click = (selector: string) => clickIn(ff, selector);
async function type(css: string, text: string): Promise<void> {
  const el = await ff.send('WebDriver:FindElement', { using: 'css selector', value: css });
  const id = el['element-6066-11e4-a52e-4f735466cecb'] ?? Object.values(el)[0];
  await ff.send('WebDriver:ElementClear', { id });
  await ff.send('WebDriver:ElementSendKeys', { id, text });
}
const api = <T>(call: string): Promise<T> => extensionApi<T>(ff, call);
const badges = () => ff.run<number>('return document.querySelectorAll("ll-badge").length');

describe('in real Firefox, permissions granted and given back', () => {
  it('adding a site on the options page asks for that host, badges it, and removing it gives the permission back', async () => {
    const story = await openTab('https://news.example.org/story.html');
    await sleep(1000);
    expect(await badges()).toBe(0);
    const options = await openTab(PAGE('src/options/index.html'));
    await until(async () => (await ff.run('return document.querySelectorAll("input[placeholder=\\"example.com\\"]").length')) === 1, 'the options page');
    // A public suffix is refused before anything is asked.
    await type('input[placeholder="example.com"]', 'co.uk');
    await click('form.row button[type="submit"]');
    await until(async () => /public suffix/.test(await ff.run('return document.querySelector(".status").textContent')), 'co.uk refused');
    await type('input[placeholder="example.com"]', 'news.example.org');
    await click('form.row button[type="submit"]');
    await until(() => api<boolean>('b.permissions.contains({ origins: ["https://*.news.example.org/*"] })'), 'the host granted');
    await use(story);
    await ff.send('WebDriver:Refresh');
    await until(async () => (await badges()) > 0, 'badges on the added site');
    await use(options);
    await click('button[aria-label="Remove news.example.org"]');
    await until(async () => !(await api<boolean>('b.permissions.contains({ origins: ["https://*.news.example.org/*"] })')), 'the permission given back');
    await use(story);
    await until(async () => (await badges()) === 0, 'the badges gone, without a reload');
  }, 120_000);

  it('the popup’s switch adds the site it is opened on and takes it away again, permission and all', async () => {
    const story = await openTab('https://markets.example.net/story.html');
    // The reader clicks the toolbar button on the story (which lets the extension see that tab's address).
    await ff.context('chrome');
    const clicked = await ff.run(
      `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
       const action = ExtensionParent.apiManager.global.browserActionFor(ExtensionParent.GlobalManager.getExtension(arguments[0]));
       action.triggerAction(window);
       return true;`,
      GECKO_ID,
    );
    expect(clicked).toBe(true);
    await ff.context('content');
    // The popup page loads behind the story, so the tab it asks for is the story; once it has its answer (the
    // switch shows), it comes to the front to be clicked.
    const popup = await openTab(PAGE('src/popup/index.html'), true);
    expect(await waitFor('[data-ll-site-toggle="off"] button')).toBe(true);
    await ff.send('WebDriver:SwitchToWindow', { handle: popup, focus: true });
    await click('[data-ll-site-toggle="off"] button');
    await until(() => api<boolean>('b.permissions.contains({ origins: ["https://*.markets.example.net/*"] })'), 'the host granted');
    await use(story);
    await until(async () => (await badges()) > 0, 'badges on the story, without a reload');
    await use(popup);
    expect(await waitFor('[data-ll-site-toggle="on"] button')).toBe(true);
    await click('[data-ll-site-toggle="on"] button');
    await until(async () => !(await api<boolean>('b.permissions.contains({ origins: ["https://*.markets.example.net/*"] })')), 'the permission given back');
    await use(story);
    await until(async () => (await badges()) === 0, 'the badges gone');
  }, 120_000);

  it('a suggested site asks for exactly its origins, badges its pages, and Remove gives them back', async () => {
    const site = SUGGESTED_SITES[0]!;
    const host = site.hosts[0]!;
    const origins = () => api<string[]>('b.permissions.getAll().then((p) => p.origins)');
    const story = await openTab(`https://www.${host}/story.html`);
    await sleep(1000);
    expect(await badges()).toBe(0);
    const options = await openTab(PAGE('src/options/index.html'));
    await waitFor(`[data-ll-suggest="${host}"]`);
    const held = await origins();
    await click(`[data-ll-suggest="${host}"]`);
    await until(async () => (await origins()).length > held.length, 'the site granted');
    // Granted as asked (Firefox grants without a prompt here): exactly the site's origins, nothing more.
    expect((await origins()).filter((o) => !held.includes(o)).sort()).toEqual(suggestedOrigins(site).sort());
    await waitFor(`[data-ll-added="${host}"] button`);
    await use(story);
    await ff.send('WebDriver:Refresh');
    await until(async () => (await badges()) > 0, 'badges on the suggested site');
    await use(options);
    for (const h of site.hosts) await click(`[data-ll-added="${h}"] button`);
    await until(async () => (await origins()).sort().join() === [...held].sort().join(), 'its origins given back');
    await use(story);
    await until(async () => (await badges()) === 0, 'the badges gone, without a reload');
  }, 120_000);

  it('a rule that starts firing raises one notification, none while it keeps firing, and one when it stops', async () => {
    await openTab(PAGE('src/options/index.html'));
    await until(async () => (await ff.run('return [...document.querySelectorAll("label.check")].some((l) => /Notify/.test(l.textContent))')) === true, 'the options page');
    await click('//label[contains(., "Notify me")]/input');
    await until(() => api<boolean>('b.permissions.contains({ permissions: ["notifications"] })'), 'notifications granted');
    await until(async () => (await api<boolean>('b.storage.sync.get("settings").then((x) => x.settings?.notifications === true)')) === true, 'notifications on');
    // Standing Repo Facility take-up of $30B arrives: "in use" and "heavy" start firing.
    const addSrf = (date: string, bn: number) =>
      api(`b.storage.local.get('cache').then(({ cache }) => { cache.providers['nyfed:rp'].points.srf.push(['${date}', ${bn}]); cache.writtenAt = new Date().toISOString(); return b.storage.local.set({ cache }); })`);
    const shown = () => api<string[]>('b.notifications.getAll().then(Object.keys)');
    await addSrf('2026-11-30', 30);
    await until(async () => (await shown()).length === 1, 'one notification');
    const [text] = await api<string[]>('b.notifications.getAll().then((all) => Object.values(all).map((n) => n.title + " | " + n.message))');
    expect(text).toMatch(/Standing Repo Facility use reached \$30/);
    await api('b.notifications.clear("gauge")');
    // The worker's judgement of each new cache is stored (gaugeFiring): waited for, not slept on.
    const judged = () => api<string | null>('b.storage.local.get("gaugeFiring").then((x) => x.gaugeFiring?.at ?? null)');
    const judgedAfter = async (before: string | null) => until(async () => (await judged()) !== before, 'the worker judged the new data');
    let at = await judged();
    await addSrf('2026-12-01', 31); // still firing: nothing new
    await judgedAfter(at);
    expect(await shown()).toEqual([]);
    // The take-up is revised away (the source's corrected data): both rules stop firing, and one notification says so.
    at = await judged();
    await api(`b.storage.local.get('cache').then(({ cache }) => { const p = cache.providers['nyfed:rp'].points; p.srf = p.srf.filter(([d]) => d < '2026-11-30'); cache.writtenAt = new Date().toISOString(); return b.storage.local.set({ cache }); })`);
    await judgedAfter(at);
    expect(await api<string[]>('b.storage.local.get("gaugeFiring").then((x) => x.gaugeFiring.ids.filter((id) => id.startsWith("srf")))')).toEqual([]);
    await until(async () => (await shown()).length === 1, 'one notification for the rules that stopped');
    const [stopped] = await api<string[]>('b.notifications.getAll().then((all) => Object.values(all).map((n) => n.message))');
    expect(stopped!.split('\n').filter((l) => /^No longer: /.test(l))).toHaveLength(2);
  }, 120_000);

  it('a FRED API key: its host asked for on save and given back on clear; kept on this device, never synced, never exported', async () => {
    const KEY = 'abcdef0123456789abcdef0123456789';
    const FRED_API = { origins: ['https://api.stlouisfed.org/*'] };
    await openTab(PAGE('src/options/index.html'));
    await until(async () => (await ff.run('return !!document.querySelector("input[type=password]")')) === true, 'the options page');
    expect(await api<boolean>(`b.permissions.contains(${JSON.stringify(FRED_API)})`)).toBe(false);
    await type('input[type=password]', KEY);
    await click('//input[@type="password"]/ancestor::form//button[@type="submit"]');
    await until(() => api<boolean>(`b.permissions.contains(${JSON.stringify(FRED_API)})`), 'api.stlouisfed.org granted on save');
    await until(async () => (await api<string | undefined>('b.storage.local.get("fredApiKey").then((x) => x.fredApiKey)')) === KEY, 'the key saved on this device');
    // Nowhere in the synced storage, and not in the settings export (the file's text, caught as it is made).
    expect(JSON.stringify(await api('b.storage.sync.get(null)'))).not.toContain(KEY);
    await ff.run(`window.__exported = null; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { blob.text().then((t) => (window.__exported = t)); return make.call(URL, blob); };`);
    await click('//button[contains(., "Export settings")]');
    await until(async () => (await ff.run<string | null>('return window.__exported')) !== null, 'the settings export made');
    const exported = await ff.run<string>('return window.__exported');
    expect(JSON.parse(exported)).toHaveProperty('language'); // the control: it is the settings file
    expect(exported).not.toContain(KEY);
    // Cleared: the key goes, and the permission is given back.
    // Deleted as a reader would, key by key (the field's input events are what the page listens to).
    const field = await ff.send('WebDriver:FindElement', { using: 'css selector', value: 'input[type=password]' });
    await ff.send('WebDriver:ElementSendKeys', { id: field['element-6066-11e4-a52e-4f735466cecb'] ?? Object.values(field)[0], text: '\uE003'.repeat(KEY.length) });
    await click('//input[@type="password"]/ancestor::form//button[@type="submit"]');
    await until(async () => !(await api<boolean>(`b.permissions.contains(${JSON.stringify(FRED_API)})`)), 'api.stlouisfed.org given back on clear');
    expect(await api<string>('b.storage.local.get("fredApiKey").then((x) => x.fredApiKey ?? "none")')).toBe('none');
  }, 120_000);

  it('a publisher’s host taken away shows as not granted, and one button asks for it again', async () => {
    await openTab(PAGE('src/popup/index.html'));
    expect(await api('b.permissions.remove({ origins: ["https://fred.stlouisfed.org/*"] })')).toBe(true);
    const a = await api<any>('b.runtime.sendMessage({ type: "indicators/get" })');
    expect(a.access.missing).toEqual(['fred.stlouisfed.org']);
    await until(async () => (await ff.run('return document.querySelectorAll("[data-ll-access-missing=\\"fred.stlouisfed.org\\"] [data-ll-access-ask]").length')) === 1, 'the notice');
    await click('[data-ll-access-ask]');
    await until(() => api<boolean>('b.permissions.contains({ origins: ["https://fred.stlouisfed.org/*"] })'), 'FRED granted again');
    await until(async () => (await ff.run('return document.querySelectorAll("[data-ll-access-missing]").length')) === 0, 'the notice gone');
    // The refresh that follows says so for each FRED source until it is granted; now it is.
    const after = await api<any>('b.runtime.sendMessage({ type: "indicators/get" })');
    expect(after.access.missing).toEqual([]);
  }, 120_000);
});
