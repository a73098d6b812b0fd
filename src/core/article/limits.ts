/** Bounds on what a page may ask the worker to read in one claims/check message (the content script sends within them). */
export const PASSAGE_LIMITS = { passages: 300, text: 20_000, terms: 300 } as const;

/**
 * The figures one claims/check message gets read and answered, checked or not, in the order sent (the content
 * script sends what is on screen first). Checking one costs a fraction of a millisecond and about 1 KB of
 * answer, so a page filling the bounds above with figures (105,000 of them) held the worker for ~30 s and got
 * 23 MB back; the largest real page here reads 64, a long live blog a few hundred. Figures past it are left
 * unmarked, as a block too long for one message is. The worker's alone: the content script need not know it.
 */
export const FIGURES_PER_MESSAGE = 1_000;

/**
 * Chinese digits around a ‧ point (六‧五四兆美元, as Taiwan's columns print their figures): core/article/amounts.ts
 * reads them one for one as the digits they are, so the content script must send such a block as it sends one
 * with digits. Not digits after 十/百/千/萬 (八千七百二十八‧五億, 8,728.5): read one for one they would be 8.5.
 */
export const ZH_POINT_DECIMAL = /(?<![十百千萬万〇○零一二三四五六七八九])[〇○零一二三四五六七八九]+[‧·・][〇○零一二三四五六七八九]+/g;
/** Whether a text holds a figure's digits: Arabic ones, or Chinese ones around a ‧ point (not the tail of 八千七百二十八‧五, a numeral with 十/百/千 that is not read). */
export const holdsDigits = (text: string): boolean => /\d/.test(text) || new RegExp(ZH_POINT_DECIMAL.source).test(text);

/**
 * A unit a figure may carry: a block holding one may hold a figure even when it names no term ("usage dropped
 * below $250 billion", "usage fell to USD 98bn": USD before the number, as core/article/amounts.ts reads it).
 */
const UNIT_HINT = /[$%]|(?<![A-Za-z])USD\s?\d|美元|億|亿|兆|\bbps?\b|basis point|基點|基点/i;
export const mayHoldFigure = (text: string): boolean => holdsDigits(text) && UNIT_HINT.test(text);

/**
 * How many distinct dates' numbers a page gets: the worker keeps the answers of MAX_DATES (8) past dates
 * (core/page-answer.ts), and each one not kept costs a pass over the whole cache document (about a third of a
 * second on a fast machine); more would push out the very answers the page is using. A live blog spans a
 * day or two, a newsletter's notes or a timeline a week or so: eight covers them.
 */
export const MAX_FEED_DATES = 8;

/** Bounds on one page/posts message (core/article/feed.ts) (the content script sends within them, a later batch for posts added later). */
export const POST_LIMITS = { posts: 300, times: 4, chars: 100 } as const;

