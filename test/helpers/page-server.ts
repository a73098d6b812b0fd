/** Serves test pages over http on 127.0.0.1; Chromium reaches them under real news-site names. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  port: number;
  /** Chromium flags mapping each host to this server, with HTTPS upgrades off (pages are http). */
  args(hosts: string[]): string[];
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    // Absolute URLs too: Firefox reaches this server as its HTTP proxy (it has no host-resolver-rules).
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const body = pages[path];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    args: (hosts) => [`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`, '--disable-features=HttpsUpgrades'],
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
