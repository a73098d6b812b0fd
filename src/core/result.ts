/**
 * Every way a source can fail, as data. Parsers and the refresh never throw for bad input:
 * they return one of these so the caller can keep the old data and say why.
 */
export type SourceErrorKind =
  | 'network' // no answer at all (offline, DNS, connection refused)
  | 'timeout' // no complete answer in time
  | 'http' // an HTTP error status, or an API error object
  | 'rate_limited' // HTTP 429
  | 'html' // an HTML page where data was expected (error page, captcha, maintenance)
  | 'empty' // an empty body, or no observations where the cache has some
  | 'truncated' // a body cut short, or one that lacks observations the cache holds
  | 'format' // not the expected shape (header, columns, JSON fields, account types)
  | 'unit' // values whose unit cannot be established or contradicts the history
  | 'archive' // a zip archive where CSV was expected
  | 'permission'; // the reader has not granted the extension access to the publisher's host

export interface SourceError {
  kind: SourceErrorKind;
  message: string;
  httpStatus?: number;
  /** Seconds the server asked us to wait (Retry-After). */
  retryAfterSec?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SourceError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function fail<T = never>(kind: SourceErrorKind, message: string, extra: Partial<SourceError> = {}): Result<T> {
  return { ok: false, error: { kind, message, ...extra } };
}
