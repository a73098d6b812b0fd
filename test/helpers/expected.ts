/**
 * The latest value of every indicator, computed here from the fixture files with plain arithmetic,
 * independently of the product's parsers, merging and indicator modules.
 */
import { csvMap, dtsClosing, fixture, last } from './fixtures';

const MONTH = 365.25 / 12;

function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** One field of a NY Fed reference-rate search answer, by date (the raw JSON read with JSON.parse). */
export function nyfedField(file: string, field: string): Map<string, number> {
  const rows = (JSON.parse(fixture(file)) as { refRates: Array<Record<string, unknown>> }).refRates;
  return new Map(rows.filter((r) => typeof r[field] === 'number').map((r) => [r.effectiveDate as string, r[field] as number] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Overnight accepted amounts of the NY Fed's operations results, by date, in billions (test operations left out). */
function operationsBn(file: string, type: 'Repo' | 'Reverse Repo'): Map<string, number> {
  const ops = (JSON.parse(fixture(file)) as { repo: { operations: Array<Record<string, unknown>> } }).repo.operations;
  const out = new Map<string, number>();
  for (const op of ops) {
    if (op.operationType !== type || op.term !== 'Overnight' || /small value/i.test(String(op.note))) continue;
    out.set(op.operationDate as string, (out.get(op.operationDate as string) ?? 0) + (op.totalAmtAccepted as number) / 1e9);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const RP_RESULTS = 'nyfed-rp-all-results-search-2026-09.json';
const SOFR_JSON = 'nyfed-sofr-search-2025-09-to-2026-09.json';
const TGCR_JSON = 'nyfed-tgcr-search-2025-09-to-2026-09.json';

export const data = (() => {
  const wresbal = new Map([...csvMap('fred-csv-legacy-DATE-WRESBAL.csv'), ...[...csvMap('fred-csv-WRESBAL.csv')].map(([d, v]) => [d, v / 1000] as const)]);
  const walcl = new Map([...csvMap('fred-csv-WALCL.csv')].map(([d, v]) => [d, v / 1000]));
  const wrbwfrbl = new Map([...csvMap('fred-csv-WRBWFRBL.csv')].map(([d, v]) => [d, v / 1000]));
  return {
    wresbal,
    wrbwfrbl,
    walcl,
    gdp: csvMap('fred-csv-GDP.csv'),
    rrp: new Map([...csvMap('fred-csv-RRPONTSYD.csv'), ...operationsBn(RP_RESULTS, 'Reverse Repo')]),
    srf: new Map([...csvMap('fred-csv-RPONTTLD-excerpt-2025-03-to-2026-09.csv'), ...operationsBn(RP_RESULTS, 'Repo')]),
    sofr: new Map([...csvMap('fred-csv-SOFR-from-2018.csv'), ...csvMap('fred-csv-SOFR.csv'), ...nyfedField(SOFR_JSON, 'percentRate')]),
    sofrP99: new Map([...nyfedField('nyfed-sofr-search.json', 'percentPercentile99'), ...nyfedField(SOFR_JSON, 'percentPercentile99')]),
    sofrVolume: nyfedField(SOFR_JSON, 'volumeInBillions'),
    tgcr: nyfedField(TGCR_JSON, 'percentRate'),
    effr: new Map([...csvMap('fred-csv-legacy-DATE-EFFR.csv'), ...csvMap('fred-csv-EFFR.csv'), ...csvMap('fred-csv-EFFR-program-written-excerpt-2025-2026.csv')]),
    iorb: csvMap('fred-csv-IORB.csv'),
    tga: dtsClosing(),
    tgaWed: new Map([...csvMap('fred-csv-WDTGAL.csv')].map(([d, v]) => [d, v / 1000])),
  };
})();

export interface Expected {
  /** null: the latest day has no honest value (its reason is tested where the rule is). */
  value: number | null;
  asOf: string;
}

export function expectedLatest(): Record<string, Expected> {
  const { wresbal, wrbwfrbl, walcl, gdp, rrp, srf, sofr, effr, iorb, tga, sofrVolume } = data;
  const [rd, r] = last(wresbal);
  const [ad, a] = last(walcl);
  const gdpQ1 = gdp.get('2026-01-01')!; // the latest quarter published by 17 June 2026 (out end of April)
  const shared = (x: Map<string, number>, y: Map<string, number>) => [...x.keys()].filter((d) => y.has(d)).sort().pop()!;
  const se = shared(sofr, effr);
  let weekSum = 0;
  for (let k = 6; k >= 0; k--) {
    let day = addDays(rd, -k);
    while (!rrp.has(day)) day = addDays(day, -1);
    weekSum += rrp.get(day)!;
  }
  const pace = (r - wresbal.get(addDays(rd, -91))!) / (91 / MONTH);
  const growth = gdpQ1 / gdp.get('2025-01-01')! - 1;
  let months = 0;
  while (((r + pace * months) / (gdpQ1 * (1 + growth) ** (months / 12))) * 100 > 7) months += 0.01;
  return {
    reserves: { value: r, asOf: rd },
    reserves_wed: { value: last(wrbwfrbl)[1], asOf: last(wrbwfrbl)[0] },
    reserves_gdp: { value: (r / gdpQ1) * 100, asOf: rd },
    rrp: { value: last(rrp)[1], asOf: last(rrp)[0] },
    sofr_effr: { value: Math.round((sofr.get(se)! - effr.get(se)!) * 10000) / 100, asOf: se },
    // SOFR runs to 17 Sep 2026, IORB to 23 Jun: past the FOMC decision of 29 Jul, a spread against IORB is missing.
    sofr_iorb: { value: null, asOf: last(sofr)[0] },
    sofr_tail: { value: null, asOf: last(data.sofrP99)[0] },
    tgcr_iorb: { value: null, asOf: last(data.tgcr)[0] },
    sofr_volume: { value: last(sofrVolume)[1], asOf: last(sofrVolume)[0] },
    fed_assets: { value: a, asOf: ad },
    balance_sheet_pace: { value: (a - walcl.get(addDays(ad, -91))!) / (91 / MONTH), asOf: ad },
    tga: { value: last(tga)[1], asOf: last(tga)[0] },
    // The TGA of the H.4.1 Wednesday itself (WDTGAL), where the Fed's balance sheet is dated.
    net_liquidity: { value: a - data.tgaWed.get(ad)! - rrp.get(ad)!, asOf: ad },
    total_liquidity: { value: r + weekSum / 7, asOf: rd },
    srf: { value: last(srf)[1], asOf: last(srf)[0] },
    runway: { value: months, asOf: rd },
  };
}
