/**
 * What a content script needs to know about its page, decided by the worker from the settings: whether
 * badges are on for this site, how many, in which language, and the few words the badges say (so the
 * content script carries no message catalogue and no settings logic of its own).
 */
import { msg } from './messages';
import { resolveLang, type BadgeDensity, type Settings } from './settings';
import { builtinSiteOf, hostOf, siteEnabled } from './sites';
import type { Lang } from './types';

export interface PageConfig {
  enabled: boolean;
  density: BadgeDensity;
  /** Then → now on a dated article. */
  then: boolean;
  /** Marks on the article's own figures. */
  claims: boolean;
  /** The page is on the Fed's own site: its words need no further Fed context. */
  fedSite: boolean;
  lang: Lang;
  words: Record<string, string>;
}

const WORDS = [
  'gaugeLabel', 'gauge_ample', 'gauge_adequate', 'gauge_tight', 'gauge_stressed', 'badgeMentioned', 'cardAsOf', 'cardChange', 'cardThreshold', 'cardSource',
  'stale', 'missing', 'badgeTitle', 'summaryTitle', 'cardClose', 'tone_good', 'tone_bad', 'tone_flat', 'cardThen', 'cardNow', 'cardSinceArticle', 'cardThenMissing',
  'cardArticleDate', 'cardDateUnknown', 'summaryWritten', 'summaryGaugeThen', 'summaryGaugeNow', 'dateSource_jsonld', 'dateSource_meta', 'dateSource_time',
  'dateSource_url', 'dateSource_text', 'dateWhy_none', 'dateWhy_disagree', 'dateWhy_future', 'dateWhy_old', 'claimsTally', 'cardNext',
  'selectionTitle', 'selectionNone', 'selectionDatePage', 'selectionDateToday',
] as const;

export function pageConfig(settings: Settings, url: string, uiLocale: string): PageConfig {
  const lang = resolveLang(settings.language, uiLocale);
  return {
    enabled: settings.badgeDensity !== 'off' && siteEnabled(settings, url),
    density: settings.badgeDensity,
    then: settings.showThen,
    claims: settings.claimMarks,
    fedSite: !!builtinSiteOf(hostOf(url) ?? '')?.fed,
    lang,
    // Templates keep their $1…$4 for the content script to fill.
    words: Object.fromEntries(WORDS.map((k) => [k, msg(lang, k, '$1', '$2', '$3', '$4')])),
  };
}
