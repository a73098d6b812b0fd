/** When to refresh, the optional FRED API key, and notifications. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { REFRESH_CADENCES, validFredKey } from '../../core/settings';
import { FRED_API_ORIGIN, loadFredKey, saveFredKey } from '../../ui/extension';
import type { SectionProps, StatusProps } from './types';

export function RefreshSection({ s, t, save, setStatus }: SectionProps & StatusProps) {
  const [key, setKey] = useState('');
  useEffect(() => void loadFredKey().then(setKey), []);
  async function saveKey(e: Event) {
    e.preventDefault();
    const k = key.trim();
    if (k && !validFredKey(k)) return setStatus(t('fredKeyInvalid'));
    if (k && !(await browser.permissions.request({ origins: [FRED_API_ORIGIN] }).catch(() => false))) return setStatus(t('permissionDenied'));
    await saveFredKey(k);
    // No key, no need for FRED's API host: the permission is given back.
    if (!k) await browser.permissions.remove({ origins: [FRED_API_ORIGIN] }).catch(() => false);
    setStatus(t('saved'));
  }
  async function setNotifications(on: boolean) {
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false))) return setStatus(t('permissionDenied'));
    await save({ ...s, notifications: on });
  }
  return (
    <section aria-labelledby="h-refresh">
      <h2 id="h-refresh">{t('optRefresh')}</h2>
      <fieldset>
        <legend>{t('optCadence')}</legend>
        {REFRESH_CADENCES.map((c) => (
          <label key={c} class="radio">
            <input type="radio" name="cadence" value={c} checked={s.refresh === c} onChange={() => save({ ...s, refresh: c })} /> {t(`cadence_${c}`)}
          </label>
        ))}
      </fieldset>
      <form onSubmit={saveKey} class="row">
        <label>
          {t('fredKeyLabel')} <input type="password" autocomplete="off" spellcheck={false} value={key} size={34} onInput={(e) => setKey(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('save')}</button>
      </form>
      <p class="hint">{t('fredKeyHint')}</p>
      <label class="check">
        <input type="checkbox" checked={s.notifications} onChange={(e) => setNotifications(e.currentTarget.checked)} /> {t('notifyLabel')}
      </label>
    </section>
  );
}
