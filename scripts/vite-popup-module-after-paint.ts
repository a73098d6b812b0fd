/**
 * A vite build step for the popup's HTML: its module script (and the module preloads vite writes beside it) come
 * out of the page, and the classic script public/popup-first-paint.js is told their hashed URLs
 * (data-module, data-preload) and loads them itself, after the first frame when it painted the copy of what the
 * popup last showed. Why: a module script in the page runs as soon as it is fetched, before the browser's first
 * frame, so the copy, though in the DOM at once, reached the screen only after the whole module had run; and
 * the module's files fetched beside the copy's script and stylesheet delayed both.
 */
import type { Plugin } from 'vite';

const MODULE = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
const PRELOAD = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g;
const LOADER = /<script src="\/popup-first-paint\.js"><\/script>/;

/** The page without its module tags, the loader carrying their URLs; throws if the page is not of that shape. */
export function moduleAfterPaint(html: string): string {
  const modules = [...html.matchAll(MODULE)].map((m) => m[1]!);
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  if (modules.length !== 1 || !LOADER.test(html)) throw new Error(`popup HTML: expected one module script and the first-paint loader, found ${modules.length} module scripts`);
  const loader = `<script src="/popup-first-paint.js" data-module="${modules[0]}" data-preload="${preloads.join(' ')}"></script>`;
  return html.replace(MODULE, '').replace(PRELOAD, '').replace(LOADER, loader);
}

export function popupModuleAfterPaint(): Plugin {
  return {
    name: 'll-popup-module-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (/src[\\/]popup[\\/]index\.html$/.test(ctx.filename) ? moduleAfterPaint(html) : html),
    },
  };
}
