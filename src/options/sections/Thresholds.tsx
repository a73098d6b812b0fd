/** The gauge's thresholds, with their defaults and a reset. */
import { formatValue } from '../../core/format';
import { HEAVY_NET_BN } from '../../core/ahead/heavy';
import { GAUGE_RULES } from '../../core/gauge';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AHEAD_THRESHOLD_RANGE, aheadThresholdInRange, thresholdInRange, type SettingProblem } from '../../core/settings';
import { storedSettingsProblems } from '../../ui/extension';
import type { Lang } from '../../core/types';
import type { SectionProps } from './types';

export function ThresholdsSection({ s, t, lang, save }: SectionProps & { lang: Lang }) {
  const [refused, setRefused] = useState(false);
  // The gauge rule whose input was last refused (one at a time: the next good value anywhere clears it).
  const [refusedRule, setRefusedRule] = useState<string | null>(null);
  const [stored, setStored] = useState<SettingProblem[]>([]);
  // Read again whenever the settings change: a threshold set here replaces the stored one, and the notice goes.
  useEffect(() => void storedSettingsProblems().then(setStored, () => undefined), [s]);
  const unitOf = (u: string) => (u === 'pct' ? '%' : u === 'bp' ? 'bp' : lang === 'en' ? 'USD bn' : t('unitUsdBn'));
  return (
    <section aria-labelledby="h-thresholds">
      <h2 id="h-thresholds">{t('optThresholds')}</h2>
      <p class="hint">{t('optThresholdsHint')}</p>
      <table class="thresholds">
        <tbody>
          {GAUGE_RULES.map((r) => {
            const value = s.thresholds[r.id] ?? r.threshold;
            const unit = unitOf(r.unit);
            return (
              <Fragment key={r.id}>
                <tr>
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
                      aria-invalid={refusedRule === r.id}
                      aria-describedby={refusedRule === r.id ? `th-${r.id}-error` : undefined}
                      onChange={(e) => {
                        const v = e.currentTarget.valueAsNumber;
                        // Refused, not replaced by the default: the reader's previous threshold stays, and the page says why.
                        if (!thresholdInRange(r.id, v)) return ((e.currentTarget.value = String(value)), setRefusedRule(r.id)); // the box shows what stays
                        setRefusedRule(null);
                        const thresholds = { ...s.thresholds, [r.id]: v };
                        if (v === r.threshold) delete thresholds[r.id];
                        save({ ...s, thresholds });
                      }}
                    />{' '}
                    {unit}
                  </td>
                  <td class="muted">{t('defaultIs', formatValue(r.threshold, r.unit, lang, { compact: true }))}</td>
                </tr>
                {refusedRule === r.id && (
                  <tr>
                    <td colSpan={3} id={`th-${r.id}-error`} class="notice" role="alert" data-ll-threshold-error={r.id}>
                      {t('gaugeThresholdInvalid', t(`rule_${r.id}`), r.range[0].toLocaleString('en-US'), r.range[1].toLocaleString('en-US'), unit, formatValue(value, r.unit, lang, { compact: true }))}
                    </td>
                  </tr>
                )}
              </Fragment>
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
                  else e.currentTarget.value = String(s.aheadThresholdBn); // the box shows what stays
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
          {stored.map((p) => {
            const said = JSON.stringify(p.value) ?? String(p.value);
            const rule = p.rule ? GAUGE_RULES.find((r) => r.id === p.rule) : undefined;
            return p.field === 'aheadThresholdBn' ? (
              <tr key={p.field}>
                <td colSpan={3} class="notice" role="alert" data-ll-ahead-threshold-stored>
                  {t('aheadThresholdStoredBad', said, p.range[0], p.range[1].toLocaleString('en-US'), formatValue(p.fallback, 'usd_bn', lang, { compact: true }))}
                </td>
              </tr>
            ) : rule ? (
              <tr key={`${p.field}.${p.rule}`}>
                <td colSpan={3} class="notice" role="alert" data-ll-threshold-stored={rule.id}>
                  {t('gaugeThresholdStoredBad', t(`rule_${rule.id}`), said, p.range[0].toLocaleString('en-US'), p.range[1].toLocaleString('en-US'), unitOf(rule.unit), formatValue(p.fallback, rule.unit, lang, { compact: true }))}
                </td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => (setRefused(false), setRefusedRule(null), save({ ...s, thresholds: {}, aheadThresholdBn: HEAVY_NET_BN }, t('thresholdsReset')))}>
        {t('resetThresholds')}
      </button>
    </section>
  );
}
