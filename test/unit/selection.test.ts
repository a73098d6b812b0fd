/**
 * The selection check's pure part (core/selection.ts): the terms a selection names, read with the page's
 * article as context; the plain text of a selection made into passages; the date it is checked against; and the
 * results window's request, kept in storage.session under its own key and dropped after an hour.
 */
import { describe, expect, it } from 'vitest';
import { parseSelectionRequest, SELECTION_KEY_PREFIX, SELECTION_MAX_CHARS, SELECTION_TTL_MS, selectionDate, selectionIdOf, selectionMentions, selectionPassages, selectionRequest, staleSelectionKeys } from '../../src/core/selection';
import { readFileSync } from 'node:fs';

// The seed article (demo/seed): its own sentences.
const seed = readFileSync(new URL('../../demo/seed/000_bb5fc8af848cf247.txt', import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const january = seed.find((l) => l.startsWith('今年 1 月銀行儲備金'))!;
// What a reader might select of it: its first clause and a half, where the Fed is not named.
const selected = january.slice(0, january.indexOf('6,000 億美元') + '6,000 億美元'.length);

describe('the terms of a selection', () => {
  it('a shared word is read as the Fed’s when the article around the selection is about the Fed, not without it', () => {
    const kinds = (m: ReturnType<typeof selectionMentions>) => m[0]!.map((x) => x.kind);
    // Alone, with no Fed named in the selection: no clue, no mention.
    expect(kinds(selectionMentions([selected]))).toEqual([]);
    // With the rest of the article as context (it names the Fed throughout), the same words are the Fed's.
    expect(kinds(selectionMentions([selected], false, seed.filter((l) => l !== january)))).toEqual(['reserves', 'rrp']);
    // On the Fed's own site the publisher is the Fed.
    expect(kinds(selectionMentions([selected], true))).toEqual(['reserves', 'rrp']);
  });

  it('a plain-text selection becomes one passage per line with a digit, topic words left out', () => {
    const passages = selectionPassages(`Headline without figures\n  Fed bank reserves were $2,966 billion in the week of Oct. 1, 2025, the Fed said.  \n\n${january}`);
    expect(passages.map((p) => p.text)).toEqual(['Fed bank reserves were $2,966 billion in the week of Oct. 1, 2025, the Fed said.', january]);
    expect(passages[0]!.terms.map((t) => passages[0]!.text.slice(t.start, t.end))).toEqual(['bank reserves']);
    expect(passages.flatMap((p) => p.terms).some((t) => t.kind === 'topic')).toBe(false);
  });
});

describe('the date and the request', () => {
  it('the page’s date when known, else today, and which', () => {
    expect(selectionDate('2025-10-20', '2026-12-03')).toEqual({ date: '2025-10-20', from: 'page' });
    expect(selectionDate(null, '2026-12-03')).toEqual({ date: '2026-12-03', from: 'today' });
  });

  it('a request is kept within one message’s size, read back only in its shape, dropped after an hour', () => {
    const r = selectionRequest('x'.repeat(SELECTION_MAX_CHARS + 5), 'https://a.example/', 'unscriptable', 1000);
    expect(r.text.length).toBe(SELECTION_MAX_CHARS);
    expect(parseSelectionRequest(r)).toEqual(r);
    expect(parseSelectionRequest({ ...r, why: 'other' })).toBeNull();
    expect(parseSelectionRequest({ ...r, text: 3 })).toBeNull();
    const items = { [`${SELECTION_KEY_PREFIX}old`]: r, [`${SELECTION_KEY_PREFIX}new`]: { ...r, at: 1000 + SELECTION_TTL_MS }, [`${SELECTION_KEY_PREFIX}bad`]: 'x', other: r };
    expect(staleSelectionKeys(items, 1001 + SELECTION_TTL_MS).sort()).toEqual([`${SELECTION_KEY_PREFIX}bad`, `${SELECTION_KEY_PREFIX}old`]);
  });

  it('the window’s id comes from its address only in the form the worker writes', () => {
    expect(selectionIdOf('?id=3f1c2b9e-0d4a-4c1e-9b7a-2f5e6d7c8b9a')).toBe('3f1c2b9e-0d4a-4c1e-9b7a-2f5e6d7c8b9a');
    expect(selectionIdOf('?x=1&id=abcdefgh12')).toBe('abcdefgh12');
    expect(selectionIdOf('?id=short')).toBeNull();
    expect(selectionIdOf('?id=../../etc')).toBeNull();
    expect(selectionIdOf('')).toBeNull();
  });
});
