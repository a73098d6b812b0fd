/**
 * The latest value of every indicator, computed here from the fixture files with plain arithmetic,
 * independently of the product's parsers, merging and indicator modules.
 */
import { csvMap, dtsClosing, last } from './fixtures';

const MONTH = 365.25 / 12;

function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export const data = (() => {
  const wresbal = new Map([...csvMap('fred-csv-legacy-DATE-WRESBAL.csv'), ...[...csvMap('fred-csv-WRESBAL.csv')].map(([d, v]) => [d, v / 1000] as const)]);
  const walcl = new Map([...csvMap('fred-csv-WALCL.csv')].map(([d, v]) => [d, v / 1000]));
  const wrbwfrbl = new Map([...csvMap('fred-csv-WRBWFRBL.csv')].map(([d, v]) => [d, v / 1000]));
  return {
    wresbal,
    wrbwfrbl,
    walcl,
    gdp: csvMap('fred-csv-GDP.csv'),
    rrp: csvMap('fred-csv-RRPONTSYD.csv'),
    sofr: new Map([...csvMap('fred-csv-SOFR-from-2018.csv'), ...csvMap('fred-csv-SOFR.csv')]),
    effr: new Map([...csvMap('fred-csv-legacy-DATE-EFFR.csv'), ...csvMap('fred-csv-EFFR.csv'), ...csvMap('fred-csv-EFFR-program-written-excerpt-2025-2026.csv')]),
    iorb: csvMap('fred-csv-IORB.csv'),
    tga: dtsClosing(),
  };
})();

export interface Expected {
  value: number;
  asOf: string;
}

export function expectedLatest(): Record<string, Expected> {
  const { wresbal, wrbwfrbl, walcl, gdp, rrp, sofr, effr, iorb, tga } = data;
  const [rd, r] = last(wresbal);
  const [ad, a] = last(walcl);
  const gdpQ1 = gdp.get('2026-01-01')!; // the latest quarter published by 17 June 2026 (out end of April)
  const shared = (x: Map<string, number>, y: Map<string, number>) => [...x.keys()].filter((d) => y.has(d)).sort().pop()!;
  const se = shared(sofr, effr), si = shared(sofr, iorb);
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
    sofr_iorb: { value: Math.round((sofr.get(si)! - iorb.get(si)!) * 10000) / 100, asOf: si },
    fed_assets: { value: a, asOf: ad },
    balance_sheet_pace: { value: (a - walcl.get(addDays(ad, -91))!) / (91 / MONTH), asOf: ad },
    tga: { value: last(tga)[1], asOf: last(tga)[0] },
    net_liquidity: { value: a - tga.get(ad)! - rrp.get(ad)!, asOf: ad },
    total_liquidity: { value: r + weekSum / 7, asOf: rd },
    srf: { value: 0.001, asOf: '2026-02-25' }, // the 08:15 operation of 25 Feb 2026 accepted $1,000,000
    runway: { value: months, asOf: rd },
  };
}
