/** The benchmark's pages, all made of real text (the annotated pages in test/fixtures/pages and the seed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPageHtml } from '../scripts/demo-page';

const root = new URL('..', import.meta.url).pathname;
const pagesDir = join(root, 'test/fixtures/pages');
const real = (f: string) => readFileSync(join(pagesDir, f), 'utf8');
const paragraphs = ['txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html', 'txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html', 'txt-zh01_cnyes_fed-qt-brake-qe-rumours.html', 'txt-zh02_xinhua-via-itaiwannews_powell-to-end-balance-sheet-runoff-2019.html']
  .flatMap((f) => [...real(f).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!));
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
const longEnglish = page(`<article><h1>Fed liquidity, all day</h1>${Array.from({ length: 300 }, (_, i) => `<p>${paragraphs[i % 12]}</p>`).join('')}</article>`);
const tenK = page(`<article><h1>Ten thousand paragraphs</h1>${Array.from({ length: 10_000 }, (_, i) => `<p>${paragraphs[i % paragraphs.length]}</p>`).join('')}</article>`);
// The same size of page made of ordinary news text (the National Post live blog's paragraphs), for contrast.
const general = [...real('en03_nationalpost-ap_india-pakistan-reserves-the-right.html').matchAll(/<p[^>]*>([^<]{40,})<\/p>/g)].map((m) => m[1]!);
const tenKGeneral = page(`<article><h1>Ten thousand paragraphs of general news</h1>${Array.from({ length: 10_000 }, (_, i) => `<p>${general[i % general.length]}</p>`).join('')}</article>`);
const append500 = page(`<article><h1>Live blog</h1><p>${paragraphs[0]}</p></article><script>
  addEventListener('load', () => { const a = document.querySelector('article'); const ps = ${JSON.stringify(paragraphs)};
  for (let i = 0; i < 500; i++) { const p = document.createElement('p'); p.textContent = ps[i % ps.length]; a.append(p); } document.title = 'appended'; });</script>`);
export const PAGES: Record<string, string> = {
  '/seed.html': seedPageHtml(),
  '/national-post.html': real('en03_nationalpost-ap_india-pakistan-reserves-the-right.html'),
  // A byte-exact Reuters page (test/fixtures/pages/SOURCES.md), for the first badge on a real publisher's markup.
  '/reuters-2016.html': real('pub-en01_reuters_fed-lifts-rates-trump-2016.html'),
  '/long-english.html': longEnglish,
  '/10k.html': tenK,
  '/10k-general.html': tenKGeneral,
  '/append-500.html': append500,
};

