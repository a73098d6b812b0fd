/**
 * Network cost of refreshing, in-process on the real payloads: a cold refresh (nothing cached), a steady
 * daily refresh (cache one day behind; publishers answer only the dates asked for, as the live ones do),
 * and a naive refresh that downloads every full history each day.
 */
import { emptyDoc } from '../src/core/cache';
import { runRefresh, type FetchText } from '../src/core/refresh';
import { PRIMARY_PROVIDERS, PROVIDERS } from '../src/core/providers';
import { docAsOf, fixturesDoc } from '../test/helpers/docs';
import { publisherAnswer } from '../test/helpers/publishers';

/** The publisher's answer cut to the window the URL asks for (cosd / startDate / record_date:gte). */
function windowed(url: string) {
  const a = publisherAnswer(url);
  const u = new URL(url);
  const from = u.searchParams.get('cosd') ?? u.searchParams.get('startDate') ?? /record_date:gte:(\d{4}-\d\d-\d\d)/.exec(decodeURIComponent(u.search))?.[1];
  if (!from || a.status !== 200) return a;
  if (u.hostname === 'fred.stlouisfed.org') {
    const [head, ...rows] = a.body.split('\n');
    return { ...a, body: [head, ...rows.filter((r) => !/^\d{4}-\d\d-\d\d/.test(r) || r.slice(0, 10) >= from)].join('\n') };
  }
  const json = JSON.parse(a.body);
  const keep = (o: Record<string, unknown>) => String(o.effectiveDate ?? o.operationDate ?? o.record_date ?? '9999') >= from;
  for (const k of Object.keys(json)) if (Array.isArray(json[k])) json[k] = json[k].filter(keep);
  if (json.repo?.operations) json.repo.operations = json.repo.operations.filter(keep);
  return { ...a, body: JSON.stringify(json) };
}

/** Counts requests and bytes, and how FRED was asked: how many at once at most, and the pauses between them. */
function counting(answer: (url: string) => { status: number; body: string; headers?: Record<string, string> }) {
  const seen = { requests: 0, bytes: 0, fred: 0, fredMaxInFlight: 0, pausedMs: 0 };
  let fredInFlight = 0;
  const fetchText: FetchText = async (url) => {
    const fred = url.startsWith('https://fred.stlouisfed.org/');
    if (fred) {
      seen.fred++;
      seen.fredMaxInFlight = Math.max(seen.fredMaxInFlight, ++fredInFlight);
    }
    await new Promise((r) => setTimeout(r, 1));
    if (fred) fredInFlight--;
    const a = answer(url);
    seen.requests++;
    seen.bytes += Buffer.byteLength(a.body);
    return { status: a.status, body: a.body, retryAfter: a.headers?.['retry-after'] ?? null };
  };
  // The pauses between FRED requests are counted, not waited for.
  const pause = async (ms: number) => void (seen.pausedMs += ms);
  return { seen, fetchText, pause };
}

export async function networkBench() {
  const now = Date.parse('2026-06-23T23:30:00Z'); // a Tuesday evening, after every daily release
  const cold = counting(windowed);
  await runRefresh(emptyDoc(now), { now, fetchText: cold.fetchText, jitterMs: 0, pause: cold.pause }, 'manual');
  const daily = counting(windowed);
  // Steady state: the one-time history backfills are done (a live install does them on its first refresh).
  const behind = docAsOf(fixturesDoc(), '2026-06-22');
  for (const st of Object.values(behind.providers)) st!.backfilled = true;
  await runRefresh(behind, { now, fetchText: daily.fetchText, jitterMs: 0, pause: daily.pause }, 'scheduled');
  // Naive: every primary source's whole history, every day.
  const naive = counting(publisherAnswer);
  for (const id of PRIMARY_PROVIDERS) await naive.fetchText(PROVIDERS[id].request('1900-01-01', '2026-06-23', {}));
  return {
    cold_requests: cold.seen.requests,
    cold_bytes: cold.seen.bytes,
    cold_fred_requests: cold.seen.fred,
    cold_fred_max_in_flight: cold.seen.fredMaxInFlight,
    cold_fred_paced_ms: cold.seen.pausedMs,
    daily_requests: daily.seen.requests,
    daily_bytes: daily.seen.bytes,
    daily_fred_requests: daily.seen.fred,
    daily_fred_max_in_flight: daily.seen.fredMaxInFlight,
    daily_fred_paced_ms: daily.seen.pausedMs,
    naive_daily_requests: naive.seen.requests,
    naive_daily_bytes: naive.seen.bytes,
  };
}
