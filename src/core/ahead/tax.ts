/**
 * Federal tax dates: receipts days, when taxpayers' cash moves from their banks to the Treasury's account.
 * The dated rules are IRS Publication 509 (Tax Calendars): estimated tax of individuals (Form 1040-ES) is due
 * 15 April, 15 June, 15 September and 15 January of the next year; of calendar-year corporations (Form 1120-W)
 * 15 April, 15 June, 15 September and 15 December; and the individual return (Form 1040) 15 April. A date on
 * a Saturday, Sunday or legal holiday moves to the next day that is none of these (26 U.S.C. § 7503). Legal
 * holidays there are those of the District of Columbia: the federal holidays and DC Emancipation Day
 * (16 April; on Friday when it falls on a Saturday, on Monday when on a Sunday), which moved the April
 * deadline in 2011, 2016, 2017 and 2022. A federal holiday on a Saturday is observed on the Friday before, where
 * the Fed does not move it; that never meets these dates (when 19 June is a Saturday, 15 June is a Tuesday),
 * so the Fed's business days (core/calendar.ts) serve for the rest. Inauguration Day, a DC holiday every four years on 20 January, next
 * falls in 2029, after the January date it could move.
 */
import { isBusinessDay } from '../calendar';
import { addDays, weekday } from '../dates';
import { say } from '../say';
import type { IsoDate } from '../types';
import type { AheadEvent, AheadSource } from './event';

export const TAX_SOURCE: AheadSource = { name: 'IRS Publication 509, Tax Calendars; 26 U.S.C. § 7503', url: 'https://www.irs.gov/publications/p509' };

export type TaxRuleId = 'estimated_individual_q4' | 'estimated_q1_and_return' | 'estimated_q2' | 'estimated_q3' | 'estimated_corporate_q4';

export interface TaxRule {
  id: TaxRuleId;
  month: number;
  day: number;
  /** The message key saying who pays what. */
  detail: string;
}

export const TAX_RULES: readonly TaxRule[] = [
  { id: 'estimated_individual_q4', month: 1, day: 15, detail: 'ahead_tax_jan' },
  { id: 'estimated_q1_and_return', month: 4, day: 15, detail: 'ahead_tax_apr' },
  { id: 'estimated_q2', month: 6, day: 15, detail: 'ahead_tax_jun' },
  { id: 'estimated_q3', month: 9, day: 15, detail: 'ahead_tax_sep' },
  { id: 'estimated_corporate_q4', month: 12, day: 15, detail: 'ahead_tax_dec' },
];

/** DC Emancipation Day as observed in `year`. */
export function emancipationDay(year: number): IsoDate {
  const d = `${year}-04-16`;
  const wd = weekday(d);
  return wd === 6 ? addDays(d, -1) : wd === 0 ? addDays(d, 1) : d;
}

function isTaxBusinessDay(date: IsoDate): boolean {
  return isBusinessDay(date) && date !== emancipationDay(Number(date.slice(0, 4)));
}

/** The day a tax due on `date` is due in fact. */
export function taxDueDate(date: IsoDate): IsoDate {
  let d = date;
  while (!isTaxBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The tax dates of `year`, moved as the law moves them. */
export function taxEvents(year: number): AheadEvent[] {
  return TAX_RULES.map((rule) => {
    const nominal = `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
    const date = taxDueDate(nominal);
    const detail = date === nominal ? say(rule.detail) : say('ahead_tax_moved', say(rule.detail), nominal);
    return { date, kind: 'tax', label: say('ahead_tax_label'), detail, source: TAX_SOURCE };
  });
}
