/**
 * The publishers' hosts the reader has withheld (Chrome's site access, Firefox's permissions panel): one
 * button asks for exactly those, and the worker refreshes as soon as they are granted.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { T } from './i18n';

export function AccessNotice({ missing, t }: { missing: readonly string[]; t: T }) {
  const [said, setSaid] = useState('');
  if (!missing.length) return null;
  async function ask() {
    const granted = await browser.permissions.request({ origins: missing.map((h) => `https://${h}/*`) }).catch(() => false);
    setSaid(t(granted ? 'accessGranted' : 'permissionDenied'));
  }
  return (
    <p class="notice" role="alert" data-ll-access-missing={missing.join(' ')}>
      {t('accessMissing', missing.join(', '))}{' '}
      <button type="button" onClick={ask} data-ll-access-ask>
        {t('accessAsk')}
      </button>{' '}
      <span class="muted" role="status">
        {said}
      </span>
    </p>
  );
}
