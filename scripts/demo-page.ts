/** The demo page: the seed article (demo/seed/) as a plain HTML news page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines 1–79 are the article; the rest is the page's "you may also like" noise, kept as an aside. */
export function seedPageHtml(): string {
  const lines = readFileSync(join(root, 'demo', 'seed', '000_bb5fc8af848cf247.txt'), 'utf8').split('\n').map((l) => l.trim());
  const [title, ...rest] = lines;
  const article = rest.slice(0, 78).filter(Boolean);
  const noise = rest.slice(78).filter(Boolean);
  return `<!doctype html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>${esc(title!)}</title>
<style>body{font:17px/1.7 system-ui,'PingFang TC','Microsoft JhengHei',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}aside{margin-top:3rem;border-top:1px solid #ddd;color:#666;font-size:14px}</style>
</head>
<body>
<article>
<h1>${esc(title!)}</h1>
${article.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside>
${noise.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</aside>
</body>
</html>
`;
}
