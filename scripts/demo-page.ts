/** The demo page: the seed article (demo/seed/) as a plain HTML news page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The seed carries no date of its own; its text dates it: Powell's "in coming months" remark, which it calls
 * "last week", was made on 14 Oct 2025. The page says so, and is dated 2025-10-20 like a news page would be.
 */
export const SEED_DATE = '2025-10-20';

/** Lines 1–79 are the article; the rest is the page's "you may also like" noise, kept as an aside. */
export function seedPageHtml(): string {
  const lines = readFileSync(join(root, 'demo', 'seed', '000_bb5fc8af848cf247.txt'), 'utf8').split('\n').map((l) => l.trim());
  const [title, ...rest] = lines;
  const article = rest.slice(0, 78).filter(Boolean);
  const noise = rest.slice(78).filter(Boolean);
  return `<!doctype html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>${esc(title!)}</title>
<meta property="article:published_time" content="${SEED_DATE}">
<style>body{font:17px/1.7 system-ui,'PingFang TC','Microsoft JhengHei',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}aside{margin-top:3rem;border-top:1px solid #ddd;color:#666;font-size:14px}.byline{color:#666;font-size:14px}</style>
</head>
<body>
<article>
<h1>${esc(title!)}</h1>
<p class="byline">Odaily 星球日報 · <time datetime="${SEED_DATE}">${SEED_DATE}</time> · <small>日期由內文推定：文中所說「上週」的談話發表於 2025 年 10 月 14 日（date inferred from the text: the remark it calls “last week” was made on 14 Oct 2025）</small></p>
${article.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside>
${noise.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</aside>
</body>
</html>
`;
}

/** The English demo article (demo/english/): our own market note, dated like the seed, one figure wrong on purpose. */
export const ENGLISH_DEMO_DATE = '2025-10-20';

export function englishDemoHtml(): string {
  const [title, ...paragraphs] = readFileSync(join(root, 'demo', 'english', 'repo-rates-note.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(title!)}</title>
<meta property="article:published_time" content="${ENGLISH_DEMO_DATE}">
<style>body{font:18px/1.7 Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font:700 34px/1.25 system-ui,sans-serif}.byline{color:#666;font:14px system-ui,sans-serif}</style>
</head>
<body>
<article>
<h1>${esc(title!)}</h1>
<p class="byline">Markets desk · <time datetime="${ENGLISH_DEMO_DATE}">October 20, 2025</time> · <small>A demo note written for Liquidity Lens; one figure is wrong on purpose.</small></p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
</body>
</html>
`;
}
