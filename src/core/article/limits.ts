/** Bounds on what a page may ask the worker to read in one claims/check message (the content script sends within them). */
export const PASSAGE_LIMITS = { passages: 300, text: 20_000, terms: 300 } as const;

/** A unit a figure may carry: a block holding one may hold a figure even when it names no term ("usage dropped below $250 billion"). */
const UNIT_HINT = /[$%]|美元|億|亿|兆|\bbps?\b|basis point|基點|基点/i;
export const mayHoldFigure = (text: string): boolean => /\d/.test(text) && UNIT_HINT.test(text);
