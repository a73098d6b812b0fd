/**
 * Does the browser have a font for Chinese? Without one (a fresh Debian with no fonts-noto-cjk, seen headless)
 * the Chinese demo page and the popup's 中文 draw as boxes, and a newcomer cannot tell the extension from the
 * font. Asked of the browser itself, not of fontconfig: what matters is what it draws.
 */
import type { Page } from 'playwright-core';

/** Two different characters drawn the same are both the missing-glyph box. One pair per script. */
export const CJK_PROBE_PAIRS: readonly (readonly [string, string])[] = [
  ['準', '備'], // Traditional
  ['准', '备'], // Simplified
];

/**
 * Runs in the page. A string, not a function: tsx (npm start) wraps named functions in a helper the page
 * does not have.
 */
const PROBE = `(pairs) => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const pixels = (ch) => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.font = '40px sans-serif';
    ctx.textBaseline = 'top';
    ctx.fillText(ch, 4, 4);
    return ctx.getImageData(0, 0, 48, 48).data.join(',');
  };
  return pairs.filter(([a, b]) => pixels(a) === pixels(b)).flat();
}`;

/** The characters the browser draws as the missing-glyph box, from the probe pairs (empty: it has a font). */
export async function cjkGlyphsMissing(page: Page): Promise<string[]> {
  return (await page.evaluate(`(${PROBE})(${JSON.stringify(CJK_PROBE_PAIRS)})`)) as string[];
}

/** What to tell a newcomer whose browser has no font for Chinese. */
export function cjkFontAdvice(platform: NodeJS.Platform): string[] {
  const install =
    platform === 'linux'
      ? ['Debian/Ubuntu: sudo apt-get install fonts-noto-cjk', 'Fedora: sudo dnf install google-noto-sans-cjk-fonts', 'Arch: sudo pacman -S noto-fonts-cjk']
      : ['a font with Chinese, e.g. Noto Sans CJK (https://github.com/notofonts/noto-cjk)'];
  return [
    'This browser has no font for Chinese: the Chinese demo page and the 繁體中文/简体中文 popup draw as boxes.',
    'Install one, then run npm start again (the extension itself works either way):',
    ...install.map((l) => `  ${l}`),
  ];
}
