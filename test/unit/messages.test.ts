import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, msg, texts } from '../../src/core/messages';
import { LANGS } from '../../src/core/types';

describe('_locales message files', () => {
  it('have the same keys in every language, each non-empty, with names Chrome accepts', () => {
    const en = Object.keys(catalogue('en')).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(catalogue(lang)).sort();
      expect(keys, lang).toEqual(en);
      for (const k of keys) {
        expect(k).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(catalogue(lang)[k]!.message.trim(), `${lang}/${k}`).not.toBe('');
        // A literal dollar must be written $$: Chrome reads $1…$9 as substitutions and $name$ as a placeholder.
        expect(catalogue(lang)[k]!.message.replace(/\$\$/g, ''), `${lang}/${k}`).not.toMatch(/\$(?![1-9])/);
      }
    }
  });

  it('substitutes like Chrome: $1…$9, and $$ for a dollar sign', () => {
    expect(msg('en', 'ind_rrp_threshold_1')).toBe('nearly empty ($50B)');
    expect(msg('en', 'gauge_reserves_below_ample_fired', '9.40%', '10%')).toBe('Reserves are 9.40% of GDP, under the 10% ample line.');
    expect(msg('zh_TW', 'ind_runway_detail_months_to', 10)).toBe('距 10% 月數');
    expect(msg('en', 'no_such_key')).toBe('no_such_key');
    expect(() => texts('no_such_key')).toThrow(/no message/);
  });

  it('are the files the extension ships', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(catalogue('zh_CN'));
  });
});

describe('every text the pages ask for exists', () => {
  it('finds each literal key used with t() or msg() in src/ in the English catalogue', async () => {
    const { readdirSync } = await import('node:fs');
    const files = (readdirSync(new URL('../../src', import.meta.url), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f));
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'|\bmsg\([^,]+,\s*'([A-Za-z0-9_]+)'|\b(?:texts|say)\('([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? m[2] ?? m[3]!);
      // t(cond ? 'a' : 'b'): the keys are the branches, not the compared values
      for (const call of src.matchAll(/\bt\(([^()]*\?[^()]*)\)/g)) for (const m of call[1]!.matchAll(/[?:]\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].filter((k) => !(k in catalogue('en')));
    expect(missing).toEqual([]);
  });
});
