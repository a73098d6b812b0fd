/**
 * What each publisher answers in the tests: the real payloads from test/fixtures/real, routed by URL as
 * the live endpoints are. Used in-process by the unit tests and over HTTPS by the browser tests.
 */
import { fixture } from './fixtures';

export interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Hold the answer back this long (a publisher slower than the worker's timeout). */
  delayMs?: number;
}

const FRED_FILES: Record<string, string> = {
  WRESBAL: 'fred-csv-WRESBAL.csv',
  WALCL: 'fred-csv-WALCL.csv',
  GDP: 'fred-csv-GDP.csv',
  IORB: 'fred-csv-IORB.csv',
  SOFR: 'fred-csv-SOFR.csv',
  EFFR: 'fred-csv-EFFR-program-written-excerpt-2025-2026.csv',
  RRPONTSYD: 'fred-csv-RRPONTSYD.csv',
  WTREGEN: 'fred-csv-WTREGEN.csv',
  WRBWFRBL: 'fred-csv-WRBWFRBL.csv',
  WDTGAL: 'fred-csv-WDTGAL.csv',
  RPONTTLD: 'fred-csv-RPONTTLD-excerpt-2025-03-to-2026-09.csv',
  RRPONTSYAWARD: 'fred-csv-legacy-DATE-RRPONTSYAWARD.csv',
  CBBTCUSD: 'fred-csv-CBBTCUSD-excerpt-2025-08-to-2026-09.csv',
  SP500: 'fred-csv-SP500-excerpt-2024-12-to-2026-09.csv',
};

/** The publisher's answer to a URL, or a 404 (as FRED gives for a series it does not know). */
export function publisherAnswer(url: string): Answer {
  const u = new URL(url);
  if (u.hostname === 'fred.stlouisfed.org' && u.pathname === '/graph/fredgraph.csv') {
    const file = FRED_FILES[u.searchParams.get('id') ?? ''];
    return file ? { status: 200, body: fixture(file), headers: { 'content-type': 'text/csv' } } : { status: 404, body: '<html><head><title>404 Not Found</title></head></html>' };
  }
  if (u.hostname === 'markets.newyorkfed.org') {
    const json = { 'content-type': 'application/json' };
    if (u.pathname === '/api/rates/secured/sofr/search.json') return { status: 200, body: fixture('nyfed-sofr-search-2025-09-to-2026-09.json'), headers: json };
    if (u.pathname === '/api/rates/secured/tgcr/search.json') return { status: 200, body: fixture('nyfed-tgcr-search-2025-09-to-2026-09.json'), headers: json };
    if (u.pathname === '/api/rates/unsecured/effr/search.json') return { status: 200, body: fixture('nyfed-effr-search.json'), headers: json };
    if (u.pathname === '/api/rp/results/search.json') return { status: 200, body: fixture('nyfed-rp-all-results-search-2026-09.json'), headers: json };
  }
  if (u.hostname === 'api.fiscaldata.treasury.gov') {
    const json = { 'content-type': 'application/json' };
    if (u.pathname.endsWith('/accounting/dts/operating_cash_balance')) return { status: 200, body: fixture('fiscaldata-dts-operating-cash-balance.json'), headers: json };
    // The auction datasets as recorded (the whole answers, whatever the record_date filter asks).
    if (u.pathname.endsWith('/accounting/od/upcoming_auctions')) return { status: 200, body: fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json'), headers: json };
    if (u.pathname.endsWith('/accounting/od/auctions_query')) return { status: 200, body: fixture('fiscaldata-auctions-query-bills-2026-01.json'), headers: json };
    // The Daily Treasury Statement's marketable public debt transactions as recorded for 6 October 2026.
    if (u.pathname.endsWith('/accounting/dts/public_debt_transactions')) return { status: 200, body: fixture('fiscaldata-dts-public-debt-transactions-marketable-2026-10-06.json'), headers: json };
  }
  return { status: 404, body: 'not found' };
}

/** Faults the real sources have shown, applied to a real answer. */
export const FAULTS = {
  http500: (): Answer => ({ status: 500, body: '<html><head><title>500 Internal Server Error</title></head><body></body></html>' }),
  http503: (): Answer => ({ status: 503, body: 'Service Unavailable', headers: { 'retry-after': '120' } }),
  rateLimited: (seconds: number): Answer => ({ status: 429, body: 'Too Many Requests', headers: { 'retry-after': String(seconds) } }),
  htmlWith200: (): Answer => ({ status: 200, body: '<!DOCTYPE html><html><head><title>FRED is undergoing maintenance</title></head><body>Back soon</body></html>', headers: { 'content-type': 'text/html' } }),
  empty: (): Answer => ({ status: 200, body: '' }),
  /** Cut in the middle of a line, as a dropped connection leaves it. */
  truncated: (a: Answer): Answer => ({ ...a, body: a.body.slice(0, Math.floor(a.body.length * 0.6)) }),
  /** Whole lines, but the last weeks missing: looks complete, is not. */
  partial: (a: Answer, keepLines: number): Answer => ({ ...a, body: a.body.split('\n').slice(0, keepLines).join('\n') + '\n' }),
  /** A renamed column, as FRED did when DATE became observation_date (here: to something unknown). */
  headerChange: (a: Answer): Answer => ({ ...a, body: a.body.replace(/^[^,\n]+/, 'period') }),
  /** Every value ×factor, as when a publisher switches units (percent to basis points, billions to millions). */
  unitChange: (a: Answer, factor: number): Answer => ({ ...a, body: a.body.replace(/^(\d{4}-\d\d-\d\d,)([\d.]+)(\r?)$/gm, (_, d: string, v: string, cr: string) => `${d}${Number(v) * factor}${cr}`) }),
  /** The header and nothing else. */
  emptySeries: (a: Answer): Answer => ({ ...a, body: `${a.body.split('\n')[0]}\n` }),
  slow: (a: Answer, ms: number): Answer => ({ ...a, delayMs: ms }),
};
