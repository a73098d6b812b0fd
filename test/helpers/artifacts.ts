/** Where browser tests leave screenshots (CI keeps test-results/ as artifacts; git ignores it). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS = join(new URL('../..', import.meta.url).pathname, 'test-results', 'screenshots');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
