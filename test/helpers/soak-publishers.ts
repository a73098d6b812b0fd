/**
 * The publishers over two simulated years, for the soak (test/unit/soak.test.ts): a pure, in-process
 * loopback that answers a request URL at a simulated instant with the real rows of test/fixtures/real that
 * were published by then, filtered by the request's own parameters as the publisher filters them (FRED
 * `cosd`, the NY Fed's `startDate`/`endDate`, Fiscal Data's `record_date:gte` and pages).
 *
 * Nothing is made up. Rows keep their real dates and values, except three NY Fed files that lie outside the
 * simulated years and are replayed shifted by a whole number of weeks (so weekdays hold): EFFR (2023) by
 * +104 weeks, repo operations (Sept 2026) by −13 weeks; SOFR (June 2024, Sept 2025 – Sept 2026) and TGCR keep
 * their dates, so the NY Fed publishes SOFR and TGCR only from Sept 2025 (FRED's copy fills in while it fails).
 * Fiscal Data's JSON answer carries the rows of the real 2021–2026 CSV download in the API's own field names
 * (record_date, account_type, open_today_bal, close_today_bal as in fiscaldata-dts-operating-cash-balance.json).
 * A revised observation takes the value of the observation before it in the same file.
 *
 * Every answer without a fault is written down (`served`): what the cache must hold at the end.
 */
import type { CacheDoc } from '../../src/core/cache';
import { nextBusinessDay, nyWallTimeToUtc } from '../../src/core/calendar';
import { addDays } from '../../src/core/dates';
import type { HttpAnswer } from '../../src/core/refresh';
import { fixture } from './fixtures';
import { FAULTS, type Answer } from './publishers';

type Release = (date: string) => number;
/** Each observation date's release instant, worked out once (the calendar's time-zone arithmetic is slow). */
function remembered(release: Release): Release {
  const memo = new Map<string, number>();
  return (d) => {
    let t = memo.get(d);
    if (t === undefined) memo.set(d, (t = release(d)));
    return t;
  };
}
const afterBusinessDay = (h: number, m: number): Release => remembered((d) => nyWallTimeToUtc(nextBusinessDay(d), h, m));
const sameDay = (h: number, m: number): Release => remembered((d) => nyWallTimeToUtc(d, h, m));
/** BEA's advance estimate about four months after a quarter's first day. */
const afterQuarter: Release = remembered((d) => nyWallTimeToUtc(addDays(d, 119), 8, 30));
const RP_RELEASE = sameDay(13, 15);
const DTS_RELEASE = afterBusinessDay(16, 0);

/** How many of the first items of `xs` satisfy `p`, where `p` holds for a prefix of `xs` (binary search). */
function prefixWhere<T>(xs: readonly T[], p: (x: T) => boolean): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p(xs[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type FredUnit = 'millions' | 'billions' | 'percent';
interface FredSeries {
  header: string;
  unit: FredUnit;
  release: Release;
  /** [date, value as written in the file], oldest first. */
  rows: Array<[string, string]>;
}

function fredRows(files: string[]): { header: string; rows: Array<[string, string]> } {
  const rows = new Map<string, string>();
  let header = '';
  for (const f of files) {
    const lines = fixture(f).trim().split('\n');
    header = lines[0]!;
    for (const line of lines.slice(1)) {
      const [d, v] = line.split(',');
      rows.set(d!, v!);
    }
  }
  return { header, rows: [...rows].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

const FRED: Record<string, { files: string[]; unit: FredUnit; release: Release }> = {
  WRESBAL: { files: ['fred-csv-WRESBAL.csv'], unit: 'millions', release: afterBusinessDay(16, 30) },
  WALCL: { files: ['fred-csv-WALCL.csv'], unit: 'millions', release: afterBusinessDay(16, 30) },
  WRBWFRBL: { files: ['fred-csv-WRBWFRBL.csv'], unit: 'millions', release: afterBusinessDay(16, 30) },
  WDTGAL: { files: ['fred-csv-WDTGAL.csv'], unit: 'millions', release: afterBusinessDay(16, 30) },
  WTREGEN: { files: ['fred-csv-WTREGEN.csv'], unit: 'millions', release: afterBusinessDay(16, 30) },
  GDP: { files: ['fred-csv-GDP.csv'], unit: 'billions', release: afterQuarter },
  IORB: { files: ['fred-csv-IORB.csv'], unit: 'percent', release: afterBusinessDay(9, 0) },
  // Two real downloads of one series: the older one gives the history before the newer one starts.
  SOFR: { files: ['fred-csv-SOFR-from-2018.csv', 'fred-csv-SOFR.csv'], unit: 'percent', release: afterBusinessDay(8, 0) },
  EFFR: { files: ['fred-csv-EFFR.csv', 'fred-csv-EFFR-program-written-excerpt-2025-2026.csv'], unit: 'percent', release: afterBusinessDay(9, 0) },
  RRPONTSYD: { files: ['fred-csv-RRPONTSYD.csv'], unit: 'billions', release: sameDay(13, 15) },
  RPONTTLD: { files: ['fred-csv-RPONTTLD-excerpt-2025-03-to-2026-09.csv'], unit: 'billions', release: sameDay(13, 50) },
  RRPONTSYAWARD: { files: ['fred-csv-legacy-DATE-RRPONTSYAWARD.csv'], unit: 'percent', release: sameDay(13, 15) },
};

type Json = Record<string, unknown>;
interface NyFedRates {
  type: 'SOFR' | 'EFFR' | 'TGCR';
  release: Release;
  rows: Json[];
}

const shifted = (rows: Json[], field: string, days: number): Json[] => rows.map((r) => ({ ...r, [field]: addDays(r[field] as string, days) }));
const nyfedRates = (files: string[], shiftDays: number): Json[] =>
  shifted(files.flatMap((f) => (JSON.parse(fixture(f)) as { refRates: Json[] }).refRates), 'effectiveDate', shiftDays).sort(byField('effectiveDate'));

/** A whole-row sort on a date field, oldest first. */
const byField = (field: string) => (a: Json, b: Json) => ((a[field] as string) < (b[field] as string) ? -1 : (a[field] as string) > (b[field] as string) ? 1 : 0);

/** The Fiscal Data API's rows, from the real CSV download (values in $ millions, as the API gives them). */
function dtsRows(): Json[] {
  const lines = fixture('fiscaldata-dts-operating-cash-balance-download-2021-2026.csv').replace(/^\uFEFF/, '').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [date, type, openToday] = line.split(',');
    return { record_date: date, account_type: type, close_today_bal: 'null', open_today_bal: openToday };
  });
}

export type FaultKind = 'timeout' | 'rate_limited' | 'block_page' | 'truncated' | 'unit_change' | 'revision';
export const FAULT_KINDS: readonly FaultKind[] = ['timeout', 'rate_limited', 'block_page', 'truncated', 'unit_change', 'revision'];

/** A small seeded generator (mulberry32): the same faults on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A body cut inside a line, as a dropped connection leaves it (a cut right after a newline would look whole). */
function cutMidLine(a: Answer): Answer {
  let cut = FAULTS.truncated(a).body.length;
  while (cut > 1 && (a.body[cut - 1] === '\n' || a.body[cut] === '\n')) cut--;
  return { ...a, body: a.body.slice(0, cut) };
}

/** A value written in the other unit, digit for digit (millions ↔ billions with three decimals; percent → basis points). */
function otherUnit(raw: string, unit: FredUnit): string {
  if (unit === 'percent') return String(Math.round(Number(raw) * 10_000) / 100);
  if (unit === 'millions') return raw.length > 3 ? `${raw.slice(0, -3)}.${raw.slice(-3)}` : `0.${raw.padStart(3, '0')}`;
  const [int, frac = ''] = raw.split('.');
  return String(Number(`${int}${frac.padEnd(3, '0').slice(0, 3)}`));
}

export interface SoakStats {
  requests: number;
  faults: Record<FaultKind, number>;
  /** Revisions made, by provider, as [date, old value, new value] in the cache's unit. */
  revisions: Array<{ provider: string; date: string; from: number; to: number; at: number }>;
  /** Requests that asked for history from the first day (cold start or one-time backfill). */
  historyRequests: string[];
  /** The most rows any other answer carried (an answer holds the overlap the refresh asks again, and what is new). */
  maxRowsPerAnswer: number;
}

export interface SoakPublishers {
  /** The publishers' fetch at simulated instant `now` (rejects as the worker's fetch does on a timeout). */
  fetchAt(now: number): (url: string) => Promise<HttpAnswer>;
  /** provider id → series key → date → value in the cache's unit (billions, percent), latest served revision. */
  served: Map<string, Map<string, Map<string, number>>>;
  stats: SoakStats;
}

export function soakPublishers(seed: number, faultRate = 0.1): SoakPublishers {
  const rng = seeded(seed);
  const fred = new Map<string, FredSeries>();
  for (const [id, s] of Object.entries(FRED)) fred.set(id, { ...fredRows(s.files), unit: s.unit, release: s.release });
  const rates: Record<string, NyFedRates> = {
    '/api/rates/secured/sofr/search.json': { type: 'SOFR', release: afterBusinessDay(8, 0), rows: nyfedRates(['nyfed-sofr-search.json', 'nyfed-sofr-search-2025-09-to-2026-09.json'], 0) },
    '/api/rates/secured/tgcr/search.json': { type: 'TGCR', release: afterBusinessDay(8, 0), rows: nyfedRates(['nyfed-tgcr-search-2025-09-to-2026-09.json'], 0) },
    '/api/rates/unsecured/effr/search.json': { type: 'EFFR', release: afterBusinessDay(9, 0), rows: nyfedRates(['nyfed-effr-search.json'], 7 * 104) },
  };
  const operations = shifted((JSON.parse(fixture('nyfed-rp-all-results-search-2026-09.json')) as { repo: { operations: Json[] } }).repo.operations, 'operationDate', -7 * 13);
  const dts = dtsRows().sort(byField('record_date'));

  const served = new Map<string, Map<string, Map<string, number>>>();
  const record = (provider: string, key: string, points: Iterable<[string, number]>) => {
    const byKey = served.get(provider) ?? new Map<string, Map<string, number>>();
    served.set(provider, byKey);
    const m = byKey.get(key) ?? new Map<string, number>();
    byKey.set(key, m);
    for (const [d, v] of points) m.set(d, v);
  };
  const stats: SoakStats = { requests: 0, faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>, revisions: [], historyRequests: [], maxRowsPerAnswer: 0 };
  const asked = (url: string, from: string, rows: number) => {
    if (from <= '2019-01-01') stats.historyRequests.push(url);
    else stats.maxRowsPerAnswer = Math.max(stats.maxRowsPerAnswer, rows);
  };

  function fredAnswer(url: URL, now: number, fault: FaultKind | null): Answer {
    const id = url.searchParams.get('id') ?? '';
    const s = fred.get(id);
    if (!s) return { status: 404, body: '<html><head><title>404 Not Found</title></head></html>' };
    const from = url.searchParams.get('cosd') ?? '1900-01-01';
    const published = prefixWhere(s.rows, ([d]) => s.release(d) <= now);
    if (fault === 'revision' && published > 2) {
      const i = published - 1 - Math.floor(rng() * 3);
      const [d, old] = s.rows[i]!;
      const earlier = s.rows.slice(0, i).reverse().find(([, v]) => v !== old && v !== '.' && v !== '');
      if (earlier && old !== '.' && old !== '') {
        s.rows[i] = [d, earlier[1]];
        stats.revisions.push({ provider: `fred:${id}`, date: d, from: inCacheUnit(old, s.unit), to: inCacheUnit(earlier[1], s.unit), at: now });
      }
    }
    const rows = s.rows.slice(prefixWhere(s.rows, ([d]) => d < from), published);
    asked(url.href, from, rows.length);
    const unitChanged = fault === 'unit_change';
    const body = `${s.header}\n${rows.map(([d, v]) => `${d},${unitChanged && v !== '.' && v !== '' ? otherUnit(v, s.unit) : v}`).join('\n')}${rows.length ? '\n' : ''}`;
    // A dollar series in the other unit is still the same data (the refresh must tell the unit); a rate in basis points is not.
    if (!isFault(fault) || (unitChanged && s.unit !== 'percent')) {
      record(`fred:${id}`, mainKey[id]!, rows.filter(([, v]) => v !== '.' && v !== '').map(([d, v]) => [d, inCacheUnit(v, s.unit)]));
    }
    return { status: 200, body, headers: { 'content-type': 'text/csv' } };
  }

  function ratesAnswer(url: URL, now: number, fault: FaultKind | null): Answer {
    const r = rates[url.pathname]!;
    const start = url.searchParams.get('startDate') ?? '1900-01-01', end = url.searchParams.get('endDate') ?? '2999-12-31';
    const published = r.rows.slice(0, prefixWhere(r.rows, (row) => r.release(row.effectiveDate as string) <= now));
    if (fault === 'revision' && published.length > 2) {
      const i = published.length - 1 - Math.floor(rng() * 3);
      const row = published[i]!;
      const earlier = published.slice(0, i).reverse().find((x) => x.percentRate !== row.percentRate);
      if (earlier) {
        stats.revisions.push({ provider: `nyfed:${r.type.toLowerCase()}`, date: row.effectiveDate as string, from: row.percentRate as number, to: earlier.percentRate as number, at: now });
        const revised = { ...row, percentRate: earlier.percentRate, revisionIndicator: 'Y' };
        r.rows[r.rows.indexOf(row)] = revised;
        published[i] = revised;
      }
    }
    let rows = published.filter((row) => (row.effectiveDate as string) >= start && (row.effectiveDate as string) <= end).reverse();
    asked(url.href, start, rows.length);
    if (fault === 'unit_change') rows = rows.map((row) => ({ ...row, percentRate: Math.round((row.percentRate as number) * 100) }));
    else if (!isFault(fault)) record(`nyfed:${r.type.toLowerCase()}`, r.type.toLowerCase(), rows.map((row) => [row.effectiveDate as string, row.percentRate as number]));
    return { status: 200, body: JSON.stringify({ refRates: rows }), headers: { 'content-type': 'application/json' } };
  }

  function operationsAnswer(url: URL, now: number, fault: FaultKind | null): Answer {
    const start = url.searchParams.get('startDate') ?? '1900-01-01', end = url.searchParams.get('endDate') ?? '2999-12-31';
    const rows = operations.filter((op) => RP_RELEASE(op.operationDate as string) <= now && (op.operationDate as string) >= start && (op.operationDate as string) <= end);
    asked(url.href, start, rows.length);
    if (!isFault(fault)) {
      const rrp = new Map<string, number>();
      for (const op of rows) {
        if (op.operationType === 'Reverse Repo' && op.term === 'Overnight') rrp.set(op.operationDate as string, (rrp.get(op.operationDate as string) ?? 0) + (op.totalAmtAccepted as number) / 1e9);
      }
      record('nyfed:rp', 'rrp', rrp);
    }
    return { status: 200, body: JSON.stringify({ repo: { operations: [...rows].sort(byField('operationDate')).reverse() } }), headers: { 'content-type': 'application/json' } };
  }

  function dtsAnswer(url: URL, now: number, fault: FaultKind | null): Answer {
    const from = /record_date:gte:(\d{4}-\d\d-\d\d)/.exec(url.searchParams.get('filter') ?? '')?.[1] ?? '1900-01-01';
    const closing = (row: Json) => /Closing Balance$/.test(row.account_type as string);
    if (fault === 'revision') {
      const closings = dts.slice(0, prefixWhere(dts, (row) => DTS_RELEASE(row.record_date as string) <= now)).filter(closing);
      const i = closings.length - 1 - Math.floor(rng() * 3);
      if (i > 0) {
        const row = closings[i]!, earlier = closings[i - 1]!;
        stats.revisions.push({ provider: 'fiscaldata:dts', date: row.record_date as string, from: Number(row.open_today_bal) / 1000, to: Number(earlier.open_today_bal) / 1000, at: now });
        row.open_today_bal = earlier.open_today_bal;
      }
    }
    const size = Number(url.searchParams.get('page[size]') ?? 100), page = Number(url.searchParams.get('page[number]') ?? 1);
    const all = dts.slice(prefixWhere(dts, (row) => (row.record_date as string) < from), prefixWhere(dts, (row) => DTS_RELEASE(row.record_date as string) <= now)).reverse();
    const rows = all.slice((page - 1) * size, page * size);
    asked(url.href, from, rows.length);
    if (!isFault(fault)) record('fiscaldata:dts', 'tga', rows.filter(closing).map((row) => [row.record_date as string, Number(row.open_today_bal) / 1000]));
    const pages = Math.max(1, Math.ceil(all.length / size));
    return { status: 200, body: JSON.stringify({ data: rows, meta: { count: rows.length, 'total-count': all.length, 'total-pages': pages } }), headers: { 'content-type': 'application/json' } };
  }

  const fetchAt = (now: number) => async (href: string): Promise<HttpAnswer> => {
    stats.requests++;
    const fault = rng() < faultRate ? FAULT_KINDS[Math.floor(rng() * FAULT_KINDS.length)]! : null;
    if (fault) stats.faults[fault]++;
    if (fault === 'timeout') throw { kind: 'timeout', message: 'no answer within 30 s' };
    if (fault === 'rate_limited') return { status: 429, body: 'Too Many Requests', retryAfter: String(60 * (1 + Math.floor(rng() * 120))) };
    if (fault === 'block_page') {
      const a = FAULTS.htmlWith200();
      return { status: a.status, body: a.body, retryAfter: null };
    }
    const url = new URL(href);
    // Fiscal Data and the repo results have no unit to tell by: their unit fault is a cut body instead.
    const unitless = url.hostname === 'api.fiscaldata.treasury.gov' || url.pathname.startsWith('/api/rp/');
    const effective: FaultKind | null = fault === 'unit_change' && unitless ? 'truncated' : fault;
    let a: Answer;
    if (url.hostname === 'fred.stlouisfed.org' && url.pathname === '/graph/fredgraph.csv') a = fredAnswer(url, now, effective);
    else if (url.hostname === 'markets.newyorkfed.org' && url.pathname in rates) a = ratesAnswer(url, now, effective);
    else if (url.hostname === 'markets.newyorkfed.org' && url.pathname === '/api/rp/results/search.json') a = operationsAnswer(url, now, effective);
    else if (url.hostname === 'api.fiscaldata.treasury.gov') a = dtsAnswer(url, now, effective);
    else a = { status: 404, body: 'not found' };
    if (effective === 'truncated') a = cutMidLine(a);
    return { status: a.status, body: a.body, retryAfter: null };
  };
  return { fetchAt, served, stats };
}

/** A fault that spoils the answer (a revision is the publisher's own change: its answer is whole). */
function isFault(f: FaultKind | null): boolean {
  return f !== null && f !== 'revision';
}

function inCacheUnit(raw: string, unit: FredUnit): number {
  return unit === 'millions' ? Number(raw) / 1000 : Number(raw);
}

/** The series each FRED id feeds (as src/core/providers.ts names them). */
const mainKey: Record<string, string> = {
  WRESBAL: 'reserves',
  WALCL: 'fed_assets',
  WRBWFRBL: 'reserves_wed',
  WDTGAL: 'tga_wed',
  WTREGEN: 'tga',
  GDP: 'gdp',
  IORB: 'iorb',
  SOFR: 'sofr',
  EFFR: 'effr',
  RRPONTSYD: 'rrp',
  RPONTTLD: 'srf',
  RRPONTSYAWARD: 'rrp_rate',
};

/** When each provider's observations are published, by the rules the loopback publishers follow. */
function releaseOf(provider: string): Release {
  if (provider.startsWith('fred:')) return FRED[provider.slice(5)]!.release;
  if (provider === 'nyfed:rp') return RP_RELEASE;
  if (provider === 'fiscaldata:dts') return DTS_RELEASE;
  return provider === 'nyfed:effr' ? afterBusinessDay(9, 0) : afterBusinessDay(8, 0);
}

/** A document holding only what had been published at `now` (a snapshot built then: GDP's last quarter is out months later). */
export function publishedOnly(doc: CacheDoc, now: number): CacheDoc {
  const providers = Object.fromEntries(
    Object.entries(doc.providers).map(([id, st]) => {
      const release = releaseOf(id);
      return [id, { ...st!, points: Object.fromEntries(Object.entries(st!.points).map(([k, pts]) => [k, pts!.filter(([d]) => release(d) <= now)])) }];
    }),
  );
  return { ...doc, providers } as CacheDoc;
}
