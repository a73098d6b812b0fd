/**
 * Hostile messages for the worker, from a seed: for each message type a content script may send, variants with
 * oversized, deeply nested, wrongly typed and prototype-named fields. A variant is a recipe — plain JSON with a
 * few markers ({$repeat}, {$array}, {$nest}, {$char}, {$concat}, {$number}, {$obj}) — that EXPAND_SOURCE turns
 * into the real value inside the page's content-script world, so 10 MB strings and lone surrogates are made
 * where they are sent rather than carried through the test's own protocol.
 */
import { readFileSync } from 'node:fs';
import { readClaims, type Passage } from '../../src/core/article/claims';
import { MAX_FEED_DATES, PASSAGE_LIMITS, POST_LIMITS } from '../../src/core/article/limits';
import { passagesOf } from './claims-corpus';

/** The seeded generator (mulberry32) the soak test uses: the same seed, the same messages. */
export { seeded as seededRandom } from './soak-publishers';

export type Recipe = unknown;

const MB10 = 10 * 1024 * 1024;
const loneHigh = { $char: [0xd800] };
const loneLow = { $char: [0xdfff] };
export const tenMegabytes = (s = 'x'): Recipe => ({ $repeat: [s, Math.ceil(MB10 / s.length)] });
export const nested = (depth: number, key: string | null, leaf: Recipe = 1): Recipe => ({ $nest: [depth, key, leaf] });
/** An object whose own keys are these (a literal `__proto__` key would set the prototype instead). */
export const ownKeys = (entries: Array<[string, Recipe]>): Recipe => ({ $obj: entries });

/** Values no field expects: wrong types, huge and odd numbers, NaN-like strings, lone surrogates, deep and huge. */
const ODD_VALUES: Recipe[] = [
  null, true, 0, -1, 1e308, { $number: '-0' }, { $number: 'NaN' }, { $number: 'Infinity' }, 2 ** 53 + 2, 0.5,
  'NaN', 'Infinity', '-Infinity', '1e999', '', ' ', 'undefined', 'null', '__proto__', 'constructor', 'toString',
  loneHigh, loneLow, { $concat: ['a', loneHigh, 'b', loneLow] }, [], {}, [[[]]], ['x'], { length: 1e9 },
  ownKeys([['__proto__', { polluted: true }]]), ownKeys([['constructor', { prototype: { polluted: true } }]]), { prototype: { polluted: true } },
  nested(10_000, 'a'), nested(10_000, null), nested(60, 'a'), nested(60, null), tenMegabytes(), { $array: [100_000, 'x'] },
];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** The seed article's blocks (real text): the figures a hostile page can fill a message with. */
const SEED_BLOCKS = readFileSync(new URL('../../demo/seed/000_bb5fc8af848cf247.txt', import.meta.url), 'utf8').split('\n').slice(1, 79).map((l) => l.trim()).filter(Boolean);

/** One passage as long as a message allows, made of the seed's blocks that hold figures, with their terms (as the content script reads them). */
export function figureDensePassage(): Passage {
  const withFigures = SEED_BLOCKS.filter((b) => readClaims(passagesOf([b])[0]!, '2025-10-20').claims.length);
  let text = '';
  for (let i = 0; text.length + withFigures[i % withFigures.length]!.length < PASSAGE_LIMITS.text; i++) text += withFigures[i % withFigures.length]! + ' ';
  const p = passagesOf([text])[0]!;
  return { text: p.text, terms: p.terms.filter((t) => t.kind !== 'topic').slice(0, PASSAGE_LIMITS.terms) };
}

/** A valid date-facts payload (as content/article-date.ts sends), the base the facts variants break. */
const FACTS = { url: 'https://www.reuters.com/page.html', jsonLd: [], metas: [], times: [], texts: [], chinese: false };

const factsVariants = (): Recipe[] => [
  { ...FACTS, jsonLd: { $array: [20, { $repeat: ['[', 200_000] }] } }, // JSON-LD as deep as the bound lets it be
  { ...FACTS, jsonLd: { $array: [20, { $concat: [{ $repeat: ['{"@graph":', 20_000] }, '{"@type":"NewsArticle","datePublished":"2025-10-20"}', { $repeat: ['}', 20_000] }] }] } },
  { ...FACTS, jsonLd: [{ $concat: ['{"@type":"NewsArticle","datePublished":"2025-10-20', { $repeat: [' ', 190_000] }, '"}'] }] },
  { ...FACTS, jsonLd: [{ $concat: ['{"@type":"NewsArticle","datePublished":"Jan', { $repeat: [' ', 190_000] }, '"}'] }] },
  { ...FACTS, jsonLd: ['{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"@type":"NewsArticle","datePublished":"2025-10-20"}'] },
  { ...FACTS, jsonLd: [tenMegabytes('{"a":')] },
  { ...FACTS, jsonLd: { $array: [100_000, '{}'] } },
  { ...FACTS, metas: { $array: [100_000, ['date', '2025-10-20']] } },
  { ...FACTS, metas: [['date', '2025-10-20', 'extra']] },
  // Every entry as long as 10 MB allows in all: past 64 MiB the browser refuses to send (the page's cost, not the worker's).
  { ...FACTS, metas: { $array: [200, ['date', { $repeat: ['2025-10-20 ', 5_000] }]] } },
  { ...FACTS, times: { $array: [50, { $repeat: ['2025-10-20T', 20_000] }] } },
  { ...FACTS, texts: { $array: [50, { $concat: [loneHigh, { $repeat: ['Jan 1, 2025 ', 20_000] }] }] } },
  { ...FACTS, url: tenMegabytes('/2025/10/20') },
  { ...FACTS, url: { $concat: ['https://www.reuters.com/', loneLow, '/2025/10/20/'] } },
  { ...FACTS, chinese: 'true' },
  ownKeys([...Object.entries(FACTS), ['__proto__', { jsonLd: ['{}'] }]]),
  nested(10_000, 'facts'),
];

/** A message whose payload is the page's date facts (article/date; page/open sends the same). */
const factsEntry = (type: string) => ({ valid: { type, facts: FACTS }, fields: ['facts'], variants: factsVariants().map((facts) => ({ facts })) });

/** A feed's posts as content/posts.ts sends them: two posts of the Wolf Street fixture's dates (test/fixtures/real). */
const POST = (value: string) => ({ times: [{ value, label: 'published-time' }], parent: -1 });
const POSTS = { posts: [POST('2025-12-08'), POST('2024-12-21')], chinese: false, pageDate: null, held: [], feed: false };
/** The most a message may ask: as many distinct past dates as a page may hold, none held yet. */
const MOST_DATES = Array.from({ length: MAX_FEED_DATES }, (_, i) => `20${String(14 + i)}-0${1 + (i % 9)}-1${i}`);

const postsVariants = (): Recipe[] => [
  { ...POSTS, posts: MOST_DATES.map(POST) }, // every new date a message may bring, each a pass over the cache
  { ...POSTS, posts: { $array: [POST_LIMITS.posts, { times: { $array: [POST_LIMITS.times, { value: { $repeat: ['2', POST_LIMITS.chars] }, label: { $repeat: ['u', POST_LIMITS.chars] } }] }, parent: -1 }] } },
  { ...POSTS, posts: { $array: [100_000, POST('2025-12-08')] } },
  { ...POSTS, posts: [{ times: { $array: [100_000, POST('2025-12-08').times[0]] }, parent: -1 }] },
  { ...POSTS, posts: [{ times: [{ value: tenMegabytes('2025-12-08'), label: '' }], parent: -1 }] },
  { ...POSTS, posts: [{ times: [{ value: '2025-12-08', label: tenMegabytes('updated') }], parent: -1 }] },
  { ...POSTS, posts: [{ times: [{ value: { $concat: ['2025-12-08', loneHigh] }, label: loneLow }], parent: -1 }, POST('2024-12-21')] },
  { ...POSTS, posts: [POST('2025-12-08'), { ...POST('2024-12-21'), parent: 1 }] },
  { ...POSTS, posts: [POST('2025-12-08'), { ...POST('2024-12-21'), parent: 0.5 }] },
  { ...POSTS, posts: [POST('9999-12-31'), POST('0001-01-01'), POST('2025-02-30')] },
  { ...POSTS, posts: nested(10_000, null, POST('2025-12-08')) },
  { ...POSTS, posts: [ownKeys([['times', []], ['parent', -1], ['__proto__', { parent: 5 }]])] },
  { ...POSTS, held: MOST_DATES, feed: true },
  { ...POSTS, held: [...MOST_DATES, '2013-09-18'] },
  { ...POSTS, held: ['2025-12-08', '2025-12-08'] },
  { ...POSTS, held: { $array: [100_000, '2025-12-08'] } },
  { ...POSTS, pageDate: '2025-02-30' },
  { ...POSTS, pageDate: tenMegabytes('2025-12-08') },
  { ...POSTS, chinese: 'false' },
  { ...POSTS, feed: 1 },
];

const PASSAGE = { text: 'Reserves', terms: [{ start: 0, end: 8, kind: 'reserves' }] };

const claimsVariants = (dense: Passage): Recipe[] => [
  { articleDate: '2025-10-20', passages: { $array: [PASSAGE_LIMITS.passages, dense] }, headline: dense }, // every bound filled with real figures
  { articleDate: null, passages: [{ text: tenMegabytes('$2.96 trillion '), terms: [] }] },
  { articleDate: null, passages: { $array: [100_000, PASSAGE] } },
  { articleDate: null, passages: [{ text: 'Reserves', terms: { $array: [100_000, PASSAGE.terms[0]] } }] },
  { articleDate: null, passages: [{ text: 'Reserves', terms: [{ start: { $number: 'NaN' }, end: 8, kind: 'reserves' }] }] },
  { articleDate: null, passages: [{ text: 'Reserves', terms: [{ start: 0, end: 1e308, kind: 'reserves' }] }] },
  { articleDate: null, passages: [{ text: 'Reserves', terms: [{ start: '0', end: '8', kind: 'reserves' }] }] },
  { articleDate: null, passages: [{ text: 'Reserves', terms: [{ start: 0.5, end: 8, kind: 'reserves' }] }] },
  { articleDate: null, passages: [{ text: 'Reserves', terms: [{ start: 0, end: 8, kind: '__proto__' }] }] },
  { articleDate: null, passages: [{ text: { $concat: ['Reserves ', loneHigh, ' $2.9 trillion', loneLow] }, terms: PASSAGE.terms }] },
  { articleDate: null, passages: [ownKeys([['text', 'Reserves'], ['terms', []], ['__proto__', { text: 'x' }]])] },
  { articleDate: null, passages: nested(10_000, null, PASSAGE) },
  { articleDate: null, passages: [PASSAGE], headline: tenMegabytes() },
  { articleDate: null, passages: [PASSAGE], headline: { text: tenMegabytes(), terms: [] } },
  { articleDate: '2025-02-30', passages: [PASSAGE] },
  { articleDate: { $concat: ['2025-10-20', loneHigh] }, passages: [PASSAGE] },
  { articleDate: '9999-12-31', passages: [PASSAGE] },
  { passages: [PASSAGE] },
];

/**
 * The read-only message types, each with a valid message (the control: it must be answered from the page) and
 * its own hostile variants; generic ones (junk in every field, extra fields, prototype keys) are added to all.
 * Keep this equal to the worker's READ_ONLY set: the test checks it.
 */
export function fuzzTable(dense: Passage): Record<string, { valid: Recipe; fields: string[]; variants: Recipe[] }> {
  return {
    'indicators/get': {
      valid: { type: 'indicators/get', lang: 'en' },
      fields: ['lang', 'asOf'],
      variants: ['9999-99-99', '2025-02-30', '1900-01-01', '2999-01-01', { $concat: ['2025-10-20', loneLow] }, tenMegabytes('2025-10-20')].map((asOf) => ({ asOf })),
    },
    'series/get': {
      valid: { type: 'series/get', id: 'reserves', lang: 'en' },
      fields: ['id', 'bands', 'lang'],
      variants: [
        ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', { $concat: ['reserves', loneHigh] }, tenMegabytes('reserves')].map((id) => ({ id })),
        ...['true', 1, null, {}, tenMegabytes()].map((bands) => ({ id: 'sofr', bands })),
        { id: 'sofr', bands: true, lang: 'zh_CN' },
      ],
    },
    'page/config': { valid: { type: 'page/config' }, fields: [], variants: [] },
    'article/date': factsEntry('article/date'),
    'page/open': factsEntry('page/open'),
    'page/posts': { valid: { type: 'page/posts', ...POSTS }, fields: ['posts', 'chinese', 'pageDate', 'held', 'feed'], variants: postsVariants() },
    'calendar/get': {
      valid: { type: 'calendar/get', lang: 'en' },
      fields: ['from', 'days', 'lang'],
      variants: [
        ...['0001-01-01', '1900-01-01', '9999-12-31', '2025-02-30', '2025-13-01', { $concat: ['2026-01-05', loneHigh] }, tenMegabytes('2026-01-05')].map((from) => ({ from })),
        ...[60, 61, 0, -1, 1e308, 2 ** 53 + 2, 0.5, '14', { $number: 'NaN' }, [14]].map((days) => ({ days })),
        { from: '9999-12-31', days: 60 },
        { from: '0001-01-01', days: 60 },
      ],
    },
    'claims/check': { valid: { type: 'claims/check', articleDate: null, passages: [PASSAGE], lang: 'en' }, fields: ['articleDate', 'passages', 'lang', 'headline'], variants: claimsVariants(dense) },
  };
}

/** Every hostile message for one type: its own variants, then `random` generic ones from the seed. */
export function hostileMessages(type: string, entry: { valid: Recipe; fields: string[]; variants: Recipe[] }, rnd: () => number, random: number): Recipe[] {
  const base = entry.valid as Record<string, Recipe>;
  const out: Recipe[] = entry.variants.map((v) => ({ ...base, ...(v as object) }));
  out.push(ownKeys([['type', type], ['__proto__', { type: 'cache/clear' }]]), { ...base, type: { $concat: [type, loneHigh] } }, { ...base, type: [type] }, { ...base, lang: tenMegabytes() });
  for (let i = 0; i < random; i++) {
    // A Map, so that a prototype-named field is a key of the message like any other (on an object it would set the prototype).
    const m = new Map<string, Recipe>(Object.entries(base));
    const fields = [...entry.fields, 'lang', 'extra', '__proto__', 'constructor', 'prototype', 'then', 'toJSON'];
    for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) m.set(pick(rnd, fields), pick(rnd, ODD_VALUES));
    out.push(ownKeys([...m]));
  }
  return out;
}

/** Turns a recipe into its value; runs in the page's content-script world (so it may use nothing from here). */
export const EXPAND_SOURCE = `(function expand(r) {
  if (Array.isArray(r)) return r.map(expand);
  if (r === null || typeof r !== 'object') return r;
  if ('$repeat' in r) return String(r.$repeat[0]).repeat(r.$repeat[1]);
  if ('$array' in r) { const item = expand(r.$array[1]); return Array.from({ length: r.$array[0] }, () => item); }
  if ('$nest' in r) { let v = expand(r.$nest[2]); for (let i = 0; i < r.$nest[0]; i++) v = r.$nest[1] === null ? [v] : { [r.$nest[1]]: v }; return v; }
  if ('$char' in r) return String.fromCharCode(...r.$char);
  if ('$concat' in r) return r.$concat.map(expand).join('');
  if ('$number' in r) return Number(r.$number);
  const o = {};
  for (const [k, v] of '$obj' in r ? r.$obj : Object.entries(r)) Object.defineProperty(o, k, { value: expand(v), enumerable: true, writable: true, configurable: true });
  return o;
})`;
