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

/** The card's words and numbers as text, shared with the first-paint copy so both say exactly the same. */
export function cardText(i: IndicatorAnswer, lang: Lang, t: T) {
  const tone = changeTone(i);
  return {
    tone,
    arrow: i.change === null || i.change === 0 ? '' : i.change > 0 ? '▲' : '▼',
    value: formatValue(i.value, i.unit, lang),
    asOf: i.asOf ? `${i.asOf} · ${t('daysOld', i.ageDays ?? 0)}` : t('missing'),
    change: i.change !== null ? formatChange(i.change, i.unit, lang) : '',
    toneWord: t(`tone_${tone}`),
    statusWord: i.status === 'ok' ? null : t(i.status === 'error' ? 'statusError' : 'stale'),
    lastGood: i.status !== 'ok' && i.asOf ? ` · ${t('lastGood', i.asOf)}` : '',
  };
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
  const { tone, arrow, value, asOf, change, toneWord, statusWord, lastGood } = cardText(i, lang, t);
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
          <span class={i.asOf ? 'asof' : 'asof missing'}>{asOf}</span>
        </span>
        <span class={`card-change tone-${tone}`} title={i.previousAsOf ? t('changeSince', i.previousAsOf) : ''}>
          {i.change !== null && <span aria-hidden="true">{arrow} </span>}
          {change}
          {i.change !== null && <span class="sr-only"> {toneWord}</span>}
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
            <strong>{statusWord}</strong>
            {lastGood}
          </summary>
          {i.statusReason && <p class="reason">{i.statusReason}</p>}
        </details>
      )}
    </article>
  );
}
