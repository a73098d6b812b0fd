/** Bounds on what a page may ask the worker to read in one claims/check message (the content script sends within them). */
export const PASSAGE_LIMITS = { passages: 300, text: 20_000, terms: 300 } as const;
