import { describe, expect, it } from 'vitest';
import { formatChange, formatValue } from '../../src/core/format';
import { GAUGE_RULES } from '../../src/core/gauge';
import { GAUGE_LIMITS } from '../../src/core/gauge-limits';
import { AHEAD_THRESHOLD_RANGE, DEFAULT_SETTINGS, fredKeyOf, langFromLocale, repairReport, repairSettings, settingProblemText, settingsProblems, validFredKey } from '../../src/core/settings';
import { INDICATOR_IDS } from '../../src/core/types';

describe('settings', () => {
  it('repairs thresholds from the same limits the gauge judges with: every rule has its limits, no limits without a rule', () => {
    expect(Object.keys(GAUGE_LIMITS).sort()).toEqual(GAUGE_RULES.map((r) => r.id).sort());
    for (const r of GAUGE_RULES) expect([r.threshold, r.range]).toEqual([GAUGE_LIMITS[r.id]!.threshold, GAUGE_LIMITS[r.id]!.range]);
    const outside = GAUGE_LIMITS.rrp_empty!.range[1] + 1;
    expect(repairSettings({ thresholds: { rrp_empty: outside, reserves_below_ample: 9, nonsense: 3 } }).thresholds).toEqual({ reserves_below_ample: 9 });
  });

  it('repairs whatever is stored instead of failing', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ language: 'fr', fredApiKey: 'short', thresholds: { rrp_empty: 'x', reserves_below_ample: 9, unknown: 3, srf_heavy: 1e9 } })).toEqual({
      ...DEFAULT_SETTINGS,
      thresholds: { reserves_below_ample: 9 },
    });
    // The FRED API key is not a setting (it stays on the device, outside storage.sync and the export).
    const withKey = { language: 'zh_TW', fredApiKey: ' 0123456789abcdef0123456789ABCDEF ' };
    expect(repairSettings(withKey)).toEqual({ ...DEFAULT_SETTINGS, language: 'zh_TW' });
    expect(fredKeyOf(withKey)).toBe('0123456789abcdef0123456789ABCDEF');
    expect([fredKeyOf({ fredApiKey: 'short' }), fredKeyOf(null), validFredKey('')]).toEqual([null, null, null]);
  });

  it('migrates a version-1 object, keeping what it had', () => {
    const v1 = { version: 1, language: 'zh_CN', fredApiKey: '', thresholds: { rrp_empty: 100 } };
    expect(repairSettings(v1)).toEqual({ ...DEFAULT_SETTINGS, language: 'zh_CN', thresholds: { rrp_empty: 100 } });
  });

  it('keeps the reader\'s indicator order, drops unknown and repeated ids, and brings missing ones back at the end', () => {
    const s = repairSettings({ indicators: [{ id: 'rrp', enabled: false }, { id: 'nope' }, { id: 'rrp', enabled: true }, { id: 'reserves_gdp' }, 'x'] });
    expect(s.indicators.slice(0, 2)).toEqual([{ id: 'rrp', enabled: false }, { id: 'reserves_gdp', enabled: true }]);
    expect(s.indicators.map((c) => c.id).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it('keeps only real host names, and only built-in sites in the switched-off list', () => {
    const s = repairSettings({ sitesOff: ['reuters.com', 'example.org', 7], sitesAdded: ['https://News.Example.org/path', 'not a host', 'example.org', '127.0.0.1:8080'] });
    expect(s.sitesOff).toEqual(['reuters.com']);
    expect(s.sitesAdded).toEqual(['news.example.org', 'example.org', '127.0.0.1']);
  });

  it('reports which fields were repaired', () => {
    expect(repairReport({ language: 'fr', badgeDensity: 'every', refresh: 'hourly' })).toEqual(['language', 'refresh']);
  });

  it('picks Traditional Chinese for Taiwan and Hong Kong, Simplified for other Chinese', () => {
    expect([langFromLocale('zh-TW'), langFromLocale('zh-HK'), langFromLocale('zh-Hant'), langFromLocale('zh_TW'), langFromLocale('zh-CN'), langFromLocale('zh'), langFromLocale('en-GB')]).toEqual(['zh_TW', 'zh_TW', 'zh_TW', 'zh_TW', 'zh_CN', 'zh_CN', 'en']);
  });
});

describe('a stored heavy-day threshold that cannot be used', () => {
  it.each([[0], [5000], [-100], ['150'], [null], [Number.NaN], [{ bn: 100 }]])('%j is reported with the allowed range, not silently replaced', (v) => {
    const problems = settingsProblems({ aheadThresholdBn: v });
    expect(problems).toEqual([{ field: 'aheadThresholdBn', value: v, range: AHEAD_THRESHOLD_RANGE, fallback: 100 }]);
    expect(settingProblemText(problems[0]!)).toMatch(/^the stored aheadThresholdBn .+ is not a number from 1 to 2000: the default 100 is used until one is set$/);
    // The settings the code works with still get the default: a report, not a failure.
    expect(repairSettings({ aheadThresholdBn: v }).aheadThresholdBn).toBe(100);
  });

  it('a value in range, or none stored, is no problem', () => {
    for (const x of [{ aheadThresholdBn: 1 }, { aheadThresholdBn: 2000 }, { aheadThresholdBn: 37.5 }, {}, undefined, null, 'garbage']) expect(settingsProblems(x), JSON.stringify(x)).toEqual([]);
    expect(repairSettings({ aheadThresholdBn: 37.5 }).aheadThresholdBn).toBe(37.5);
  });
});

describe('a stored gauge threshold that cannot be used', () => {
  it.each([[31], [0], ['7'], [null], [Number.NaN]])('reserves_below_ample %j is reported with its range and default, not silently replaced', (v) => {
    const problems = settingsProblems({ thresholds: { reserves_below_ample: v, rrp_empty: 75 } });
    expect(problems).toEqual([{ field: 'thresholds', rule: 'reserves_below_ample', value: v, range: [1, 30], fallback: 10 }]);
    expect(settingProblemText(problems[0]!)).toMatch(/^the stored threshold of reserves_below_ample .+ is not a number from 1 to 30: the default 10 is used until one is set$/);
    expect(repairSettings({ thresholds: { reserves_below_ample: v, rrp_empty: 75 } }).thresholds).toEqual({ rrp_empty: 75 });
  });

  it('a rule this version does not know is not the reader’s typo; every rule’s own range is used', () => {
    expect(settingsProblems({ thresholds: { a_newer_rule: 5 } })).toEqual([]);
    for (const [id, l] of Object.entries(GAUGE_LIMITS)) {
      expect(settingsProblems({ thresholds: { [id]: l.range[0] } }), id).toEqual([]);
      expect(settingsProblems({ thresholds: { [id]: l.range[1] + 1 } }).map((p) => p.rule), id).toEqual([id]);
    }
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
