/**
 * Chrome's storage.local quota, counted as Chrome counts it, so a write that would not fit is refused
 * before it is made (with its reason) instead of failing half-way through a refresh.
 */

/** storage.local.QUOTA_BYTES in Chrome without the unlimitedStorage permission: 10 MB. */
export const STORAGE_LOCAL_QUOTA_BYTES = 10_485_760;

/** UTF-8 length of a string (the core has no TextEncoder: it runs on no particular platform). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair is one four-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes one stored item takes: its key's length plus the UTF-8 JSON of its value (Chrome's own measure). */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');
}

/** Bytes of everything stored except `key` (the item about to be replaced). */
export function bytesBesides(stored: Record<string, unknown>, key: string): number {
  let total = 0;
  for (const [k, v] of Object.entries(stored)) if (k !== key) total += itemBytes(k, v);
  return total;
}

export type WriteCheck = { ok: true; bytes: number; total: number } | { ok: false; bytes: number; total: number; quota: number; reason: string };

/** Whether writing `value` under `key` fits the quota beside `otherBytes` already stored, and why not. */
export function checkWrite(key: string, value: unknown, otherBytes: number, quota = STORAGE_LOCAL_QUOTA_BYTES): WriteCheck {
  const bytes = itemBytes(key, value);
  const total = bytes + otherBytes;
  if (total <= quota) return { ok: true, bytes, total };
  const mb = (n: number) => (n / 1_048_576).toFixed(2);
  return { ok: false, bytes, total, quota, reason: `the ${key} document would take ${mb(bytes)} MB, ${mb(total)} MB with the rest of storage, over the ${mb(quota)} MB storage quota: the refresh was not saved and the previous data are kept` };
}
