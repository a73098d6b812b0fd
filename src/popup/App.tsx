import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { HEAVY_NET_BN } from '../core/ahead/heavy';
import type { Settings } from '../core/settings';
import { isIndicatorId, type IndicatorId } from '../core/types';
import { AccessNotice } from '../ui/AccessNotice';
import { loadSettings, nyDate, onCacheChange, onPermissionsChange, onSettingsChange, preparedAnswer, readerLang, worker } from '../ui/extension';
import { HTML_LANG, likelyLang, timeAgo, useTranslator } from '../ui/i18n';
import { Ahead } from './Ahead';
import { ArticleBar } from './ArticleBar';
import { Card } from './Card';
import { keepCopy, popupCopy } from './first-paint-copy';
import { GaugePanel } from './Gauge';
import { LazyChart, LazySofrDistribution, loadChart, WITH_DISTRIBUTION } from './LazyChart';
import { SiteToggle } from './SiteToggle';
import { CheckSelection } from './CheckSelection';

/** The newest successful fetch of any source, else null (still on the bundled snapshot). */
function lastFetched(a: IndicatorsAnswer): string | null {
  const live = a.sources.filter((s) => s.origin === 'live' && s.lastSuccessAt).map((s) => s.lastSuccessAt!);
  return live.sort().pop() ?? null;
}

/** An answer as text without its computing time, to see whether two answers say the same. */
const sameAnswerKey = (a: IndicatorsAnswer) => JSON.stringify({ ...a, computedAt: '' });

/** The newest observation date of any indicator: an article on or after it has nothing older to show. */
function newestObservation(a: IndicatorsAnswer | null): string | null {
  return a?.indicators.reduce<string | null>((m, i) => (i.asOf && (!m || i.asOf > m) ? i.asOf : m), null) ?? null;
}

// ?open=<id> opens that indicator's chart (a link from elsewhere, and the benchmark): its series and the chart's
// code are asked for at once, in the language the popup most likely reads (the same request later is shared),
// and the series first — the first numbers can come from the prepared answer, the chart only from the worker.
const openAtStart = ((id) => (isIndicatorId(id) ? id : null))(new URLSearchParams(location.search).get('open'));
if (openAtStart) {
  void worker.series(openAtStart, likelyLang()).catch(() => undefined);
  void loadChart().catch(() => undefined);
}
// Asked for at once, beside the settings and the messages: the worker knows the reader's language itself.
let early: Promise<IndicatorsAnswer> | null = worker.indicators();
// The settings too: an effect would ask only after the first frame.
const settingsAtStart = loadSettings();
// What the worker last answered for today, painted first if the worker's own answer is not in yet.
let prepared: Promise<IndicatorsAnswer | null> | null = preparedAnswer().catch(() => null);

/** `onShown`: called once, before the paint, when the popup first has numbers (or a failure) to show. */
export function App({ onShown }: { onShown?: () => void } = {}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [answer, setAnswer] = useState<IndicatorsAnswer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [open, setOpen] = useState<IndicatorId | null>(openAtStart);
  const [online, setOnline] = useState(navigator.onLine);
  // The article's date when the reader chose "as of this article's date"; null: today.
  const [asOf, setAsOf] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  // The worker's own answer for today, once painted: what the next popup's first paint copies.
  const [fresh, setFresh] = useState<IndicatorsAnswer | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    settingsAtStart.then((s) => {
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
  const t = useTranslator(lang);

  useEffect(() => {
    if (!lang || !t) return;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = t('extName');
  }, [lang, t]);

  useEffect(() => {
    if (!lang) return;
    const ac = new AbortController();
    const take = asOf ? null : early;
    const guess = asOf ? null : prepared;
    early = prepared = null;
    let live = false;
    let shownGuess: string | null = null;
    guess?.then((p) => {
      if (!p || p.lang !== lang || live || ac.signal.aborted) return;
      performance.mark('ll-prepared');
      shownGuess = sameAnswerKey(p);
      setAnswer(p);
    });
    const load = (first?: Promise<IndicatorsAnswer> | null): Promise<unknown> =>
      (first ?? worker.indicators(lang, asOf)).then(
        (a) => {
          if (a.lang !== lang) return load(); // settings changed in between: ask again
          if (!performance.getEntriesByName('ll-answer').length) performance.mark('ll-answer');
          live = true;
          if (!asOf && !ac.signal.aborted) setFresh(a);
          // The worker said what the popup already shows: nothing to draw again.
          if (shownGuess !== null && shownGuess === sameAnswerKey(a)) return (shownGuess = null);
          shownGuess = null;
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

  const shown = !!t && (!!answer || !!failed);
  useLayoutEffect(() => {
    if (shown) onShown?.();
  }, [shown]);

  useEffect(() => {
    if (!fresh || !t || !lang || !settings || fresh.lang !== lang) return;
    const ids = settings.indicators.filter((c) => c.enabled).map((c) => c.id);
    // After the paint, off the way of the next frame.
    const later = setTimeout(() => keepCopy(popupCopy(fresh, ids, lang, HTML_LANG[lang], t, nyDate(Date.parse(fresh.computedAt)))), 0);
    return () => clearTimeout(later);
  }, [fresh, t, lang, settings]);

  async function refresh() {
    if (!lang) return;
    setRefreshing(true);
    try {
      const refreshed = await worker.refresh(lang);
      if (!asOf) setFresh(refreshed);
      setAnswer(asOf ? await worker.indicators(lang, asOf) : refreshed);
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
  // Until the reader's messages are in (a few ms, beside the worker's answer), only the shape of the popup.
  if (!t) return <div class="cards" aria-busy="true" />;

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
      {answer?.notSaved && (
        <p class="notice" role="alert" data-ll-not-saved>
          {t('notSaved', timeAgo(answer.notSaved.at, now, lang ?? 'en') ?? answer.notSaved.at, answer.notSaved.reason)}
          {answer.notSaved.detail && <span data-ll-not-saved-detail> {t('notSaved_detail', answer.notSaved.detail)}</span>}
        </p>
      )}
      {settings && <ArticleBar t={t} asOf={asOf} onAsOf={setAsOf} newest={newestObservation(answer)} />}
      <GaugePanel answer={answer} t={t} />
      <div class="cards" aria-busy={!answer} onPointerOver={() => void loadChart().catch(() => undefined)}>
        {enabled.map((id) => {
          const i = byId.get(id);
          if (!i || !lang) return <div key={id} class="card placeholder" data-ll-card-placeholder={id} aria-hidden="true" />;
          return (
            <div key={id}>
              <Card indicator={i} lang={lang} t={t} open={open === id} onToggle={() => setOpen(open === id ? null : id)} />
              {open === id && <LazyChart indicator={i} others={answer!.indicators.filter((o) => o.id !== id)} heavyBn={settings?.aheadThresholdBn ?? HEAVY_NET_BN} lang={lang} t={t} />}
              {open === id && WITH_DISTRIBUTION.has(id) && <LazySofrDistribution lang={lang} t={t} />}
            </div>
          );
        })}
        {settings && !enabled.length && <p class="muted">{t('noIndicators')}</p>}
      </div>
      {answer && lang && <Ahead lang={lang} t={t} />}
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
      {settings && <CheckSelection t={t} />}
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
