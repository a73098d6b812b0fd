/** Renders scripts/icon.svg to the PNG sizes the manifest lists (run after changing the SVG). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
const exe = findChromium();
if (!exe) throw new Error('no Chromium found (set CHROME_PATH)');
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(root, 'public', 'icons', `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
