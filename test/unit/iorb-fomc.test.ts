/**
 * IORB is administered: it holds from one FOMC decision to the next. SOFR − IORB carries IORB's last
 * observation forward only until the next decision; past that the spread is missing, with the reason. Shown on
 * the real fixtures with IORB cut short before the decision of 10 Dec 2025, after which IORB really changed
 * (3.90% to 3.65% from 11 Dec): carrying it further would have given spreads 25 bp off.
 */
import { describe, expect, it } from 'vitest';
import { buildIndicatorsAnswer } from '../../src/core/answer';
import { administeredUntil, FOMC_DECISIONS } from '../../src/core/fomc';
import { fixturesDoc } from '../helpers/docs';
import { data } from '../helpers/expected';

const NOW = Date.parse('2026-11-25T15:00:00Z');
const CUT = '2025-12-05';
const DECISION = '2025-12-10'; // the FOMC's decision after the cut (the Fed's calendar for 2025: December 9–10)

function cutIorb() {
  const doc = structuredClone(fixturesDoc());
  const st = doc.providers['fred:IORB']!;
  st.points['iorb'] = st.points['iorb']!.filter(([d]) => d <= CUT);
  return doc;
}

describe('IORB carried only until the next FOMC decision', () => {
  it('the calendar: decision days in order, eight a year, on Wednesdays, the one after the cut on 10 Dec 2025', () => {
    expect([...FOMC_DECISIONS].sort()).toEqual(FOMC_DECISIONS);
    // All on a Wednesday but one: November 2024's meeting ran Wednesday–Thursday, after the election.
    const notWednesday = FOMC_DECISIONS.filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() !== 3);
    expect(notWednesday).toEqual(['2024-11-07']);
    // Eight a year.
    for (const y of ['2022', '2023', '2024', '2025', '2026', '2027']) expect(FOMC_DECISIONS.filter((d) => d.startsWith(y)), y).toHaveLength(8);
    expect(administeredUntil(CUT)).toBe(DECISION);
    expect(administeredUntil(DECISION)).toBe(DECISION); // the decision day still has the old rate
  });

  it('SOFR − IORB: carried through the decision day, missing after it with the reason', () => {
    const doc = cutIorb();
    // As of 9 Dec (SOFR of the 8th out on the 9th): the newest spread uses IORB of 5 Dec, carried.
    const before = buildIndicatorsAnswer(doc, NOW, 'en', {}, '2025-12-09').indicators.find((i) => i.id === 'sofr_iorb')!;
    const iorb = data.iorb.get(CUT)!;
    expect(before.asOf).toBe('2025-12-08');
    expect(before.value).toBeCloseTo((data.sofr.get('2025-12-08')! - iorb) * 100, 6);
    // As of 16 Dec: SOFR runs to the 15th, IORB stops at the 5th and the decision of the 10th lies between.
    const after = buildIndicatorsAnswer(doc, NOW, 'en', {}, '2025-12-16').indicators.find((i) => i.id === 'sofr_iorb')!;
    expect(after.value).toBeNull();
    expect(after.note).toBe(`no IORB after the FOMC decision of ${DECISION} (the last held is of ${CUT}): a spread against it would be a guess`);
  });

  it('with IORB held, the spread is the same day’s, as before (the real data)', () => {
    const a = buildIndicatorsAnswer(fixturesDoc(), NOW, 'en', {}, '2025-12-16').indicators.find((i) => i.id === 'sofr_iorb')!;
    expect(a.asOf).toBe('2025-12-15');
    expect(a.value).toBeCloseTo((data.sofr.get('2025-12-15')! - data.iorb.get('2025-12-15')!) * 100, 6);
    // And the rate really changed after the decision: carrying 5 Dec's would have been off by 25 bp.
    expect(Math.round((data.iorb.get(CUT)! - data.iorb.get('2025-12-15')!) * 100)).toBe(25);
  });
});
