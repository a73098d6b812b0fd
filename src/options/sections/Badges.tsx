/** Badges on news pages: how many, then → now on dated articles, and marks on the article's own figures. */
import { BADGE_DENSITIES } from '../../core/settings';
import type { SectionProps } from './types';

export function BadgesSection({ s, t, save }: SectionProps) {
  return (
    <section aria-labelledby="h-badges">
      <h2 id="h-badges">{t('optBadges')}</h2>
      <fieldset>
        <legend>{t('optDensity')}</legend>
        {BADGE_DENSITIES.map((d) => (
          <label key={d} class="radio">
            <input type="radio" name="density" value={d} checked={s.badgeDensity === d} onChange={() => save({ ...s, badgeDensity: d })} /> {t(`density_${d}`)}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" data-ll-option-then checked={s.showThen} onChange={(e) => save({ ...s, showThen: e.currentTarget.checked })} /> {t('optThen')}
      </label>
      <label class="check">
        <input type="checkbox" data-ll-option-claims checked={s.claimMarks} onChange={(e) => save({ ...s, claimMarks: e.currentTarget.checked })} /> {t('optClaims')}
      </label>
    </section>
  );
}
