/**
 * Is a host something a reader can add as a site, or a public suffix (co.uk, com.cn, github.io) whose
 * permission would cover everyone's sites under it? Asked of the Public Suffix List (ICANN and private
 * sections) through tldts, kept apart from core/sites.ts so that only the pages that add sites load it.
 */
import { parse } from 'tldts';

export function isPublicSuffix(host: string): boolean {
  if (/^(\d{1,3}\.){3}\d{1,3}$/.test(host) || host === 'localhost') return false;
  const p = parse(host, { allowPrivateDomains: true });
  return p.domain === null || p.publicSuffix === host;
}
