/** The gauge's thresholds, with their defaults and a reset. */
import { formatValue } from '../../core/format';
import { HEAVY_NET_BN } from '../../core/ahead/heavy';
import { GAUGE_RULES } from '../../core/gauge';
import { AHEAD_THRESHOLD_RANGE, aheadThresholdInRange } from '../../core/settings';
import type { Lang } from '../../core/types';
import type { SectionProps } from './types';

export function ThresholdsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
  return (
    <section aria-labelledby="h-thresholds">
      <h2 id="h-thresholds">{t('optThresholds')}</h2>
      <p class="hint">{t('optThresholdsHint')}</p>
      <table class="thresholds">
        <tbody>
          {GAUGE_RULES.map((r) => {
            const value = s.thresholds[r.id] ?? r.threshold;
            const unit = r.unit === 'pct' ? '%' : r.unit === 'bp' ? 'bp' : lang === 'en' ? 'USD bn' : t('unitUsdBn');
            return (
              <tr key={r.id}>
                <th scope="row">
                  <label for={`th-${r.id}`}>{t(`rule_${r.id}`)}</label>
                </th>
                <td>
                  {r.op}{' '}
                  <input
                    id={`th-${r.id}`}
                    type="number"
                    step={r.unit === 'pct' ? 0.1 : 1}
                    min={r.range[0]}
                    max={r.range[1]}
                    value={value}
                    onChange={(e) => {
                      const v = e.currentTarget.valueAsNumber;
                      const thresholds = { ...s.thresholds, [r.id]: v };
                      if (!Number.isFinite(v) || v === r.threshold) delete thresholds[r.id];
                      save({ ...s, thresholds });
                    }}
                  />{' '}
                  {unit}
                </td>
                <td class="muted">{t('defaultIs', formatValue(r.threshold, r.unit, lang, { compact: true }))}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">
              <label for="th-ahead-net">{t('aheadThresholdLabel')}</label>
            </th>
            <td>
              ≥{' '}
              <input
                id="th-ahead-net"
                type="number"
                step={1}
                min={AHEAD_THRESHOLD_RANGE[0]}
                max={AHEAD_THRESHOLD_RANGE[1]}
                value={s.aheadThresholdBn}
                onChange={(e) => {
                  const v = e.currentTarget.valueAsNumber;
                  save({ ...s, aheadThresholdBn: aheadThresholdInRange(v) ? v : HEAVY_NET_BN });
                }}
              />{' '}
              {lang === 'en' ? 'USD bn' : t('unitUsdBn')}
            </td>
            <td class="muted">{t('defaultIs', formatValue(HEAVY_NET_BN, 'usd_bn', lang, { compact: true }))}</td>
          </tr>
        </tbody>
      </table>
      <button type="button" onClick={() => save({ ...s, thresholds: {}, aheadThresholdBn: HEAVY_NET_BN }, t('thresholdsReset'))}>
        {t('resetThresholds')}
      </button>
    </section>
  );
}
