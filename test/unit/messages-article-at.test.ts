/** claims/check's articleAt, as the worker accepts it from a content script (an untrusted page's). */
import { describe, expect, it, vi } from 'vitest';

// The worker's modules reach for the browser when loaded; parsing a request needs none of it.
vi.mock('webextension-polyfill', () => {
  const any: unknown = new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : any), apply: () => any });
  return { default: any };
});
const { parseRequest } = await import('../../src/background/messages');

describe('claims/check with the article’s instant', () => {
  const base = { type: 'claims/check', articleDate: '2025-10-23', passages: [] };

  it('carries an instant as ArticleDate.at writes it, and nothing else', () => {
    expect(parseRequest({ ...base, articleAt: '2025-10-23T14:00:00.000Z' })).toEqual({ ...base, articleAt: '2025-10-23T14:00:00.000Z' });
    expect(parseRequest(base)).toEqual(base);
    expect(parseRequest({ ...base, articleAt: undefined })).toEqual(base);
    for (const bad of ['2025-10-23', '2025-10-23T10:00:00-04:00', '2025-13-40T99:00:00.000Z', 1761228000000, 'x'.repeat(5000)]) expect(parseRequest({ ...base, articleAt: bad }), String(bad)).toBeNull();
  });
});
