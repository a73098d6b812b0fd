/**
 * npm start: builds the extension, serves a demo page made from the seed article, and opens Chromium
 * with the extension loaded. With no display it runs headless instead: saves screenshots under
 * screenshots/ and prints the indicator table.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { IndicatorsAnswer } from '../src/core/answer';
import { formatChange, formatValue } from '../src/core/format';
import { findBrandedChrome, findChromium } from './chromium';
import { cjkFontAdvice, cjkGlyphsMissing } from './cjk-font';
import { englishDemoHtml, seedPageHtml } from './demo-page';
import { servePages } from './page-server';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

function say(s = '') {
  process.stdout.write(`${s}\n`);
}

function printTable(a: IndicatorsAnswer) {
  const rows = a.indicators.map((i) => [i.label, formatValue(i.value, i.unit), formatChange(i.change, i.unit), i.asOf ?? '—', i.status, i.source.name]);
  const head = ['Indicator', 'Value', 'Change', 'As of', 'Status', 'Source'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c === 1 || c === 2 ? x.padStart(widths[c]!) : x.padEnd(widths[c]!))).join('  ');
  say(`Liquidity gauge: ${a.gauge.state.toUpperCase()}`);
  for (const r of a.gauge.rules.filter((r) => r.fired)) say(`  • ${r.text} (${r.asOf})`);
  say();
  say(line(head));
  say(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) say(line(r));
  say();
  const stale = a.sources.filter((s) => s.status !== 'ok');
  if (stale.length) {
    say('Sources not current:');
    for (const s of stale) say(`  ${s.name} (data through ${s.lastGoodDate}): ${s.reason}`);
  }
  if (a.snapshot) say(`Bundled snapshot built ${a.snapshot.builtAt.slice(0, 10)} from ${a.snapshot.from}.`);
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    say('Building dist/ …');
    execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const exe = findChromium();
  if (!exe) {
    const chrome = findBrandedChrome();
    say(chrome ? `Found Google Chrome (${chrome}), but branded Chrome no longer accepts --load-extension.` : 'No Chromium found.');
    say('Either install Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium)');
    say('or set CHROME_PATH to a Chromium binary and run npm start again,');
    say(`or load the extension by hand: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${dist}`);
    process.exitCode = 1;
    return;
  }

  // The demo page is served on loopback under a built-in news site's name, over https (the extension reads
  // news sites over https only) with a self-signed certificate that only the browser opened here accepts.
  const demoHost = 'www.odaily.news';
  const server = await servePages({ '/': seedPageHtml(), '/seed.html': seedPageHtml(), '/english.html': englishDemoHtml() });
  const demo = `https://${demoHost}/seed.html`;

  const headed = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  const profile = mkdtempSync(join(tmpdir(), 'liquidity-lens-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: !headed,
    viewport: headed ? null : { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-first-run',
      '--disable-sync',
      ...server.args([demoHost]),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(demo);
  const popup = await ctx.newPage();
  if (!headed) await popup.setViewportSize({ width: 400, height: 860 });
  await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
  // Give the first refresh a moment (offline it fails fast and the bundled snapshot stays in use).
  await popup.waitForTimeout(2500);
  const answer = (await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'indicators/get', lang: 'en' }))) as IndicatorsAnswer;
  say(`Liquidity Lens loaded from ${dist} (extension id ${id}) in ${exe}`);
  say(`Demo pages: ${demo} and https://${demoHost}/english.html (served from 127.0.0.1:${server.port}; only this browser resolves that name there and takes its certificate)`);
  say();
  printTable(answer);
  if ((await cjkGlyphsMissing(page)).length) {
    say();
    for (const line of cjkFontAdvice(process.platform)) say(line);
  }

  if (headed) {
    say();
    say('The popup is open in a tab; the toolbar icon opens it too. Close the browser to stop.');
    await new Promise<void>((ok) => ctx.on('close', () => ok()));
  } else {
    const dir = join(root, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await popup.reload();
    await popup.waitForSelector('[data-ll-card]');
    await popup.screenshot({ path: join(dir, 'popup.png'), fullPage: true });
    await page.bringToFront();
    await page.waitForSelector('ll-badge', { timeout: 5000 }).catch(() => undefined);
    await page.screenshot({ path: join(dir, 'demo-page.png') });
    say();
    say(`No display: ran headless. Screenshots: ${join(dir, 'popup.png')}, ${join(dir, 'demo-page.png')}`);
    await ctx.close();
  }
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

void main();
