/** The recorded Fiscal Data auction answers, parsed as the worker parses them, for the calendar's unit tests. */
import type { CalendarData } from '../../src/core/ahead/answer';
import { parseAuctionsQuery, parseUpcomingAuctions } from '../../src/core/parsers/fiscaldata-auctions';
import { fixture } from './fixtures';

/** A parser's value; a parse error fails the test with its message. */
export function parsed<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** January 2026's held bill auctions and the announcements recorded on 2026-07-16, with no DTS days. */
export function recordedCalendar(asOf: string | null = '2026-07-16T18:32:52Z'): CalendarData {
  return {
    held: parsed(parseAuctionsQuery(fixture('fiscaldata-auctions-query-bills-2026-01.json'))).records,
    upcoming: parsed(parseUpcomingAuctions(fixture('fiscaldata-upcoming-auctions-recorded-2026-07-16.json'))).records,
    debtCash: [],
    asOf,
  };
}
