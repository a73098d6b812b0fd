/**
 * Posts in feeds, each with its own date (issue 22), in real Firefox (Debian's firefox-esr, headless, over
 * WebDriver BiDi, as firefox.test.ts drives it): the Firefox build on the same real feed markup as
 * feeds.test.ts, with its bundled numbers. Each post gets its own article badge dated by its own <time>, and
 * its figures are checked against the data of that date.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { FIREFOX_DIST, launchFirefox, type Firefox } from '../helpers/firefox';

const FEED = readFileSync(new URL('../fixtures/real/feed-wolfstreet-posts-in-guardian-liveblog-blocks.html', import.meta.url), 'utf8');

describe('a feed’s posts, each with its own date (Firefox)', () => {
  let server: PageServer;
  let firefox: Firefox;

  beforeAll(async () => {
    server = await servePages({ '/2025/12/08/feed.html': FEED });
    firefox = await launchFirefox(server);
    await firefox.browser.installExtension(FIREFOX_DIST);
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('each post’s article badge and figures as of its own date', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://www.reuters.com/2025/12/08/feed.html');
    await page.waitForFunction(() => document.querySelectorAll('ll-summary').length === 2 && document.querySelector('ll-claim'), { timeout: 60_000 });
    const read = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('div.block')].map((b) => ({
          post: b.id,
          summaries: [...b.querySelectorAll('ll-summary')].map((e) => `${e.getAttribute('data-ll-article-date')} ${e.getAttribute('data-ll-date-source')}`),
          rrpThen: b.querySelector('ll-badge[data-ll-indicator="rrp"]')?.getAttribute('data-ll-then-asof') ?? null,
          marks: [...b.querySelectorAll('ll-claim')].map((e) => `${e.getAttribute('data-ll-indicator')} ${e.getAttribute('data-ll-claimed')} ${e.getAttribute('data-ll-verdict')} ${e.getAttribute('data-ll-asof')}`),
        })),
      );
    // The marks come with the worker's answers, post by post: wait until the old post's are in (or time runs out and the last reading is shown).
    await expect.poll(async () => (await read())[1]!.marks.filter((m) => m.startsWith('rrp')), { timeout: 30_000 }).toEqual(['rrp 98 match 2024-12-20', 'rrp 98 match 2024-12-20']);
    const posts = await read();
    expect(await page.evaluate(() => [...document.querySelectorAll('ll-summary')].filter((e) => !e.closest('div.block')).length)).toBe(0);
    expect(posts[0]).toMatchObject({ post: 'block-wolfstreet-2025-12-08', summaries: ['2025-12-08 time'], rrpThen: '2025-12-08' });
    expect(posts[0]!.marks).toContain('reserves 2860 match 2025-12-03');
    expect(posts[1]).toMatchObject({ post: 'block-wolfstreet-2024-12-21', summaries: ['2024-12-21 time'], rrpThen: '2024-12-20' });
    await page.close();
  }, 120_000);
});
