/**
 * The message API's answers, computed from a cache document. `indicators/get` and `series/get` are
 * a public contract: ids, units and field names here are what the popup, badges, tests and export use.
 */
import { providerStatus, seriesHealth, seriesOf, worse, type Health, type SourceStatus } from './assemble';
import { memoPerDoc, type CacheDoc, type SnapshotInfo } from './cache';
import { nyTime } from './calendar';
import { cutoffAt, cutoffBefore, cutoffDay, publishedBy, type Cutoff } from './published';
import { daysBetween } from './dates';
import { evaluateGauge, GAUGE_RULES, type Gauge, type GaugeState } from './gauge';
import { formatChange, formatValue } from './format';
import { INDICATORS, INDICATOR_BY_ID } from './indicators';
import { clean } from './indicators/helpers';
import type { Computation, IndicatorDef } from './indicators/types';
import { msg, words } from './messages';
import type { NotSavedNotice } from './not-saved';
import { say, type Say } from './say';
import { sparkPath, sparkPoints } from './sparkline';
import { PRIMARY_PROVIDERS, PROVIDERS, providersOf, type ProviderId, type SeriesKey } from './providers';
import type { DetailUnit, IndicatorId, IsoDate, Lang, Point, Unit } from './types';

export interface DetailAnswer {
  id: string;
  label: string;
  value: number | null;
  unit: DetailUnit;
  asOf: IsoDate | null;
  note: string | null;
}

export interface IndicatorAnswer {
  id: IndicatorId;
  label: string;
  unit: Unit;
  /** Null when it cannot be computed honestly; `note` says why. */
  value: number | null;
  asOf: IsoDate | null;
  /** Days from asOf to today in New York (to the answer's date, for an answer as of a past date). */
  ageDays: number | null;
  previous: number | null;
  previousAsOf: IsoDate | null;
  /** value − previous, in the value's unit (percentage points for `pct`). */
  change: number | null;
  note: string | null;
  /** Where the number comes from (the providers that supplied its newest inputs). */
  source: { name: string; url: string };
  sources: Array<{ provider: ProviderId; name: string; publisher: string; url: string; asOf: IsoDate }>;
  status: Health;
  statusReason: string | null;
  details: DetailAnswer[];
  explain: string;
  method: string;
  thresholds: Array<{ value: number; label: string }>;
  better: IndicatorDef['better'];
  cadence: IndicatorDef['cadence'];
  /** The last year, thinned to at most 60 points, for sparklines. */
  spark: Point[];
  /** The gauge state this indicator's own rules point to (null: no rule judges it). Colours its badges. */
  tone: GaugeState | null;
  /** Value, change and thresholds already formatted in `lang`, for pages that carry no formatter. */
  display: { value: string; change: string; thresholds: string[]; /** SVG path of `spark` in a 100×24 box. */ spark: string };
}

export interface IndicatorsAnswer {
  /** When the cached data were last written (a refresh or the bundled snapshot). */
  generatedAt: string;
  /**
   * Null for today's data; else the New York date whose end (or `asOfTime` on it) the answer describes: only
   * what was published by then, each age counted from that date.
   */
  asOf: IsoDate | null;
  /**
   * With `asOf`, the New York time ('HH:MM') on that date by which the data were published, when the answer stops
   * before the day's end (an article that states its time): the last release time at or before that moment.
   * Null: the end of the day.
   */
  asOfTime: string | null;
  /** When this answer was computed. */
  computedAt: string;
  lang: Lang;
  gauge: Gauge;
  indicators: IndicatorAnswer[];
  sources: SourceStatus[];
  snapshot: SnapshotInfo | null;
  /** Publishers' hosts the reader has not granted (filled in by the worker, which can ask the browser). */
  access: { missing: string[] };
  /**
   * The last refresh fetched data but could not save them (over the storage quota, or refused by the browser):
   * when and why, so the popup says these are the data kept before. Filled in by the worker.
   */
  notSaved: NotSavedNotice | null;
}

export interface SeriesAnswer {
  id: IndicatorId;
  unit: Unit;
  label: string;
  points: Point[];
}

/** Indicator computations depend only on the document, so they are computed once per document. */
export const computation = memoPerDoc((doc, id: IndicatorId): Computation => INDICATOR_BY_ID[id].compute({ series: (key: SeriesKey) => seriesOf(doc, key).points }));

/** For an answer as of a past date: an observation older than this at that date is not "the value then". */
const FRESH_DAYS: Record<IndicatorDef['cadence'], number> = { daily: 10, weekly: 14 };

/**
 * An indicator on the data published by `cut` (the whole cache when null). As of a past moment, a newest
 * row too old to stand for its day, or none at all, leaves no value, with the reason.
 */
function computationAt(doc: CacheDoc, def: IndicatorDef, cut: Cutoff | null): Computation {
  if (!cut) return computation(doc, def.id);
  const day = cutoffDay(cut);
  const comp = computation(publishedBy(doc, cut), def.id);
  const rows = comp.rows.filter((r) => r.value !== null);
  const latest = rows[rows.length - 1];
  if (!latest) {
    const first = computation(doc, def.id).rows.find((r) => r.value !== null)?.date;
    return { ...comp, rows: [], missing: first && first > day ? say('reason_none_published_history', day, first) : comp.missing ? say('reason_none_published_because', day, comp.missing) : say('reason_none_published', day) };
  }
  const age = daysBetween(latest.date, day);
  if (age > FRESH_DAYS[def.cadence]) return { ...comp, rows: [], missing: say('reason_not_fresh', FRESH_DAYS[def.cadence], day, latest.date) };
  return comp;
}

const STATE_OF_LEVEL: Record<number, GaugeState> = { 1: 'adequate', 2: 'tight', 3: 'stressed' };

/** The worst state among an indicator's fired rules; ample when it has rules and none fired. */
function toneOf(gauge: Gauge, id: IndicatorId): GaugeState | null {
  const rules = gauge.rules.filter((r) => r.indicator === id && r.fired !== null);
  if (!rules.length) return null;
  const level = Math.max(0, ...rules.filter((r) => r.fired).map((r) => r.level));
  return level ? STATE_OF_LEVEL[level]! : 'ample';
}

/** A reference line a gauge rule also draws moves with the reader's threshold for that rule. */
function effectiveThreshold(id: IndicatorId, value: number, overrides: Partial<Record<string, number>>): number {
  const rule = GAUGE_RULES.find((r) => r.indicator === id && r.threshold === value && overrides[r.id] !== undefined);
  return rule ? overrides[rule.id]! : value;
}

function indicatorAnswer(doc: CacheDoc, def: IndicatorDef, comp: Computation, now: number, day: IsoDate | null, lang: Lang, overrides: Partial<Record<string, number>>): IndicatorAnswer {
  const latest = comp.rows[comp.rows.length - 1];
  const prev = comp.rows[comp.rows.length - 2];
  const inputs = latest ? comp.inputs(latest) : [];
  const sources = inputs.flatMap((u) => {
    const view = seriesOf(doc, u.key);
    const i = view.points.findIndex(([d]) => d === u.date);
    const provider = i >= 0 ? view.origin[i]! : null;
    return provider ? [{ provider, name: PROVIDERS[provider].name, publisher: PROVIDERS[provider].publisher, url: PROVIDERS[provider].pageUrl, asOf: u.date }] : [];
  });
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.provider === s.provider) === i);
  let status: Health = latest ? 'ok' : 'error';
  const reasons: Say[] = [];
  // Freshness is about today; as of a past date, a value either stood for that date or is missing.
  for (const key of day ? [] : def.inputs) {
    const h = seriesHealth(doc, key, now);
    status = worse(status, h.status === 'error' ? 'stale' : h.status);
    reasons.push(...h.reasons);
  }
  if (!latest) reasons.unshift(comp.missing ?? say('reason_no_data'));
  const value = latest?.value ?? null;
  const previous = prev?.value ?? null;
  // With no value there is no supplier: name the publisher of record of the first input.
  const ofRecord = PROVIDERS[providersOf(def.inputs[0]!)[0]!];
  const spark = sparkPoints(comp.rows.flatMap((r) => (r.value === null ? [] : [[r.date, r.value] as Point])));
  return {
    id: def.id,
    label: def.labels[lang],
    unit: def.unit,
    value,
    asOf: latest?.date ?? null,
    ageDays: latest ? daysBetween(latest.date, day ?? nyTime(now).date) : null,
    previous,
    previousAsOf: prev?.date ?? null,
    change: value !== null && previous !== null ? clean(value - previous) : null,
    note: latest ? ((s) => (s ? words(lang, s) : null))(latest.reason ?? latest.note) : words(lang, comp.missing ?? say('reason_no_data')),
    source: unique.length
      ? { name: unique.map((s) => s.name).join(' · '), url: unique[0]!.url }
      : { name: ofRecord.name, url: ofRecord.pageUrl },
    sources: unique,
    status,
    statusReason: reasons.length ? [...new Set(reasons.map((r) => words(lang, r)))].join(msg(lang, 'reason_separator')) : null,
    details: latest
      ? comp.details(latest).map((d) => ({ id: d.id, label: d.label[lang], value: d.value, unit: d.unit, asOf: d.asOf ?? null, note: d.note ? words(lang, d.note) : null }))
      : [],
    explain: def.explain[lang],
    method: def.method[lang],
    thresholds: def.thresholds.map((t) => ({ value: effectiveThreshold(def.id, t.value, overrides), label: t.label[lang] })),
    better: def.better,
    cadence: def.cadence,
    tone: null,
    display: {
      value: formatValue(value, def.unit, lang),
      change: formatChange(value !== null && previous !== null ? clean(value - previous) : null, def.unit, lang),
      thresholds: def.thresholds.map((t) => `${t.label[lang]}`),
      spark: sparkPath(spark, 100, 24),
    },
    spark,
  };
}

/**
 * Every indicator and the gauge. With `asOf` (a New York date, or a time on it, before now: published.ts), the
 * answer is the data as published by the end of that day or by that time: values, changes, ages and the gauge
 * as they stood.
 */
export function buildIndicatorsAnswer(doc: CacheDoc, now: number, lang: Lang = 'en', thresholds: Partial<Record<string, number>> = {}, asOf: Cutoff | null = null): IndicatorsAnswer {
  const cut = asOf !== null && cutoffBefore(asOf, cutoffAt(now)) ? asOf : null;
  const day = cut && cutoffDay(cut);
  const computations = Object.fromEntries(INDICATORS.map((d) => [d.id, computationAt(doc, d, cut)])) as Record<IndicatorId, Computation>;
  const used = new Set<ProviderId>(PRIMARY_PROVIDERS);
  for (const id of Object.keys(doc.providers) as ProviderId[]) {
    for (const key of PROVIDERS[id].feeds) {
      const view = seriesOf(doc, key);
      if (view.origin.length && view.origin[view.origin.length - 1] === id) used.add(id);
    }
  }
  const gauge = evaluateGauge(computations, lang, thresholds);
  const source = cut ? publishedBy(doc, cut) : doc;
  return {
    generatedAt: doc.writtenAt,
    asOf: day,
    asOfTime: cut && cut.length > 10 ? cut.slice(11) : null,
    computedAt: new Date(now).toISOString(),
    lang,
    gauge,
    indicators: INDICATORS.map((d) => ({ ...indicatorAnswer(source, d, computations[d.id], now, day, lang, thresholds), tone: toneOf(gauge, d.id) })),
    sources: [...used].map((id) => providerStatus(doc, id, now, lang)),
    snapshot: doc.snapshot,
    access: { missing: [] },
    notSaved: null,
  };
}

export function buildSeriesAnswer(doc: CacheDoc, id: IndicatorId, lang: Lang = 'en'): SeriesAnswer {
  const def = INDICATOR_BY_ID[id];
  const rows = computation(doc, id).rows;
  return { id, unit: def.unit, label: def.labels[lang], points: rows.flatMap((r) => (r.value === null ? [] : [[r.date, r.value] as Point])) };
}
