/** Chromium launched for tests and benchmarks reaches loopback servers only. */
import { isIP } from 'node:net';

/**
 * Hermetic by default: every host name resolves to nothing unless a test maps it to a loopback server, so a run
 * on a machine with internet never reaches the real publishers or news sites. The tests' own MAP rules come
 * first (the first matching rule wins); 127.0.0.1 is excluded, so loopback addresses are reached as they are.
 * Chromium takes only the last --host-resolver-rules flag, so all of them are merged into one.
 */
export function hermeticArgs(args: string[]): string[] {
  const flag = '--host-resolver-rules=';
  const maps = args.filter((a) => a.startsWith(flag)).flatMap((a) => a.slice(flag.length).split(',').map((r) => r.trim()).filter(Boolean));
  return [...args.filter((a) => !a.startsWith(flag)), `${flag}${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`];
}

/** A response's server address is loopback (IPv4 127/8 or ::1). */
export const isLoopback = (ip: string) => (isIP(ip) === 4 ? ip.startsWith('127.') : ip === '::1' || ip === '[::1]');
