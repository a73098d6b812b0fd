/**
 * The sites where this news is read (issue 22), on their real article pages, in real Firefox with the shipped
 * dist-firefox build (Debian's firefox-esr over Marionette: the WebDriver BiDi of test/helpers/firefox.ts cannot
 * open the extension's own pages). Each suggested site is added with its own *Add* button on the options page
 * (Firefox grants the request without a prompt here: extensions.webextOptionalPermissionPrompts = false), then
 * each page (test/fixtures/real/sites, provenance in SOURCES.md) is served under its own host name through the
 * test server's proxy. What is asserted on each is what the Chromium tests assert (sites-real.test.ts,
 * sites-zh.test.ts), from the same expectations (test/helpers/site-pages.ts, test/helpers/sites-zh.ts): the
 * story's element read, the date as the content script holds it, exactly the badges its text names, and the
 * article badge where one is expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../vite.config';
import { servePages, type PageServer } from '../../scripts/page-server';
import { SUGGESTED_SITES, suggestedOrigins, suggestedSiteOf, type SuggestedSite } from '../../src/core/suggested-sites';
import { FIREFOX_DIST } from '../helpers/firefox';
import { click, extensionApi, openTab, startFirefox, until, useTab, waitForElement, type Marionette } from '../helpers/marionette';
import { SITE_PAGES, SITES_DIR, storyBlocks } from '../helpers/site-pages';
import { ZH_SITE_PAGES } from '../helpers/sites-zh';

const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const UUID = '3f9d2a64-71c5-4b0e-8e2a-5d6c0b9f1e37';
const OPTIONS = `moz-extension://${UUID}/src/options/index.html`;

/** One page and what the Chromium tests expect of it, from either data file. */
interface Expected {
  file: string;
  url: string;
  root: string;
  date: string | null;
  source: string | null;
  ids: string[];
  summary: boolean;
  /** Teaser and rail text never badged (the English pages name it). */
  notRead: string[];
  /** The article badge goes under the story's own <h1> (asserted on the English pages, as in Chromium). */
  underHeadline: boolean;
}
const PAGES: Expected[] = [
  ...SITE_PAGES.map((p) => ({ file: p.file, url: p.url, root: p.root, date: p.date, source: p.source, ids: p.indicators, summary: p.articleBadge, notRead: p.notRead, underHeadline: true })),
  ...ZH_SITE_PAGES.map((p) => ({ file: p.file, url: p.url, root: p.root, date: p.date, source: p.source, ids: [...p.ids], summary: p.summary, notRead: [], underHeadline: false })),
];
const siteOf = (url: string): SuggestedSite => {
  const site = suggestedSiteOf(new URL(url).hostname);
  if (!site) throw new Error(`${url} is on no suggested site`);
  return site;
};
const SITES = SUGGESTED_SITES.filter((s) => PAGES.some((p) => siteOf(p.url) === s));

let server: PageServer;
let ff: Marionette;
let options: string;
const api = <T>(call: string) => extensionApi<T>(ff, call);

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox not found: install Debian’s firefox-esr (CI does) or set FIREFOX_PATH');
  server = await servePages(Object.fromEntries(PAGES.map((p) => [new URL(p.url).pathname, readFileSync(join(SITES_DIR, p.file), 'utf8')])));
  ff = await startFirefox(FIREFOX, {
    ...server.firefoxPrefs(),
    'extensions.webextOptionalPermissionPrompts': false,
    // A fixed internal UUID, so the test can open the options page.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  });
  await ff.send('Addon:Install', { path: FIREFOX_DIST, temporary: true });
  options = await openTab(ff, OPTIONS);
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The page's content script answers the extension's own pages (asked from the options tab, then back to `tab`). */
async function askPage<T>(tab: string, url: string, type: string, pick: string): Promise<T> {
  await useTab(ff, options);
  try {
    return await api<T>(
      `b.tabs.query({}).then(async (tabs) => {
         for (const t of tabs) {
           const scan = await b.tabs.sendMessage(t.id, { type: 'page/scan' }).catch(() => false);
           if (scan && scan.url === ${JSON.stringify(url)}) { const a = await b.tabs.sendMessage(t.id, { type: ${JSON.stringify(type)} }); return (${pick})(a); }
         }
         return 'no content script answers from ' + ${JSON.stringify(url)};
       })`,
    );
  } finally {
    await useTab(ff, tab);
  }
}

describe('the suggested sites’ real pages in Firefox, each added with its own button', () => {
  it(`the options page’s Add asks for exactly each site’s origins, and the script is registered for them (${SITES.length} sites)`, async () => {
    expect(SITES.length).toBeGreaterThanOrEqual(10);
    // Not declared: the shipped manifest names none of them, so only the reader's adding runs the script there.
    const shipped = readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8');
    for (const s of SITES) for (const h of s.hosts) expect(shipped.includes(h), h).toBe(false);
    await useTab(ff, options);
    const origins = () => api<string[]>('b.permissions.getAll().then((p) => p.origins)');
    const held = await origins();
    for (const s of SITES) {
      const host = s.hosts[0]!;
      await waitForElement(ff, `[data-ll-suggest="${host}"]`);
      await click(ff, `[data-ll-suggest="${host}"]`);
      await waitForElement(ff, `[data-ll-added="${host}"]`);
    }
    expect((await origins()).filter((o) => !held.includes(o)).sort()).toEqual(SITES.flatMap(suggestedOrigins).sort());
    const want = JSON.stringify(SITES.flatMap(suggestedOrigins).sort());
    await until(
      async () => JSON.stringify(await api<string[]>('b.scripting.getRegisteredContentScripts().then((all) => all.flatMap((s) => s.matches ?? []).sort())')) === want,
      'the added sites’ script registered for them',
    );
  }, 120_000);

  for (const p of PAGES) {
    it(`${p.file}: the story read, dated ${p.date ?? 'unknown'}, ${p.ids.length ? p.ids.join(', ') : 'no pill'}${p.summary ? ', the article badge' : ''}`, async () => {
      const tab = await openTab(ff, p.url);
      const url = await ff.run<string>('return location.href');
      let scan: { settled?: boolean; blocks?: number } | string = '';
      for (const end = Date.now() + 30_000; !(typeof scan === 'object' && scan.settled) && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
        scan = await askPage(tab, url, 'page/scan', '(a) => a');
      }
      expect(scan, 'the page’s scan settled').toMatchObject({ settled: true });
      // The scan reads the story's own element (the same count as walking it alone), not the page around it.
      expect((scan as { blocks: number }).blocks).toBe(storyBlocks(p.file, p.url, p.root));
      // Marionette answers a null as {value: null}: the date's absence comes back as 'none'.
      expect(await askPage(tab, url, 'page/article', '(a) => [a?.date ?? "none", a?.source ?? "none"]')).toEqual([p.date ?? 'none', p.source ?? 'none']);
      const seen = await ff.run<{ ids: string[]; summaries: string[]; before: string }>(
        `const s = [...document.querySelectorAll('[data-ll-summary]')];
         return {
           ids: [...document.querySelectorAll('ll-badge[data-ll-indicator]')].map((e) => e.getAttribute('data-ll-indicator')).sort(),
           summaries: s.map((e) => e.getAttribute('data-ll-article-date') + ' ' + e.getAttribute('data-ll-date-source')),
           before: s[0]?.previousElementSibling?.tagName ?? 'none',
         };`,
      );
      expect(seen.ids).toEqual([...p.ids].sort());
      expect(seen.summaries).toEqual(p.summary ? [`${p.date} ${p.source}`] : []);
      if (p.summary && p.underHeadline) expect(seen.before).toBe('H1');
      for (const t of p.notRead) {
        const inTeasers = await ff.run<boolean>('return [...document.querySelectorAll("a, article")].filter((e) => e.textContent.includes(arguments[0])).some((e) => e.querySelector("ll-badge, ll-summary"))', t);
        expect(inTeasers, t).toBe(false);
      }
      await ff.send('WebDriver:CloseWindow');
      await useTab(ff, options);
    }, 60_000);
  }
});
