/** When to refresh, the optional FRED API key, and notifications. */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { REFRESH_CADENCES } from '../../core/settings';
import type { SectionProps, StatusProps } from './types';

const FRED_API_ORIGIN = 'https://api.stlouisfed.org/*';

export function RefreshSection({ s, t, save, setStatus }: SectionProps & StatusProps) {
  const [key, setKey] = useState(s.fredApiKey);
  async function saveKey(e: Event) {
    e.preventDefault();
    const k = key.trim();
    if (k && !/^[a-z0-9]{32}$/i.test(k)) return setStatus(t('fredKeyInvalid'));
    if (k && !(await browser.permissions.request({ origins: [FRED_API_ORIGIN] }).catch(() => false))) return setStatus(t('permissionDenied'));
    await save({ ...s, fredApiKey: k });
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
