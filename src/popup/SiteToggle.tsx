/**
 * "Show badges on this site": for the tab the popup was opened on. The switch shows what really holds —
 * the site on in the settings and its host granted (a reader can restrict even a built-in site). Turning a
 * site on asks for that host only, now, while the click counts as the reader's gesture; turning an added
 * site off also gives its permission back. A public suffix (co.uk, github.io) is never asked for.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings';
import { builtinSiteOf, extensionPath, matchPattern, normaliseHost, patternForHost, siteEnabled } from '../core/sites';
import { hostToAdd } from '../core/suggested-sites';
import { onPermissionsChange, saveSettings } from '../ui/extension';
import { activeTab } from './active-tab';
import type { T } from '../ui/i18n';

type PublicSuffix = typeof import('../core/public-suffix');
// The Public Suffix List is needed only to add a site: loaded after the popup has painted, not before, and
// held ready, since Firefox grants a permission only to a request made in the click itself (no await first).
let suffixes: PublicSuffix | null = null;
const publicSuffixes = async () => (suffixes ??= await import('../core/public-suffix'));

export function SiteToggle({ settings, t }: { settings: Settings; t: T }) {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [said, setSaid] = useState('');
  const host = tab ? normaliseHost(tab.url) : null;
  const builtin = host ? builtinSiteOf(host) : undefined;
  const added = host ? settings.sitesAdded.find((h) => host === h || host.endsWith(`.${h}`)) : undefined;
  const toAdd = host && !builtin ? hostToAdd(host) : null;
  const pattern = builtin ? matchPattern(builtin.host) : host ? patternForHost(added ?? toAdd!) : null;

  useEffect(() => void activeTab.then((x) => x?.url && /^https:/.test(x.url) && setTab({ id: x.id, url: x.url })), []);
  useEffect(() => {
    if (!pattern) return;
    const ac = new AbortController();
    const check = () => void browser.permissions.contains({ origins: [pattern] }).then(setGranted, () => setGranted(false));
    check();
    onPermissionsChange(check, ac.signal);
    void publicSuffixes();
    return () => ac.abort();
  }, [pattern]);
  if (!tab || !host || granted === null) return null;
  const on = siteEnabled(settings, tab.url) && granted;

  async function enable() {
    if (!builtin && (suffixes ?? (await publicSuffixes())).isPublicSuffix(host!)) return setSaid(t('siteSuffix', host!));
    if (!granted && !(await browser.permissions.request({ origins: [pattern!] }).catch(() => false))) return setSaid(t('siteDenied', host!));
    if (builtin) await saveSettings({ ...settings, sitesOff: settings.sitesOff.filter((h) => h !== builtin.host) });
    else if (!added) await saveSettings({ ...settings, sitesAdded: [...settings.sitesAdded, toAdd!] });
    // Newly granted: badges on this tab now, without a reload (the worker registers the script for later visits).
    // From the extension's root ("/…"): Firefox resolves a bare path against the calling page.
    const js = (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []).map((f) => `/${extensionPath(f)}`);
    if (!granted) await browser.scripting.executeScript({ target: { tabId: tab!.id }, files: js }).catch(() => undefined);
    setSaid(t('siteAdded', host!));
  }

  async function disable() {
    if (builtin) await saveSettings({ ...settings, sitesOff: [...settings.sitesOff, builtin.host] });
    else {
      await saveSettings({ ...settings, sitesAdded: settings.sitesAdded.filter((h) => h !== added) });
      await browser.permissions.remove({ origins: [pattern!] }).catch(() => false);
    }
    setSaid(t('siteOff', host!));
  }

  return (
    <p class="site-toggle" data-ll-site-toggle={on ? 'on' : 'off'}>
      {on ? (
        <button type="button" class="link" onClick={disable}>
          {t('siteHide', host)}
        </button>
      ) : (
        <button type="button" class="link" onClick={enable}>
          {t('siteShow', host)}
        </button>
      )}{' '}
      <span class="muted" role="status">
        {said}
      </span>
    </p>
  );
}
