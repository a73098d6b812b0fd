import type { IndicatorAnswer } from '../core/answer';
import { formatChange, formatValue } from '../core/format';
import type { Lang } from '../core/types';
import type { T } from '../ui/i18n';
import { Sparkline } from '../ui/Sparkline';

/** What a change means for liquidity: up is good for reserves, bad for a spread. Not the sign alone. */
export function changeTone(i: IndicatorAnswer): 'good' | 'bad' | 'flat' {
  if (i.change === null || i.change === 0 || i.better === 'neutral') return 'flat';
  return (i.change > 0) === (i.better === 'up') ? 'good' : 'bad';
}

interface Props {
  indicator: IndicatorAnswer;
  lang: Lang;
  t: T;
  open: boolean;
  onToggle: () => void;
}

/** One indicator: value, change, date, age, source, sparkline; stale or missing says why, never a zero. */
export function Card({ indicator: i, lang, t, open, onToggle }: Props) {
  const tone = changeTone(i);
  const arrow = i.change === null || i.change === 0 ? '' : i.change > 0 ? '▲' : '▼';
  const value = formatValue(i.value, i.unit, lang);
  const titleId = `card-${i.id}-title`;
  return (
    <article class="card" data-ll-card={i.id} data-status={i.status} aria-labelledby={titleId}>
      <button type="button" class="card-main" aria-expanded={open} aria-controls={`chart-${i.id}`} onClick={onToggle}>
        <span class="card-title" id={titleId}>
          {i.label}
        </span>
        <span class="card-value" data-ll-value elementtiming="ll-first-numbers">
          {value}
        </span>
        <span class="card-sub">
          {i.asOf ? (
            <span class="asof">
              {i.asOf} · {t('daysOld', i.ageDays ?? 0)}
            </span>
          ) : (
            <span class="asof missing">{t('missing')}</span>
          )}
        </span>
        <span class={`card-change tone-${tone}`} title={i.previousAsOf ? t('changeSince', i.previousAsOf) : ''}>
          {i.change !== null && <span aria-hidden="true">{arrow} </span>}
          {i.change !== null ? formatChange(i.change, i.unit, lang) : ''}
          {i.change !== null && <span class="sr-only"> {t(`tone_${tone}`)}</span>}
        </span>
        <span class="card-spark">
          <Sparkline points={i.spark} />
        </span>
      </button>
      <div class="card-foot">
        <a href={i.source.url} target="_blank" rel="noopener noreferrer" class="source">
          {i.source.name}
        </a>
        {i.value === null && i.note && <span class="note">{i.note}</span>}
      </div>
      {i.status !== 'ok' && (
        <details class="status" data-ll-status={i.status}>
          <summary>
            <strong>{t(i.status === 'error' ? 'statusError' : 'stale')}</strong>
            {i.asOf ? ` · ${t('lastGood', i.asOf)}` : ''}
          </summary>
          {i.statusReason && <p class="reason">{i.statusReason}</p>}
        </details>
      )}
    </article>
  );
}
