/**
 * Treasury's quarterly refunding announcements: the statement that sets the next quarter's coupon and FRN
 * auction sizes. Its date follows no rule Treasury publishes, so each is held with the Treasury release that
 * gives it: the announcement's own statement, or (where that is not held) the previous statement, which
 * ends with "The next quarterly refunding announcement will take place on …". A date no release gives is not
 * listed; add each new one from the latest statement.
 */
import { say } from '../say';
import type { IsoDate } from '../types';
import type { AheadEvent, AheadSource } from './event';

const STATEMENT = 'U.S. Treasury, Quarterly Refunding Statement';

export const REFUNDING_ANNOUNCEMENTS: readonly { date: IsoDate; source: AheadSource }[] = [
  { date: '2026-02-04', source: { name: `${STATEMENT}, 4 February 2026`, url: 'https://home.treasury.gov/news/press-releases/sb0384' } },
  { date: '2026-05-06', source: { name: `${STATEMENT}, 6 May 2026`, url: 'https://home.treasury.gov/news/press-releases/sb0489' } },
  { date: '2026-08-05', source: { name: `${STATEMENT}, 5 August 2026`, url: 'https://home.treasury.gov/news/press-releases/sb0590' } },
  // Dated by the August statement ("will take place on Wednesday, November 4, 2026").
  { date: '2026-11-04', source: { name: `${STATEMENT}, 5 August 2026 (next announcement)`, url: 'https://home.treasury.gov/news/press-releases/sb0590' } },
];

export function refundingEvents(): AheadEvent[] {
  return REFUNDING_ANNOUNCEMENTS.map(({ date, source }) => ({ date, kind: 'release', label: say('ahead_refunding_label'), detail: say('ahead_refunding_detail'), source }));
}
