/**
 * Serves test pages over HTTPS on 127.0.0.1 (the extension matches news sites over https only). Chromium
 * reaches them under real news-site names through --host-resolver-rules and takes the self-signed
 * certificate with --ignore-certificate-errors; Firefox, which has no resolver rules, uses the same server as
 * its proxy: a CONNECT is tunnelled to the HTTPS server, and it accepts the certificate (acceptInsecureCerts).
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import selfsigned from 'selfsigned';

export interface PageServer {
  /** The HTTPS server's port. */
  port: number;
  /** The proxy's port (plain http, CONNECT to the HTTPS server), for Firefox. */
  proxyPort: number;
  /** Chromium flags mapping each host here and taking the test certificate. */
  args(hosts: string[]): string[];
  /** Firefox preferences to the same end: Firefox has no host-resolver-rules, so every https host is tunnelled here. */
  firefoxPrefs(): Record<string, string | number | boolean>;
  /** Every request, as a path. */
  requests: string[];
  /** Every host:port Firefox asked the proxy to tunnel to (each lands on this server, whatever it names). */
  connects: string[];
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { keyType: 'ec', algorithm: 'sha256' });
  const requests: string[] = [];
  const connects: string[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;
    requests.push(path);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const body = pages[path];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  // Every socket either server holds, tunnels included, so close() ends them rather than waiting on a browser's keep-alive.
  const sockets = new Set<Socket>();
  const track = (s: Socket) => (sockets.add(s), s.once('close', () => sockets.delete(s)));
  server.on('connection', track);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  const proxy: HttpServer = createHttpServer((_, res) => res.writeHead(400).end('https only'));
  proxy.on('connection', track);
  proxy.on('connect', (req, client, head) => {
    connects.push(req.url ?? '');
    track(client as Socket);
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', () => ok()));
  const proxyPort = (proxy.address() as AddressInfo).port;
  return {
    port,
    proxyPort,
    requests,
    connects,
    args: (hosts) => [`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`, '--ignore-certificate-errors'],
    firefoxPrefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
    }),
    close: () => {
      const closed = Promise.all([new Promise<void>((ok) => server.close(() => ok())), new Promise<void>((ok) => proxy.close(() => ok()))]);
      for (const s of sockets) s.destroy();
      return closed.then(() => undefined);
    },
  };
}
