/**
 * A local HTTPS server that answers as FRED, the New York Fed and Fiscal Data do, with the real
 * fixture bytes. Chromium reaches it under the publishers' own names through --host-resolver-rules,
 * so the shipped extension runs with its real URLs and nothing in it is switched for tests.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';
import { publisherAnswer, type Answer } from './publishers';

export const PUBLISHER_HOSTS = ['fred.stlouisfed.org', 'markets.newyorkfed.org', 'api.fiscaldata.treasury.gov'];

export interface PublisherServer {
  port: number;
  /** Every request, as a full https URL. */
  requests: string[];
  /** When each request came in and when its answer was sent (ms since the epoch). */
  log: Array<{ url: string; start: number; end: number }>;
  /** Replace answers for URLs matching `test` (the real answer is passed in). */
  fault(test: (url: string) => boolean, answer: (real: Answer) => Answer): void;
  clearFaults(): void;
  /** Chromium flags that route the publishers' hosts here. */
  chromiumArgs(): string[];
  close(): Promise<void>;
}

export async function startPublisherServer(): Promise<PublisherServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: PUBLISHER_HOSTS[0]! }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: PUBLISHER_HOSTS.map((value) => ({ type: 2, value })) }],
  });
  const requests: string[] = [];
  const log: PublisherServer['log'] = [];
  let faults: Array<{ test: (url: string) => boolean; answer: (real: Answer) => Answer }> = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requests.push(url);
    const entry = { url, start: Date.now(), end: 0 };
    log.push(entry);
    res.on('finish', () => (entry.end = Date.now()));
    const real = publisherAnswer(url);
    const fault = faults.find((f) => f.test(url));
    const a = fault ? fault.answer(real) : real;
    if (a.delayMs) {
      setTimeout(() => {
        res.writeHead(a.status, { 'content-type': 'text/plain; charset=utf-8', ...a.headers });
        res.end(a.body);
      }, a.delayMs).unref();
      return;
    }
    // NY Fed and Fiscal Data send CORS headers; FRED does not (the extension's host permission covers it).
    const cors = req.headers.host?.startsWith('fred.') ? {} : { 'access-control-allow-origin': '*' };
    res.writeHead(a.status, { 'content-type': 'text/plain; charset=utf-8', ...cors, ...a.headers });
    res.end(a.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    log,
    fault: (test, answer) => faults.push({ test, answer }),
    clearFaults: () => (faults = []),
    chromiumArgs: () => [`--host-resolver-rules=${PUBLISHER_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`, '--ignore-certificate-errors'],
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
