/**
 * The options page. Every control writes the whole settings object at once (repaired first), and the page
 * follows storage changes, so two open option pages, the popup and the badges all agree without a reload.
 * Each section is its own file in sections/.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { AccessNotice } from '../ui/AccessNotice';
import { loadSettings, newerSettingsVersion, onPermissionsChange, onSettingsChange, readerLang, saveSettings, worker } from '../ui/extension';
import { HTML_LANG, useTranslator } from '../ui/i18n';
import { AheadNoticeSection } from './sections/AheadNotice';
import { BadgesSection } from './sections/Badges';
import { DataSection } from './sections/Data';
import { IndicatorsSection } from './sections/Indicators';
import { LanguageSection } from './sections/Language';
import { RefreshSection } from './sections/Refresh';
import { ShortcutsSection } from './sections/Shortcuts';
import { SitesSection } from './sections/Sites';
import { ThresholdsSection } from './sections/Thresholds';

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [newer, setNewer] = useState<number | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    const read = () => void newerSettingsVersion().then((v) => !ac.signal.aborted && setNewer(v), () => undefined);
    loadSettings().then(setS);
    read();
    onSettingsChange((next) => (setS(next), read()), ac.signal);
    const access = () => void worker.indicators().then((a) => !ac.signal.aborted && setMissing(a.access.missing), () => undefined);
    access();
    onPermissionsChange(access, ac.signal);
    return () => ac.abort();
  }, []);

  const lang = s ? readerLang(s) : null;
  const t = useTranslator(lang);
  useEffect(() => {
    if (!lang || !t) return;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = `${t('extName')} — ${t('optionsHeading')}`;
  }, [lang, t]);

  if (!s || !lang || !t) return <p aria-busy="true">…</p>;

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
      {newer !== null && (
        <p class="notice" role="alert" data-ll-settings-newer>
          {t('settingsNewer', String(newer))}
        </p>
      )}
      <AccessNotice missing={missing} t={t} />
      <IndicatorsSection s={s} t={t} lang={lang} save={save} />
      <BadgesSection s={s} t={t} save={save} />
      <SitesSection s={s} t={t} save={save} setStatus={setStatus} />
      <LanguageSection s={s} t={t} save={save} />
      <ShortcutsSection t={t} />
      <ThresholdsSection s={s} t={t} lang={lang} save={save} />
      <RefreshSection s={s} t={t} save={save} setStatus={setStatus} />
      <AheadNoticeSection s={s} t={t} lang={lang} save={save} setStatus={setStatus} />
      <DataSection s={s} t={t} save={save} setStatus={setStatus} />
    </>
  );
}
