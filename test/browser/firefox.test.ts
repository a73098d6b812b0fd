/**
 * The Firefox build: Mozilla's addons-linter passes on dist-firefox/ with no errors, and real Firefox
 * (Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core) installs it and shows
 * badges whose numbers come from its background script.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import { seedPageHtml } from '../../scripts/demo-page';
import { fixturesDoc } from '../helpers/docs';
import { servePages, type PageServer } from '../../scripts/page-server';
import { FIREFOX_DIST as DIST, launchFirefox, type Firefox } from '../helpers/firefox';

const root = new URL('../..', import.meta.url).pathname;

describe('Firefox build', () => {
  it('has one manifest turned into Firefox form: background scripts, a gecko id, no service worker', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.content_scripts[0].matches).toEqual(source.content_scripts[0].matches);
    expect(m.permissions).toEqual(source.permissions);
  });

  it('passes addons-linter with no errors', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/addons-linter'), [DIST, '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 120_000);
});

describe('in real Firefox', () => {
  let server: PageServer;
  let firefox: Firefox;
  let browser: Firefox['browser'];

  beforeAll(async () => {
    server = await servePages({ '/seed.html': seedPageHtml() });
    firefox = await launchFirefox(server);
    browser = firefox.browser;
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the add-on, whose background answers the content script: badges with the bundled numbers', async () => {
    const id = await browser.installExtension(DIST);
    expect(id).toBe(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id);
    const page = await browser.newPage();
    await page.goto('https://www.odaily.news/seed.html');
    await page.waitForSelector('[data-ll-summary]', { timeout: 30_000 });
    // The pills' shadow roots are closed: each host carries the value it shows, in the indicator's unit.
    const badges = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('ll-badge[data-ll-indicator]')].map((e) => [e.getAttribute('data-ll-indicator'), Number(e.getAttribute('data-ll-value'))])));
    expect(await page.evaluate(() => document.querySelector('ll-badge')!.shadowRoot)).toBeNull();
    // The same numbers the core computes from the bundled data (the fixtures build).
    const expected = buildIndicatorsAnswer(fixturesDoc(), Date.now(), 'en');
    for (const id of ['rrp', 'reserves', 'reserves_gdp']) {
      const i = expected.indicators.find((x) => x.id === id)!;
      expect(badges[id], id).toBe(i.value);
    }
    // The article's date and its figures, checked by the background script as in Chromium.
    expect(await page.$eval('[data-ll-summary]', (e) => e.getAttribute('data-ll-article-date'))).toBe('2025-10-20');
    await page.waitForSelector('ll-claim[data-ll-verdict="differs"]', { timeout: 30_000 });
    const marks = await page.$$eval('ll-claim', (els) => els.map((e) => `${e.getAttribute('data-ll-indicator')} ${e.getAttribute('data-ll-claimed')} ${e.getAttribute('data-ll-verdict')}`));
    expect(marks).toEqual(expect.arrayContaining(['reserves 2960 match', 'reserves 3400 match', 'rrp 600 differs', 'fed_assets 6900 close', 'reserves_gdp 9.71 close', 'rrp_drawdown 99 match']));
    await page.close();
  }, 120_000);

  it('is hermetic: any https host, a real one included, lands on the local test server', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.odaily.news/seed.html');
    // A real site that would answer 200 with the internet: here it is the test server's 404.
    const probe = (url: string) => page.evaluate((u) => fetch(u, { cache: 'no-store' }).then((r) => `${r.status} ${r.url}`, (e) => String(e)), url);
    expect(await probe('https://www.odaily.news/no-such-page')).toBe('404 https://www.odaily.news/no-such-page');
    const before = server.requests.length;
    await page.evaluate(() => fetch('https://www.example.com/', { mode: 'no-cors', cache: 'no-store' }).then(() => 'ok', () => 'failed'));
    expect(server.requests.slice(before)).toEqual(['/']);
    expect(server.connects).toContain('www.example.com:443');
    await page.close();
  }, 60_000);
});
