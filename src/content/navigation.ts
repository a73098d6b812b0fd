/**
 * Single-page news sites swap articles without a page load (history API, infinite feeds). A new URL whose
 * main article is a different one restarts the features for it; a URL that changes while the same article
 * stays (a feed appending the next story below it) does not — that story is badged where it lands.
 */
import { articleRoots } from './walk';

/** What identifies the main article: its root element and its headline. */
function articleKey(): [Element | undefined, string] {
  const root = articleRoots(document)[0];
  return [root, (root?.querySelector('h1') ?? document.querySelector('h1'))?.textContent?.trim().slice(0, 200) ?? document.title];
}

export function watchArticleChanges(onNewArticle: () => void): void {
  let href = location.href;
  let [root, headline] = articleKey();
  let timer = 0;
  const check = () => {
    timer = 0;
    if (location.href === href) return;
    href = location.href;
    const [r, h] = articleKey();
    if (r === root && h === headline) return;
    [root, headline] = [r, h];
    onNewArticle();
  };
  // A navigation and its new DOM come in either order, in one task or a few: look once things settle.
  const soon = () => void (timer ||= window.setTimeout(check, 300));
  addEventListener('popstate', soon);
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', soon);
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
}
