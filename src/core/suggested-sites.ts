/**
 * Sites where this news is read, offered in the options page rather than declared in the manifest. Since
 * 0.1.0 is in the stores, a new required host would make Chrome disable every install on update until its
 * reader accepted the new warning; a suggested site asks for its own origins at the reader's click, and once
 * granted it is an added site like any other (settings.sitesAdded, a content script registered at runtime).
 *
 * This list is data: a site whose markup could not be verified is dropped by deleting its line, and nothing
 * else (tests included) depends on how many there are.
 */
import { patternForHost } from './sites';
import type { Lang } from './types';

/** How the options page groups them; each has a message `suggestGroup_<group>` in every language. */
export const SUGGESTED_GROUPS = ['macro', 'crypto', 'cryptoZh', 'markets', 'mainland', 'hktw', 'brokers'] as const;
export type SuggestedGroup = (typeof SUGGESTED_GROUPS)[number];

export interface SuggestedSite {
  /**
   * The hosts asked for, each as a built-in site's is (`https://*.host/*`: the host and its subdomains, over
   * https). A host below a registrable domain (finance.sina.com.cn, money.udn.com) is asked for alone: the
   * rest of that domain is not news about the Fed.
   */
  hosts: readonly string[];
  name: string;
  /** The language the site writes in. */
  lang: Lang;
  group: SuggestedGroup;
}

export const SUGGESTED_SITES: readonly SuggestedSite[] = [
  // Newsletters and macro blogs. Substack's newsletters live on its subdomains (a newsletter on its own
  // domain is added by hand).
  { hosts: ['substack.com'], name: 'Substack newsletters', lang: 'en', group: 'macro' },
  // Crypto-macro.
  { hosts: ['coindesk.com'], name: 'CoinDesk', lang: 'en', group: 'crypto' },
  { hosts: ['theblock.co'], name: 'The Block', lang: 'en', group: 'crypto' },
  { hosts: ['cointelegraph.com'], name: 'Cointelegraph', lang: 'en', group: 'crypto' },
  // Left out until a real article page of theirs is held in test/fixtures/real/sites (none was found, issue 22):
  // Wolf Street, ZeroHedge (macro); 律动 BlockBeats, Foresight News, 链捕手 ChainCatcher (crypto, in Chinese);
  // Investing.com, ForexLive, FXStreet (markets and FX).
  // Mainland finance portals and wires (cls.cn, jin10.com, yicai.com, caixin.com and 21jingji.com left out, as
  // above; test/fixtures/real/SOURCES.md says where each was looked for).
  { hosts: ['finance.sina.com.cn'], name: '新浪财经', lang: 'zh_CN', group: 'mainland' },
  // Taiwan and Hong Kong (etnet.com.hk left out, as above).
  { hosts: ['money.udn.com'], name: '經濟日報', lang: 'zh_TW', group: 'hktw' },
  { hosts: ['ctee.com.tw'], name: '工商時報', lang: 'zh_TW', group: 'hktw' },
  { hosts: ['hkej.com'], name: '信報', lang: 'zh_TW', group: 'hktw' },
  { hosts: ['hket.com'], name: '香港經濟日報', lang: 'zh_TW', group: 'hktw' },
  { hosts: ['stheadline.com'], name: '星島頭條', lang: 'zh_TW', group: 'hktw' },
  // Brokers' news: Longbridge (lbkrs.com) and Futu (futunn.com) left out until their article markup is verified.
];

/** Exactly the origins a suggested site asks for, as the permission request and the registered script use them. */
export function suggestedOrigins(site: SuggestedSite): string[] {
  return site.hosts.map(patternForHost);
}

/** Added already: every one of its hosts is in the reader's added sites. */
export function suggestedAdded(site: SuggestedSite, sitesAdded: readonly string[]): boolean {
  return site.hosts.every((h) => sitesAdded.includes(h));
}

/** The suggested sites of each group, in the list's order; a group left empty by pruning is left out. */
export function suggestedByGroup(sites: readonly SuggestedSite[] = SUGGESTED_SITES): Array<{ group: SuggestedGroup; sites: SuggestedSite[] }> {
  return SUGGESTED_GROUPS.map((group) => ({ group, sites: sites.filter((s) => s.group === group) })).filter((g) => g.sites.length > 0);
}

/** The suggested site a host name belongs to (one of its hosts, or below one), if any. */
export function suggestedSiteOf(hostname: string, sites: readonly SuggestedSite[] = SUGGESTED_SITES): SuggestedSite | undefined {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((s) => s.hosts.some((x) => h === x || h.endsWith(`.${x}`)));
}

/**
 * The host to add for a page the reader switches badges on from the popup: a suggested site's own host when the
 * page is on one (www.coindesk.com → coindesk.com, so the options page shows that site added), else the page's.
 */
export function hostToAdd(hostname: string, sites: readonly SuggestedSite[] = SUGGESTED_SITES): string {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return suggestedSiteOf(h, sites)?.hosts.find((x) => h === x || h.endsWith(`.${x}`)) ?? h;
}
