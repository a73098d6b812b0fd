/** The benchmarks' Chromium: headless, a fresh profile, hermetic (only loopback), with one extension or none. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from '../scripts/chromium';
import { hermeticArgs } from '../scripts/hermetic';

export async function launch(withExtension: string | null, extra: string[] = []): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'll-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${withExtension}`, `--load-extension=${withExtension}`] : []),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      ...hermeticArgs(extra),
    ],
  });
  return { ctx, profile };
}
