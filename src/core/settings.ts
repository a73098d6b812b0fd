/**
 * Settings, with their defaults in one place. Whatever is stored is repaired on read: unknown or
 * malformed fields fall back to the default, so an old or broken settings object is never fatal.
 */
import { GAUGE_RULES } from './gauge';
import type { Lang } from './types';

export interface Settings {
  version: 1;
  language: 'auto' | Lang;
  /** Optional key for FRED's JSON API; the keyless CSV download is used without it. */
  fredApiKey: string;
  /** Gauge thresholds the reader changed, by rule id. */
  thresholds: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, language: 'auto', fredApiKey: '', thresholds: {} };

export function repairSettings(x: unknown): Settings {
  const s = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const language = s.language === 'en' || s.language === 'zh_TW' || s.language === 'zh_CN' || s.language === 'auto' ? s.language : DEFAULT_SETTINGS.language;
  const fredApiKey = typeof s.fredApiKey === 'string' && /^[a-z0-9]{32}$/i.test(s.fredApiKey.trim()) ? s.fredApiKey.trim() : '';
  const thresholds: Record<string, number> = {};
  if (typeof s.thresholds === 'object' && s.thresholds !== null) {
    for (const rule of GAUGE_RULES) {
      const v = (s.thresholds as Record<string, unknown>)[rule.id];
      if (typeof v === 'number' && Number.isFinite(v)) thresholds[rule.id] = v;
    }
  }
  return { version: 1, language, fredApiKey, thresholds };
}

/** The reader's language from a BCP 47 tag: Taiwan and Hong Kong read Traditional, other Chinese Simplified. */
export function langFromLocale(tag: string): Lang {
  const t = tag.toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)/.test(t) ? 'zh_TW' : 'zh_CN';
}
