/**
 * The article's text, block by block: text nodes grouped under their nearest block element, skipping
 * what is not article text (scripts, code, forms, editable regions, navigation, page headers and
 * footers, asides, hidden parts, and our own badges).
 */
export const OWN_TAGS = new Set(['LL-BADGE', 'LL-SUMMARY', 'LL-CARD']);

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU', 'FORM', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', ...OWN_TAGS,
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'complementary', 'toolbar', 'dialog', 'textbox']);
const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DD', 'DT', 'BLOCKQUOTE', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'CAPTION', 'SUMMARY']);

/** An element whose subtree is never article text. */
export function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // The attribute, not isContentEditable: that one can force a style recalculation per element.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  return el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden === true;
}

export interface Block {
  element: Element;
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  text: string;
}

/** Where to scan: the page's top-level <article> elements if it marks any, else <main>, else <body>. */
export function articleRoots(doc: Document): Element[] {
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article') && !insideSkipped(a));
  if (articles.length) return articles;
  const main = doc.querySelector('main, [role=main]');
  return [main ?? doc.body].filter((e): e is Element => !!e);
}

export function insideSkipped(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (skipped(e)) return true;
  return false;
}

/**
 * Text blocks under `root` (which itself is assumed to be article text). A plain SHOW_TEXT walk, with
 * no filter callback per node; whether a text node's parent is skipped, and which block it belongs to,
 * is worked out once per parent element and remembered.
 */
export function collectBlocks(root: Node, done?: WeakSet<Text>): Block[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks = new Map<Element, Block>();
  const info = new Map<Element, Element | null>(); // parent → its block, or null when skipped
  const rootEl = root.nodeType === 1 ? (root as Element) : root.parentElement;

  const resolve = (el: Element): Element | null => {
    const known = info.get(el);
    if (known !== undefined) return known;
    let result: Element | null;
    if (skipped(el)) result = null;
    else if (el === rootEl || !el.parentElement) result = el;
    else {
      const up = resolve(el.parentElement);
      result = up === null ? null : BLOCK_TAGS.has(el.tagName.toUpperCase()) ? el : up;
    }
    info.set(el, result);
    return result;
  };
  if (rootEl) info.set(rootEl, skipped(rootEl) ? null : rootEl);

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    if (data.length < 2 || done?.has(n)) continue;
    const parent = n.parentElement;
    if (!parent) continue;
    const block = resolve(parent);
    if (!block) continue;
    let b = blocks.get(block);
    if (!b) blocks.set(block, (b = { element: block, nodes: [], starts: [], text: '' }));
    b.starts.push(b.text.length);
    b.nodes.push(n);
    b.text += data;
  }
  return [...blocks.values()];
}

/** The text node and offset where a block offset falls (the end of a match: the last char before it). */
export function locate(b: Block, offset: number): { node: Text; offset: number } {
  let i = b.starts.length - 1;
  while (i > 0 && b.starts[i]! >= offset) i--;
  return { node: b.nodes[i]!, offset: offset - b.starts[i]! };
}
