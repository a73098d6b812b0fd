/**
 * A refresh whose result could not be saved (refresher.ts keeps the previous data), as the popup says it. The
 * worker keeps the kind and its figures in storage.session, not a sentence, so the notice reads in the popup's
 * language; what the browser itself said when it refused the write is kept word for word, as a detail.
 */
import { msg } from './messages';
import type { WriteCheck } from './quota';
import type { Lang } from './types';

/** `quota`: it would not fit storage.local's quota (checked before writing); `refused`: the browser refused the write. */
export type NotSavedKind = 'quota' | 'refused';

/** What storage.session holds under `notSaved`. */
export interface NotSavedRecord {
  at: string;
  kind: NotSavedKind;
  /** For `quota`: the document's megabytes, with the rest of storage, and the quota's (two decimals). */
  mb?: [string, string, string];
  /** For `refused`: the browser's own message. */
  detail?: string;
}

/** As the answer carries it: the reason in the reader's language, the browser's words apart (null for quota). */
export interface NotSavedNotice {
  at: string;
  kind: NotSavedKind;
  reason: string;
  detail: string | null;
}

const mb = (n: number) => (n / 1_048_576).toFixed(2);

export function notSavedOverQuota(check: Extract<WriteCheck, { ok: false }>, at: string): NotSavedRecord {
  return { at, kind: 'quota', mb: [mb(check.bytes), mb(check.total), mb(check.quota)] };
}

export function notSavedRefused(error: unknown, at: string): NotSavedRecord {
  return { at, kind: 'refused', detail: error instanceof Error ? error.message : String(error) };
}

const isMb = (x: unknown): x is [string, string, string] => Array.isArray(x) && x.length === 3 && x.every((s) => typeof s === 'string' && /^\d+\.\d\d$/.test(s));

/** The stored record, or null when there is none or it is not one this version wrote. */
export function readNotSaved(x: unknown): NotSavedRecord | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Partial<NotSavedRecord>;
  if (typeof r.at !== 'string') return null;
  if (r.kind === 'quota' && isMb(r.mb)) return { at: r.at, kind: 'quota', mb: r.mb };
  if (r.kind === 'refused' && typeof r.detail === 'string') return { at: r.at, kind: 'refused', detail: r.detail };
  return null;
}

export function notSavedNotice(r: NotSavedRecord, lang: Lang): NotSavedNotice {
  return r.kind === 'quota'
    ? { at: r.at, kind: r.kind, reason: msg(lang, 'notSaved_quota', ...(r.mb ?? ['?', '?', '?'])), detail: null }
    : { at: r.at, kind: r.kind, reason: msg(lang, 'notSaved_refused'), detail: r.detail ?? '' };
}
