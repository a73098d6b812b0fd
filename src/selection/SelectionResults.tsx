/**
 * The results window of a selection check, for a page that cannot show marks itself (the browser's PDF viewer,
 * the stores, chrome:// and about: pages) or whose selection could not be read there. The worker leaves the
 * selected text in storage.session under this window's request id (`?id=`, never the text itself); this page
 * reads its terms with the same reader as the content script, asks `claims/check` against today's data (no
 * page date can be read here, and the page says so), and lists each figure as written, its verdict, the data
 * and date that decided, and the source.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ClaimsAnswer } from '../core/article/claims-answer';
import { parseSelectionRequest, SELECTION_KEY_PREFIX, selectionIdOf, selectionPassages, type SelectionRequest } from '../core/selection';
import { loadSettings, nyDate, readerLang } from '../ui/extension';
import { HTML_LANG, useTranslator } from '../ui/i18n';
import type { Lang } from '../core/types';

type Loaded = { request: SelectionRequest; answer: ClaimsAnswer | null; today: string } | { gone: true };

async function load(lang: Lang): Promise<Loaded> {
  const id = selectionIdOf(location.search);
  const key = SELECTION_KEY_PREFIX + (id ?? '');
  const request = id ? parseSelectionRequest((await browser.storage.session.get(key))[key]) : null;
  if (!request) return { gone: true };
  const today = nyDate(Date.now());
  const passages = selectionPassages(request.text);
  const answer = passages.length
    ? ((await browser.runtime.sendMessage({ type: 'claims/check', articleDate: today, passages, lang })) as ClaimsAnswer)
    : null;
  return { request, answer, today };
}

export function SelectionResults() {
  const [lang, setLang] = useState<Lang | null>(null);
  const [got, setGot] = useState<Loaded | null>(null);
  useEffect(() => void loadSettings().then((s) => setLang(readerLang(s))), []);
  useEffect(() => {
    if (lang) void load(lang).then(setGot, () => setGot({ gone: true }));
  }, [lang]);
  const t = useTranslator(lang);
  useEffect(() => {
    if (!lang || !t) return;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = `${t('extName')} — ${t('selectionWindowTitle')}`;
  }, [lang, t]);
  if (!t || !got) return <p aria-busy="true">…</p>;
  if ('gone' in got) return <p data-ll-selection-gone>{t('selectionGone')}</p>;
  const { request, answer, today } = got;
  const claims = answer?.claims ?? [];
  return (
    <>
      <h1>{t('selectionWindowTitle')}</h1>
      <p class="muted" data-ll-selection-why={request.why}>
        {t(`selectionWhy_${request.why}`)}
        {request.pageUrl ? ` ${t('selectionFrom', request.pageUrl)}` : ''}
      </p>
      {!request.text.trim() ? (
        <p data-ll-selection-empty>{t('selectionEmpty')}</p>
      ) : (
        <>
          <p data-ll-selection-date={today}>{t('selectionDateToday', today)}</p>
          {claims.length ? (
            <ol data-ll-selection-results>
              {claims.map((c) => (
                <li data-ll-indicator={c.target} data-ll-verdict={c.verdict} data-ll-claimed={c.value} data-ll-actual={c.actual} data-ll-asof={c.asOf}>
                  <span class="figure">{c.text}</span> <span class={`verdict-${c.verdict}`}>{c.display.verdict}</span> · {c.display.name}
                  {[c.display.readAs, c.display.data, c.display.difference, c.display.window, c.display.range, c.display.lastAt, c.display.elsewhen].map((line) => (line ? <span class="row">{line}</span> : null))}
                  <span class="row">
                    <a href={c.source.url} target="_blank" rel="noopener noreferrer">
                      {t('cardSource')}: {c.source.name}
                    </a>
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p data-ll-selection-none>{t('selectionNone')}</p>
          )}
          {answer?.unchecked.length ? <p class="muted">{t('selectionUnchecked', answer.unchecked.length)}</p> : null}
        </>
      )}
      <p class="muted">{t('selectionLocal')}</p>
    </>
  );
}
