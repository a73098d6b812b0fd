/**
 * "Show badges on this site": for the tab the popup was opened on. A built-in site is switched back on;
 * any other site is asked for (that host only, now, while the click counts as the reader's gesture),
 * added to the settings (the worker registers the content script for it) and badged at once.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { siteEnabled } from '../core/page-config';
import type { Settings } from '../core/settings';
import { builtinSiteOf, normaliseHost, patternForHost } from '../core/sites';
import { saveSettings } from '../ui/extension';
import type { T } from '../ui/i18n';

export function SiteToggle({ settings, t }: { settings: Settings; t: T }) {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([x]) => x?.id !== undefined && x.url && /^https?:/.test(x.url) && setTab({ id: x.id, url: x.url }),
      () => undefined,
    );
  }, []);
  if (!tab) return null;
  const host = normaliseHost(tab.url);
  if (!host) return null;
  const on = siteEnabled(settings, tab.url);

  async function enable() {
    const builtin = builtinSiteOf(host!);
    if (builtin) {
      await saveSettings({ ...settings, sitesOff: settings.sitesOff.filter((h) => h !== builtin.host) });
      return setSaid(t('siteAdded', host!));
    }
    const granted = await browser.permissions.request({ origins: [patternForHost(host!)] }).catch(() => false);
    if (!granted) return setSaid(t('siteDenied', host!));
    await saveSettings({ ...settings, sitesAdded: [...settings.sitesAdded, host!] });
    const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    await browser.scripting.executeScript({ target: { tabId: tab!.id }, files: js }).catch(() => undefined);
    setSaid(t('siteAdded', host!));
  }

  async function disable() {
    const builtin = builtinSiteOf(host!);
    await saveSettings(builtin ? { ...settings, sitesOff: [...settings.sitesOff, builtin.host] } : { ...settings, sitesAdded: settings.sitesAdded.filter((h) => h !== host && !host!.endsWith(`.${h}`)) });
    setSaid(t('siteOff', host!));
  }

  return (
    <p class="site-toggle">
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
