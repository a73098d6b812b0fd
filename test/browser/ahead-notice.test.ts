/**
 * The day-before notification of a heavy day, in the real built worker with Fiscal Data on loopback answering
 * the recorded auctions. Headless Chromium cannot answer a permission prompt, so the test build declares
 * `notifications` as granted (the one manifest change); the options page's switch is what turns the notice on.
 * The worker's clock is set to 14 January 2026, 10:00 New York time (the day before the bills of the 15th
 * settle on the estimated-tax date) by replacing its Date.now, as Playwright's clock does for pages; and the
 * worker's notifications.create is wrapped to record what it was asked (Chrome's getAll gives the ids only),
 * still creating the real notification.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadExtension, type Loaded } from '../helpers/extension';
import { startPublisherServer, type PublisherServer } from '../helpers/publisher-server';

const AT = Date.parse('2026-01-14T15:00:00Z');
let server: PublisherServer;
let ext: Loaded;
let build: string;

beforeAll(async () => {
  server = await startPublisherServer();
  build = mkdtempSync(join(tmpdir(), 'll-notifications-'));
  cpSync(DIST, build, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'notifications'];
  manifest.optional_permissions = manifest.optional_permissions.filter((p: string) => p !== 'notifications');
  writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
  ext = await loadExtension(server.chromiumArgs(), [], build);
  for (let i = 0; i < 240 && !(await ext.page.evaluate(async () => (await chrome.storage.local.get('ahead')).ahead))?.asOf; i++) await new Promise((r) => setTimeout(r, 250));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (build) rmSync(build, { recursive: true, force: true });
});

/** The worker's clock at `at`, and a record of each notification it creates (kept on the worker's global). */
async function setUpWorker(at: number): Promise<void> {
  await ext.worker.evaluate((at) => {
    const g = globalThis as any;
    Date.now = () => at;
    if (g.llCreated) return;
    g.llCreated = [];
    g.llAlarms = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (...a: unknown[]) => Promise<string>;
    (chrome.notifications as any).create = (...args: unknown[]) => (g.llCreated.push(args), create(...args));
    chrome.alarms.onAlarm.addListener((a: { name: string }) => g.llAlarms.push(a.name));
  }, at);
}
const created = () => ext.worker.evaluate(() => (globalThis as any).llCreated as Array<[string, { title: string; message: string; contextMessage: string; buttons?: Array<{ title: string }> }]>);
const shown = () => ext.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const stored = () => ext.page.evaluate(async () => (await chrome.storage.local.get('aheadNotice')).aheadNotice);
const setSettings = (s: Record<string, unknown>) => ext.page.evaluate(async (s) => chrome.storage.sync.set({ settings: { ...(await chrome.storage.sync.get('settings')).settings, ...s } }), s);
/** Lets the worker finish what a storage change started (it answers messages in order behind it). */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 1500));
  await ext.send({ type: 'calendar/get', days: 1 });
};

async function optionsAt(at: number): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.clock.setFixedTime(new Date(at));
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.waitForSelector('[data-ll-ahead-notify]');
  return page;
}

describe('the heavy-day notification', () => {
  it('is off by default: a settings change wakes the check, and nothing is announced', async () => {
    await setUpWorker(AT);
    await setSettings({ aheadThresholdBn: 90 });
    await settle();
    expect(await created()).toEqual([]);
    expect(await stored()).toBeUndefined();
    expect(await ext.worker.evaluate(() => chrome.alarms.get('ahead-notice'))).toBeUndefined();
  });

  it('turned on in the options, announces tomorrow’s settlement on a tax date once, with the hourly alarm set', async () => {
    await setUpWorker(AT);
    const page = await optionsAt(AT);
    await page.locator('[data-ll-ahead-notify]').check();
    await expect.poll(shown, { timeout: 10_000 }).toEqual(['ahead:2026-01-15']);
    const [[id, options]] = (await created()) as any;
    expect(id).toBe('ahead:2026-01-15');
    expect(options.title).toBe('Tomorrow, Thu, Jan 15, 2026: a heavy day for reserves');
    expect(options.message).toBe('Treasury bill settlement + Tax date\nSettlement cash for reserves: −$4.0B (a drain)');
    expect(options.contextMessage).toBe('U.S. Treasury, Fiscal Data: Treasury Securities Auctions Data · IRS Publication 509, Tax Calendars; 26 U.S.C. § 7503');
    expect(options.buttons).toEqual([{ title: 'Snooze these notices for a week' }]);
    expect(await stored()).toEqual({ v: 1, told: ['2026-01-15'], snoozedUntil: null });
    expect(await ext.worker.evaluate(() => chrome.alarms.get('ahead-notice').then((a?: { periodInMinutes?: number }) => a?.periodInMinutes))).toBe(60);
    await page.close();
  });

  it('is not made again: the alarm fires, the auctions are rewritten, the settings change, and nothing more is announced', async () => {
    await setUpWorker(AT);
    await ext.worker.evaluate(() => chrome.notifications.clear('ahead:2026-01-15'));
    await ext.worker.evaluate(() => chrome.alarms.create('ahead-notice', { delayInMinutes: 0.01, periodInMinutes: 60 }));
    await expect.poll(() => ext.worker.evaluate(() => (globalThis as any).llAlarms as string[]), { timeout: 30_000 }).toContain('ahead-notice');
    await ext.page.evaluate(async () => chrome.storage.local.set({ ahead: { ...(await chrome.storage.local.get('ahead')).ahead } }));
    await setSettings({ aheadThresholdBn: 95 });
    await settle();
    expect((await created()).length).toBe(1);
    expect(await shown()).toEqual([]);
  });

  it('snoozed for a week in the options, says until when, announces nothing, and resumed announces again', async () => {
    await setUpWorker(AT);
    // A fresh record, as if the 15th had not been announced: only the snooze stands in the way.
    await ext.page.evaluate(() => chrome.storage.local.set({ aheadNotice: { v: 1, told: [], snoozedUntil: null } }));
    const page = await optionsAt(Date.parse('2026-01-13T15:00:00Z'));
    await page.getByRole('button', { name: 'Snooze these notices for a week' }).click();
    await expect.poll(stored).toEqual({ v: 1, told: [], snoozedUntil: '2026-01-20' });
    // The page shows it once it has read the record back (a storage change).
    await expect.poll(() => page.locator('[data-ll-ahead-snooze]').textContent()).toBe('Snoozed until Tue, Jan 20, 2026. Resume now');
    await setSettings({ aheadThresholdBn: 96 });
    await settle();
    expect((await created()).length).toBe(1);
    await page.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(stored).toEqual({ v: 1, told: [], snoozedUntil: null });
    await setSettings({ aheadThresholdBn: 97 });
    await expect.poll(() => created().then((c) => c.length), { timeout: 10_000 }).toBe(2);
    expect(await shown()).toEqual(['ahead:2026-01-15']);
    await page.close();
  });
});
