/**
 * Providers: one request shape and one parser per publisher endpoint, normalising to USD billions and
 * percent. Series: each quantity with its providers, the publisher of record first.
 */
import { addDays } from './dates';
import { ENDPOINTS } from './endpoints';
import type { ReleaseRuleId } from './calendar';
import { parseDtsCsv, parseDtsJson, tgaFromRows, type DtsRow } from './parsers/fiscaldata-tga';
import { parseFredApiJson } from './parsers/fred-api';
import { parseFredCsv } from './parsers/fred-csv';
import { parseNyFedOperations } from './parsers/nyfed-rp';
import { parseNyFedRates, type NyFedRates } from './parsers/nyfed-rates';
import { fail, ok, type Result } from './result';
import type { IsoDate, Point } from './types';
import { checkPercent, detectUsdScale, scalePoints, type UsdSpec } from './units';

export type SeriesKey =
  | 'reserves'
  | 'reserves_wed'
  | 'fed_assets'
  | 'tga'
  | 'rrp'
  | 'srf'
  | 'sofr'
  | 'effr'
  | 'iorb'
  | 'gdp'
  | 'sofr_p1'
  | 'sofr_p25'
  | 'sofr_p75'
  | 'sofr_p99'
  | 'sofr_volume'
  | 'tgcr'
  | 'tgcr_volume'
  | 'tga_wed'
  | 'rrp_rate'
  | 'effr_p1'
  | 'effr_p99'
  | 'effr_volume'
  | 'effr_target_from'
  | 'effr_target_to';

export const PROVIDER_IDS = [
  'fred:WRESBAL',
  'fred:WALCL',
  'fred:GDP',
  'fred:IORB',
  'nyfed:sofr',
  'nyfed:effr',
  'nyfed:tgcr',
  'nyfed:rp',
  'fiscaldata:dts',
  'fred:SOFR',
  'fred:EFFR',
  'fred:RRPONTSYD',
  'fred:RPONTTLD',
  'fred:WTREGEN',
  'fred:WRBWFRBL',
  'fred:WDTGAL',
  'fred:RRPONTSYAWARD',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(x: unknown): x is ProviderId {
  return typeof x === 'string' && (PROVIDER_IDS as readonly string[]).includes(x);
}

/** How far back a provider with no data, or a one-time backfill, asks for history. */
export const HISTORY_FROM: IsoDate = '2007-01-01';
/** Series whose history starts later than this get a one-time backfill (the 2019 repo spike must be on the charts). */
export const HISTORY_TARGET: IsoDate = '2019-01-01';

export interface ParseContext {
  /** What is already known of each quantity (all providers combined), for unit checks. */
  known: Partial<Record<SeriesKey, Point[]>>;
}

export interface Parsed {
  series: Partial<Record<SeriesKey, Point[]>>;
  note?: string;
}

export interface RequestOptions {
  fredApiKey?: string | undefined;
  page?: number;
}

export interface ProviderDef {
  id: ProviderId;
  /** Short name shown next to numbers. */
  name: string;
  /** Who publishes the number. */
  publisher: string;
  /** The page a reader can open to check the number. */
  pageUrl: string;
  main: SeriesKey;
  feeds: readonly SeriesKey[];
  release: ReleaseRuleId;
  /** Days re-fetched before the newest cached observation, to pick up revisions. */
  overlapDays: number;
  /** Where a provider with no data starts when fetching. */
  coldFrom(today: IsoDate): IsoDate;
  /** Never ask for more than this many days back (history comes from FRED instead). */
  maxSpanDays?: number;
  request(from: IsoDate, today: IsoDate, opts: RequestOptions): string;
  /** Total pages of a paged answer, read from its first page. */
  pages?(firstBody: string): number;
  parse(bodies: string[], ctx: ParseContext): Result<Parsed>;
}

const q = encodeURIComponent;

function fredProvider(
  fredId: string,
  key: SeriesKey,
  opts: { release: ReleaseRuleId; overlapDays: number; usd?: UsdSpec; publisher: string },
): ProviderDef {
  return {
    id: `fred:${fredId}` as ProviderId,
    name: `FRED ${fredId}`,
    publisher: opts.publisher,
    pageUrl: `https://fred.stlouisfed.org/series/${fredId}`,
    main: key,
    feeds: [key],
    release: opts.release,
    overlapDays: opts.overlapDays,
    coldFrom: () => HISTORY_FROM,
    request(from, _today, { fredApiKey }) {
      return fredApiKey
        ? `${ENDPOINTS.fredApi}/fred/series/observations?series_id=${fredId}&api_key=${q(fredApiKey)}&file_type=json&observation_start=${from}`
        : `${ENDPOINTS.fred}/graph/fredgraph.csv?id=${fredId}&cosd=${from}`;
    },
    parse(bodies, ctx) {
      const body = bodies[0] ?? '';
      let raw: Point[];
      let hasDecimalPoint: boolean;
      if (body.trimStart().startsWith('{')) {
        const api = parseFredApiJson(body);
        if (!api.ok) return api;
        ({ points: raw, hasDecimalPoint } = api.value);
      } else {
        const csv = parseFredCsv(body);
        if (!csv.ok) return csv;
        const column = csv.value.columns[fredId];
        if (!column) return fail('format', `CSV has no ${fredId} column (header: ${Object.keys(csv.value.columns).join(',')})`);
        raw = column;
        hasDecimalPoint = csv.value.hasDecimalPoint[fredId]!;
      }
      if (opts.usd) {
        const unit = detectUsdScale(raw, hasDecimalPoint, ctx.known[key] ?? [], opts.usd);
        if (!unit.ok) return unit;
        return ok({ series: { [key]: scalePoints(raw, unit.value.scale) }, note: `published in ${unit.value.unit} (told by ${unit.value.how})` });
      }
      const pct = checkPercent(raw);
      return pct.ok ? ok({ series: { [key]: pct.value } }) : pct;
    },
  };
}

/** The NY Fed's search ranges are kept short; after a long gap FRED's copy fills the history. */
const NYFED_MAX_SPAN_DAYS = 60;

/** What each NY Fed reference rate feeds beside the rate itself. */
const NYFED_RATE_EXTRAS = {
  // The whole distribution: the popup draws the 1st–99th and 25th–75th bands, the gauge reads the tail.
  SOFR: ['p1', 'p25', 'p75', 'p99', 'volume'],
  EFFR: ['p1', 'p99', 'volume'],
  TGCR: ['volume'],
} as const;

/** NY Fed reference rate with its percentiles and volume (EFFR also with the target range). */
function nyfedRatesProvider(rate: keyof typeof NYFED_RATE_EXTRAS, path: string, pageUrl: string): ProviderDef {
  const k = rate.toLowerCase() as 'sofr' | 'effr' | 'tgcr';
  const extras = NYFED_RATE_EXTRAS[rate];
  const keyOf = (field: (typeof extras)[number]) => `${k}_${field}` as SeriesKey;
  const target = rate === 'EFFR' ? (['effr_target_from', 'effr_target_to'] as const) : [];
  return {
    id: `nyfed:${k}`,
    name: `New York Fed ${rate}`,
    publisher: 'Federal Reserve Bank of New York',
    pageUrl,
    main: k,
    feeds: [k, ...extras.map(keyOf), ...target],
    // SOFR, TGCR and BGCR are published together, about 08:00 for the prior business day.
    release: rate === 'EFFR' ? 'effr' : 'sofr',
    overlapDays: 10,
    coldFrom: (today) => addDays(today, -30),
    maxSpanDays: NYFED_MAX_SPAN_DAYS,
    request: (from, today) => `${ENDPOINTS.nyfed}${path}?startDate=${from}&endDate=${today}`,
    parse(bodies) {
      const r = parseNyFedRates(bodies[0] ?? '', rate);
      if (!r.ok) return r;
      const main = checkPercent(r.value.rate);
      if (!main.ok) return main;
      const series: Partial<Record<SeriesKey, Point[]>> = { [k]: main.value };
      for (const field of extras) series[keyOf(field)] = field === 'volume' ? r.value.volumeBn : r.value[field];
      if (rate === 'EFFR') Object.assign(series, { effr_target_from: r.value.targetFrom, effr_target_to: r.value.targetTo });
      return ok({ series });
    },
  };
}

const H41 = 'Federal Reserve Board, H.4.1';

export const PROVIDERS: Record<ProviderId, ProviderDef> = {
  'fred:WRESBAL': fredProvider('WRESBAL', 'reserves', { release: 'h41', overlapDays: 35, usd: { rangeBn: [1, 12_000] }, publisher: `${H41} (reserve balances, week average)` }),
  'fred:WALCL': fredProvider('WALCL', 'fed_assets', { release: 'h41', overlapDays: 35, usd: { rangeBn: [300, 25_000] }, publisher: `${H41} (total assets, Wednesday level)` }),
  // The Wednesday level of reserves, beside the week average: an article may quote either.
  'fred:WRBWFRBL': fredProvider('WRBWFRBL', 'reserves_wed', { release: 'h41', overlapDays: 35, usd: { rangeBn: [1, 12_000] }, publisher: `${H41} (reserve balances, Wednesday level)` }),
  // The TGA on the H.4.1 Wednesday, for figures read on that Wednesday (net liquidity).
  'fred:WDTGAL': fredProvider('WDTGAL', 'tga_wed', { release: 'h41', overlapDays: 35, usd: { rangeBn: [1, 3_000] }, publisher: `${H41} (Treasury General Account, Wednesday level)` }),
  // The ON RRP award rate's long history; the NY Fed's operation results give the recent days.
  'fred:RRPONTSYAWARD': fredProvider('RRPONTSYAWARD', 'rrp_rate', { release: 'rp', overlapDays: 14, publisher: 'Federal Reserve Bank of New York (ON RRP award rate), via FRED' }),
  'fred:WTREGEN': fredProvider('WTREGEN', 'tga', { release: 'h41', overlapDays: 35, usd: { rangeBn: [1, 3_000] }, publisher: `${H41} (Treasury General Account, week average)` }),
  'fred:GDP': fredProvider('GDP', 'gdp', { release: 'gdp', overlapDays: 400, usd: { rangeBn: [100, 200_000] }, publisher: 'U.S. Bureau of Economic Analysis (nominal GDP, SAAR)' }),
  'fred:IORB': fredProvider('IORB', 'iorb', { release: 'iorb', overlapDays: 14, publisher: 'Federal Reserve Board (interest on reserve balances)' }),
  'fred:SOFR': fredProvider('SOFR', 'sofr', { release: 'sofr', overlapDays: 14, publisher: 'Federal Reserve Bank of New York, via FRED' }),
  'fred:EFFR': fredProvider('EFFR', 'effr', { release: 'effr', overlapDays: 14, publisher: 'Federal Reserve Bank of New York, via FRED' }),
  'fred:RRPONTSYD': fredProvider('RRPONTSYD', 'rrp', { release: 'rp', overlapDays: 14, usd: { rangeBn: [0.001, 5_000] }, publisher: 'Federal Reserve Bank of New York (ON RRP), via FRED' }),
  // All collateral, as the NY Fed's totalAmtAccepted counts it (RPONTSYD is Treasury collateral only).
  'fred:RPONTTLD': fredProvider('RPONTTLD', 'srf', {
    release: 'rp',
    overlapDays: 14,
    usd: { rangeBn: [0.001, 2_000] },
    publisher: 'Federal Reserve Bank of New York (overnight repo, all collateral), via FRED',
  }),
  'nyfed:sofr': nyfedRatesProvider('SOFR', '/api/rates/secured/sofr/search.json', 'https://www.newyorkfed.org/markets/reference-rates/sofr'),
  'nyfed:effr': nyfedRatesProvider('EFFR', '/api/rates/unsecured/effr/search.json', 'https://www.newyorkfed.org/markets/reference-rates/effr'),
  'nyfed:tgcr': nyfedRatesProvider('TGCR', '/api/rates/secured/tgcr/search.json', 'https://www.newyorkfed.org/markets/reference-rates/tgcr'),
  'nyfed:rp': {
    id: 'nyfed:rp',
    name: 'New York Fed repo operations',
    publisher: 'Federal Reserve Bank of New York (repo and reverse repo operation results)',
    pageUrl: 'https://www.newyorkfed.org/markets/desk-operations/reverse-repo',
    main: 'rrp',
    feeds: ['rrp', 'srf', 'rrp_rate'],
    release: 'rp',
    overlapDays: 7,
    coldFrom: (today) => addDays(today, -30),
    maxSpanDays: NYFED_MAX_SPAN_DAYS,
    request: (from, today) => `${ENDPOINTS.nyfed}/api/rp/results/search.json?startDate=${from}&endDate=${today}`,
    parse(bodies) {
      const r = parseNyFedOperations(bodies[0] ?? '');
      return r.ok ? ok({ series: { rrp: r.value.rrp, srf: r.value.srf, rrp_rate: r.value.rrpRate } }) : r;
    },
  },
  'fiscaldata:dts': {
    id: 'fiscaldata:dts',
    name: 'Treasury Daily Treasury Statement',
    publisher: 'U.S. Treasury, Bureau of the Fiscal Service (Daily Treasury Statement, Table I)',
    pageUrl: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/operating-cash-balance',
    main: 'tga',
    feeds: ['tga'],
    release: 'dts',
    overlapDays: 10,
    coldFrom: (today) => addDays(today, -30),
    request: (from, _today, { page = 1 }) =>
      `${ENDPOINTS.fiscaldata}/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance` +
      `?fields=record_date,account_type,open_today_bal,close_today_bal&filter=record_date:gte:${from}` +
      `&sort=-record_date&page%5Bnumber%5D=${page}&page%5Bsize%5D=5000`,
    pages(firstBody) {
      const r = parseDtsJson(firstBody);
      return r.ok ? Math.max(1, r.value.totalPages ?? 1) : 1;
    },
    parse(bodies) {
      // The CSV download is accepted too (the bundled snapshot is built from one).
      if (bodies.length === 1 && !bodies[0]!.trimStart().startsWith('{')) {
        const csv = parseDtsCsv(bodies[0]!);
        return csv.ok ? ok({ series: { tga: csv.value.tga } }) : csv;
      }
      const rows: DtsRow[] = [];
      for (const body of bodies) {
        const page = parseDtsJson(body);
        if (!page.ok) return page;
        rows.push(...page.value.rows);
      }
      const tga = tgaFromRows(rows);
      return tga.ok ? ok({ series: { tga: tga.value } }) : tga;
    },
  },
};

export interface SeriesDef {
  key: SeriesKey;
  unit: 'usd_bn' | 'pct';
  /** Publisher of record first; the others fill in where it is down or has no history. */
  providers: readonly ProviderId[];
  /** A cheap provider with long history, asked once when the series starts after HISTORY_TARGET. */
  backfill: ProviderId;
}

export const SERIES: Partial<Record<SeriesKey, SeriesDef>> = {
  reserves: { key: 'reserves', unit: 'usd_bn', providers: ['fred:WRESBAL'], backfill: 'fred:WRESBAL' },
  reserves_wed: { key: 'reserves_wed', unit: 'usd_bn', providers: ['fred:WRBWFRBL'], backfill: 'fred:WRBWFRBL' },
  fed_assets: { key: 'fed_assets', unit: 'usd_bn', providers: ['fred:WALCL'], backfill: 'fred:WALCL' },
  gdp: { key: 'gdp', unit: 'usd_bn', providers: ['fred:GDP'], backfill: 'fred:GDP' },
  iorb: { key: 'iorb', unit: 'pct', providers: ['fred:IORB'], backfill: 'fred:IORB' },
  sofr: { key: 'sofr', unit: 'pct', providers: ['nyfed:sofr', 'fred:SOFR'], backfill: 'fred:SOFR' },
  effr: { key: 'effr', unit: 'pct', providers: ['nyfed:effr', 'fred:EFFR'], backfill: 'fred:EFFR' },
  rrp: { key: 'rrp', unit: 'usd_bn', providers: ['nyfed:rp', 'fred:RRPONTSYD'], backfill: 'fred:RRPONTSYD' },
  srf: { key: 'srf', unit: 'usd_bn', providers: ['nyfed:rp', 'fred:RPONTTLD'], backfill: 'fred:RPONTTLD' },
  tga: { key: 'tga', unit: 'usd_bn', providers: ['fiscaldata:dts', 'fred:WTREGEN'], backfill: 'fred:WTREGEN' },
  tga_wed: { key: 'tga_wed', unit: 'usd_bn', providers: ['fred:WDTGAL'], backfill: 'fred:WDTGAL' },
  // TGCR begins 2 Apr 2018; the NY Fed's search takes long ranges, so it is its own backfill.
  tgcr: { key: 'tgcr', unit: 'pct', providers: ['nyfed:tgcr'], backfill: 'nyfed:tgcr' },
  // SOFR's distribution: the NY Fed's search takes long ranges, so it back-fills the percentiles from 2018 once.
  sofr_p1: { key: 'sofr_p1', unit: 'pct', providers: ['nyfed:sofr'], backfill: 'nyfed:sofr' },
  sofr_p25: { key: 'sofr_p25', unit: 'pct', providers: ['nyfed:sofr'], backfill: 'nyfed:sofr' },
  sofr_p75: { key: 'sofr_p75', unit: 'pct', providers: ['nyfed:sofr'], backfill: 'nyfed:sofr' },
  sofr_p99: { key: 'sofr_p99', unit: 'pct', providers: ['nyfed:sofr'], backfill: 'nyfed:sofr' },
  sofr_volume: { key: 'sofr_volume', unit: 'usd_bn', providers: ['nyfed:sofr'], backfill: 'nyfed:sofr' },
  rrp_rate: { key: 'rrp_rate', unit: 'pct', providers: ['nyfed:rp', 'fred:RRPONTSYAWARD'], backfill: 'fred:RRPONTSYAWARD' },
};

/** Providers fetched on their own schedule; the others only when a primary fails or for backfill. */
export const PRIMARY_PROVIDERS: readonly ProviderId[] = [...new Set(Object.values(SERIES).map((s) => s!.providers[0]!))];

/** Providers of a quantity, including those that only feed auxiliary figures (SOFR percentiles…). */
export function providersOf(key: SeriesKey): ProviderId[] {
  const def = SERIES[key];
  if (def) return [...def.providers];
  return PROVIDER_IDS.filter((id) => PROVIDERS[id].feeds.includes(key));
}
