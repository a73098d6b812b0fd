import type { FetchText } from '../core/refresh';

/** A publisher that has not answered completely within this time counts as failed. */
export const FETCH_TIMEOUT_MS = 30_000;

/** fetch() as text, with a timeout, no cookies and no HTTP cache; failures become typed errors. */
export const fetchText: FetchText = async (url) => {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', cache: 'no-store', signal });
  } catch (e) {
    throw signal.aborted
      ? { kind: 'timeout', message: `no answer within ${FETCH_TIMEOUT_MS / 1000} s` }
      : { kind: 'network', message: `network error: ${(e as Error).message}` };
  }
  try {
    return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    throw signal.aborted
      ? { kind: 'timeout', message: `body not complete within ${FETCH_TIMEOUT_MS / 1000} s` }
      : { kind: 'truncated', message: `connection dropped while reading the body: ${(e as Error).message}` };
  }
};
