/**
 * The article's text, block by block: text nodes grouped under their nearest block element, skipping
 * what is not article text (scripts, code, forms, editable regions, navigation, page headers and
 * footers — an article's own header, with its headline, is read — asides, hidden parts, links around whole
 * blocks (teaser cards), and what we put on the page ourselves).
 */

/**
 * What this extension put on the page: the hosts of its badges, marks and cards, and the text nodes it
 * split off to place them. Known by identity, not by tag name, so a page cannot hide its own text from the
 * scan by wrapping it in <ll-badge>.
 */
export const OURS = new WeakSet<Node>();

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'input', 'select', 'option', 'button',
  'nav', 'header', 'footer', 'aside', 'menu', 'form', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);
const SKIP_ROLES = new Set<string | null>('navigation banner contentinfo search menu menubar complementary toolbar dialog textbox'.split(' '));
const BLOCK_TAGS = new Set('p li h1 h2 h3 h4 h5 h6 td th dd dt blockquote figcaption div section article main body caption summary'.split(' '));

/** Blocks that a link wrapping them makes a card: a teaser of another page (a headline, its date, its picture). */
const CARD_BLOCKS = new Set('h1 h2 h3 h4 h5 h6 p div li section article figure'.split(' '));

/** A link whose own children are blocks (<a><h4>…</h4><span>date</span></a>, <a><div>…</div></a>). */
function isCardLink(a: Element): boolean {
  for (let c = a.firstElementChild; c; c = c.nextElementSibling) if (CARD_BLOCKS.has(c.tagName.toLowerCase())) return a.hasAttribute('href');
  return false;
}

/** An element whose subtree is never article text. */
export function skipped(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  // A link around whole blocks is a teaser card of another story (CoinDesk's "Top Stories" inside <main>).
  if (tag === 'a' && isCardLink(el)) return true;
  // An article's own <header> holds its headline (<article><header><h1>, the most common markup): read it.
  if (OURS.has(el) || (SKIP_TAGS.has(tag) && !(tag === 'header' && el.parentElement?.closest('article')))) return true;
  // The attribute, not isContentEditable: that one can force a style recalculation per element.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return SKIP_ROLES.has(el.getAttribute('role')) || el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden === true;
}

export interface Block {
  element: Element;
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  text: string;
}

/** Text of a teaser's own beyond its linked headline (a date, a section name) stays under this many characters … */
const TEASER_OWN_TEXT = 100;
/** … and it has no paragraph of this length outside links (a short post in a feed has one). */
const TEASER_PARAGRAPH = 40;

/**
 * A teaser card marked up as an <article> (a list of other stories: The Block's "Latest", many CMSs' related
 * rails): its headline is a link to another page and it says next to nothing outside links. A post in a feed
 * has a paragraph of its own, and stays an article.
 */
export function isTeaser(article: Element): boolean {
  const heading = article.querySelector('h1, h2, h3, h4, h5, h6');
  // <a><h2>…</h2></a>, or <h2><a>…</a></h2> (its links together: a section label's link beside the title's, as Boston Herald's rails)
  const link = heading?.closest('a[href]');
  const linked = link ? (article.contains(link) ? link.textContent!.trim().length : 0) : [...(heading?.querySelectorAll('a[href]') ?? [])].reduce((n, a) => n + a.textContent!.trim().length, 0);
  if (!heading || !linked || linked * 2 < heading.textContent!.trim().length) return false;
  for (const p of article.querySelectorAll('p')) if (!p.closest('a[href]') && p.textContent!.trim().length >= TEASER_PARAGRAPH) return false;
  let own = 0;
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('a[href]')) continue;
    own += n.nodeValue!.trim().length;
    if (own >= TEASER_OWN_TEXT) return false;
  }
  return true;
}

/**
 * Where to scan: the page's top-level <article> elements if it marks any (teaser cards apart), else <main>,
 * else the element that holds the story's paragraphs (storyBody), else <body>.
 */
export function articleRoots(doc: Document): Element[] {
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article') && !insideSkipped(a) && !isTeaser(a));
  // Beside the story, an <article> named as furniture is a comment (WordPress themes mark each up so); alone, it is the story (Substack's "newsletter-post").
  const stories = articles.filter((a) => !FURNITURE.test(names(a)));
  if (articles.length) return stories.length ? stories : articles;
  const main = doc.querySelector('main, [role=main]') ?? storyBody(doc);
  return [main ?? doc.body].filter((e): e is Element => !!e);
}

/**
 * The page's furniture by the words CMSs name it with: one list for the scan's two uses of it, so a word added
 * for one is weighed for the other.
 * - Inside the story's root (FURNITURE), at the start of a class or id word: a part so named and holding under half
 *   the root's text is not read (comments loaded into the <article>, its share bar, a newsletter ask), nor is an
 *   <article> so named beside the story (a comment).
 * - Around it (NOT_STORY), anywhere in a class or id: on a page with no <article> or <main>, a <div> so named, or
 *   inside one so named, is never taken for the story (a disclaimer can hold more text than a brief); page
 *   wrappers are often named in one run ("recentcomments", CSS-in-JS "StyledFooter").
 * Most words count in both places; the few that count in one only say why.
 */
const FURNITURE_BOTH =
  'comment(?!ar)' + // comments (WordPress' #comments), not "commentary" (an opinion piece)
  '|disqus' + // Disqus' comment thread
  '|related|recommend' + // related and recommended stories
  '|promo' + // promotions
  '|donat' + // donation asks
  '|copyright|disclosure|disclaim' + // copyright lines, disclosures, disclaimers
  '|shar(?:e|ing)|social' + // share bars, social buttons
  '|sponsor' + // sponsored content
  '|subscribe(?!r)|signup' + // subscription asks, not "subscriber" (a paywalled story body)
  '|outbrain|taboola'; // recommendation widgets
const FURNITURE_INSIDE_ONLY =
  'newsletter' + // a sign-up ask; not around: Substack's post is its "newsletter-post"
  '|(?:cta|ads?)(?![a-z0-9])'; // calls to action, ads: whole words only (anywhere, they are in "header", "downloads")
const FURNITURE_AROUND_ONLY = 'foot|sidebar|cookie'; // the page's footer, sidebar, cookie banner (inside, an article's footnotes are its text)
const FURNITURE = RegExp(`(?:^|[^a-z0-9])(?:${FURNITURE_BOTH}|${FURNITURE_INSIDE_ONLY})`, 'i');
const NOT_STORY = RegExp(`${FURNITURE_BOTH}|${FURNITURE_AROUND_ONLY}`, 'i');
/** Its id and class words, less a CMS's taxonomy words (WordPress' category-newsletter, tag-social-security): they name the story's topic, not the part. */
const names = (el: Element) => `${el.id} ${(el.getAttribute('class') ?? '').replace(/(?:^|\s)(?:category|tag|format|type|status)-\S*/g, ' ')}`;

/** Named as furniture, and holding under half the root's text: a wrapper of the story's own that a CMS named "has-share-bar" is still read. */
const isFurniture = (el: Element, root: Element, sizes: Map<Element, number>) => FURNITURE.test(names(el)) && textLength(el, sizes) * 2 < textLength(root, sizes);

/**
 * The length of an element's text less its scripts' and styles' (Next.js's __NEXT_DATA__ JSON sits in <main>): no
 * text of the page. Measured once and remembered in `sizes` (one scan's, or one batch's of text the page added).
 */
const textLength = (el: Element, sizes: Map<Element, number>) =>
  sizes.get(el) ?? sizes.set(el, [...el.querySelectorAll('script, style, template')].reduce((n, s) => n - s.textContent!.length, el.textContent!.length)).get(el)!;

/** A list whose text is nearly all links: other stories ("More in News", "The latest on …"), not the story's sentences. */
function linkList(el: Element): boolean {
  if (!/^[OU]L$/i.test(el.tagName)) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a[href]')) linked += a.textContent!.trim().length;
  return linked > 0 && linked >= 0.8 * el.textContent!.trim().length;
}

/**
 * Whether `el` sits in furniture of `root` (text the page adds later into its comments, say). `sizes`: the text
 * lengths measured so far, shared by the checks of one batch of added nodes, so a page adding 200 comments at
 * once has its story's text (and its comments section's) measured once, not 200 times.
 */
export function inFurniture(el: Element, root: Element, sizes: Map<Element, number>): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isFurniture(e, root, sizes)) return true;
  return false;
}

/** Less paragraph text than this (characters) is no story: the body is read then. */
export const MIN_STORY_CHARS = 100;
const MAX_PARAGRAPHS = 1500;
/** The story's container as CMSs name it: schema.org's articleBody, hAtom's hentry, the common body classes. */
const STORY_NAMES = '[itemprop=articleBody], .article-body, .story-body, .post-content, .entry-content, .article-content, .post-body, .hentry';

/**
 * Pages built of <div>s (many Chinese-language portals: Sina's #artibody, HKEJ's #article-content, Sing Tao's
 * .paragraph) mark no <article> or <main>: their story is the element whose own <p> children, or lines ended by
 * <br> (and, at half weight, grandchildren), hold the most text, leaving out containers named as furniture
 * (NOT_STORY, on it or an ancestor) and skipped parts. Null when none holds MIN_STORY_CHARS.
 */
export function storyBody(doc: Document): Element | null {
  const text = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number) => el && el !== doc.body && text.set(el, (text.get(el) ?? 0) + n);
  const ps = doc.body?.querySelectorAll('p, br') ?? [];
  // The first paragraphs only: a story starts near the top, and a feed of thousands would cost the page a long task.
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i]!;
    // A story split into lines by <br> (KBS World's), not <p>: each line's text before its <br> counts as a paragraph.
    const line = p.tagName === 'BR' && p.previousSibling;
    const n = line ? (line.nodeType === 3 ? line.nodeValue!.length : 0) : p.textContent!.length;
    // Half to the grandparent: a story whose paragraphs each sit in a wrapper of their own is still one story.
    add(p.parentElement, n);
    add(p.parentElement?.parentElement, n / 2);
  }
  // Up to the story's own container by name: a theme's column named "sidebar_content" or "above-footer" around it is no furniture.
  const furniture = (el: Element) => {
    for (let e: Element | null = el; e && e !== doc.body; e = e.parentElement) {
      if (NOT_STORY.test(names(e))) return true;
      if (e.matches(STORY_NAMES)) return false;
    }
    return false;
  };
  const ranked = [...text].filter(([, n]) => n >= MIN_STORY_CHARS).sort((a, b) => b[1] - a[1]);
  return ranked.find(([el]) => !furniture(el) && !insideSkipped(el))?.[0] ?? null;
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

  const sizes = new Map<Element, number>();
  const resolve = (el: Element): Element | null => {
    const known = info.get(el);
    if (known !== undefined) return known;
    let result: Element | null;
    if (skipped(el) || isFurniture(el, rootEl ?? doc.documentElement, sizes) || linkList(el)) result = null;
    else if (el === rootEl || !el.parentElement) result = el;
    else {
      const up = resolve(el.parentElement);
      result = up === null ? null : BLOCK_TAGS.has(el.tagName.toLowerCase()) ? el : up;
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

/**
 * Puts `host` right after block offset `end`: after the outermost link around that point (never inside a
 * link's text), else splitting the text node there. Text nodes split earlier by our own insertions are
 * followed, so a block read before them still points right. Returns the split-off rest (to join back on
 * removal), or false when the page changed the text in between and the place is no longer sure.
 */
export function placeAfter(block: Block, end: number, host: Element): Text | null | false {
  let { node, offset } = locate(block, end);
  while (offset > node.length) {
    offset -= node.length;
    let next = node.nextSibling;
    while (next && OURS.has(next) && next.nodeType === 1) next = next.nextSibling;
    if (!(next instanceof Text) || !OURS.has(next)) return false;
    node = next;
  }
  if (node.data[offset - 1] !== block.text[end - 1] || !node.isConnected) return false;
  OURS.add(host);
  let link: Element | null = node.parentElement?.closest('a') ?? null;
  while (link?.parentElement?.closest('a')) link = link.parentElement.closest('a');
  if (link && block.element.contains(link)) {
    link.after(host);
    return null;
  }
  if (offset < node.length) {
    const rest = node.splitText(offset);
    OURS.add(rest);
    rest.before(host);
    return rest;
  }
  node.after(host);
  return null;
}

/**
 * Whether a figure mark already follows block offset `end`, where placeAfter would put one. By its tag name,
 * not by identity: the selection check is another script, which cannot see the page scan's OURS, and must not
 * mark a figure the scan has marked (a page that plants an <ll-claim> only hides a mark it could hide anyway).
 */
export function claimMarkAt(block: Block, end: number): boolean {
  const { node, offset } = locate(block, end);
  if (offset !== node.length) return false;
  let at: Node = node;
  for (let link = node.parentElement?.closest('a'); link && block.element.contains(link); link = link.parentElement?.closest('a')) at = link;
  return at.nextSibling?.nodeName === 'LL-CLAIM';
}

/** Takes a host off the page and joins the text it split back together. */
export function removePlaced(host: Element, rest: Text | null): void {
  const prev = host.previousSibling;
  host.remove();
  if (rest && prev instanceof Text && prev.nextSibling === rest) {
    prev.appendData(rest.data);
    rest.remove();
  }
}

/**
 * The blocks on screen, or within `margin` pixels of it, as a range of indices [first, last] of `blocks` (in
 * document order): two bisections, a few rectangles read before the scan writes anything, so at most one
 * layout. [0, -1]: none.
 */
export function visibleRange(blocks: Block[], margin = 0): [number, number] {
  const rect = (i: number) => blocks[i]!.element.getBoundingClientRect();
  const below = window.innerHeight + margin;
  // The first block whose bottom is below the top edge, then the first whose top is below the bottom edge.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rect(mid).bottom <= -margin) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rect(mid).top < below) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo - 1];
}
