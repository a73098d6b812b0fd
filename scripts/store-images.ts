/**
 * npm run store:images — the listing's images, made from the built extension in Chromium on the bundled
 * data (no network), for each language of the listing: the popup with its gauge and a chart, a news page with
 * its badges and an open card, the article's figures checked, the options page (1280×800, the stores' size,
 * opaque PNG), and the 440×280 small promo tile. The captions come from store/listing/<lang>.json.
 *
 * The news pages are the two demo articles (demo/): the seed for Chinese, our own English note for English.
 * Third-party pages kept as test data are never used here.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './chromium';
import { englishDemoHtml, seedPageHtml } from './demo-page';
import { servePages } from './page-server';
import { SHOTS, STORE_LANGS } from './release/listing';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'store', 'images');
const W = 1280;
const H = 800;

interface Listing {
  name: string;
  summary: string;
  screenshots: { popup: { title: string; text: string }; badges: string; claims: string; options: string };
}
const listing = (lang: string): Listing => JSON.parse(readFileSync(join(root, 'store', 'listing', `${lang}.json`), 'utf8'));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const exe = findChromium();
  if (!exe) throw new Error('Chromium not found: install it or set CHROME_PATH');
  const host = 'www.odaily.news';
  const server = await servePages({ '/seed.html': seedPageHtml(), '/english.html': englishDemoHtml() });
  const profile = mkdtempSync(join(tmpdir(), 'll-store-'));
  const dist = join(root, 'dist');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    viewport: { width: W, height: H },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      // Only the demo host resolves (to the local server): the bundled data, never the network.
      `--host-resolver-rules=MAP ${host} 127.0.0.1:${server.port}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--hide-scrollbars',
      '--font-render-hinting=none',
    ],
  });
  try {
    const ours = (w: { url(): string }) => w.url().endsWith('/service-worker-loader.js');
    const worker = ctx.serviceWorkers().find(ours) ?? (await ctx.waitForEvent('serviceworker', { predicate: ours }));
    const id = new URL(worker.url()).host;
    const ext = await ctx.newPage();
    await ext.goto(`chrome-extension://${id}/src/popup/index.html`);
    // The first refresh fails at once (no network): wait until every source has been tried, so no
    // "refreshing" shows in the pictures.
    await ext.waitForFunction(
      async () => {
        const { cache } = await (globalThis as any).chrome.storage.local.get('cache');
        return !!cache && Object.values(cache.providers as Record<string, { lastAttemptAt?: string }>).every((p) => p.lastAttemptAt);
      },
      undefined,
      { timeout: 120_000, polling: 500 },
    );
    for (const lang of STORE_LANGS) {
      const dir = join(out, lang);
      mkdirSync(dir, { recursive: true });
      const text = listing(lang);
      await ext.evaluate((language) => (globalThis as any).chrome.storage.sync.set({ settings: { language } }), lang);
      await shootPopup(ctx, id, text, join(dir, '1-popup.png'));
      const article = lang === 'en' ? `https://${host}/english.html` : `https://${host}/seed.html`;
      await shootPage(ctx, article, 'll-badge[data-ll-indicator="rrp"]', text.screenshots.badges, join(dir, '2-badges.png'));
      await shootPage(ctx, article, 'll-claim[data-ll-verdict="differs"]', text.screenshots.claims, join(dir, '3-claims.png'));
      await shootOptions(ctx, id, text.screenshots.options, join(dir, '4-options.png'));
      console.log(`store/images/${lang}/: ${SHOTS.join(', ')}`);
    }
    await shootPromo(ctx, listing('en'), join(out, 'promo-440x280.png'));
    console.log('store/images/promo-440x280.png');
  } finally {
    await ctx.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The popup (400 px wide, a chart open) on a 1280×800 stage beside its caption. */
async function shootPopup(ctx: BrowserContext, id: string, text: Listing, path: string) {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 740 });
  await popup.goto(`chrome-extension://${id}/src/popup/index.html?open=reserves_gdp`);
  await popup.waitForSelector('[data-ll-card] [data-ll-value]');
  await popup.waitForSelector('.uplot canvas, .u-wrap canvas', { timeout: 15_000 }).catch(() => undefined);
  await popup.waitForTimeout(300);
  const shot = await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height: 740 } });
  await popup.close();
  const icon = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
  await stage(
    ctx,
    `<div class="stage"><div class="words">${icon}<h1>${esc(text.screenshots.popup.title)}</h1><p>${esc(text.screenshots.popup.text)}</p><p class="name">${esc(text.name)}</p></div>
     <img src="data:image/png;base64,${shot.toString('base64')}" width="400" height="740" alt=""></div>`,
    path,
  );
}

/** A news page at 1280×800 with the card of `target` open, and a caption band along the top. */
async function shootPage(ctx: BrowserContext, url: string, target: string, caption: string, path: string) {
  const page = await ctx.newPage();
  await page.goto(url);
  const el = page.locator(target).first();
  await el.waitFor({ timeout: 20_000 });
  // The caption is drawn over the page's top, like a store frame; the page itself stays as it is.
  await page.evaluate((text) => {
    const band = document.createElement('div');
    band.textContent = text;
    band.setAttribute('style', 'position:fixed;top:0;left:0;right:0;z-index:2147483646;background:#0b3d5c;color:#fff;font:600 22px/1.3 system-ui,sans-serif;padding:14px 28px;');
    document.documentElement.append(band);
  }, caption);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  await el.hover();
  await page.locator('[data-ll-hovercard]').waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  await page.close();
}

async function shootOptions(ctx: BrowserContext, id: string, caption: string, path: string) {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/src/options/index.html`);
  await page.waitForSelector('[data-ll-option]');
  await page.evaluate((text) => {
    const band = document.createElement('div');
    band.textContent = text;
    band.setAttribute('style', 'position:sticky;top:0;z-index:10;background:#0b3d5c;color:#fff;font:600 22px/1.3 system-ui,sans-serif;padding:14px 28px;margin:0 0 8px;');
    document.body.prepend(band);
  }, caption);
  await page.waitForTimeout(200);
  await page.screenshot({ path });
  await page.close();
}

async function shootPromo(ctx: BrowserContext, text: Listing, path: string) {
  const icon = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    html,body{margin:0;width:440px;height:280px;overflow:hidden;background:#0b3d5c;color:#fff;font-family:system-ui,sans-serif}
    .tile{display:flex;align-items:center;gap:22px;padding:0 30px;height:280px}
    svg{width:112px;height:112px;flex:none}
    h1{font-size:34px;margin:0 0 10px;letter-spacing:-0.5px}
    p{margin:0;font-size:16px;line-height:1.4;color:#cfe8f5}
  </style><div class="tile">${icon}<div><h1>${esc(text.name)}</h1><p>Reserves, reverse repo, SOFR spreads and the Fed’s balance sheet, beside the news.</p></div></div>`);
  await page.screenshot({ path });
  await page.close();
}

async function stage(ctx: BrowserContext, body: string, path: string) {
  const page: Page = await ctx.newPage();
  await page.setViewportSize({ width: W, height: H });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    html,body{margin:0;width:${W}px;height:${H}px;overflow:hidden;background:linear-gradient(135deg,#0b3d5c,#13587f);font-family:system-ui,'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif}
    .stage{display:flex;align-items:center;justify-content:center;gap:72px;height:${H}px}
    .words{width:560px;color:#fff}
    .words svg{width:72px;height:72px}
    h1{font-size:44px;line-height:1.2;margin:18px 0}
    p{font-size:22px;line-height:1.5;color:#d8ecf7;margin:0 0 18px}
    .name{font-size:18px;color:#9fe3ff}
    img{border-radius:12px;box-shadow:0 18px 50px rgba(0,0,0,.45)}
  </style>${body}`);
  await page.screenshot({ path });
  await page.close();
}

await main();
