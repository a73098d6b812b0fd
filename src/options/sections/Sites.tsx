/** The built-in news sites on or off, and sites the reader adds (each asked for at that moment). */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isPublicSuffix } from '../../core/public-suffix';
import { BUILTIN_SITES, normaliseHost, patternForHost } from '../../core/sites';
import type { SectionProps, StatusProps } from './types';

export function SitesSection({ s, t, save, setStatus }: SectionProps & StatusProps) {
  const [host, setHost] = useState('');
  async function add(e: Event) {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return setStatus(t('siteInvalid', host));
    if (isPublicSuffix(h)) return setStatus(t('siteSuffix', h));
    // Asked for now, while the click still counts as the reader's gesture.
    const granted = await browser.permissions.request({ origins: [patternForHost(h)] }).catch(() => false);
    if (!granted) return setStatus(t('siteDenied', h));
    setHost('');
    await save({ ...s, sitesAdded: [...s.sitesAdded, h] }, t('siteAdded', h));
  }
  async function remove(h: string) {
    await browser.permissions.remove({ origins: [patternForHost(h)] }).catch(() => false);
    await save({ ...s, sitesAdded: s.sitesAdded.filter((x) => x !== h) }, t('siteRemoved', h));
  }
  return (
    <section aria-labelledby="h-sites">
      <h2 id="h-sites">{t('optSites')}</h2>
      <p class="hint">{t('optSitesHint')}</p>
      <ul class="sites">
        {BUILTIN_SITES.map((site) => (
          <li key={site.host}>
            <label>
              <input
                type="checkbox"
                data-ll-site={site.host}
                checked={!s.sitesOff.includes(site.host)}
                onChange={(e) => save({ ...s, sitesOff: e.currentTarget.checked ? s.sitesOff.filter((x) => x !== site.host) : [...s.sitesOff, site.host] })}
              />{' '}
              {site.name} <span class="muted">{site.host}</span>
            </label>
          </li>
        ))}
        {s.sitesAdded.map((h) => (
          <li key={h}>
            {h}{' '}
            <button type="button" onClick={() => remove(h)} aria-label={t('siteRemove', h)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="row">
        <label>
          {t('siteAddLabel')} <input type="text" value={host} placeholder="example.com" onInput={(e) => setHost(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('siteAdd')}</button>
      </form>
    </section>
  );
}
