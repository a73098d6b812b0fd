import { useState } from 'preact/hooks';
import type { CalendarEventText } from '../core/ahead/answer';
import { DEFAULT_DAYS, MAX_DAYS } from '../core/ahead/window';
import type { DayWeight } from '../core/ahead/weight';
import type { Lang } from '../core/types';
import { HTML_LANG, timeAgo, type T } from '../ui/i18n';
import { bn, dayTitle, settlementLine } from '../core/ahead/day-words';
import { useCalendar } from './use-calendar';

const WINDOWS = [DEFAULT_DAYS, 30, MAX_DAYS] as const;
/** The past days shown with what their settlements really raised (the DTS comes out the next business day). */
const PAST_DAYS = 7;

/** What meets on a day, named: "a settlement and a tax date meet" (a quarter-end is said instead of its month-end). */
function meetsLine(w: DayWeight, lang: Lang, t: T): string {
  const parts = [
    w.settlementBn !== null || w.toBeAnnounced ? t('aheadMeetSettlement') : null,
    w.tax ? t('aheadMeetTax') : null,
    w.quarterEnd ? t('aheadMeetQuarterEnd') : w.monthEnd ? t('aheadMeetMonthEnd') : null,
  ].filter((p): p is string => p !== null);
  return t('aheadMeets', new Intl.ListFormat(HTML_LANG[lang], { type: 'conjunction' }).format(parts));
}

function Day({ weight: w, events, lang, t }: { weight: DayWeight; events: CalendarEventText[]; lang: Lang; t: T }) {
  const cash = settlementLine(w, lang, t);
  const id = `ahead-${w.date}`;
  return (
    <li class="ahead-day" data-ll-ahead-day={w.date} data-meets={w.meets} aria-labelledby={id}>
      <h3 id={id}>
        <time dateTime={w.date}>{dayTitle(w.date, lang)}</time>
        {w.meets > 1 && <span class="ahead-meets"> · {meetsLine(w, lang, t)}</span>}
      </h3>
      {cash && (
        <p class="ahead-cash" data-ll-ahead-cash data-sign={w.toBeAnnounced ? 'tba' : w.settlementBn! >= 0 ? 'drain' : 'add'}>
          {cash}
        </p>
      )}
      {w.settledBn !== null && <p class="ahead-settled muted">{t('aheadSettled', bn(w.settledBn, lang))}</p>}
      <ul>
        {events.map((e, n) => (
          <li key={n} data-ll-ahead-event={e.kind}>
            <strong>{e.label}</strong> — {e.detail}{' '}
            <a href={e.source.url} target="_blank" rel="noopener noreferrer" class="source">
              {e.source.name}
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The liquidity calendar (`calendar/get`): a row per day from today in New York, each with its events, the
 * day's settlement cash signed for reserves and each event's source. Mounted once the first numbers are in.
 */
export function Ahead({ lang, t }: { lang: Lang; t: T }) {
  const [days, setDays] = useState<number>(DEFAULT_DAYS);
  const { answer, failed } = useCalendar(days, lang);
  const { answer: past } = useCalendar(PAST_DAYS, lang, PAST_DAYS);
  const raised = past?.weights.filter((w) => w.settledBn !== null).reverse() ?? [];

  const byDay = new Map<string, CalendarEventText[]>();
  for (const e of answer?.events ?? []) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const ago = answer?.asOf ? timeAgo(answer.asOf, Date.now(), lang) : null;
  return (
    <section class="ahead" data-ll-ahead aria-labelledby="ahead-title" aria-busy={!answer && !failed}>
      <header class="ahead-top">
        <h2 id="ahead-title">{t('aheadHeading')}</h2>
        <label>
          <span class="sr-only">{t('aheadDays')}</span>
          <select value={String(days)} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))} data-ll-ahead-days>
            {WINDOWS.map((n) => (
              <option key={n} value={String(n)}>
                {t('aheadDaysOption', n)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {failed && !answer && <p class="notice" role="alert">{t('aheadFailed')}</p>}
      {!answer && !failed && <p class="muted">{t('aheadLoading')}</p>}
      {answer && (
        <>
          <p class="muted" data-ll-ahead-asof>
            {ago ? t('aheadAsOf', ago) : t('aheadNotYet')}
          </p>
          {answer.weights.length ? (
            <ol class="ahead-days">
              {answer.weights.map((w) => (
                <Day key={w.date} weight={w} events={byDay.get(w.date) ?? []} lang={lang} t={t} />
              ))}
            </ol>
          ) : (
            <p class="muted">{t('aheadNone')}</p>
          )}
        </>
      )}
      {past && raised.length > 0 && (
        <details class="ahead-past" data-ll-ahead-past>
          <summary>{t('aheadPastHeading')}</summary>
          <ol class="ahead-days">
            {raised.map((w) => (
              <Day key={w.date} weight={w} events={past.events.filter((e) => e.date === w.date)} lang={lang} t={t} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
