/**
 * The suggested sites are data the lead prunes (a site whose markup could not be verified is deleted): these
 * tests hold for any list, of any length, and check what each entry must be, not which entries there are.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/messages';
import { isPublicSuffix } from '../../src/core/public-suffix';
import { BUILTIN_SITES, builtinSiteOf, normaliseHost, siteEnabled } from '../../src/core/sites';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings';
import { SUGGESTED_GROUPS, SUGGESTED_SITES, suggestedAdded, suggestedByGroup, suggestedOrigins, suggestedSiteOf, hostToAdd, type SuggestedSite } from '../../src/core/suggested-sites';
import { LANGS } from '../../src/core/types';

const manifest = (await import('../../manifest.json', { with: { type: 'json' } })).default as any;
const hosts = SUGGESTED_SITES.flatMap((s) => s.hosts);

describe('each suggested site', () => {
  it('is a plain host name, not a public suffix, named, in a known group and language', () => {
    expect(SUGGESTED_SITES.length).toBeGreaterThan(0);
    for (const s of SUGGESTED_SITES) {
      expect(s.hosts.length, s.name).toBeGreaterThan(0);
      expect(s.name.trim(), s.hosts[0]).not.toBe('');
      expect(SUGGESTED_GROUPS).toContain(s.group);
      expect(LANGS).toContain(s.lang);
      for (const h of s.hosts) {
        expect(normaliseHost(h), h).toBe(h);
        expect(isPublicSuffix(h), h).toBe(false);
      }
    }
  });

  it('appears once, and is neither a built-in site nor under or above one (those need no asking)', () => {
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const h of hosts) {
      expect(builtinSiteOf(h), h).toBeUndefined();
      expect(BUILTIN_SITES.filter((b) => b.host.endsWith(`.${h}`)).map((b) => b.host), h).toEqual([]);
      // No suggested host is under another's: one would be asked for twice.
      expect(hosts.filter((x) => x !== h && h.endsWith(`.${x}`)), h).toEqual([]);
    }
  });

  it('is no required host of the manifest: it arrives by the reader’s click, never by an update', () => {
    const required: string[] = [...manifest.host_permissions, ...manifest.content_scripts.flatMap((c: any) => c.matches)];
    for (const s of SUGGESTED_SITES) for (const o of suggestedOrigins(s)) expect(required, o).not.toContain(o);
  });

  it('asks for its hosts and their subdomains over https, and a subdomain site for that subdomain only', () => {
    expect(suggestedOrigins({ hosts: ['substack.com'], name: 'x', lang: 'en', group: 'macro' })).toEqual(['https://*.substack.com/*']);
    const sina: SuggestedSite = { hosts: ['finance.sina.com.cn'], name: '新浪财经', lang: 'zh_CN', group: 'mainland' };
    expect(suggestedOrigins(sina)).toEqual(['https://*.finance.sina.com.cn/*']);
    // Once added, badges follow on that subdomain and below it, not on the rest of sina.com.cn.
    const settings = { ...DEFAULT_SETTINGS, sitesAdded: ['finance.sina.com.cn'] };
    expect(siteEnabled(settings, 'https://finance.sina.com.cn/roll/2025-10-20/doc.shtml')).toBe(true);
    expect(siteEnabled(settings, 'https://news.finance.sina.com.cn/x')).toBe(true);
    expect(siteEnabled(settings, 'https://sports.sina.com.cn/x')).toBe(false);
    for (const s of SUGGESTED_SITES) for (const o of suggestedOrigins(s)) expect(o).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('has its group’s name in every language', () => {
    for (const lang of LANGS) for (const { group } of suggestedByGroup()) expect(catalogue(lang)[`suggestGroup_${group}`]?.message, `${lang} ${group}`).toBeTruthy();
    for (const lang of LANGS) for (const g of SUGGESTED_GROUPS) expect(catalogue(lang)[`suggestGroup_${g}`], `${lang} ${g}`).toBeDefined();
  });
});

describe('the groups and the added state', () => {
  const a: SuggestedSite = { hosts: ['a.example'], name: 'A', lang: 'en', group: 'macro' };
  const b: SuggestedSite = { hosts: ['b.example', 'news.b2.example'], name: 'B', lang: 'en', group: 'macro' };
  const c: SuggestedSite = { hosts: ['c.example'], name: 'C', lang: 'zh_TW', group: 'hktw' };

  it('groups in the groups’ order, every site once, leaving out a group pruned empty', () => {
    expect(suggestedByGroup([c, a, b]).map((g) => [g.group, g.sites.map((s) => s.name)])).toEqual([
      ['macro', ['A', 'B']],
      ['hktw', ['C']],
    ]);
    expect(suggestedByGroup().flatMap((g) => g.sites)).toHaveLength(SUGGESTED_SITES.length);
    expect(suggestedByGroup([])).toEqual([]);
  });

  it('is added only when every host of the site is, and is found from any host under it', () => {
    expect(suggestedAdded(b, ['b.example'])).toBe(false);
    expect(suggestedAdded(b, ['news.b2.example', 'x', 'b.example'])).toBe(true);
    expect(suggestedSiteOf('WWW.News.B2.example.', [a, b, c])).toBe(b);
    expect(suggestedSiteOf('b2.example', [a, b, c])).toBeUndefined();
  });

  it('the popup’s switch adds the suggested site’s own host for a page under it, else the page’s host', () => {
    expect(hostToAdd('www.News.B2.example', [a, b, c])).toBe('news.b2.example');
    expect(hostToAdd('b.example', [a, b, c])).toBe('b.example');
    expect(hostToAdd('b2.example', [a, b, c])).toBe('b2.example');
    expect(hostToAdd('elsewhere.example.org', [a, b, c])).toBe('elsewhere.example.org');
  });

  it('an added suggested site is an added site like any other: kept by the settings’ repair', () => {
    const added = SUGGESTED_SITES.flatMap((s) => s.hosts);
    expect(repairSettings({ ...DEFAULT_SETTINGS, sitesAdded: added }).sitesAdded).toEqual(added);
  });
});
