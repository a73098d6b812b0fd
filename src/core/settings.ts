/**
 * Settings, with their defaults in one place. Whatever is stored is repaired on read: unknown or
 * malformed fields fall back to the default and older versions are migrated, so an old or broken
 * settings object is never fatal. Lives in storage.sync (well under its 8 KB per-item quota).
 */
import { HEAVY_NET_BN } from './ahead/heavy';
import { GAUGE_LIMITS } from './gauge-limits';
import { BUILTIN_SITES, normaliseHost } from './sites';
import { INDICATOR_IDS, type IndicatorId, type Lang } from './types';

export type BadgeDensity = 'off' | 'article' | 'first' | 'every';
export const BADGE_DENSITIES: readonly BadgeDensity[] = ['off', 'article', 'first', 'every'];

/** calendar: wake for each release (default); daily: at most one scheduled refresh a day; manual: only on request. */
export type RefreshCadence = 'calendar' | 'daily' | 'manual';
export const REFRESH_CADENCES: readonly RefreshCadence[] = ['calendar', 'daily', 'manual'];

export interface IndicatorChoice {
  id: IndicatorId;
  enabled: boolean;
}

export interface Settings {
  version: 2;
  language: 'auto' | Lang;
  /** Every indicator once, in the reader's order. */
  indicators: IndicatorChoice[];
  badgeDensity: BadgeDensity;
  /** Built-in sites the reader switched off (their hosts). */
  sitesOff: string[];
  /** Hosts the reader added (each granted through an optional host permission). */
  sitesAdded: string[];
  /** Gauge thresholds the reader changed, by rule id. */
  thresholds: Record<string, number>;
  refresh: RefreshCadence;
  /** Notify when a gauge rule starts or stops firing (needs the optional `notifications` permission). */
  notifications: boolean;
  /** Notify the day before a heavy day of the calendar (core/ahead/notice.ts; the same permission). */
  aheadNotifications: boolean;
  /** The net settlement, USD billions, that makes a day heavy on its own. */
  aheadThresholdBn: number;
  /** On a dated article, show the numbers as published on its date beside today's (then → now). */
  showThen: boolean;
  /** Mark the article's own figures that match the data of its date, or not (✓ ≈ ✗). */
  claimMarks: boolean;
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 2,
  language: 'auto',
  indicators: INDICATOR_IDS.map((id) => ({ id, enabled: true })),
  badgeDensity: 'first',
  sitesOff: [],
  sitesAdded: [],
  thresholds: {},
  refresh: 'calendar',
  notifications: false,
  aheadNotifications: false,
  aheadThresholdBn: HEAVY_NET_BN,
  showThen: true,
  claimMarks: true,
});

const oneOf = <T>(values: readonly T[], x: unknown, fallback: T): T => (values.includes(x as T) ? (x as T) : fallback);

function repairIndicators(x: unknown): IndicatorChoice[] {
  const out: IndicatorChoice[] = [];
  if (Array.isArray(x)) {
    for (const item of x) {
      const c = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (!(INDICATOR_IDS as readonly unknown[]).includes(c.id) || out.some((o) => o.id === c.id)) continue;
      out.push({ id: c.id as IndicatorId, enabled: c.enabled !== false });
    }
  }
  // Indicators added by a later version (or dropped from storage) come back, on, at the end.
  for (const id of INDICATOR_IDS) if (!out.some((o) => o.id === id)) out.push({ id, enabled: true });
  return out;
}

function repairHosts(x: unknown, keep: (h: string) => boolean): string[] {
  if (!Array.isArray(x)) return [];
  const hosts = x.flatMap((h) => (typeof h === 'string' ? [normaliseHost(h)] : [])).filter((h): h is string => h !== null && keep(h));
  return [...new Set(hosts)].slice(0, 200);
}

/** The net settlement a reader may set as heavy, USD billions. */
export const AHEAD_THRESHOLD_RANGE: readonly [number, number] = [1, 2000];

export function aheadThresholdInRange(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= AHEAD_THRESHOLD_RANGE[0] && v <= AHEAD_THRESHOLD_RANGE[1];
}

/**
 * A stored setting repairSettings could not keep, said rather than silently replaced: the field, the value
 * as stored, and the range it must be in (the default stands in for it until the reader sets one).
 */
export interface SettingProblem {
  /** The field: the heavy-day threshold, or one gauge rule's threshold (`rule` says which). */
  field: 'aheadThresholdBn' | 'thresholds';
  rule?: string;
  value: unknown;
  range: readonly [number, number];
  /** What stands in for it: the default. */
  fallback: number;
}

/** What of the stored settings is out of range or malformed (a field that is absent is not a problem). */
export function settingsProblems(x: unknown): SettingProblem[] {
  const s = (typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {}) as Record<string, unknown>;
  const problems: SettingProblem[] = [];
  if ('aheadThresholdBn' in s && !aheadThresholdInRange(s.aheadThresholdBn)) problems.push({ field: 'aheadThresholdBn', value: s.aheadThresholdBn, range: AHEAD_THRESHOLD_RANGE, fallback: HEAVY_NET_BN });
  const th = s.thresholds;
  if (typeof th === 'object' && th !== null && !Array.isArray(th)) {
    for (const [rule, value] of Object.entries(th)) {
      // A rule this version does not know is a newer version's (or an old one's): not the reader's typo.
      const limits = Object.hasOwn(GAUGE_LIMITS, rule) ? GAUGE_LIMITS[rule]! : null;
      if (limits && !thresholdInRange(rule, value)) problems.push({ field: 'thresholds', rule, value, range: limits.range, fallback: limits.threshold });
    }
  }
  return problems;
}

/** One problem as the worker's log says it. */
export function settingProblemText(p: SettingProblem): string {
  const name = p.field === 'thresholds' ? `threshold of ${p.rule}` : p.field;
  return `the stored ${name} ${JSON.stringify(p.value) ?? String(p.value)} is not a number from ${p.range[0]} to ${p.range[1]}: the default ${p.fallback} is used until one is set`;
}

/** A threshold outside its rule's range is a typo, not a choice. */
export function thresholdInRange(ruleId: string, v: unknown): v is number {
  const rule = Object.hasOwn(GAUGE_LIMITS, ruleId) ? GAUGE_LIMITS[ruleId] : undefined;
  return !!rule && typeof v === 'number' && Number.isFinite(v) && v >= rule.range[0] && v <= rule.range[1];
}

export function repairSettings(x: unknown): Settings {
  const s = (typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {}) as Record<string, unknown>;
  // Version 1 had language, fredApiKey and thresholds only: the same fields carry over below, but for the key,
  // which now lives in storage.local only (never synced, never exported): see fredKeyOf.
  const thresholds: Record<string, number> = {};
  if (typeof s.thresholds === 'object' && s.thresholds !== null) {
    for (const [id, rule] of Object.entries(GAUGE_LIMITS)) {
      const v = (s.thresholds as Record<string, unknown>)[id];
      if (thresholdInRange(id, v) && v !== rule.threshold) thresholds[id] = v;
    }
  }
  return {
    version: 2,
    language: oneOf(['auto', 'en', 'zh_TW', 'zh_CN'] as const, s.language, DEFAULT_SETTINGS.language),
    indicators: repairIndicators(s.indicators),
    badgeDensity: oneOf(BADGE_DENSITIES, s.badgeDensity, DEFAULT_SETTINGS.badgeDensity),
    sitesOff: repairHosts(s.sitesOff, (h) => BUILTIN_SITES.some((b) => b.host === h)),
    sitesAdded: repairHosts(s.sitesAdded, () => true),
    thresholds,
    refresh: oneOf(REFRESH_CADENCES, s.refresh, DEFAULT_SETTINGS.refresh),
    notifications: s.notifications === true,
    aheadNotifications: s.aheadNotifications === true,
    aheadThresholdBn: aheadThresholdInRange(s.aheadThresholdBn) ? s.aheadThresholdBn : HEAVY_NET_BN,
    showThen: s.showThen !== false,
    claimMarks: s.claimMarks !== false,
  };
}

/** A FRED API key as the reader typed it: 32 letters and digits, else null. */
export function validFredKey(x: unknown): string | null {
  return typeof x === 'string' && /^[a-z0-9]{32}$/i.test(x.trim()) ? x.trim() : null;
}

/** The FRED API key an older version kept in the synced settings, to move it to local storage. */
export function fredKeyOf(stored: unknown): string | null {
  return typeof stored === 'object' && stored !== null ? validFredKey((stored as Record<string, unknown>).fredApiKey) : null;
}

/** What repairing changed, field by field (shown after an import, logged on read). */
export function repairReport(x: unknown): string[] {
  const fixed = repairSettings(x);
  const s = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  return (Object.keys(fixed) as Array<keyof Settings>).filter((k) => k in s && JSON.stringify(s[k]) !== JSON.stringify(fixed[k]));
}

export function resolveLang(setting: Settings['language'], uiLocale: string): Lang {
  return setting === 'auto' ? langFromLocale(uiLocale) : setting;
}

/** The reader's language from a BCP 47 tag: Taiwan and Hong Kong read Traditional, other Chinese Simplified. */
export function langFromLocale(tag: string): Lang {
  const t = tag.toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /[-_](tw|hk|mo|hant)/.test(t) ? 'zh_TW' : 'zh_CN';
}
