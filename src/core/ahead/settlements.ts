/**
 * Treasury settlements: each auctioned security's cash is due on its issue date. Securities settling on one
 * day are one event per class (bills, or notes and bonds), because Treasury states the publicly held amount
 * maturing that day by class (`est_pub_held_mat_by_type_amt`, the same on every auction of the class settling
 * then): the event's amount is the offering net of it where the data give it, and the gross offering,
 * labelled so, where they do not (upcoming_auctions never does). An offering not yet announced makes the
 * day's amount "to be announced".
 */
import type { AuctionRecord } from '../parsers/fiscaldata-auctions';
import { say, type Say } from '../say';
import type { IsoDate } from '../types';
import type { AheadEvent, AheadSource } from './event';

export const AUCTIONS_SOURCE: AheadSource = { name: 'U.S. Treasury, Fiscal Data: Treasury Securities Auctions Data', url: 'https://fiscaldata.treasury.gov/datasets/treasury-securities-auctions-data/' };
export const UPCOMING_AUCTIONS_SOURCE: AheadSource = { name: 'U.S. Treasury, Fiscal Data: Treasury Securities Upcoming Auctions', url: 'https://fiscaldata.treasury.gov/datasets/upcoming-auctions/' };

export type SecurityClass = 'bills' | 'coupons';

export function securityClass(r: AuctionRecord): SecurityClass {
  return r.securityType === 'Bill' || r.securityType === 'CMB' ? 'bills' : 'coupons';
}

/**
 * The current rows of an upcoming_auctions answer: those of its newest record date. Without a date filter
 * the dataset keeps rows of long-past announcements (back to 2024), which must not read as announced now.
 */
export function currentUpcoming(records: readonly AuctionRecord[]): AuctionRecord[] {
  let newest = '';
  for (const r of records) if (r.recordDate > newest) newest = r.recordDate;
  return records.filter((r) => r.recordDate === newest);
}

const BN = 1e9;

function securityWords(r: AuctionRecord): Say {
  const amount = r.offeringUsd === null ? say('ahead_tba') : say('ahead_usd_bn', r.offeringUsd / BN);
  return say('ahead_security', r.securityTerm, r.securityType, amount);
}

function listWords(records: readonly AuctionRecord[]): Say {
  return records.slice(1).reduce<Say>((acc, r) => say('ahead_list', acc, securityWords(r)), securityWords(records[0]!));
}

function dayEvent(date: IsoDate, cls: SecurityClass, records: readonly AuctionRecord[], announced: ReadonlySet<AuctionRecord>): AheadEvent {
  const label = say(cls === 'bills' ? 'ahead_settlement_bills' : 'ahead_settlement_coupons');
  const source = records.some((r) => announced.has(r)) ? UPCOMING_AUCTIONS_SOURCE : AUCTIONS_SOURCE;
  const securities = listWords(records);
  if (records.some((r) => r.offeringUsd === null)) {
    return { date, kind: 'settlement', label, detail: say('ahead_settlement_tba', securities), source };
  }
  const grossUsd = records.reduce((s, r) => s + r.offeringUsd!, 0);
  const maturing = new Set(records.map((r) => r.maturingPublicUsd));
  const maturingUsd = maturing.size === 1 ? [...maturing][0]! : null;
  if (maturingUsd === null) {
    return { date, kind: 'settlement', amount: grossUsd / BN, unit: 'usd_bn', gross: true, label, detail: say('ahead_settlement_gross', securities), source };
  }
  const net = (grossUsd - maturingUsd) / BN;
  return {
    date,
    kind: 'settlement',
    amount: net,
    unit: 'usd_bn',
    gross: false,
    label,
    detail: say('ahead_settlement_net', securities, say('ahead_usd_bn', maturingUsd / BN), say('ahead_usd_bn', net)),
    source,
  };
}

/**
 * Settlement events from the held and announced auctions (auctions_query) and the current upcoming
 * announcements; an auction in both is taken from auctions_query, which carries what matures.
 */
export function settlementEvents(held: readonly AuctionRecord[], upcoming: readonly AuctionRecord[]): AheadEvent[] {
  const byKey = new Map<string, AuctionRecord>();
  const announced = new Set(currentUpcoming(upcoming));
  for (const r of announced) byKey.set(`${r.cusip} ${r.issueDate}`, r);
  for (const r of held) byKey.set(`${r.cusip} ${r.issueDate}`, r);
  const groups = new Map<string, AuctionRecord[]>();
  for (const r of byKey.values()) {
    const key = `${r.issueDate} ${securityClass(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.keys()].sort().map((key) => {
    const [date, cls] = key.split(' ') as [IsoDate, SecurityClass];
    const records = groups.get(key)!.sort((a, b) => a.auctionDate.localeCompare(b.auctionDate) || a.cusip.localeCompare(b.cusip));
    return dayEvent(date, cls, records, announced);
  });
}
