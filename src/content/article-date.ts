/**
 * What the page says about its own date, gathered for the worker, which reads the date from it
 * (core/article/date.ts): JSON-LD, <meta>, the datePublished item and the <time> of the article's header or
 * byline, the URL, and the short texts next to the headline. Only reads; a related-links list, navigation or
 * an "updated" stamp is never taken.
 */
import type { DateFacts } from '../core/article/date';

const CJK = /[\u3400-\u9fff]/g;
/** Containers of other articles' dates (related links, teasers) and of update stamps. */
const NOT_OURS = 'a, li, nav, aside, footer, [class*="related" i], [class*="recommend" i], [class*="teaser" i], [class*="promo" i], [class*="card" i]';
/**
 * An update stamp, by its class or itemprop: a whole hyphen- or underscore-separated part that says so ("updated",
 * "date-modified", "dateModified", "last_updated"), not a word that merely contains it ("text-fg-updatedMuted" is
 * Cointelegraph's colour for its publication time).
 */
const UPDATED_PART = /^(?:date|last)?(?:updated?|modified)(?:at|on|date|time)?$/i;
const UPDATED_TEXT = /updat|modif/i;
/** The parts of an element's class and itemprop that name an update stamp. */
export const stampParts = (e: Element): string[] => `${e.getAttribute('class') ?? ''} ${e.getAttribute('itemprop') ?? ''}`.split(/[\s_-]+/).filter((p) => UPDATED_PART.test(p));
const updateStamp = (t: Element) => stampParts(t).length > 0 || UPDATED_TEXT.test(t.parentElement?.textContent?.slice(0, 40) ?? '');
const DEK = '[class*="dek" i], [class*="standfirst" i], [class*="subtitle" i], [class*="summary" i], [class*="excerpt" i]';
const BYLINE = '[class*="byline" i], [class*="dateline" i], [class*="date" i], [class*="time" i], [class*="publish" i], [class*="meta" i], [class*="info" i], [class*="author" i], [class*="source" i], [id*="date" i], [rel="author"]';

function isChinese(doc: Document, h1: Element | null): boolean {
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang) return lang.startsWith('zh');
  const text = (h1?.textContent ?? doc.title).slice(0, 200);
  return (text.match(CJK)?.length ?? 0) * 2 > text.replace(/\s/g, '').length;
}

/** The headline's neighbourhood: its parent (or grandparent, when the parent holds only the headline). */
function headerOf(h1: Element | null): Element | null {
  let box = h1?.parentElement ?? null;
  if (box && box.children.length < 2 && box.parentElement && box.tagName !== 'ARTICLE') box = box.parentElement;
  return box;
}

export function dateFacts(doc: Document, roots: readonly Element[], url = location.href): DateFacts {
  // A menu's own heading ("Subscribe" in a navigation drawer) is not the article's headline.
  const headline = (s: ParentNode) => [...s.querySelectorAll('h1')].find((h) => !h.closest('nav, aside, footer, [role=navigation]'));
  const h1 = roots.map(headline).find(Boolean) ?? headline(doc) ?? null;
  const header = headerOf(h1);
  const scopes = [...new Set([header, ...roots].filter((e): e is Element => !!e))];
  const inScope = (e: Element) => scopes.some((s) => s.contains(e));
  const metas: Array<[string, string]> = [];
  for (const m of doc.querySelectorAll('meta')) {
    // An itemprop in the body belongs to its item (a teaser's, maybe): the microdata loop below reads it.
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? (m.closest('body') ? '' : m.getAttribute('itemprop')) ?? '').toLowerCase();
    const content = m.getAttribute('content') ?? m.getAttribute('value');
    // Only names that can carry a date (or say when the page was modified) travel to the worker.
    if (content && /date|time|pub|release|modif/.test(key) && metas.length < 100) metas.push([key, content]);
  }
  const times: string[] = [];
  // A microdata property belongs to its nearest item: the article's item (Blogger's BlogPosting) holds its date
  // beside the post body, outside the root.
  const ourItem = (e: Element) => {
    const item = e.parentElement?.closest('[itemscope]');
    return !!item && /Article|Posting/i.test(item.getAttribute('itemtype') ?? '') && roots.some((r) => item.contains(r));
  };
  for (const e of doc.querySelectorAll('[itemprop="datePublished"]')) {
    if (e.closest('body') && (e.closest(NOT_OURS) || !(inScope(e) || ourItem(e)))) continue;
    const v = e.getAttribute('datetime') ?? e.getAttribute('content') ?? e.getAttribute('value') ?? e.textContent;
    if (v) times.push(v);
  }
  for (const t of doc.querySelectorAll('time[datetime]')) {
    if (!inScope(t) || t.closest(NOT_OURS) || updateStamp(t)) continue;
    times.push(t.getAttribute('datetime')!);
  }
  const texts: string[] = [];
  // The few short lines around the headline (a byline, a date line), not the article's sentences nor its dek
  // (a summary line: "Dec. 10, 2025 rate cut revisited" is its topic, not its date).
  const near = header && h1 ? [...header.children].filter((c) => c !== h1 && !c.contains(h1) && !c.matches(DEK)) : [];
  for (const c of near.slice(0, 4)) {
    const t = (c.textContent ?? '').trim();
    // …nor an epigraph's attribution ("— A. Speaker, speech delivered October 14, 2025": the quote's date).
    if (!c.closest(NOT_OURS) && t.length <= 100 && !/[.。!?！？]["”’」)]*$/.test(t) && !/^[—―–]/.test(t)) texts.push(t);
  }
  for (const e of scopes.flatMap((s) => [...s.querySelectorAll(BYLINE)]).slice(0, 12)) if (!e.closest(NOT_OURS) && !e.querySelector('p')) texts.push((e.textContent ?? '').slice(0, 200));
  return {
    url,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => (s.textContent ?? '').slice(0, 200_000)),
    metas,
    times,
    texts: texts.filter((t) => /\d/.test(t)),
    chinese: isChinese(doc, h1),
  };
}
