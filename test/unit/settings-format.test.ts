import { describe, expect, it } from 'vitest';
import { formatChange, formatValue } from '../../src/core/format';
import { DEFAULT_SETTINGS, langFromLocale, repairSettings } from '../../src/core/settings';

describe('settings', () => {
  it('repairs whatever is stored instead of failing', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ language: 'fr', fredApiKey: 'short', thresholds: { rrp_empty: 'x', reserves_below_ample: 9, unknown: 3 } })).toEqual({
      ...DEFAULT_SETTINGS,
      thresholds: { reserves_below_ample: 9 },
    });
    expect(repairSettings({ language: 'zh_TW', fredApiKey: ' 0123456789abcdef0123456789ABCDEF ' })).toMatchObject({ language: 'zh_TW', fredApiKey: '0123456789abcdef0123456789ABCDEF' });
  });

  it('picks Traditional Chinese for Taiwan and Hong Kong, Simplified for other Chinese', () => {
    expect([langFromLocale('zh-TW'), langFromLocale('zh-HK'), langFromLocale('zh-Hant'), langFromLocale('zh-CN'), langFromLocale('zh'), langFromLocale('en-GB')]).toEqual(['zh_TW', 'zh_TW', 'zh_TW', 'zh_CN', 'zh_CN', 'en']);
  });
});

describe('formatting numbers with their units', () => {
  it.each([
    [3033.444, 'usd_bn', 'en', '$3.03T'],
    [6.484, 'usd_bn', 'en', '$6.5B'],
    [0.001, 'usd_bn', 'en', '$1M'],
    [0.0015, 'usd_bn', 'en', '$1.5M'],
    [925.876, 'usd_bn', 'en', '$926B'],
    [3033.444, 'usd_bn', 'zh_TW', '3.03 兆美元'],
    [6.484, 'usd_bn', 'zh_TW', '64.8 億美元'],
    [6.484, 'usd_bn', 'zh_CN', '64.8 亿美元'],
    [0.003, 'usd_bn', 'zh_CN', '300 万美元'],
    [9.729, 'pct', 'en', '9.73%'],
    [-3, 'bp', 'en', '−3 bp'],
    [295, 'bp', 'zh_TW', '+295 基點'],
    [-25, 'usd_bn_per_month', 'en', '−$25.0B/mo'],
    [90.94, 'months', 'zh_CN', '90.9 个月'],
    [null, 'pct', 'en', '—'],
  ] as const)('%s %s (%s) → %s', (v, unit, lang, out) => {
    expect(formatValue(v, unit, lang)).toBe(out);
  });

  it('shows changes with a sign, percent changes in percentage points', () => {
    expect(formatChange(-0.15, 'pct', 'en')).toBe('−0.15 pp');
    expect(formatChange(59.4, 'usd_bn', 'en')).toBe('+$59.4B');
    expect(formatValue(10, 'pct', 'en', { compact: true })).toBe('10%');
  });
});
