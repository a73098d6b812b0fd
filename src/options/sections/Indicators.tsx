/** Which indicators the popup shows, and in which order. */
import { INDICATOR_BY_ID } from '../../core/indicators';
import type { Lang } from '../../core/types';
import type { SectionProps } from './types';

export function IndicatorsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
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
