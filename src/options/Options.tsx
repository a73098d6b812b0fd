/**
 * The options page. Every control writes the whole settings object at once (repaired first), and the page
 * follows storage changes, so two open option pages, the popup and the badges all agree without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { validateCacheDoc } from '../core/cache';
import { seriesCsv } from '../core/export';
import { formatValue } from '../core/format';
import { GAUGE_RULES } from '../core/gauge';
import { INDICATOR_BY_ID } from '../core/indicators';
import { BADGE_DENSITIES, DEFAULT_SETTINGS, REFRESH_CADENCES, repairReport, repairSettings, type Settings } from '../core/settings';
import { BUILTIN_SITES, normaliseHost, patternForHost } from '../core/sites';
import type { Lang } from '../core/types';
import { loadSettings, onSettingsChange, readerLang, saveSettings, worker } from '../ui/extension';
import { HTML_LANG, translator, type T } from '../ui/i18n';

const FRED_API_ORIGIN = 'https://api.stlouisfed.org/*';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const ac = new AbortController();
    loadSettings().then(setS);
    onSettingsChange(setS, ac.signal);
    return () => ac.abort();
  }, []);

  const lang = s ? readerLang(s) : null;
  const t = translator(lang ?? 'en');
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = `${t('extName')} — ${t('optionsHeading')}`;
  }, [lang]);

  if (!s || !lang) return <p aria-busy="true">…</p>;

  const save = async (next: Settings, said?: string) => {
    setS(await saveSettings(next));
    setStatus(said ?? t('saved'));
  };

  return (
    <>
      <h1>
        {t('extName')} — {t('optionsHeading')}
      </h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <IndicatorsSection s={s} t={t} lang={lang} save={save} />
      <BadgesSection s={s} t={t} save={save} />
      <SitesSection s={s} t={t} save={save} setStatus={setStatus} />
      <LanguageSection s={s} t={t} save={save} />
      <ThresholdsSection s={s} t={t} lang={lang} save={save} />
      <RefreshSection s={s} t={t} save={save} setStatus={setStatus} />
      <DataSection s={s} t={t} save={save} setStatus={setStatus} />
    </>
  );
}

interface SectionProps {
  s: Settings;
  t: T;
  save: (next: Settings, said?: string) => Promise<void>;
}

function IndicatorsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
  const move = (i: number, by: -1 | 1) => {
    const list = [...s.indicators];
    const [item] = list.splice(i, 1);
    list.splice(i + by, 0, item!);
    return save({ ...s, indicators: list });
  };
  return (
    <section aria-labelledby="h-indicators">
      <h2 id="h-indicators">{t('optIndicators')}</h2>
      <p class="hint">{t('optIndicatorsHint')}</p>
      <ol class="indicator-list">
        {s.indicators.map((c, i) => {
          const label = INDICATOR_BY_ID[c.id].labels[lang];
          return (
            <li key={c.id} data-ll-option={c.id}>
              <label>
                <input type="checkbox" checked={c.enabled} onChange={(e) => save({ ...s, indicators: s.indicators.map((x) => (x.id === c.id ? { ...x, enabled: e.currentTarget.checked } : x)) })} />{' '}
                {label}
              </label>
              <span class="order">
                <button type="button" disabled={i === 0} aria-label={t('moveUp', label)} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" disabled={i === s.indicators.length - 1} aria-label={t('moveDown', label)} onClick={() => move(i, 1)}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function BadgesSection({ s, t, save }: SectionProps) {
  return (
    <section aria-labelledby="h-badges">
      <h2 id="h-badges">{t('optBadges')}</h2>
      <fieldset>
        <legend>{t('optDensity')}</legend>
        {BADGE_DENSITIES.map((d) => (
          <label key={d} class="radio">
            <input type="radio" name="density" value={d} checked={s.badgeDensity === d} onChange={() => save({ ...s, badgeDensity: d })} /> {t(`density_${d}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function SitesSection({ s, t, save, setStatus }: SectionProps & { setStatus: (x: string) => void }) {
  const [host, setHost] = useState('');
  async function add(e: Event) {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return setStatus(t('siteInvalid', host));
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

function LanguageSection({ s, t, save }: SectionProps) {
  const names: Record<Settings['language'], string> = { auto: t('langAuto'), en: 'English', zh_TW: '繁體中文', zh_CN: '简体中文' };
  return (
    <section aria-labelledby="h-lang">
      <h2 id="h-lang">{t('optLanguage')}</h2>
      <select aria-labelledby="h-lang" value={s.language} data-ll-language onChange={(e) => save({ ...s, language: e.currentTarget.value as Settings['language'] })}>
        {(Object.keys(names) as Array<Settings['language']>).map((k) => (
          <option key={k} value={k}>
            {names[k]}
          </option>
        ))}
      </select>
    </section>
  );
}

function ThresholdsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
  return (
    <section aria-labelledby="h-thresholds">
      <h2 id="h-thresholds">{t('optThresholds')}</h2>
      <p class="hint">{t('optThresholdsHint')}</p>
      <table class="thresholds">
        <tbody>
          {GAUGE_RULES.map((r) => {
            const value = s.thresholds[r.id] ?? r.threshold;
            const unit = r.unit === 'pct' ? '%' : r.unit === 'bp' ? 'bp' : lang === 'en' ? 'USD bn' : t('unitUsdBn');
            return (
              <tr key={r.id}>
                <th scope="row">
                  <label for={`th-${r.id}`}>{t(`rule_${r.id}`)}</label>
                </th>
                <td>
                  {r.op}{' '}
                  <input
                    id={`th-${r.id}`}
                    type="number"
                    step={r.unit === 'pct' ? 0.1 : 1}
                    min={r.range[0]}
                    max={r.range[1]}
                    value={value}
                    onChange={(e) => {
                      const v = e.currentTarget.valueAsNumber;
                      const thresholds = { ...s.thresholds, [r.id]: v };
                      if (!Number.isFinite(v) || v === r.threshold) delete thresholds[r.id];
                      save({ ...s, thresholds });
                    }}
                  />{' '}
                  {unit}
                </td>
                <td class="muted">{t('defaultIs', formatValue(r.threshold, r.unit, lang, { compact: true }))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => save({ ...s, thresholds: {} }, t('thresholdsReset'))}>
        {t('resetThresholds')}
      </button>
    </section>
  );
}

function RefreshSection({ s, t, save, setStatus }: SectionProps & { setStatus: (x: string) => void }) {
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

function DataSection({ s, t, save, setStatus }: SectionProps & { setStatus: (x: string) => void }) {
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
