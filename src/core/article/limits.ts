/**
 * Bounds on what a page may ask the worker to read in one claims/check message (the content script sends within
 * them). `figures`: the figures read and answered per message, checked or not, in the order sent — checking one
 * costs a fraction of a millisecond and about 1 KB of answer, so a hostile page filling the other bounds (90,000
 * figures) would hold the worker for tens of seconds; the largest real page here reads 64, a long live blog a few
 * hundred. Figures past it are left unmarked, as a block too long for one message is.
 */
export const PASSAGE_LIMITS = { passages: 300, text: 20_000, terms: 300, figures: 1_000 } as const;

/** A unit a figure may carry: a block holding one may hold a figure even when it names no term ("usage dropped below $250 billion"). */
const UNIT_HINT = /[$%]|美元|億|亿|兆|\bbps?\b|basis point|基點|基点/i;
export const mayHoldFigure = (text: string): boolean => /\d/.test(text) && UNIT_HINT.test(text);
