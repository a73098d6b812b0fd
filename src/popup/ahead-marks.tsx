/**
 * The heavy days ahead on a chart (core/ahead/chart-marks.ts): asked of the worker for the charts whose
 * numbers the day's cash moves, and listed under the plot, lettered as the plot's markers are, each with its
 * date, what falls on it, the settlement cash and its sources.
 */
import { useMemo } from 'preact/hooks';
import { CHART_AHEAD_DAYS, chartMarks, type ChartMark } from '../core/ahead/chart-marks';
import { AHEAD_CHARTS } from '../core/ahead/heavy';
import type { IndicatorId, Lang } from '../core/types';
import type { T } from '../ui/i18n';
import { bn, dayTitle, settlementLine } from '../core/ahead/day-words';
import { useCalendar } from './use-calendar';

const NONE: ChartMark[] = [];

/** A, B, … Z, then AA: the letter of the nth mark, as on the plot and in the list (an `ol` of type A). */
export function markLetter(n: number): string {
  return (n >= 26 ? markLetter(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
}

export function useAheadMarks(id: IndicatorId, heavyBn: number, lang: Lang): ChartMark[] {
  const { answer } = useCalendar(AHEAD_CHARTS.has(id) ? CHART_AHEAD_DAYS : null, lang);
  return useMemo(() => (answer && AHEAD_CHARTS.has(id) ? chartMarks(answer, heavyBn) : NONE), [answer, id, heavyBn]);
}

export function AheadMarks({ marks, heavyBn, lang, t }: { marks: readonly ChartMark[]; heavyBn: number; lang: Lang; t: T }) {
  if (!marks.length) return null;
  return (
    <div class="ahead-marks" data-ll-chart-ahead>
      <p class="muted small">{t('chartAheadHeading', CHART_AHEAD_DAYS, bn(heavyBn, lang, 0))}</p>
      <ol class="events" type="A">
        {marks.map((m) => {
          const cash = settlementLine(m.weight, lang, t);
          return (
            <li key={m.date} data-ll-ahead-mark={m.date}>
              {t('chartAheadMark', dayTitle(m.date, lang, true), m.events.map((e) => e.label).join(' + '))}
              {cash && ` — ${cash}`} —{' '}
              {m.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 && ', '}
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.name}
                  </a>
                </span>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
