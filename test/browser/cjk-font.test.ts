/**
 * npm start warns a newcomer whose browser has no font for Chinese (issue 22). The probe is asked of real
 * Chromium with fontconfig shown a font directory with no CJK font (no font at all), and with one that holds
 * the machine's CJK font, so the same browser answers both ways.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium';
import { cjkFontAdvice, cjkGlyphsMissing } from '../../scripts/cjk-font';
import { hermeticArgs } from '../../scripts/hermetic';

const work = mkdtempSync(join(tmpdir(), 'll-fonts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fontconfig file that sees only `dirs` (so Chromium on Linux has only their fonts). */
function fontconfig(name: string, dirs: string[]): string {
  const file = join(work, `${name}.conf`);
  const dirLines = dirs.map((d) => `<dir>${d}</dir>`).join('');
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${dirLines}<cachedir>${join(work, `${name}-cache`)}</cachedir></fontconfig>`);
  return file;
}

async function probe(fontconfigFile: string): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...hermeticArgs([])],
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><p>probe</p>');
    return await cjkGlyphsMissing(page);
  } finally {
    await browser.close();
  }
}

/** The directory of a font fontconfig says covers Chinese, if this machine has one. */
function cjkFontDir(): string | undefined {
  try {
    const file = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' }).split('\n').find((l) => l.trim());
    return file ? dirname(file.replace(/:\s*$/, '').trim()) : undefined;
  } catch {
    return undefined;
  }
}

describe.runIf(process.platform === 'linux')('the CJK font probe of npm start', () => {
  it('finds the Traditional and Simplified characters drawn as boxes when the browser has no CJK font', async () => {
    const empty = mkdtempSync(join(work, 'none-'));
    expect(await probe(fontconfig('none', [empty]))).toEqual(['準', '備', '准', '备']);
  });

  it('finds them drawn as boxes when the browser has only Latin fonts', async (ctx) => {
    const latin = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter((d) => existsSync(d));
    if (!latin.length) ctx.skip(); // neither of Debian's usual Latin fonts here
    expect(await probe(fontconfig('latin', latin))).toEqual(['準', '備', '准', '备']);
  });

  it('finds nothing missing when the browser has a CJK font', async (ctx) => {
    const dir = cjkFontDir();
    if (!dir) ctx.skip(); // no CJK font on this machine (.ci/run installs fonts-noto-cjk where it can)
    expect(await probe(fontconfig('cjk', [dir!]))).toEqual([]);
  });

  it('tells the newcomer which package to install', () => {
    expect(cjkFontAdvice('linux').join(' ')).toContain('apt-get install fonts-noto-cjk');
    expect(cjkFontAdvice('darwin').join(' ')).toContain('Noto Sans CJK');
  });
});
