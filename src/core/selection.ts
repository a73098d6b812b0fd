/**
 * Checking the figures of a text the reader selected, on any page: what the selection check needs that no
 * browser API is involved in. The terms a selection names (so `claims/check` can tie its figures to
 * indicators), the date its figures are read against, and the request the worker hands to the results window
 * where the page itself cannot be scripted (kept in storage.session under a key of its own, never in a URL).
 */
import type { Passage } from './article/claims';
import { PASSAGE_LIMITS } from './article/limits';
import { Analyser, type Mention } from './terms/context';
import type { IsoDate } from './types';

/**
 * The genuine mentions in each block of a selection. A shared word such as "reserves" counts when its sentence
 * or paragraph is about the Fed, else as its article is: `context` is the rest of the page's article (its other
 * blocks), read for its clues only, as a scan of the whole page would have read it.
 */
export function selectionMentions(texts: readonly string[], fedPublisher = false, context: readonly string[] = []): Mention[][] {
  const analyser = new Analyser(undefined, { fedPublisher });
  for (const t of context) analyser.read(t);
  const read = texts.map((t) => analyser.read(t));
  return read.map((r) => analyser.judge(r));
}

/** A term a figure can be tied to: topic words (the Fed, Powell) name no indicator. */
export const figureTerms = (mentions: readonly Mention[]): Passage['terms'] =>
  mentions.filter((m) => m.kind !== 'topic').map(({ start, end, kind }) => ({ start, end, kind }));

/**
 * The passages of a selection given as plain text (the context menu's `selectionText`): one per line, those
 * with a digit, each within what one `claims/check` message accepts (a longer line is cut at the limit, as the
 * reader never sees a figure past it in one block anyway).
 */
export function selectionPassages(text: string): Passage[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().slice(0, PASSAGE_LIMITS.text))
    .filter((l) => /\d/.test(l))
    .slice(0, PASSAGE_LIMITS.passages);
  const mentions = selectionMentions(lines);
  return lines.map((l, i) => ({ text: l, terms: figureTerms(mentions[i]!).slice(0, PASSAGE_LIMITS.terms) }));
}

/** The date a selection's figures are checked against: the page's article date when known, else today. */
export interface SelectionDate {
  date: IsoDate;
  /** Where the date came from: the page's own date, or today because the page gave none (or could not be read). */
  from: 'page' | 'today';
}

export function selectionDate(articleDate: IsoDate | null | undefined, today: IsoDate): SelectionDate {
  return articleDate ? { date: articleDate, from: 'page' } : { date: today, from: 'today' };
}

/** The storage.session key prefix of a results window's request. */
export const SELECTION_KEY_PREFIX = 'selection:';
/** How long a request waits for its window before it is dropped with the next one. */
export const SELECTION_TTL_MS = 60 * 60_000;
/** The longest selection kept for the window (as one claims/check message can hold). */
export const SELECTION_MAX_CHARS = PASSAGE_LIMITS.text;

/** Why the results open in a window of their own rather than on the page. */
export type SelectionWhy = 'unscriptable' | 'unread';

export interface SelectionRequest {
  /** The selected text (at most SELECTION_MAX_CHARS); empty when the browser gave none (the shortcut on a PDF). */
  text: string;
  /** The page it was selected on, to name it; never fetched. */
  pageUrl: string;
  why: SelectionWhy;
  /** When it was asked (ms since the epoch). */
  at: number;
}

export function selectionRequest(text: string | undefined, pageUrl: string | undefined, why: SelectionWhy, at: number): SelectionRequest {
  return { text: (text ?? '').slice(0, SELECTION_MAX_CHARS), pageUrl: pageUrl ?? '', why, at };
}

/** A stored request read back: the right shape, else null (storage is ours, but a newer version may have written it). */
export function parseSelectionRequest(x: unknown): SelectionRequest | null {
  const o = x as Partial<SelectionRequest> | null;
  if (typeof o !== 'object' || o === null) return null;
  if (typeof o.text !== 'string' || o.text.length > SELECTION_MAX_CHARS || typeof o.pageUrl !== 'string' || typeof o.at !== 'number') return null;
  if (o.why !== 'unscriptable' && o.why !== 'unread') return null;
  return { text: o.text, pageUrl: o.pageUrl, why: o.why, at: o.at };
}

/** The keys of requests older than SELECTION_TTL_MS among the stored items (a window never opened, or closed). */
export function staleSelectionKeys(items: Record<string, unknown>, now: number): string[] {
  return Object.entries(items)
    .filter(([k, v]) => k.startsWith(SELECTION_KEY_PREFIX) && !(now - (parseSelectionRequest(v)?.at ?? 0) < SELECTION_TTL_MS))
    .map(([k]) => k);
}

/** A request id from the page's URL (`?id=`): only what the worker writes (letters, digits, dashes). */
export function selectionIdOf(search: string): string | null {
  return /^\?(?:[^#]*&)?id=([A-Za-z0-9-]{8,64})(?:[&#]|$)/.exec(search)?.[1] ?? null;
}
