import type { SourceError } from '../result';

export function stripBom(body: string): string {
  return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
}

/**
 * Recognises the bodies that are not data at all: nothing, an HTML page (error pages, captchas and
 * maintenance notices often come with status 200) or a zip archive. Returns null for anything else.
 */
export function sniffNonData(body: string, expected: 'CSV' | 'JSON'): SourceError | null {
  if (body.trim() === '') return { kind: 'empty', message: `empty response where ${expected} was expected` };
  if (body.startsWith('PK\u0003\u0004')) {
    return { kind: 'archive', message: `a zip archive where ${expected} was expected` };
  }
  const head = stripBom(body).slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title|meta)[\s>]/.test(head)) {
    const title = /<title[^>]*>([^<]{0,120})/i.exec(body)?.[1]?.trim();
    return { kind: 'html', message: `an HTML page${title ? ` ("${title}")` : ''} where ${expected} was expected` };
  }
  return null;
}

/** JSON.parse that reports a cut-off or malformed body as a typed error instead of throwing. */
export function parseJson(body: string): { ok: true; value: unknown } | { ok: false; error: SourceError } {
  const nonData = sniffNonData(body, 'JSON');
  if (nonData) return { ok: false, error: nonData };
  try {
    return { ok: true, value: JSON.parse(stripBom(body)) as unknown };
  } catch (e) {
    const trimmed = body.trimEnd();
    const cut = !(trimmed.endsWith('}') || trimmed.endsWith(']'));
    return {
      ok: false,
      error: { kind: cut ? 'truncated' : 'format', message: `${cut ? 'JSON cut off' : 'malformed JSON'}: ${(e as Error).message.slice(0, 120)}` },
    };
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A finite number from a JSON number or numeric string; null for missing markers. */
export function numberOrNull(x: unknown): number | null {
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  if (typeof x === 'string') {
    const s = x.trim();
    if (s === '' || s === '.' || s.toLowerCase() === 'null') return null;
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
