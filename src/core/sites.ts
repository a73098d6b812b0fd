/**
 * The built-in news sites where badges appear without asking. manifest.json lists the same match
 * patterns (a unit test keeps the two equal); sites a reader adds are granted at runtime.
 */
import type { Settings } from './settings';

export interface Site {
  /** Registrable domain; the match pattern covers it and its subdomains. */
  host: string;
  name: string;
  /** The Fed publishes here: its words need no further Fed context. */
  fed?: boolean;
}

export const BUILTIN_SITES: readonly Site[] = [
  // First: the seed article's publisher (the demo page and the probes are served under its name).
  { host: 'odaily.news', name: 'Odaily 星球日报' },
  { host: 'federalreserve.gov', name: 'Federal Reserve', fed: true },
  { host: 'newyorkfed.org', name: 'New York Fed', fed: true },
  { host: 'reuters.com', name: 'Reuters' },
  { host: 'bloomberg.com', name: 'Bloomberg' },
  { host: 'cnbc.com', name: 'CNBC' },
  { host: 'wsj.com', name: 'The Wall Street Journal' },
  { host: 'ft.com', name: 'Financial Times' },
  { host: 'marketwatch.com', name: 'MarketWatch' },
  { host: 'finance.yahoo.com', name: 'Yahoo Finance' },
  { host: 'apnews.com', name: 'AP News' },
  { host: 'barrons.com', name: 'Barron’s' },
  { host: 'wallstreetcn.com', name: '华尔街见闻' },
  { host: 'cnyes.com', name: '鉅亨網' },
  { host: 'panewslab.com', name: 'PANews' },
  { host: 'macromicro.me', name: 'MacroMicro 財經M平方' },
];

/** `https://*.example.com/*`: the host and every subdomain, over HTTPS only (news is not read over plain http). */
export function matchPattern(host: string): string {
  return `https://*.${host}/*`;
}

/** The permission pattern for a host the reader adds: the host and its subdomains (an IP or localhost alone). */
export function patternForHost(host: string): string {
  return /^(\d{1,3}\.){3}\d{1,3}$/.test(host) || host === 'localhost' ? `https://${host}/*` : matchPattern(host);
}

/** The built-in site a hostname belongs to, if any. */
export function builtinSiteOf(hostname: string): Site | undefined {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return BUILTIN_SITES.find((s) => h === s.host || h.endsWith(`.${s.host}`));
}

/**
 * A host the reader typed or is on, reduced to a host name: "https://www.Example.com/x" → "www.example.com".
 * Null for anything that is not a plain DNS name (IPs are allowed for local testing).
 */
export function normaliseHost(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  // scheme://user@host:port/path → host (no URL parser here: the core runs without DOM or Node types)
  let host = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^[^/?#]*@/, '');
  host = host.split(/[/?#]/)[0]!.replace(/:\d*$/, '');
  host = host.replace(/\.$/, '');
  if (/^(\d{1,3}\.){3}\d{1,3}$/.test(host) || host === 'localhost') return host;
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) ? host : null;
}

/** A file of the extension as its own path ("src/content/index.js"), even when the browser gives a full URL (Firefox). */
export function extensionPath(file: string): string {
  return file.replace(/^[a-z-]+:\/\/[^/]+\//, '');
}

/** A page URL's host, lower-cased; null for anything but http(s). */
export function hostOf(url: string): string | null {
  const m = /^(?:https?):\/\/(?:[^/@]*@)?([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** Is a page's host one the reader wants badges on? */
export function siteEnabled(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  if (settings.sitesAdded.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  const site = builtinSiteOf(host);
  return !!site && !settings.sitesOff.includes(site.host);
}
