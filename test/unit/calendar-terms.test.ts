/**
 * The calendar days an article names (a tax date, a Treasury settlement, a quarter-end), as the term analysis
 * reads them on the annotated real pages: they give the article card its line of the next such day, and are
 * never a mention (no badge, no figure checked, nothing counted towards the article badge).
 */
import { describe, expect, it } from 'vitest';
import { analyseBlocks, Analyser } from '../../src/core/terms/context';
import { annotations, pageBlocks, pageOutcome } from '../helpers/page-analysis';
import { DICTIONARY } from '../../src/core/terms/dictionary';

/** Each page's blocks, read once (through the real walk: it takes a while). */
const blocksOf = new Map(annotations.map((a) => [a.file, pageBlocks(a.file)]));

const named = (file: string) => {
  const analyser = new Analyser();
  const mentions = analyseBlocks(blocksOf.get(file)!, analyser).flat();
  return { named: [...analyser.named], mentions };
};

describe('calendar days named in an article', () => {
  it('the Reuters report of the SRF on a tax date names the tax date and the Treasury settlement, and only those pages name any', () => {
    const all = Object.fromEntries(annotations.map((a) => [a.file, named(a.file).named]).filter(([, n]) => n!.length));
    expect(all).toEqual({
      'txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html': ['tax', 'settlement'],
      // Taiwan's central bank at the end of the third quarter (第三季末): named, but the page is a trap that gets
      // no article badge (badges.test.ts), so no card and no line.
      'txt-trap-zh01_ltn-via-yahoo-tw_taiwan-fx-reserves-fed-cut.html': ['quarter_end'],
    });
  }, 60_000);

  it('is never a mention: the pages badge and read as before without the calendar’s terms', () => {
    const without = DICTIONARY.filter((d) => !d.day);
    expect(without.length).toBe(DICTIONARY.length - 3);
    for (const a of annotations) {
      const blocks = blocksOf.get(a.file)!;
      expect(pageOutcome(blocks, DICTIONARY), a.file).toEqual(pageOutcome(blocks, without));
    }
    expect(named('txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html').mentions.every((m) => !['tax', 'settlement', 'quarter_end'].includes(m.kind))).toBe(true);
  }, 60_000);

  it('reads the forms on real sentences, and not their near-misses', () => {
    const read = (text: string) => {
      const analyser = new Analyser();
      analyseBlocks([text], analyser);
      return [...analyser.named];
    };
    // From the Reuters report above.
    expect(read('The corporate tax date coincides with a large Treasury security settlement for recently-issued debt.')).toEqual(['tax', 'settlement']);
    expect(read('which typically happens around Treasury auction settlements.')).toEqual(['settlement']);
    // From the FedEx trap page: a fiscal quarter that ends is no quarter-end of the calendar's.
    expect(read('As FedEx’s first fiscal quarter ends on August 31, the company announced its results.')).toEqual([]);
  });
});
