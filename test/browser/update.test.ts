/**
 * Nothing lost across updates (issue 20), on the real path: the released 0.1.0 (commit 1152081, see
 * test/helpers/old-build.ts for why that commit) built from its commit, loaded unpacked in Chromium with a
 * profile kept on disk, fills its storage from the loopback publishers; then the same directory gets this
 * build (its manifest's version one above, as a store update would be) and Chromium reloads it, as
 * chrome://extensions does: the extension keeps its id, runtime.onInstalled fires with reason 'update' (seen by its one effect: the
 * cache's snapshot becomes the newer bundled one), and the cache, the settings and the added sites are still
 * there, no source is back on the snapshot, and the update's refresh asks each publisher only from the newest
 * observation held (less the provider's revision overlap). Then a downgrade: a cache document of a version
 * above this build's is kept byte for byte, and the answer is the snapshot's with the reason; so are the
 * auctions, the page answer, the prepared answer and the popup's first-paint copy, the worker going without them;
 * and a real news page opened while the stored page answer is a newer version's gets this version's badges.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import { CACHE_VERSION } from '../../src/core/cache';
import type { IsoDate } from '../../src/core/types';
import { storedNumbers } from '../../src/core/page-answer';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../../src/core/providers';
import { DIST, loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { oldBuild, RELEASE_0_1_0 } from '../helpers/old-build';
import { reloadUnpacked } from '../helpers/reload';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';
import { stopServiceWorkers } from '../helpers/service-workers';
import { inShadow } from '../helpers/shadow';
import { servePages, type PageServer } from '../../scripts/page-server';

/** Providers 0.1.0 asks first on every refresh (its fallbacks are asked only when these fail). */
const PRIMARIES = ['fred:WRESBAL', 'fred:WALCL', 'fred:GDP', 'fred:IORB', 'nyfed:sofr', 'nyfed:effr', 'nyfed:rp', 'fiscaldata:dts'];
const SETTINGS = {
  version: 2,
  language: 'zh_TW',
  badgeDensity: 'every',
  refresh: 'daily',
  thresholds: { reserves_below_ample: 11 },
  showThen: false,
  sitesAdded: ['example.org'],
  sitesOff: ['reuters.com'],
};

let server: PublisherServer;
/** A real news page (test/fixtures/pages/SOURCES.md) under a built-in news host the settings leave on. */
let pages: PageServer;
const NEWS_HOST = 'www.bloomberg.com';
const NEWS_PATH = '/rrp-usage-below-300-billion.html';
let profile: string;
let extDir: string;
let ext: Loaded | undefined;

/** Asks the worker from the extension page open now (the reload closes the one loadExtension opened). */
const send = (m: unknown): Promise<any> => ext!.page.evaluate((x) => chrome.runtime.sendMessage(x), m);
const readCache = (e: Loaded) => e.page.evaluate(async () => (await chrome.storage.local.get('cache')).cache);

/** Waits until no request has reached the publishers for `quietMs`: the refresh the browser runs is over. */
async function publishersQuiet(quietMs = 4000, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen = server.requests.length, since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > end) throw new Error('the publishers were never quiet');
    await new Promise((r) => setTimeout(r, 250));
    if (server.requests.length !== seen) (seen = server.requests.length), (since = Date.now());
  }
}

/** The provider a publisher request is for, and the first date it asks for. */
function requestedFrom(url: string): { provider: ProviderId; from: string } | null {
  for (const id of PROVIDER_IDS) {
    const probe = PROVIDERS[id].request('1111-11-11', '2222-22-22', { page: 1 });
    const prefix = probe.slice(0, probe.indexOf('1111-11-11'));
    if (url.startsWith(prefix)) return { provider: id, from: url.slice(prefix.length, prefix.length + 10) };
  }
  return null;
}

beforeAll(async () => {
  const old = oldBuild();
  server = await startPublisherServer();
  const fixture = join(new URL('../fixtures/pages', import.meta.url).pathname, 'txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html');
  pages = await servePages({ [NEWS_PATH]: readFileSync(fixture, 'utf8') });
  profile = mkdtempSync(join(tmpdir(), 'll-update-profile-'));
  extDir = join(mkdtempSync(join(tmpdir(), 'll-update-ext-')), 'liquidity-lens');
  cpSync(old, extDir, { recursive: true });
}, 300_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await pages?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(join(extDir, '..'), { recursive: true, force: true });
});

describe('an update from 0.1.0 to this build', () => {
  let before: any;
  let oldId: string;
  const settingsStored = () => ext!.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

  it('0.1.0 fills its storage from the publishers', async () => {
    ext = await loadExtension([...server.chromiumArgs(), ...pages.args([NEWS_HOST])], [], extDir, profile);
    oldId = ext.id;
    expect(await ext.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.0');
    // Every primary asked, and all but Fiscal Data fetched: 0.1.0 refuses today's TGA fixture (it ends before the
    // snapshot it bundled: "partial response"), so that source stays on its snapshot, as it would for a reader.
    await waitForCache(ext, (doc) => PRIMARIES.every((id) => doc.providers[id]?.lastAttemptAt && (id === 'fiscaldata:dts' || doc.providers[id].origin === 'live')), 90_000);
    await publishersQuiet();
    // The reader's choices, as the options page stores them.
    await ext.page.evaluate(async (s) => {
      const now = (await chrome.storage.sync.get('settings')).settings ?? {};
      await chrome.storage.sync.set({ settings: { ...now, ...s } });
    }, SETTINGS);
    // Time passes before the update (as letTimePass does), so its refresh may ask every publisher again.
    await ext.page.evaluate(async () => {
      const doc = (await chrome.storage.local.get('cache')).cache;
      for (const st of Object.values(doc.providers) as Array<{ lastAttemptAt?: string }>) {
        if (st.lastAttemptAt) st.lastAttemptAt = new Date(Date.parse(st.lastAttemptAt) - 120_000).toISOString();
      }
      await chrome.storage.local.set({ cache: doc });
    });
    await new Promise((r) => setTimeout(r, 500));
    before = {
      cache: await readCache(ext),
      settings: await settingsStored(),
      local: await ext.page.evaluate(() => chrome.storage.local.get(null)),
    };
    expect(before.cache.version).toBe(1);
    expect(before.settings.sitesAdded).toEqual(['example.org']);
    // Kept for the unit tests' fixture (test/fixtures/real/cache-0.1.0.json is one such capture).
    mkdirSync('test-results/update', { recursive: true });
    writeFileSync('test-results/update/storage-0.1.0.json', JSON.stringify(before));
  });

  it('this build, over the same profile, keeps every observation, the settings and the sites', async () => {
    expect(before, 'the 0.1.0 run filled the storage').toBeDefined();
    rmSync(extDir, { recursive: true, force: true });
    cpSync(DIST, extDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
    expect(manifest.version, 'dist/ is this build, not 0.1.0 again').toBeDefined();
    manifest.version = '0.1.1'; // a store update always carries a higher version
    writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest));
    const newSnapshot = JSON.parse(readFileSync(join(DIST, 'snapshot.json'), 'utf8')).snapshot.builtAt;
    expect(newSnapshot).not.toBe(before.cache.snapshot.builtAt);

    const asked = server.requests.length;
    const reloaded = Date.now();
    // Chromium reads the directory again and installs it as an update of the same extension (test/helpers/reload.ts says
    // why this route and not another).
    const e = ext!;
    await reloadUnpacked(e, '0.1.1');
    expect(new URL(e.worker.url()).host, 'same directory, same extension id').toBe(oldId);
    expect(await e.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');
    // onInstalled({reason: 'update'}) merged the newer snapshot, and its refresh asked the publishers again.
    const after = await waitForCache(
      e,
      (doc) => doc.snapshot?.builtAt === newSnapshot && PRIMARIES.every((id) => Date.parse(doc.providers[id]?.lastAttemptAt ?? '') >= reloaded - 1000),
      90_000,
    );
    await publishersQuiet();
    const now = await readCache(e);

    // Every cached observation is still there, with its value.
    let points = 0;
    for (const [id, st] of Object.entries(before.cache.providers) as Array<[string, any]>) {
      for (const [key, pts] of Object.entries(st.points) as Array<[string, Array<[string, number]>]>) {
        const kept = new Map<string, number>(now.providers[id]?.points?.[key] ?? []);
        const lost = pts.filter(([d, v]) => kept.get(d) !== v);
        expect(lost.slice(0, 3), `${id}.${key}: ${lost.length} of ${pts.length} observations lost`).toEqual([]);
        points += pts.length;
      }
    }
    expect(points).toBeGreaterThan(5000);

    // No source 0.1.0 had fetched is back on the snapshot.
    for (const [id, st] of Object.entries(before.cache.providers) as Array<[string, any]>) {
      if (st.origin === 'live') expect(now.providers[id]?.origin, id).toBe('live');
    }
    const answer = await send({ type: 'indicators/get', lang: 'en' });
    for (const s of answer.sources) if (before.cache.providers[s.provider]?.origin === 'live') expect(s.origin, s.provider).toBe('live');

    // Settings and added sites keep their values, in storage and as the worker reads them.
    expect(await settingsStored()).toEqual(before.settings);
    const zh = await send({ type: 'indicators/get' });
    expect(zh.lang, 'the language chosen under 0.1.0').toBe('zh_TW');
    // The install's release delay is the same one, now versioned.
    const local = await e.page.evaluate(() => chrome.storage.local.get('install'));
    expect(local.install.jitterMs).toBe(before.local.install.jitterMs);
    expect(local.install.version).toBe(1);

    // The update's refresh asked each publisher only from its newest observation (less the revision overlap).
    const requests = server.requests.slice(asked).map((url) => ({ url, req: requestedFrom(url) }));
    expect(requests.length).toBeGreaterThan(0);
    for (const { url, req } of requests) {
      // Treasury's auctions and DTS public debt days (storage key `ahead`, which 0.1.0 did not have) are asked for a
      // window, never all records.
      if (/\/accounting\/(od\/(upcoming_auctions|auctions_query)|dts\/public_debt_transactions)\?/.test(url)) {
        expect(decodeURIComponent(url), url).toMatch(/filter=record_date:gte:\d{4}-\d\d-\d\d/);
        continue;
      }
      expect(req, `a request to a known provider: ${url}`).not.toBeNull();
      const held = before.cache.providers[req!.provider];
      if (!held) continue; // a series 0.1.0 did not have: its whole history is new
      const def = PROVIDERS[req!.provider];
      const newKeys = def.feeds.filter((k) => !(k in held.points) && (now.providers[req!.provider]?.points?.[k]?.length ?? 0) > 0);
      const main = held.points[def.main] as Array<[string, number]>;
      const earliest = addDays(main[main.length - 1]![0] as any, -def.overlapDays);
      if (req!.from < earliest) {
        // Only a one-time backfill of a series this build added to a provider 0.1.0 had may go further back.
        expect(newKeys, `${url} asks from ${req!.from}, before ${earliest}, for no new series`).not.toEqual([]);
      }
    }
    expect(after.version).toBe(CACHE_VERSION);
  });
});

describe('a downgrade: a cache a newer version wrote', () => {
  it('is kept byte for byte while the answer comes from the snapshot, with the reason', async () => {
    const e = ext!;
    expect(await e.worker.evaluate(() => chrome.runtime.getManifest().version), 'the updated build is running').toBe('0.1.1');
    const stored = await readCache(e);
    const future = { ...stored, version: CACHE_VERSION + 1, from: 'a later Liquidity Lens' };
    await e.page.evaluate(async (doc) => {
      await chrome.storage.local.set({ cache: doc });
    }, future);
    // As storage gives it back (it orders the keys its own way), before the worker has had any chance to write.
    const text = JSON.stringify(await readCache(e));
    expect(JSON.parse(text).version).toBe(CACHE_VERSION + 1);
    // The worker forgets its copy on the change; its answer then comes from the snapshot, saying why.
    const answer = await (async () => {
      for (const end = Date.now() + 20_000; ; ) {
        const a = await send({ type: 'indicators/get', lang: 'en' });
        if (a.sources.every((s: any) => s.origin === 'snapshot') || Date.now() > end) return a;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const snapshot = JSON.parse(readFileSync(join(DIST, 'snapshot.json'), 'utf8'));
    expect(answer.generatedAt).toBe(snapshot.writtenAt);
    for (const s of answer.sources) {
      expect(s.origin, s.provider).toBe('snapshot');
      expect(s.reason).toContain(`newer version of Liquidity Lens (format ${CACHE_VERSION + 1}; this version reads ${CACHE_VERSION})`);
    }
    const zh = await send({ type: 'indicators/get', lang: 'zh_TW' });
    expect(zh.sources[0].reason).toContain('較新版本');
    // A refresh asked for now neither fetches nor writes; nor does the worker, evicted and woken again.
    const asked = server.requests.length;
    await send({ type: 'indicators/refresh', lang: 'en' });
    await new Promise((r) => setTimeout(r, 2000));
    expect(server.requests.slice(asked)).toEqual([]);
    expect(JSON.stringify(await readCache(e)) === text, 'the newer cache is byte for byte as it was').toBe(true);
    // Clearing the cache is the reader's own choice: that replaces it.
    await send({ type: 'cache/clear' });
    expect((await readCache(e)).version).toBe(CACHE_VERSION);
  });

  it('the auctions, the page answer, the prepared answer and the popup’s copy a newer version wrote are kept as they were, and the worker works without them', async () => {
    const e = ext!;
    // The refresh the previous test's clearing started is over first: the one asked below is a refresh of its own.
    await send({ type: 'indicators/refresh', lang: 'en' });
    const KEYS = ['ahead', 'pageAnswer', 'preparedAnswer'];
    const held = await e.page.evaluate((k) => chrome.storage.local.get(k), KEYS);
    expect(held.ahead?.v, 'the auctions this build stored').toBe(1);
    // Each a version above this build's, with something this build would not write.
    const future = (x: unknown) => ({ ...(x as object), v: 99, from: 'a later Liquidity Lens' });
    await e.page.evaluate((docs) => chrome.storage.local.set(docs), Object.fromEntries(KEYS.map((k) => [k, future(held[k])])));
    const copy = JSON.stringify({ v: 99, from: 'a later Liquidity Lens', lang: 'en' });
    await e.page.evaluate((c) => localStorage.setItem('ll-popup-copy', c), copy);
    // As storage gives them back (it orders the keys its own way), before the worker has had any chance to write.
    const before = await e.page.evaluate((k) => chrome.storage.local.get(k), KEYS);

    // What writes each: a new cache document (the page answer dropped, then computed again, the prepared answer
    // too), a refresh (the auctions asked for and stored), the popup opened (its copy kept).
    await send({ type: 'cache/clear' });
    await send({ type: 'indicators/refresh', lang: 'en' });
    const answer = await send({ type: 'indicators/get', lang: 'en' });
    expect(answer.indicators.length).toBeGreaterThan(0);
    const calendar = await send({ type: 'calendar/get', days: 14 });
    expect.soft(calendar, 'the calendar answers, without the auctions (held as of no time)').toMatchObject({ days: 14, asOf: null, events: expect.any(Array) });
    const popup = await e.ctx.newPage();
    await popup.goto(`chrome-extension://${e.id}/src/popup/index.html`);
    await popup.waitForSelector('[data-ll-card] [data-ll-value]');
    await new Promise((r) => setTimeout(r, 2000));
    await popup.close();

    const after = await e.page.evaluate((k) => chrome.storage.local.get(k), KEYS);
    for (const k of KEYS) expect.soft(JSON.stringify(after[k]) === JSON.stringify(before[k]), `${k}: the newer document byte for byte as it was`).toBe(true);
    expect.soft(await e.page.evaluate(() => localStorage.getItem('ll-popup-copy'))).toBe(copy);
    await e.page.evaluate((k) => chrome.storage.local.remove(k), KEYS);
    await e.page.evaluate(() => localStorage.removeItem('ll-popup-copy'));
  });

  it('a news page opened while the stored page answer is a newer version’s gets this version’s badges; the newer answer is kept byte for byte', async () => {
    const e = ext!;
    await publishersQuiet(); // the refreshes before are over: the cache the badges come from stays as it is
    const pills = async (p: Page) => (await inShadow(p, 'll-badge', '.pill', (el) => el.textContent ?? '')).join(' | ');
    const open = async (): Promise<Page> => {
      const p = await e.ctx.newPage();
      await p.goto(`https://${NEWS_HOST}${NEWS_PATH}`);
      expect((await scanSettled(e, p)).blocks, 'the content script read the page').toBeGreaterThan(0);
      return p;
    };
    // This version's badges, from its own page answer (computed from its cache, and stored).
    const control = await open();
    const expected = await pills(control);
    expect(expected, 'the page gets badges').not.toBe('');
    await control.close();
    const own = await e.page.evaluate(async () => (await chrome.storage.local.get('pageAnswer')).pageAnswer);
    expect(own?.v, 'this build’s page answer').toBe(1);

    // A later version's page answer: the real shape and real numbers — this build's cache as it stood a year
    // before — under a higher version, so a worker that read it would badge the page with other numbers.
    const now = Date.now();
    const yearAgo = addDays(new Date(now).toISOString().slice(0, 10) as IsoDate, -365);
    const then = buildIndicatorsAnswer(await readCache(e), now, own.lang, SETTINGS.thresholds, yearAgo);
    const future = { ...storedNumbers('a-later-version', own.lang, SETTINGS.thresholds, now, then), v: 99, from: 'a later Liquidity Lens' };
    const valueOf = (a: { numbers: { indicators: Array<{ id: string; value: number | null }> } }, id: string) => a.numbers.indicators.find((i) => i.id === id)?.value;
    expect(valueOf(future, 'rrp'), 'the newer answer’s numbers are not today’s').not.toBe(valueOf(own, 'rrp'));
    await e.page.evaluate((doc) => chrome.storage.local.set({ pageAnswer: doc }), future);
    // As storage gives it back (it orders the keys its own way), before the worker has had any chance to write.
    const text = JSON.stringify(await e.page.evaluate(async () => (await chrome.storage.local.get('pageAnswer')).pageAnswer));

    // After going back to an older version its worker starts afresh: stopped here, it starts for the page. The
    // context hears every worker's console, the one started again included.
    const said: string[] = [];
    const listen = (m: ConsoleMessage) => said.push(m.text());
    e.ctx.on('console', listen);
    await stopServiceWorkers(e.ctx, e.page);
    const page = await open();
    expect(await pills(page), 'badges from this version’s cache, as before').toBe(expected);
    await page.close();
    const second = await open(); // the next page too, from the worker's memory
    expect(await pills(second)).toBe(expected);
    await second.close();
    e.ctx.off('console', listen);
    expect(said.filter((t) => t.includes('page answer')), 'the worker says why it does not read it, once').toEqual([
      'Liquidity Lens: the stored page answer is version 99, written by a newer Liquidity Lens; this one reads version 1. It is kept as it is, and pages are answered from what this one reads (its cache, or the bundled snapshot).',
    ]);
    await new Promise((r) => setTimeout(r, 1000));
    const after = JSON.stringify(await e.page.evaluate(async () => (await chrome.storage.local.get('pageAnswer')).pageAnswer));
    expect(after === text, 'the newer page answer byte for byte as it was').toBe(true);
    await e.page.evaluate(() => chrome.storage.local.remove('pageAnswer'));
  });
});
