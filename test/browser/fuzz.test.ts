/**
 * Hostile messages from a page's content-script world (issue 20): the built extension in Chromium, a news page
 * with our content script, and from that script's isolated world (reached through the CDP, as a compromised
 * renderer could) every read-only message type with seeded hostile variants — 10 MB fields, 100,000 passages
 * and terms, nesting 10,000 deep, lone surrogates, prototype-named keys, wrong types. Each gets an answer under
 * ANSWER_MAX_CHARS of JSON or a refusal, within MESSAGE_MS; meanwhile an extension page keeps getting
 * indicators/get answered within PROBE_MS; and storage.local and storage.sync end byte-identical.
 * LL_FUZZ_SEED picks another seed (the seed is in every failure message).
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/page-server';
import { loadExtension, scanSettled, waitForCache, type Loaded } from '../helpers/extension';
import { EXPAND_SOURCE, figureDensePassage, fuzzTable, hostileMessages, seededRandom, type Recipe } from '../helpers/fuzz-messages';

/**
 * Per hostile message, send to settled, generous for a loaded 2-core machine: the slowest here took 0.6–2.3 s
 * (300 figure-dense passages, 20 deep JSON-LDs); without the figure bound, claims/check took 29 s.
 */
const MESSAGE_MS = 10_000;
/** Per indicators/get from the extension page while the hostile messages run (one may wait behind a hostile one). */
const PROBE_MS = 15_000;
/** An answer's JSON, at most: the largest here is the figure-dense claims/check's, 227 KB (23 MB without the figure bound). */
const ANSWER_MAX_CHARS = 2_000_000;
/** What Chromium's sendMessage throws when it will not send a message at all. */
const BROWSER_REFUSES = /Could not serialize message|Message exceeded maximum allowed size/;
const SEED = Number(process.env.LL_FUZZ_SEED ?? 20);
const RANDOM_PER_TYPE = 40;

const READ_ONLY_SOURCE = readFileSync(new URL('../../src/background/messages.ts', import.meta.url), 'utf8');
/** The worker's READ_ONLY set, as its source declares it. */
function readOnlyTypes(): string[] {
  const m = /const READ_ONLY = new Set<[^>]*>\(\[([^\]]*)\]\)/.exec(READ_ONLY_SOURCE);
  if (!m) throw new Error('READ_ONLY not found in src/background/messages.ts');
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!).sort();
}

let server: PageServer;
let ext: Loaded;
let page: Page;
let cdp: CDPSession;
let world: number;
const table = fuzzTable(figureDensePassage());

interface Outcome {
  kind: 'answer' | 'none' | 'error' | 'timeout';
  chars: number;
  ms: number;
  error?: string;
}

/** Sends one recipe's message from the content script's world; what came back and how long it took. */
async function sendFromContentScript(recipe: Recipe): Promise<Outcome> {
  const expression = `(async () => {
    const m = ${EXPAND_SOURCE}(${JSON.stringify(recipe)});
    const t0 = performance.now();
    const sent = Promise.resolve().then(() => chrome.runtime.sendMessage(m)).then(
      // A listener's rejection reaches a sender without the polyfill as this wrapper (webextension-polyfill).
      (a) => (a === undefined || a === null ? { kind: 'none', chars: 0 } : a.__mozWebExtensionPolyfillReject__ ? { kind: 'error', chars: 0, error: 'the worker threw: ' + a.message } : { kind: 'answer', chars: JSON.stringify(a).length }),
      (e) => ({ kind: 'error', chars: 0, error: String(e).slice(0, 200) }),
    );
    const late = new Promise((r) => setTimeout(() => r({ kind: 'timeout', chars: 0 }), ${MESSAGE_MS * 3}));
    const out = await Promise.race([sent, late]);
    return { ...out, ms: performance.now() - t0 };
  })()`;
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as Outcome;
}

/** Waits until storage and the alarms have stayed the same for three seconds. */
async function quiet(): Promise<void> {
  const state = async () => `${await storageDump()}${JSON.stringify(await ext.page.evaluate(() => chrome.alarms.getAll()))}`;
  for (let last = await state(), since = Date.now(); Date.now() - since < 3000; ) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await state();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/** Where two storage dumps differ, to three levels (what the worker wrote). */
function changedPaths(a: unknown, b: unknown, path = '', depth = 3): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (!depth || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return [`${path}: ${JSON.stringify(a)?.slice(0, 120)} → ${JSON.stringify(b)?.slice(0, 120)}`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`, depth - 1));
}

const storageDump = () => ext.page.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));

beforeAll(async () => {
  server = await servePages({ '/page.html': '<!doctype html><meta charset="utf-8"><title>a page</title><article><h1>Markets</h1><p>Nothing about the Fed.</p></article>' });
  ext = await loadExtension(server.args(['www.reuters.com']));
  // The first refresh over (every source tried, offline here), so that nothing the worker does by itself writes during the fuzz.
  await waitForCache(ext, (doc) => Object.values(doc.providers as Record<string, { lastAttemptAt?: string }>).every((p) => p.lastAttemptAt), 120_000);
  await quiet();
  page = await ext.ctx.newPage();
  await page.goto('https://www.reuters.com/page.html', { waitUntil: 'load' });
  await scanSettled(ext, page); // our content script ran on the page: its world exists
  cdp = await ext.ctx.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.id));
  if (!found) throw new Error('no content-script world on the page');
  world = found.id;
});
afterAll(async () => {
  await cdp?.detach().catch(() => undefined);
  await ext?.close();
  await server?.close();
});

describe(`hostile messages from a content script (seed ${SEED})`, () => {
  it('the fuzzed types are exactly the ones the worker lets a content script send', () => {
    expect(Object.keys(table).sort()).toEqual(readOnlyTypes());
  });

  it('from the content script, each valid read-only message is answered and the writing ones are refused', async () => {
    for (const [type, entry] of Object.entries(table)) expect((await sendFromContentScript(entry.valid)).kind, type).toBe('answer');
    // selection/check would inject a script and open a window: the extension's own pages only.
    for (const m of [{ type: 'cache/clear' }, { type: 'indicators/refresh' }, { type: 'markets/get', id: 'spx' }, { type: 'selection/check', tabId: 1 }]) expect((await sendFromContentScript(m)).kind, m.type).not.toBe('answer');
  });

  it('each hostile message is answered within bounds or refused, in time; the extension page is answered meanwhile; storage is unchanged', async () => {
    const alarms = await ext.page.evaluate(() => chrome.alarms.getAll());
    console.info(`next refresh in ${Math.round((alarms[0]?.scheduledTime ?? 0) - Date.now()) / 1000} s`);
    const before = await storageDump();
    // The probe: an extension page asking what the popup asks (a past day, so that nothing is written for it).
    await ext.page.evaluate((limit) => {
      const w = window as unknown as { probe: { stop: boolean; results: Array<{ ms: number; ok: boolean }>; done: Promise<void> } };
      w.probe = { stop: false, results: [], done: Promise.resolve() };
      w.probe.done = (async () => {
        while (!w.probe.stop) {
          const t0 = performance.now();
          const late = new Promise<null>((r) => setTimeout(() => r(null), limit * 2));
          const a = await Promise.race([chrome.runtime.sendMessage({ type: 'indicators/get', lang: 'en', asOf: '2025-10-20' }).catch(() => null), late]);
          w.probe.results.push({ ms: performance.now() - t0, ok: (a as { indicators?: unknown[] } | null)?.indicators?.length ? true : false });
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
    }, PROBE_MS);

    const rnd = seededRandom(SEED);
    const failures: string[] = [];
    const errors = new Map<string, string[]>();
    let sent = 0;
    const times: Array<{ ms: number; what: string }> = [];
    let slowest = { ms: 0, what: '' };
    let largest = { chars: 0, what: '' };
    for (const [type, entry] of Object.entries(table)) {
      const messages = hostileMessages(type, entry, rnd, RANDOM_PER_TYPE);
      for (const [i, m] of messages.entries()) {
        const what = `${type} #${i}: ${JSON.stringify(m).slice(0, 160)}`;
        const o = await sendFromContentScript(m);
        sent++;
        if (o.ms > slowest.ms) slowest = { ms: o.ms, what };
        times.push({ ms: Math.round(o.ms), what: `${o.kind} ${what.slice(0, 120)}` });
        if (o.chars > largest.chars) largest = { chars: o.chars, what };
        if (o.kind === 'timeout' || o.ms > MESSAGE_MS) failures.push(`${what} took ${Math.round(o.ms)} ms (${o.kind})`);
        if (o.kind === 'answer' && o.chars > ANSWER_MAX_CHARS) failures.push(`${what} answered ${o.chars} chars`);
        // The browser itself refuses to send some (nested past its serializer's depth, over 64 MiB); an error
        // thrown by the worker would be a refusal too, but one the worker did not choose: it fails the test.
        if (o.kind === 'error' && !BROWSER_REFUSES.test(o.error!)) failures.push(`${what}: the worker failed: ${o.error}`);
        if (o.kind === 'error') errors.set(o.error!, [...(errors.get(o.error!) ?? []), what.slice(0, 80)]);
      }
    }

    const probe = await ext.page.evaluate(async () => {
      const w = window as unknown as { probe: { stop: boolean; results: Array<{ ms: number; ok: boolean }>; done: Promise<void> } };
      w.probe.stop = true;
      await w.probe.done;
      return w.probe.results;
    });
    console.info(`fuzz seed ${SEED}: ${sent} messages; slowest ${Math.round(slowest.ms)} ms (${slowest.what}); largest answer ${largest.chars} chars (${largest.what}); probe ${probe.length} answers, slowest ${Math.round(Math.max(...probe.map((p) => p.ms)))} ms`);
    console.info('slowest:', JSON.stringify(times.sort((x, y) => y.ms - x.ms).slice(0, 8), null, 1));
    console.info('refused by the browser:', JSON.stringify([...errors].map(([e, w]) => [e, w.length, w.slice(0, 3)])));
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    expect(probe.length).toBeGreaterThan(10);
    expect(probe.filter((p) => !p.ok || p.ms > PROBE_MS), `seed ${SEED}`).toEqual([]);
    await new Promise((r) => setTimeout(r, 1000)); // a write the worker started for a message would have landed by now
    expect(await ext.page.evaluate(() => chrome.alarms.getAll())).toEqual(alarms); // no refresh rescheduled (one would write)
    const after = await storageDump();
    expect(after === before ? [] : changedPaths(JSON.parse(before), JSON.parse(after))).toEqual([]);
    expect(after).toBe(before);
  }, 900_000);
});
