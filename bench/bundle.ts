/** bench/page-scan.ts bundled as one script to add to a benchmark page. */
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export async function bundle(minify = true): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify, lib: { entry: join(root, 'bench/page-scan.ts'), formats: ['iife'], name: 'LLBenchBundle' } },
  })) as Array<{ output: Array<{ code?: string }> }> | { output: Array<{ code?: string }> };
  const result = Array.isArray(out) ? out[0]! : out;
  return result.output[0]!.code!;
}

