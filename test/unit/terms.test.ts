import { describe, expect, it } from 'vitest';
import { analyseBlocks, isFedNews, sentences } from '../../src/core/terms/context';
import * as OpenCC from 'opencc-js';
import { DICTIONARY, HANT_TO_HANS, withSimplified } from '../../src/core/terms/dictionary';
import { fold } from '../../src/core/terms/matcher';

/** The indicator ids (or 'topic') found in a text of paragraphs separated by blank lines. */
function found(text: string): string[] {
  const ms = analyseBlocks(text.split(/\n\n/)).flat();
  return [...new Set(ms.flatMap((m) => (m.kind === 'gdp' ? [] : [m.indicator ?? 'topic'])))].sort();
}

describe('English', () => {
  it.each([
    ['Banks tapped the Fed’s Standing Repo Facility for $1.5 billion.', ['srf', 'topic']],
    ['SOFR rose above IORB on Friday.', ['sofr_iorb']],
    ['SOFR printed 4.31% while the effective fed funds rate held at 4.33%.', ['sofr_effr']],
    ['Usage of the Fed’s ON RRP fell to $5 billion.', ['rrp', 'topic']],
    ['The Federal Reserve said bank reserves fell to $2.9 trillion.', ['reserves', 'topic']],
    ['The Treasury General Account rose to $900 billion.', ['tga']],
    ['Powell said the Fed would end quantitative tightening in December.', ['balance_sheet_pace', 'topic']],
    ['The Fed’s balance sheet shrank to $6.6 trillion.', ['fed_assets']],
    // The account's name after the Treasury's possessive; the balance sheet called "total".
    ['The Treasury’s General Account held $48 billion on Wednesday.', ['tga']],
    ['After the Fed’s QT, the total balance sheet shrank to $6.6 trillion.', ['balance_sheet_pace', 'fed_assets', 'topic']],
    ['The Federal Reserve’s assets totaled $4.3 trillion; Fed assets fell by $31 billion.', ['fed_assets']],
    ['The Fed reported total asset holdings of $6.8 trillion.', ['fed_assets', 'topic']],
    ['Reserves-to-GDP at the Fed is now under 10%.', ['reserves_gdp', 'topic']],
  ])('%s', (text, ids) => expect(found(text)).toEqual(ids));

  it.each([
    'Pakistan reserves the right to respond.',
    'Saudi oil reserves and gold reserves are vast; the dollar is the world’s reserve currency.',
    'India’s foreign exchange reserves at $690 billion hit a record.',
    'Colin Powell received three votes.',
    'Clone the repo and open a pull request; the RRP is $499 at retail.',
    'The ECB will end QE and shrink its balance sheet, Lagarde said.',
    'The Bank of Japan’s balance sheet and its QT plans worry Tokyo.',
    'Equiqtable and qt and fed up readers: the TGA of the polymer was measured.',
    'The company reported a strong balance sheet.',
    'JPMorgan’s balance sheet grew as the Fed raised rates.',
    'FedEx shipped more parcels; the Fed Cup final is on Sunday.',
    'The Fed’s foreign and international monetary authorities (FIMA) repo facility lent $5 billion.',
    'The Fed’s repo facility for foreign central banks was tapped.',
  ])('no badge: %s', (text) => expect(found(text).filter((x) => x !== 'topic')).toEqual([]));

  it('“reserves fell to $2.9 trillion” is a mention of the word, not of the figure (the badge never splits a number)', () => {
    const [m] = analyseBlocks(['The Fed watched as reserves fell to $2.9 trillion.'])[0]!.filter((x) => x.indicator === 'reserves');
    expect(m).toMatchObject({ text: 'reserves', end: 'The Fed watched as reserves'.length });
  });

  it('keeps “Federal Reserve” and “Interest on Reserve Balances” whole: neither is a reserves badge', () => {
    expect(found('The Federal Reserve pays Interest on Reserve Balances.')).toEqual(['sofr_iorb', 'topic']);
  });

  it('lets the nearer central bank claim a shared word', () => {
    expect(found('While the ECB keeps its QE going, the Fed ended QT.')).toEqual(['balance_sheet_pace', 'topic']);
    expect(found('The Fed is done, but the ECB is still running QT.')).toEqual(['topic']);
  });

  it('defers a clue-less sentence to its paragraph, then to the article', () => {
    expect(found('The Fed met today.\n\nThe Fed said more.\n\nReserve balances are less abundant than believed.')).toEqual(['reserves', 'topic']);
    expect(found('The ECB met today.\n\nLagarde said more.\n\nReserve balances are less abundant than believed.')).toEqual([]);
  });

  it('does not split sentences after U.S. or Dec.', () => {
    expect(sentences('The U.S. Treasury sold bills on Dec. 30. Then it stopped.').length).toBe(2);
  });
});

describe('Chinese, Traditional and Simplified', () => {
  it.each([
    ['聯準會將停止縮表。', ['balance_sheet_pace', 'topic']],
    ['美联储将停止缩表。', ['balance_sheet_pace', 'topic']],
    ['美聯儲的隔夜逆回購工具幾乎見底。', ['rrp', 'topic']],
    ['聯準會的逆回購餘額降至 50 億美元。', ['rrp', 'topic']],
    ['美联储的银行准备金降至 2.9 万亿美元。', ['reserves', 'topic']],
    ['聯準會表示，銀行準備金占 GDP 比率低於 10%。', ['reserves', 'topic']],
    ['儲備金佔 GDP 的百分比為 9.71%，聯準會感到緊張。', ['reserves_gdp', 'topic']],
    ['擔保隔夜融資利率高於準備金利率，聯準會關注。', ['sofr_iorb', 'topic']],
    ['聯邦基金利率維持不變。', ['sofr_effr']],
    ['常備回購工具使用量升溫。', ['srf']],
    ['財政部一般帳戶餘額上升。', ['tga']],
    // 賬 for 帳 (as converted from Simplified 账户): the same account.
    ['美聯儲公布的數據顯示，財政部賬戶餘額上升。', ['tga', 'topic']],
    ['鮑威爾表示將放緩縮表。', ['balance_sheet_pace', 'topic']],
    ['聯儲局主席鮑威爾：QE 不會重啟。', ['balance_sheet_pace', 'topic']],
    ['美國央行的逆回購工具餘額下降。', ['rrp', 'topic']],
  ])('%s', (text, ids) => expect(found(text)).toEqual(ids));

  it.each([
    '人行今早進行450億元人民幣逆回購操作。',
    '投資人可以買國債逆回購賺取利息。',
    '央行宣布調降存款準備金率 0.5 個百分點，準備金率降至 7%。',
    '中國外匯儲備升至 3.2 兆美元。',
    '公司縮減開支，也縮減了人力。',
    '日本央行維持量化寬鬆。',
    '央行今日開展逆回購操作，美聯儲則按兵不動。',
  ])('no badge: %s', (text) => expect(found(text).filter((x) => x !== 'topic')).toEqual([]));

  it('reads full-width Latin letters as half-width', () => {
    expect(fold('ＳＯＦＲ　ＱＴ')).toBe('SOFR QT');
    expect(found('聯準會結束ＱＴ。')).toEqual(['balance_sheet_pace', 'topic']);
  });

  it('tells Bowman (鮑曼) from Powell (鮑爾)', () => {
    expect(found('副主席鮑曼支持更積極縮表。')).toEqual([]);
  });
});

describe('the article badge', () => {
  it('appears for Fed news, not for a page that only names Powell once', () => {
    expect(isFedNews(analyseBlocks(['The Fed ended QT.']).flat())).toBe(true);
    expect(isFedNews(analyseBlocks(['Jerome Powell spoke.']).flat())).toBe(false);
  });
});

describe('the dictionary', () => {
  it('has every literal once (so a hit maps to exactly one meaning)', () => {
    const seen = new Map<string, number>();
    DICTIONARY.forEach((d, i) => {
      for (const t of d.terms ?? []) {
        const k = t.toLowerCase();
        expect(seen.has(k) && seen.get(k) !== i ? k : null).toBeNull();
        seen.set(k, i);
      }
    });
  });

  it('lists a literal of a case-blind entry in one casing (BoJ is BOJ already)', () => {
    const twice = DICTIONARY.filter((d) => !d.exact).flatMap((d) => (d.terms ?? []).filter((t, k, all) => all.findIndex((o) => o.toLowerCase() === t.toLowerCase()) !== k));
    expect(twice).toEqual([]);
  });

  it('keeps expression syntax out of its literals (a literal is matched as written), and its literals in ASCII or uncased scripts', () => {
    const literals = DICTIONARY.flatMap((d) => d.terms ?? []);
    expect(literals.filter((t) => /\(\?|[|\\[\]]/.test(t))).toEqual([]);
    // The one-pass scanner folds ASCII case only; a cased letter beyond ASCII would need the engine's folding.
    expect(literals.filter((t) => [...t].some((c) => c.charCodeAt(0) > 127 && c.toLowerCase() !== c.toUpperCase()))).toEqual([]);
  });

  it('spells a term given to withSimplified in Simplified as OpenCC does (Taiwan → mainland), with a table of the characters its terms use', () => {
    const toMainland = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(withSimplified('聯準會', '財政部一般賬戶')).toEqual(['聯準會', '联准会', '財政部一般賬戶', '财政部一般账户']);
    expect([...HANT_TO_HANS].filter(([hant, hans]) => toMainland(hant) !== hans)).toEqual([]);
    // Every pair is used: some term holds the Traditional character, and the same entry its Simplified spelling.
    const used = (hant: string, hans: string) =>
      DICTIONARY.some((d) => (d.terms ?? []).some((t) => t.includes(hant) && d.terms!.includes(t.replace(/./g, (c) => HANT_TO_HANS.get(c) ?? c)) && toMainland(t).includes(hans)));
    expect([...HANT_TO_HANS].filter(([hant, hans]) => !used(hant, hans))).toEqual([]);
  });
});
