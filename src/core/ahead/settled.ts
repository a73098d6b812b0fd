/**
 * Past settlements as they really drew: each day's net cash raised by marketable Treasury securities, from
 * the Daily Treasury Statement (parsers/fiscaldata-debt-cash.ts), beside what the auctions announced. Only
 * days on which securities were issued or redeemed: a day with nothing but a small negative adjustment (the
 * DTS corrects earlier days so) had no settlement.
 */
import { say } from '../say';
import type { DebtCashDay } from '../parsers/fiscaldata-debt-cash';
import type { AheadEvent, AheadSource } from './event';

export const DTS_DEBT_SOURCE: AheadSource = { name: 'U.S. Treasury, Daily Treasury Statement: public debt transactions', url: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/' };

export function settledEvents(days: readonly DebtCashDay[]): AheadEvent[] {
  return days.filter((d) => d.issuedBn > 0 || d.redeemedBn > 0).map(({ date, netBn: bn }) => ({
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
