/**
 * The test page server closes at once even while a browser still holds a tunnel through its proxy: CI once
 * waited out a whole hook timeout on a Firefox whose CONNECT tunnel outlived it.
 */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { servePages } from '../../scripts/page-server';

it('close() ends open CONNECT tunnels and keep-alive connections instead of waiting on them', async () => {
  const server = await servePages({ '/a.html': 'a' });
  const tunnel = connect(server.proxyPort, '127.0.0.1');
  tunnel.on('error', () => undefined);
  const established = new Promise<string>((ok) => tunnel.once('data', (d) => ok(d.toString())));
  tunnel.write('CONNECT news.example:443 HTTP/1.1\r\nHost: news.example:443\r\n\r\n');
  expect(await established).toMatch(/^HTTP\/1\.1 200/);
  const direct = connect(server.port, '127.0.0.1');
  direct.on('error', () => undefined);
  await new Promise((ok) => direct.once('connect', ok));

  const outcome = await Promise.race([
    server.close().then(() => 'closed'),
    new Promise((ok) => setTimeout(() => ok('still waiting after 5 s'), 5_000)),
  ]);
  expect(outcome).toBe('closed');
  tunnel.destroy();
  direct.destroy();
}, 10_000);
