import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import type { Settings } from '../core/settings';
import { isIndicatorId, type IndicatorId } from '../core/types';
import { AccessNotice } from '../ui/AccessNotice';
import { loadSettings, onCacheChange, onPermissionsChange, onSettingsChange, readerLang, worker } from '../ui/extension';
import { HTML_LANG, timeAgo, translator } from '../ui/i18n';
import { ArticleBar } from './ArticleBar';
import { Card } from './Card';
import { Chart } from './Chart';
import { GaugePanel } from './Gauge';
import { SiteToggle } from './SiteToggle';

/** The newest successful fetch of any source, else null (still on the bundled snapshot). */
function lastFetched(a: IndicatorsAnswer): string | null {
  const live = a.sources.filter((s) => s.origin === 'live' && s.lastSuccessAt).map((s) => s.lastSuccessAt!);
  return live.sort().pop() ?? null;
}

/** The newest observation date of any indicator: an article on or after it has nothing older to show. */
function newestObservation(a: IndicatorsAnswer | null): string | null {
  return a?.indicators.reduce<string | null>((m, i) => (i.asOf && (!m || i.asOf > m) ? i.asOf : m), null) ?? null;
}

// Asked for at once, beside the settings: the worker knows the reader's language itself.
let early: Promise<IndicatorsAnswer> | null = worker.indicators();

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [answer, setAnswer] = useState<IndicatorsAnswer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  // ?open=<id> opens that indicator's chart (a link from elsewhere, and the benchmark).
  const [open, setOpen] = useState<IndicatorId | null>(() => {
    const id = new URLSearchParams(location.search).get('open');
    return isIndicatorId(id) ? id : null;
  });
  const [online, setOnline] = useState(navigator.onLine);
  // The article's date when the reader chose "as of this article's date"; null: today.
  const [asOf, setAsOf] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const ac = new AbortController();
    loadSettings().then((s) => {
      performance.mark('ll-settings');
      setSettings(s);
    }, () => setFailed('settings'));
    onSettingsChange(setSettings, ac.signal);
    addEventListener('online', () => setOnline(true), { signal: ac.signal });
    addEventListener('offline', () => setOnline(false), { signal: ac.signal });
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    ac.signal.addEventListener('abort', () => clearInterval(tick));
    return () => ac.abort();
  }, []);

  const lang = settings ? readerLang(settings) : null;
  const t = translator(lang ?? 'en');

  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = t('extName');
    const ac = new AbortController();
    // An open chart's series is asked for now, beside the indicators, not after them.
    if (open) void worker.series(open, lang).catch(() => undefined);
    const take = asOf ? null : early;
    early = null;
    const load = (first?: Promise<IndicatorsAnswer> | null): Promise<unknown> =>
      (first ?? worker.indicators(lang, asOf)).then(
        (a) => {
          if (a.lang !== lang) return load(); // settings changed in between: ask again
          if (!performance.getEntriesByName('ll-answer').length) performance.mark('ll-answer');
          return !ac.signal.aborted && (setAnswer(a), setFailed(null));
        },
        (e: unknown) => !ac.signal.aborted && setFailed(String(e)),
      );
    load(take);
    onCacheChange(() => {
      worker.forgetSeries();
      load();
    }, ac.signal);
    onPermissionsChange(() => load(), ac.signal);
    return () => ac.abort();
  }, [lang, asOf, JSON.stringify(settings?.thresholds)]);

  async function refresh() {
    if (!lang) return;
    setRefreshing(true);
    try {
      const fresh = await worker.refresh(lang);
      setAnswer(asOf ? await worker.indicators(lang, asOf) : fresh);
      setFailed(null);
    } catch (e) {
      setFailed(String(e));
    } finally {
      setRefreshing(false);
    }
  }

  const enabled = settings?.indicators.filter((c) => c.enabled).map((c) => c.id) ?? [];
  const byId = new Map(answer?.indicators.map((i) => [i.id, i]));
  const fetched = answer ? lastFetched(answer) : null;
  const ago = timeAgo(fetched, now, lang ?? 'en');

  return (
    <>
      <header class="top">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {!online && (
        <p class="notice" role="status">
          {t('offlineNotice')}
        </p>
      )}
      {failed && !answer && (
        <p class="notice" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {answer && <AccessNotice missing={answer.access.missing} t={t} />}
      {settings && <ArticleBar t={t} asOf={asOf} onAsOf={setAsOf} newest={newestObservation(answer)} />}
      <GaugePanel answer={answer} t={t} />
      <div class="cards" aria-busy={!answer}>
        {enabled.map((id) => {
          const i = byId.get(id);
          if (!i || !lang) return <div key={id} class="card placeholder" data-ll-card-placeholder={id} aria-hidden="true" />;
          return (
            <div key={id}>
              <Card indicator={i} lang={lang} t={t} open={open === id} onToggle={() => setOpen(open === id ? null : id)} />
              {open === id && <Chart indicator={i} others={answer!.indicators.filter((o) => o.id !== id)} lang={lang} t={t} />}
            </div>
          );
        })}
        {settings && !enabled.length && <p class="muted">{t('noIndicators')}</p>}
      </div>
      <footer class="foot">
        <span class="muted" data-ll-updated>
          {answer ? (ago ? t('updatedAgo', ago) : t('snapshotOnly', answer.snapshot?.builtAt.slice(0, 10) ?? '—')) : ''}
        </span>
        {refreshing && <progress aria-label={t('refreshing')} />}
        <button type="button" onClick={refresh} disabled={refreshing || !lang} aria-busy={refreshing}>
          {refreshing ? t('refreshing') : t('refresh')}
        </button>
      </footer>
      {settings && <SiteToggle settings={settings} t={t} />}
      {answer && (
        <details class="sources">
          <summary>{t('sourcesHeading')}</summary>
          <ul>
            {answer.sources.map((s) => (
              <li key={s.provider} data-status={s.status}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.name}
                </a>{' '}
                — {t(s.status === 'ok' ? 'statusOk' : s.status === 'stale' ? 'stale' : 'statusError')}
                {s.lastGoodDate && `, ${t('lastGood', s.lastGoodDate)}`}
                {s.reason && <div class="muted">{s.reason}</div>}
              </li>
            ))}
          </ul>
          <p class="muted" data-ll-fred-notice>
            {t('fredNotice')}
          </p>
        </details>
      )}
    </>
  );
}
