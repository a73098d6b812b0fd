/**
 * Renders scripts/icon.svg to every icon the browsers and the stores ask for (run after changing the SVG):
 * 16, 32, 48 and 96 full-bleed for the toolbar and the add-ons managers; 128 as the Chrome Web Store wants its
 * store icon — the artwork 96 px inside 16 px of transparent padding; and the 300 px logo Edge Add-ons lists.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
const exe = findChromium();
if (!exe) throw new Error('no Chromium found (set CHROME_PATH)');
const ICONS: Array<{ size: number; padding: number; path: string }> = [
  ...[16, 32, 48, 96].map((size) => ({ size, padding: 0, path: join('public', 'icons', `icon-${size}.png`) })),
  { size: 128, padding: 16, path: join('public', 'icons', 'icon-128.png') },
  { size: 300, padding: 0, path: join('store', 'images', 'icon-300.png') },
];
mkdirSync(join(root, 'store', 'images'), { recursive: true });
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
for (const { size, padding, path } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const art = size - 2 * padding;
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${art}px;height:${art}px;display:block;margin:${padding}px}</style>${svg}`);
  await page.screenshot({ path: join(root, path), omitBackground: true });
  await page.close();
}
await browser.close();
