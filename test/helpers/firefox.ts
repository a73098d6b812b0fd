/**
 * Real Firefox for the browser tests (Debian's firefox-esr, headless, driven over WebDriver BiDi by
 * puppeteer-core), with a fresh profile and the local test server as its proxy (Firefox has no
 * host-resolver-rules, so every https host lands there).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { PageServer } from '../../scripts/page-server';

export const FIREFOX_DIST = join(new URL('../..', import.meta.url).pathname, 'dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

export interface Firefox {
  browser: Awaited<ReturnType<typeof puppeteer.launch>>;
  close(): Promise<void>;
}

export async function launchFirefox(server: PageServer): Promise<Firefox> {
  if (!FIREFOX) throw new Error('Firefox not found: install Debian’s firefox-esr (CI does) or set FIREFOX_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'll-firefox-'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile, acceptInsecureCerts: true, extraPrefsFirefox: server.firefoxPrefs() });
  return {
    browser,
    async close() {
      // A shutdown that hangs must not take the hook's whole timeout: 15 s, then the process is killed.
      const closed = browser.close().then(() => true, () => false);
      if (!(await Promise.race([closed, new Promise<boolean>((ok) => setTimeout(() => ok(false), 15_000))]))) browser.process()?.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
