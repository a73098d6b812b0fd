import type { IndicatorsAnswer } from '../core/answer';
import type { T } from '../ui/i18n';

/** The gauge: state, since when, and the rules that fired in plain words (each with its data date). */
export function GaugePanel({ answer, t }: { answer: IndicatorsAnswer | null; t: T }) {
  if (!answer) {
    return (
      <section class="gauge" aria-busy="true" aria-label={t('gaugeLabel')}>
        <div class="gauge-head">
          <span class="gauge-state placeholder">{t('loading')}</span>
        </div>
      </section>
    );
  }
  const g = answer.gauge;
  const fired = g.rules.filter((r) => r.fired);
  const calm = g.rules.filter((r) => !r.fired);
  return (
    <section class="gauge" data-state={g.state} aria-labelledby="gauge-title">
      <div class="gauge-head">
        <h2 id="gauge-title" class="gauge-title">
          {t('gaugeLabel')}: <strong class="gauge-state" elementtiming="ll-first-numbers">{t(`gauge_${g.state}`)}</strong>
        </h2>
        {g.since && <span class="muted">{t('gaugeSince', g.since)}</span>}
      </div>
      {fired.length ? (
        <ul class="reasons">
          {fired.map((r) => (
            <li key={r.id} title={r.why}>
              {r.text} <span class="muted">({r.asOf})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="reasons">{t('gaugeNoneFired')}</p>
      )}
      <details class="rules">
        <summary>{t('gaugeAllRules')}</summary>
        <ul>
          {[...fired, ...calm].map((r) => (
            <li key={r.id} data-fired={String(r.fired)}>
              <span>{r.text}</span> <span class="muted">{r.asOf ? `(${r.asOf})` : ''}</span>
              <div class="muted why">{r.why}</div>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
