/** FOMC decision days as calendar events, from the Fed's dated list (core/fomc.ts). */
import { FOMC_DECISIONS, FOMC_SOURCE } from '../fomc';
import { say } from '../say';
import type { AheadEvent } from './event';

export function fomcEvents(): AheadEvent[] {
  return FOMC_DECISIONS.map((date) => ({ date, kind: 'fomc', label: say('ahead_fomc_label'), detail: say('ahead_fomc_detail'), source: FOMC_SOURCE }));
}
