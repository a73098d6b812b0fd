/**
 * The sites where this news is read (issue 22), on their real article pages (test/fixtures/real/sites, provenance in
 * SOURCES.md), read as the content script reads them in a standards DOM: where the article is (its root, with the
 * headline and the story's own sentences, without the teaser cards around it), its date and where the date came
 * from, and the indicators its text names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { dateFacts } from '../../src/content/article-date';
import { articleRoots, collectBlocks } from '../../src/content/walk';
import { parseDateFacts, readArticleDate } from '../../src/core/article/date';
import { Analyser } from '../../src/core/terms/context';

const SITES = new URL('../fixtures/real/sites', import.meta.url).pathname;
const TODAY = '2026-12-01';

export interface SitePage {
  file: string;
  url: string;
  /** The root the scan must read: a selector the page's own markup answers. */
  root: string;
  headline: string;
  /** A sentence of the story's body. */
  body: string;
  /** Text on the page that is not the story (teaser cards, related rails): never read. */
  notRead: string[];
  date: string;
  source: string;
  indicators: string[];
}

export const SITE_PAGES: SitePage[] = [
  {
    file: 'www.coindesk.com/bitcoin-pops-and-drops-as-markets-swing-wildly-on-tariff-news.html',
    url: 'https://www.coindesk.com/markets/2025/04/07/bitcoin-pops-and-drops-as-markets-swing-wildly-on-tariff-news',
    root: 'main',
    headline: 'Bitcoin Pops and Drops as Markets Swing Wildly on Tariff News',
    body: 'Speculation about a Trump tariff delay sent markets swinging wildly during early U.S.',
    notRead: [],
    date: '2025-04-07',
    source: 'jsonld',
    indicators: [],
  },
  {
    file: 'www.coindesk.com/the-great-korean-pivot-from-memecoins-to-machine-chips.html',
    url: 'https://www.coindesk.com/business/2025/11/09/the-great-korean-pivot-from-memecoins-to-machine-chips',
    root: 'main#content',
    headline: 'The Great Korean Pivot: From Memecoins to Machine Chips',
    body: 'Without Korean retail as a liquidity anchor, global crypto markets have lost one of their most consistent buyers.',
    // "Top Stories": cards (a link around a headline and its date) inside <main>.
    notRead: ['Miran Says Policy Needs to Adjust to Stablecoin Boom'],
    // 01:00 UTC on the 9th is the evening of the 8th in New York (the address says the 9th: a day apart, they agree).
    date: '2025-11-08',
    source: 'jsonld',
    indicators: [],
  },
  {
    file: 'cointelegraph.com/robert-kiyosaki-says-hes-buying-targets-250k-bitcoin-27k-gold.html',
    url: 'https://cointelegraph.com/news/robert-kiyosaki-says-hes-buying-targets-250k-bitcoin-27k-gold',
    root: 'article.post__article',
    headline: 'Robert Kiyosaki says he’s buying, targets $250K Bitcoin and $27K gold',
    body: 'He said the Fed will likely inject liquidity into the financial system through its Standing Repo Facility',
    notRead: [],
    date: '2025-11-09',
    source: 'jsonld',
    indicators: ['balance_sheet_pace', 'srf'],
  },
  {
    file: 'de.cointelegraph.com/cme-second-largest-bitcoin-futures-exchange-open-interest-surges.html',
    url: 'https://de.cointelegraph.com/news/cme-second-largest-bitcoin-futures-exchange-open-interest-surges',
    root: 'article.post__article',
    headline: 'CME nun zweitgrößte Bitcoin (BTC)-Futures-Börse: Open Interest steigt sehr stark',
    body: 'Das Open Interest der CME erreichte am 30. Oktober',
    notRead: [],
    date: '2023-10-31',
    source: 'jsonld',
    indicators: [],
  },
  {
    file: 'www.theblock.co/italys-banks-support-ecbs-digital-euro-plan.html',
    url: 'https://www.theblock.co/post/378105/italys-banks-support-ecbs-digital-euro-plan-but-want-to-spread-out-costs-over-time-reuters',
    root: 'article.articleBody',
    headline: 'Italy\'s banks support ECB\'s digital euro plan, but want to spread out costs over time: Reuters',
    body: 'However, the plan has faced pushback from big banks',
    // The "Latest" rail: six <article> cards, each a linked headline and a date line.
    notRead: ['mistrial declared for', 'Fed Governor Miran calls stablecoins'],
    date: '2025-11-08',
    source: 'jsonld',
    indicators: [],
  },
  {
    file: 'backofmind.substack.com/what-is-once-sprung-cannot-necessarily.html',
    url: 'https://backofmind.substack.com/p/what-is-once-sprung-cannot-necessarily',
    root: 'article.newsletter-post',
    headline: 'what is once sprung cannot necessarily be unsprunged',
    body: 'I think back to the concept of “hysteresis”',
    notRead: [],
    date: '2025-12-12',
    source: 'jsonld',
    indicators: [],
  },
];

const opened: JSDOM[] = [];
afterAll(() => opened.forEach((d) => d.window.close()));

/** The page in a standards DOM at its own address, and what the content script reads of it. */
export function readSitePage(p: SitePage) {
  const dom = new JSDOM(readFileSync(join(SITES, p.file), 'utf8'), { url: p.url });
  opened.push(dom);
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter = dom.window.NodeFilter;
  const doc = dom.window.document as unknown as Document;
  const roots = articleRoots(doc);
  const text = roots.flatMap((r) => collectBlocks(r).map((b) => b.text)).join('\n');
  // As the worker gets the facts: through a message, checked.
  const date = readArticleDate(parseDateFacts(JSON.parse(JSON.stringify(dateFacts(doc, roots, p.url))))!, TODAY);
  const an = new Analyser();
  const indicators = [...new Set(text.split('\n').flatMap((b) => an.judge(an.read(b))).flatMap((m) => (m.indicator ? [m.indicator] : [])))].sort();
  return { doc, roots, text, date, indicators };
}

describe.each(SITE_PAGES)('$file', (p) => {
  const r = readSitePage(p);

  it('reads one article root: the story’s own, with its headline and body', () => {
    expect(r.roots).toHaveLength(1);
    expect(r.roots[0]).toBe(r.doc.querySelector(p.root));
    expect(r.text).toContain(p.headline);
    expect(r.text.replace(/\s+/g, ' ')).toContain(p.body);
  });

  it.skipIf(!p.notRead.length)('does not read the teaser cards around it', () => {
    for (const t of p.notRead) {
      expect(r.doc.body.textContent, 'the page has it').toContain(t);
      expect(r.text, t).not.toContain(t);
    }
  });

  it(`is dated ${p.date} from its ${p.source}`, () => {
    expect([r.date.date, r.date.source, r.date.reason]).toEqual([p.date, p.source, null]);
  });

  it(`names ${p.indicators.join(', ') || 'no indicator'}`, () => {
    expect(r.indicators).toEqual(p.indicators);
  });
});

describe('the rules these pages needed', () => {
  it('The Block: the teaser cards are not article roots, so the story’s is the first (what single-page navigation keys on)', () => {
    const r = readSitePage(SITE_PAGES.find((p) => p.file.startsWith('www.theblock.co'))!);
    expect(r.doc.querySelectorAll('article')).toHaveLength(7);
    expect(articleRoots(r.doc)[0]!.querySelector('h1')?.textContent).toContain('Italy');
  });

  it('Cointelegraph: its publication <time> is read, though its colour class says “updatedMuted”', () => {
    const p = SITE_PAGES.find((x) => x.file.startsWith('cointelegraph.com'))!;
    const r = readSitePage(p);
    expect(r.doc.querySelector('time[datetime]')!.className).toContain('updatedMuted');
    expect(r.date.found).toContainEqual({ source: 'time', date: '2025-11-09' });
  });
});
