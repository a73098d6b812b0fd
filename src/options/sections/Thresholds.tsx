/** The gauge's thresholds, with their defaults and a reset. */
import { formatValue } from '../../core/format';
import { HEAVY_NET_BN } from '../../core/ahead/heavy';
import { GAUGE_RULES } from '../../core/gauge';
import { useEffect, useState } from 'preact/hooks';
import { AHEAD_THRESHOLD_RANGE, aheadThresholdInRange, type SettingProblem } from '../../core/settings';
import { storedSettingsProblems } from '../../ui/extension';
import type { Lang } from '../../core/types';
import type { SectionProps } from './types';

export function ThresholdsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
  const [refused, setRefused] = useState(false);
  const [stored, setStored] = useState<SettingProblem[]>([]);
  // Read again whenever the settings change: a threshold set here replaces the stored one, and the notice goes.
  useEffect(() => void storedSettingsProblems().then(setStored, () => undefined), [s]);
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
                aria-invalid={refused}
                aria-describedby={refused ? 'th-ahead-net-error' : undefined}
                onChange={(e) => {
                  const v = e.currentTarget.valueAsNumber;
                  // Refused, not replaced by the default: the reader's previous threshold stays, and the page says why.
                  setRefused(!aheadThresholdInRange(v));
                  if (aheadThresholdInRange(v)) void save({ ...s, aheadThresholdBn: v });
                }}
              />{' '}
              {lang === 'en' ? 'USD bn' : t('unitUsdBn')}
            </td>
            <td class="muted">{t('defaultIs', formatValue(HEAVY_NET_BN, 'usd_bn', lang, { compact: true }))}</td>
          </tr>
          {refused && (
            <tr>
              <td colSpan={3} id="th-ahead-net-error" class="notice" role="alert" data-ll-ahead-threshold-error>
                {t('aheadThresholdInvalid', AHEAD_THRESHOLD_RANGE[0], AHEAD_THRESHOLD_RANGE[1].toLocaleString('en-US'), formatValue(s.aheadThresholdBn, 'usd_bn', lang, { compact: true }))}
              </td>
            </tr>
          )}
          {stored.map((p) => (
            <tr key={p.field}>
              <td colSpan={3} class="notice" role="alert" data-ll-ahead-threshold-stored>
                {t('aheadThresholdStoredBad', JSON.stringify(p.value) ?? String(p.value), p.range[0], p.range[1].toLocaleString('en-US'), formatValue(HEAVY_NET_BN, 'usd_bn', lang, { compact: true }))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => (setRefused(false), save({ ...s, thresholds: {}, aheadThresholdBn: HEAVY_NET_BN }, t('thresholdsReset')))}>
        {t('resetThresholds')}
      </button>
    </section>
  );
}
