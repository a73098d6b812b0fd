/**
 * The only hosts Liquidity Lens talks to. All keyless; the FRED API host is used only when the reader
 * gives a FRED API key. Tests reach their own local server under these same names (DNS mapped to
 * loopback), so nothing here is switchable at run time.
 */
export const ENDPOINTS = {
  fred: 'https://fred.stlouisfed.org',
  fredApi: 'https://api.stlouisfed.org',
  nyfed: 'https://markets.newyorkfed.org',
  fiscaldata: 'https://api.fiscaldata.treasury.gov',
} as const;
