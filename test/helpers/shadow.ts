/**
 * The badges, marks and cards live in closed shadow roots, out of the page's reach. Tests read them the
 * way DevTools does, through the Chrome DevTools Protocol, which sees closed roots: find each host, the
 * element inside it, and call a function on that element.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

/** `tag`, `.class` or `tag.class`: enough for what our shadow roots hold. */
function matches(n: DomNode, selector: string): boolean {
  const [tag, cls] = selector.split('.');
  if (tag && n.nodeName.toLowerCase() !== tag.toLowerCase()) return false;
  if (!cls) return true;
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf('class');
  return i >= 0 && attrs[i + 1]!.split(/\s+/).includes(cls);
}

function find(n: DomNode, selector: string): DomNode | null {
  if (n.nodeName !== '#document-fragment' && matches(n, selector)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const f = find(c, selector);
    if (f) return f;
  }
  return null;
}

/** Runs `fn` on the element matching `inner` inside the shadow root of each host matching `host`, in document order. */
export async function inShadow<T>(page: Page, host: string, inner: string, fn: (el: HTMLElement) => T): Promise<T[]> {
  const cdp = await cdpOf(page);
  const list = await cdp.send('Runtime.evaluate', { expression: `[...document.querySelectorAll(${JSON.stringify(host)})]` });
  const props = await cdp.send('Runtime.getProperties', { objectId: list.result.objectId!, ownProperties: true });
  const out: T[] = [];
  for (const p of props.result.filter((x) => /^\d+$/.test(x.name))) {
    const { node } = (await cdp.send('DOM.describeNode', { objectId: p.value!.objectId!, depth: -1, pierce: true })) as { node: DomNode };
    const root = node.shadowRoots?.[0];
    const target = root && find(root, inner);
    if (!target) throw new Error(`no ${inner} in the shadow root of ${host}`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId });
    const r = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: `function () { return (${fn.toString()})(this); }`, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''} in ${fn.toString()}`);
    out.push(r.result.value as T);
  }
  return out;
}

/** The text of the element matching `inner` (a pill, a mark, a card) in the first host matching `host`. */
export async function shadowText(page: Page, host: string, inner = '.pill'): Promise<string> {
  const [text] = await inShadow(page, host, inner, (e) => e.textContent ?? '');
  if (text === undefined) throw new Error(`no ${host} on the page`);
  return text;
}
