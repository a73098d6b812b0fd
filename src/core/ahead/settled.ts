/**
 * Past settlements as they really drew: each day's net cash raised by marketable Treasury securities, from
 * the Daily Treasury Statement (parsers/fiscaldata-debt-cash.ts), beside what the auctions announced.
 */
import { say } from '../say';
import type { Point } from '../types';
import type { AheadEvent, AheadSource } from './event';

export const DTS_DEBT_SOURCE: AheadSource = { name: 'U.S. Treasury, Daily Treasury Statement: public debt transactions', url: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/' };

export function settledEvents(netCash: readonly Point[]): AheadEvent[] {
  return netCash.map(([date, bn]) => ({
    date,
    kind: 'settled',
    amount: bn,
    unit: 'usd_bn',
    gross: false,
    label: say('ahead_settled_label'),
    detail: say('ahead_settled_detail', say('ahead_usd_bn', bn)),
    source: DTS_DEBT_SOURCE,
  }));
}
