/** Export of the cached series and of the settings, import, clearing the cache, resetting everything. */
import browser from 'webextension-polyfill';
import { validateCacheDoc } from '../../core/cache';
import { seriesCsv } from '../../core/export';
import { DEFAULT_SETTINGS, repairReport, repairSettings } from '../../core/settings';
import { worker } from '../../ui/extension';
import type { SectionProps, StatusProps } from './types';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ s, t, save, setStatus }: SectionProps & StatusProps) {
  async function exportCsv() {
    const checked = validateCacheDoc((await browser.storage.local.get('cache')).cache);
    if (!checked.ok) return setStatus(t('exportNothing'));
    download(`liquidity-lens-series-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv', seriesCsv(checked.doc));
  }
  async function importJson(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setStatus(t('importBad', file.name));
    }
    const repaired = repairReport(parsed);
    await save(repairSettings(parsed), repaired.length ? t('importRepaired', repaired.join(', ')) : t('imported'));
  }
  async function clear() {
    if (!confirm(t('clearConfirm'))) return;
    await worker.clearCache();
    setStatus(t('cacheCleared'));
  }
  return (
    <section aria-labelledby="h-data">
      <h2 id="h-data">{t('optData')}</h2>
      <div class="row">
        <button type="button" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        <button type="button" onClick={() => download('liquidity-lens-settings.json', 'application/json', `${JSON.stringify(s, null, 2)}\n`)}>
          {t('exportSettings')}
        </button>
        <label class="file">
          {t('importSettings')} <input type="file" accept="application/json,.json" onChange={importJson} />
        </label>
      </div>
      <div class="row">
        <button type="button" onClick={clear}>
          {t('clearCache')}
        </button>
        <button type="button" onClick={() => save({ ...DEFAULT_SETTINGS, indicators: DEFAULT_SETTINGS.indicators.map((c) => ({ ...c })) }, t('settingsReset'))}>
          {t('resetAll')}
        </button>
      </div>
    </section>
  );
}
