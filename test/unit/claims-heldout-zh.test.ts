/**
 * The held-out Chinese corpus (test/fixtures/claims-heldout/zh: 14 pages, 7 繁體 and 7 简体, 104 figures, their
 * sources in claims.json). It was annotated and checked by verdicts.mjs before the reader was run on it, and it is
 * scored exactly like claims-dev (test/helpers/claims-corpus.ts).
 *
 * The first score, on articles the reader had never met (at a05b3ee), was agreement 0.77 (24/31), coverage 0.60
 * (26/43), no false ✗, 5 marks on `none` figures and 2 extra marks (no ✗); with two slips of the corpus's own
 * build fixed (p10's missing <time>, p04's servePath), the same reader scores 0.79 (27/34) and 0.67 (29/43), in
 * Chromium (score.mjs) too. The rules added since (article dates, release days, previous-day phrases, Chinese
 * moves, parts of months, IORB in words, a spread said of a pronoun, a figure named after it …) brought it to
 * agreement 0.97 (39/40), coverage 0.91 (39/43), no false ✗, and the line held here. The two extra marks are
 * right (SOFR − EFFR 18 bp on 2025-09-15, and a headline's copy of an annotated bound); verdicts.mjs has no EFFR
 * after March 2025, so the spread is not annotated.
 *
 * One mark on a `none` figure stays, and it is right: "SRF 上週創下503.5億美元歷史高位" is the 2025-10-31 SRF take-up
 * (50.35 bn in the fixtures). By the rules "上週" is the latest data, but verdicts.mjs has no SRF series, so the
 * annotation can only say none.
 */
import { describe } from 'vitest';
import { corpusChecks } from '../helpers/claims-corpus';

const TODAY = '2026-12-01';

describe('claims-heldout/zh: unseen Chinese articles, real data', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh/', import.meta.url).pathname, TODAY, {
    pages: 14,
    agreement: 0.97,
    // 40 of 43 after the subject-tying fixes (branch subject-tying: p13's 该数字, a generic subject, after the headline's reserves).
    coverage: 0.93,
    rightOnNone: ['p04-zh-investor-tga-hoard-over-one-trillion.html: NONE-MARKED srf 50.35 → match (vague) "上週創下503.5億美元歷史高位"'],
  });
});

/**
 * Two more pages (test/fixtures/claims-heldout/zh-fresh, 18 figures), annotated after the fixes and scored once,
 * unseen: agreement 1.00 (4/4), coverage 0.67 (4/6), no false ✗, no mark on a `none` figure; one extra mark, the
 * SRF's 50.35 bn record of 2025-10-31, which is right and has no series in verdicts.mjs. Nothing was tuned on them;
 * an English rule written later (a day opening the sentence reaches the level a move ended at) brought f01's
 * "22個基點至約4.22%" in: 5 of 6; a rule written for zh5's batch (a move over a span of months back from now,
 * 在過去三個月內…從 A 暴增至 B, ends at today's level) brought f02's "突破 1 兆美元" in: 6 of 6, the line held here.
 */
describe('claims-heldout/zh-fresh: two more unseen pages, scored once after the fixes', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh-fresh/', import.meta.url).pathname, TODAY, { pages: 2, agreement: 1, coverage: 1 });
});

/**
 * Ten more pages (test/fixtures/claims-heldout/zh2: 5 繁體, 5 简体, 73 figures, 28 to mark), committed before the
 * reader met them. Their first score, unseen (the reader at b35a2df; the same at 1b9138e): 17 of 28 marked, all 17 right (agreement 0.94, 17 of 18
 * judged, coverage 0.61), no false ✗, one mark on a `none` figure (a four-day decline, 累计降幅达到逾 1200 亿美元,
 * read as the level), 2 extra marks (both right: the SRF's 67.5 亿 of 2025-10-15, which verdicts.mjs cannot
 * compute). The rules written for their constructions (each with its own examples: a year's end as its December,
 * a peak word that belongs to another figure's clause, a move noun before its figure, 料 as a forecast, a
 * programme's 計畫, a planned day, subjectless sentences, a dated comparison base, the day of the sentence
 * before) brought it to 25 of 28, all right, and the content script sending blocks whose figures are Chinese digits
 * around a ‧ point (六‧五四兆美元) to 26 of 28; the line is held here. Left: 八‧九六兆美元 "in April" of a year
 * written 二○二二 (a period in Chinese numerals) and a spread said only as 利差 after IORB (the one right ✗ of the
 * batch).
 */
describe('claims-heldout/zh2: ten more unseen pages on reserves, the ON RRP, SOFR − IORB, QT and the TGA', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh2/', import.meta.url).pathname, TODAY, { pages: 10, agreement: 1, coverage: 0.92 });
});

/**
 * Nine more pages (test/fixtures/claims-heldout/zh3: 5 繁體, 4 简体, 48 figures, 14 to mark; three crypto-macro posts),
 * committed before the reader met them. Their first score, unseen (the reader of main at 69419d4): 9 of 14 marked, all
 * 9 right (agreement 1.00, coverage 0.64), no false ✗, no mark on a `none` figure, no extra mark. The rules written
 * for their constructions (each with its own examples: a dollar sign before a Chinese scale word, $6.5兆; ≈ as
 * "about"; a colon after a figure ending its words; a space ending a clause in a headline; 財政部賬戶 with 賬) brought
 * it to 12 of 14, all right; the line is held here. Left: "其降至略低於$3兆", whose 其 is 儲備 (the Hong Kong word for
 * reserves, not a term on its own), and a level written in 万亿 for 亿 (2,999.7万亿美元), read only loosely, so never ✗.
 */
describe('claims-heldout/zh3: nine more unseen pages, crypto-macro posts among them', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh3/', import.meta.url).pathname, TODAY, { pages: 9, agreement: 1, coverage: 0.85, verdictable: 14, covered: 12 });
});

/**
 * Six more pages (test/fixtures/claims-heldout/zh4: 3 繁體, 3 简体, 31 figures, 10 to mark), committed before the
 * reader met them. Their first score, unseen (the reader at 94abeb1): 7 of 11 marked as first annotated, all right
 * (agreement 1.00, coverage 0.64), no false ✗, no mark on a `none` figure, one extra mark (right: the SRF's 503.5亿 of
 * 2025-10-31, which verdicts.mjs cannot compute); m05's "3.0万亿" (no currency printed) was then corrected to
 * no-unit, 7 of 10. The rule written for their construction (a headline's 創2020年10月來最低: a date with the short 來
 * is "since", and the record is today's) brought it to 8 of 10, all right. The subject-tying fixes (branch
 * subject-tying: 美国银行体系的储备, the U.S. banking system's 储备, names bank reserves, read by the worker) brought m06's
 * "该储备已跌破 3 万亿美元" in: 9 of 10, the line held here. Left: a balance sheet named only in the sentence before
 * ("两边…都是6.5万亿美元").
 */
describe('claims-heldout/zh4: six more unseen pages on reserves, the ON RRP, SOFR and the balance sheet', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh4/', import.meta.url).pathname, TODAY, { pages: 6, agreement: 1, coverage: 0.9 });
});

/**
 * Seven more pages (test/fixtures/claims-heldout/zh5: 4 繁體, 3 简体, 29 figures, 12 to mark), committed before the
 * reader met them (85620c1). Their first score, unseen (the reader of main at b88438e): 4 of 12 marked, all right
 * (agreement 1.00, coverage 0.33), no false ✗, no mark on a `none` figure, one extra mark (right: the SRF's 67.5亿 of
 * 2025-10-15, which verdicts.mjs cannot compute). The misses, by step: periods not read (4: a from-figure's time or
 * peak word taken as the level reached's, 本月初, 在此之前), a forecast word after 目前 (回到), a derived-rate word of
 * another rate (SOFR平均值 … IORB(3.90%)), a term not found (資產部位) and a spread whose rate is glossed in brackets
 * (准备金余额利率(IOR)). The rules written for them (each with its own examples: a Latin gloss in brackets stays in
 * its clause; the time a sentence opens with reaches past a move's earlier level; a return said as done, 目前…回到, is
 * no forecast; a rate in brackets after its own term is not derived by another rate's words) brought it to 8 of 12, all
 * right; the line is held here. Left: 將 (把 or "will": the tense is not written), 資產部位 (no term), 本月初 (a part of
 * a month, unread on purpose) and 在此之前 (another time).
 */
describe('claims-heldout/zh5: seven more unseen pages on the end of QT and the autumn-2025 money-market strain', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh5/', import.meta.url).pathname, TODAY, { pages: 7, agreement: 1, coverage: 0.66, verdictable: 12, covered: 8 });
});

/**
 * Six pages collected while the reader was being changed on other branches (test/fixtures/claims-heldout/zh6: 3 繁體,
 * 3 简体, 62 figures, 16 to mark), committed before the reader met them (b4f379b, 2e2704e), and scored once, on the
 * reader as merged at the end of 2026-12-03: 5 of 16 marked, all right (agreement 1.00, coverage 0.31), no false ✗, no
 * mark on a `none` figure; three extra marks on the SRF's take-up, which verdicts.mjs cannot compute: 503.5亿 of
 * 2025-10-31 twice (✓), and 147.5亿 "本周一" (2025-11-03), a ✗ against the day's total of $22.0 billion — a figure below
 * the day's total that may be one of its two operations, so no longer a ✗ (check.ts; the rule's own examples in
 * claims.test.ts). No rule was written from this batch's words; the line is held here.
 */
describe('claims-heldout/zh6: six pages scored once, on the reader as the day ended', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh6/', import.meta.url).pathname, TODAY, { pages: 6, agreement: 1, coverage: 0.31, verdictable: 16, covered: 5 });
});

/**
 * Six more pages (test/fixtures/claims-heldout/zh7: 3 繁體, 3 简体, 44 figures, 13 to mark; 2022-12 to 2025-12),
 * committed before the reader met them (3b8a026). Their first score, unseen (the reader of main at f9dee99): 8 of 13
 * marked, all 8 right, but one mark on a `none` figure, and a ✗: Waller's estimate of the lowest ample level
 * ("理事沃勒則在7月估算,最低準備金水平大約在2.7萬億美元附近") read as July's reserves (agreement 0.89, 8 of 9 judged;
 * coverage 0.62), no false ✗ on a checkable figure, two extra marks (right: the SRF's 503.5亿 and 220亿, which
 * verdicts.mjs cannot compute). The rules written for their constructions (each with its own examples in
 * lexicon/zh.ts: a clause ending in a verb of estimating governs the clause after it, forecast.governs; a bank
 * named right before a verb of saying is the speaker, not the owner, part.source; last year's end is last year's
 * December, 去年年底; "this ratio" after reserves and GDP is reserves over GDP, anaphor.ratio) brought it to 11 of
 * 13, all right, and no mark on a `none` figure; the line is held here. Left: q04's balance sheet "截至2025年11月初
 * …已由8.9万亿美元降至6.6万亿美元" (资产总规模 is no term, and 11月初, a part of a month, is unread on purpose).
 */
describe('claims-heldout/zh7: six more unseen pages, 2022–2025', () => {
  corpusChecks(new URL('../fixtures/claims-heldout/zh7/', import.meta.url).pathname, TODAY, { pages: 6, agreement: 1, coverage: 0.84, verdictable: 13, covered: 11 });
});
