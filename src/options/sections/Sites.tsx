/** The built-in news sites on or off, and sites the reader adds (each asked for at that moment). */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isPublicSuffix } from '../../core/public-suffix';
import { BUILTIN_SITES, normaliseHost, patternForHost } from '../../core/sites';
import { suggestedSiteOf } from '../../core/suggested-sites';
import { SuggestedSites } from './SuggestedSites';
import type { SectionProps, StatusProps } from './types';

export function SitesSection({ s, t, save, setStatus }: SectionProps & StatusProps) {
  const [host, setHost] = useState('');
  /**
   * Asks for exactly these hosts' origins in one request (one prompt), then adds those not added yet; the
   * worker registers the content script for them when the settings change. Called inside the click, which
   * permissions.request needs as the reader's gesture.
   */
  async function grantAndAdd(hosts: string[], said: string): Promise<boolean> {
    const granted = await browser.permissions.request({ origins: hosts.map(patternForHost) }).catch(() => false);
    if (!granted) {
      setStatus(t('siteDenied', hosts.join(', ')));
      return false;
    }
    await save({ ...s, sitesAdded: [...s.sitesAdded, ...hosts.filter((h) => !s.sitesAdded.includes(h))] }, said);
    return true;
  }
  async function add(e: Event) {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return setStatus(t('siteInvalid', host));
    if (isPublicSuffix(h)) return setStatus(t('siteSuffix', h));
    if (await grantAndAdd([h], t('siteAdded', h))) setHost('');
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
        {s.sitesAdded.map((h) => {
          const suggested = suggestedSiteOf(h);
          return (
            <li key={h} data-ll-added={h}>
              {suggested?.hosts.includes(h) ? <>{suggested.name} <span class="muted">{h}</span></> : h}{' '}
              <button type="button" onClick={() => remove(h)} aria-label={t('siteRemove', h)}>
                {t('remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={add} class="row">
        <label>
          {t('siteAddLabel')} <input type="text" value={host} placeholder="example.com" onInput={(e) => setHost(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('siteAdd')}</button>
      </form>
      <SuggestedSites added={s.sitesAdded} t={t} grantAndAdd={grantAndAdd} />
    </section>
  );
}
