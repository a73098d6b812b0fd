/**
 * The real article pages of the sites where this news is read (test/fixtures/real/sites, provenance in
 * SOURCES.md), with what a reader sees on each: the article's root, its headline and a sentence of its body,
 * text around it that is not the story, its date as the page gives it, and the indicators its text names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { collectBlocks } from '../../src/content/walk';

export const SITES_DIR = new URL('../fixtures/real/sites', import.meta.url).pathname;

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
  /** Whether the article badge shows (the text reads as Fed news). */
  articleBadge: boolean;
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
    articleBadge: false,
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
    articleBadge: false,
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
    articleBadge: true,
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
    articleBadge: false,
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
    articleBadge: false,
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
    articleBadge: false,
  },
  {
    file: 'garymarcus.substack.com/a-model-that-produces-code-which.html',
    url: 'https://garymarcus.substack.com/p/a-model-that-produces-code-which',
    root: 'article.newsletter-post',
    headline: 'A model that produces code which compiles and passes the tests it was given',
    body: 'The title here, a paraphrased quote from me, pretty much says it all.',
    notRead: [],
    // No JSON-LD or <meta> date (the source's tool removed them): the byline's "May 01, 2026", glued to the name.
    date: '2026-05-01',
    source: 'text',
    indicators: [],
    articleBadge: false,
  },
];
export const sitePageHtml = (p: SitePage): string => readFileSync(join(SITES_DIR, p.file), 'utf8');

/** How many blocks the story's own element (`root`, chosen by hand) holds, walked in a standards DOM (jsdom): what a browser's scan of the page must read. */
export function storyBlocks(file: string, url: string, root: string): number {
  const dom = new JSDOM(readFileSync(join(SITES_DIR, file), 'utf8'), { url });
  (globalThis as { NodeFilter?: unknown }).NodeFilter = dom.window.NodeFilter;
  return collectBlocks(dom.window.document.querySelector(root) as unknown as Element).length;
}
