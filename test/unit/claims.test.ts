/**
 * The article's own figures: read from real sentences (the seed, the annotated pages), checked against the
 * real fixtures. Every expected value is computed here from the fixture files, never typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readAmounts, stepOf } from '../../src/core/article/amounts';
import { checkPassages, judgeClaim, type CheckedClaim } from '../../src/core/article/check';
import { buildClaimsAnswer, parsePassages } from '../../src/core/article/claims-answer';
import { CLAIM_TARGETS, readClaims } from '../../src/core/article/claims';
import { holdsDigits, mayHoldFigure } from '../../src/core/article/limits';
import { hasMessage } from '../../src/core/messages';
import { isIndicatorId } from '../../src/core/types';
import { addDays } from '../../src/core/dates';
import { fixturesDoc } from '../helpers/docs';
import { FIXTURES } from '../helpers/fixtures';
import { data } from '../helpers/expected';
import { passagesOf } from '../helpers/claims-corpus';

const doc = fixturesDoc();
const TODAY = '2026-12-01';
const PAGES = join(new URL('../fixtures/pages', import.meta.url).pathname);

const seedBlocks = readFileSync(new URL('../../demo/seed/000_bb5fc8af848cf247.txt', import.meta.url), 'utf8').split('\n').slice(1, 79).map((l) => l.trim()).filter(Boolean);
const pageBlocks = (file: string) => [...new JSDOM(readFileSync(join(PAGES, file), 'utf8')).window.document.querySelectorAll('article h1, article p')].map((e) => e.textContent!.trim());

const seed = checkPassages(doc, passagesOf(seedBlocks), '2025-10-20', TODAY);
const find = (text: string, target?: string): CheckedClaim => {
  const c = seed.checked.find((x) => x.text === text && (!target || x.target === target));
  if (!c) throw new Error(`no checked claim "${text}"`);
  return c;
};
const between = (m: Map<string, number>, from: string, to: string) => [...m].filter(([d]) => d >= from && d <= to);

describe('the seed (dated 2025-10-20): its figures against the data published by then', () => {
  it('reserves “2.96 兆美元(截至上週)” match the week of 2025-10-01', () => {
    const c = find('2.96 兆美元');
    expect([c.target, c.verdict, c.asOf, c.value]).toEqual(['reserves', 'match', '2025-10-01', 2960]);
    expect(c.actual).toBeCloseTo(data.wresbal.get('2025-10-01')!, 9);
    // The window: weeks published by 20 Oct (the week of 15 Oct was out on the 16th), 35 days back.
    expect([c.window.from, c.window.to]).toEqual(['2025-09-17', '2025-10-15']);
    // Only that week rounds or truncates to 2.96: [2955, 2970).
    expect(between(data.wresbal, '2025-09-15', '2025-10-15').filter(([, v]) => v >= 2955 && v < 2970).map(([d]) => d)).toEqual(['2025-10-01']);
    expect(c.compared).toMatch(/week average \(WRESBAL\)/);
  });

  it('“今年 1 月銀行儲備金約 3.4 兆美元” matches 2025-01-15; “RRP 約 6,000 億美元” differs (January 2025 was $93–240B)', () => {
    const r = find('約 3.4 兆美元');
    expect([r.target, r.verdict, r.hedge, r.asOf, r.period]).toEqual(['reserves', 'match', 'about', '2025-01-15', { kind: 'month', from: '2025-01-01', to: '2025-01-31' }]);
    expect(r.actual).toBeCloseTo(data.wresbal.get('2025-01-15')!, 9);
    const rrp = find('約 6,000 億美元');
    const january = between(data.rrp, '2025-01-01', '2025-01-31').map(([, v]) => v);
    expect([rrp.target, rrp.verdict, rrp.value]).toEqual(['rrp', 'differs', 600]);
    expect(rrp.actual).toBe(Math.max(...january)); // the nearest the data came
    expect(Math.min(...january)).toBeGreaterThan(92);
    expect(Math.max(...january)).toBeLessThan(241);
    expect(rrp.window.count).toBe(january.length);
    // Its card: the window's range, and when the data last stood at about $600B (550–650, a digit's rounding).
    expect(rrp.range).toEqual({ low: Math.min(...january), high: Math.max(...january) });
    const near = [...data.rrp].filter(([d, v]) => d <= '2025-10-20' && Math.abs(v - 600) <= 50);
    expect(rrp.lastAt?.to).toBe(near[near.length - 1]![0]);
    expect(rrp.strict).toBe(true);
  });

  it('reserves quoted at their Wednesday level (WRBWFRBL) are checked against it, when only it bears the figure out', () => {
    const wed = new Map(readFileSync(join(FIXTURES, 'fred-csv-WRBWFRBL.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).map(([d, v]) => [d!, Number(v) / 1000] as const));
    // A Wednesday of 2025 where the level and the week average differ by more than 2%.
    const [day, level] = [...wed].find(([d, v]) => d >= '2025-01-01' && data.wresbal.has(d) && Math.abs(v - data.wresbal.get(d)!) > 0.02 * v)!;
    const written = (Math.floor(level) / 1000).toFixed(3);
    const r = checkPassages(doc, passagesOf([`On ${day}, Fed bank reserves stood at $${written} trillion.`]), addDays(day, 2), TODAY);
    expect(r.checked.map((c) => [c.verdict, c.asOf, c.wednesday, c.source.name])).toEqual([['match', day, true, 'FRED WRBWFRBL']]);
    expect(r.checked[0]!.compared).toMatch(/Wednesday level \(WRBWFRBL\)/);
  });

  it('a ✗ needs a strict reading; a figure read as today’s that the data bear out at the year’s peak is ≈ with that date', () => {
    // Reserves' 2025 peak by 20 Oct, written to its 10-billion digit: truncation bears it out.
    const year = [...data.wresbal].filter(([d]) => d >= '2025-01-01' && d <= '2025-10-15');
    const [peakDay, peak] = year.reduce((m, p) => (p[1] > m[1] ? p : m));
    const written = (Math.floor(peak / 10) / 100).toFixed(2);
    const recent = year.filter(([d]) => d >= '2025-09-15').map(([, v]) => v);
    expect(recent.every((v) => Math.abs(v - Number(written) * 1000) > 0.1 * Number(written) * 1000)).toBe(true); // today's data are >10% away
    const said = checkPassages(doc, passagesOf([`聯準會的銀行準備金目前為 ${written} 兆美元。`]), '2025-10-20', TODAY);
    expect(said.checked.map((c) => [c.verdict, c.elsewhen?.[0]])).toEqual([['close', peakDay]]);
    // The same figure with no "now" said and no period is a looser reading: no ✗, no mark.
    const loose = checkPassages(doc, passagesOf([`Fed bank reserves were $${(Number(written) * 1.3).toFixed(2)} trillion.`]), '2025-10-20', TODAY);
    expect(loose.checked).toEqual([]);
    expect(loose.unchecked.map((u) => u.why)).toEqual(['loose']);
  });

  it('“資產負債表 … 仍在 6.9 兆美元左右” is close: WALCL $6,608.6B on 2025-09-17, 4.2% lower', () => {
    const c = find('6.9 兆美元左右');
    expect([c.target, c.verdict, c.hedge, c.asOf]).toEqual(['fed_assets', 'close', 'about', '2025-09-17']);
    expect(c.actual).toBeCloseTo(data.walcl.get('2025-09-17')!, 9);
    expect(c.differencePct!).toBeCloseTo(((data.walcl.get('2025-09-17')! - 6900) / 6900) * 100, 9);
    expect(Math.round(c.differencePct! * 10) / 10).toBe(-4.2);
  });

  it('“儲備金佔 GDP 的百分比:9.71%” is close: the data give 9.73%', () => {
    const c = find('9.71%');
    const ratio = (data.wresbal.get('2025-10-01')! / data.gdp.get('2025-04-01')!) * 100;
    expect([c.target, c.verdict, c.asOf]).toEqual(['reserves_gdp', 'close', '2025-10-01']);
    expect(c.actual).toBeCloseTo(ratio, 9);
    expect(ratio.toFixed(2)).toBe('9.73');
    // Every 9.71% in the text reads the same way, the one after "2019 年的 7% 引發了一場危機;如今," included.
    expect(seed.checked.filter((x) => x.text === '9.71%').map((x) => x.verdict)).toEqual(['close', 'close', 'close']);
  });

  it('“RRP … 相比高峰縮水了 99% 以上” matches: down 99.7% from the 2022 peak', () => {
    const c = find('99% 以上');
    const peak = Math.max(...between(data.rrp, '2022-01-01', '2022-12-31').map(([, v]) => v));
    const week = between(data.rrp, addDays('2025-10-20', -10), '2025-10-20');
    const nearest = Math.min(...week.map(([, v]) => ((peak - v) / peak) * 100));
    expect([c.target, c.verdict, c.hedge, c.value]).toEqual(['rrp_drawdown', 'match', 'more', 99]);
    expect(c.actual).toBeCloseTo(nearest, 9);
    expect(c.actual.toFixed(1)).toBe('99.7');
    expect(c.reference).toEqual({ value: peak, date: '2022-12-30' });
  });

  it('no mark on a vague amount (“幾十億美元”) or a change (“2 兆美元的量化緊縮”)', () => {
    expect(seed.checked.some((c) => c.text.includes('十億'))).toBe(false);
    const qt = seed.unchecked.find((u) => seedBlocks[u.passage]!.indexOf('2 兆美元的量化緊縮') === u.start);
    expect(qt?.why).toBe('unchecked');
    // A forecast, a threshold, a range and a pace per month are never checked.
    const why = (t: string) => seed.unchecked.find((u) => u.text === t)?.why;
    expect(why('3.05 兆美元')).toBe('forecast');
    expect(why('2.8 兆美元')).toBe('range');
    expect(why('250 億美元')).toBe('rate');
  });

  it('the only ✗ is the January RRP, checked by hand above; figures of an unstated past year are left alone', () => {
    expect(seed.checked.filter((c) => c.verdict === 'differs').map((c) => c.text)).toEqual(['約 6,000 億美元']);
    // "2019 年,儲備金降至 1.5 兆美元": a bare year before the figure leaves its period unsure.
    expect(seed.unchecked.find((u) => u.text === '1.5 兆美元')?.why).toBe('period');
  });

  it('an undated page: only figures that name their own period', () => {
    const undated = checkPassages(doc, passagesOf(seedBlocks), null, TODAY);
    expect(undated.checked.length).toBeGreaterThan(0);
    for (const c of undated.checked) expect(c.period.kind).not.toBe('current');
    expect(undated.checked.map((c) => [c.text, c.verdict])).toContainEqual(['約 1.5 兆美元', 'match']); // September 2019
    expect(undated.unchecked.find((u) => u.text === '2.96 兆美元')?.why).toBe('undated');
  });
});

describe('the annotated pages, on their own dates', () => {
  it('Reuters, 2025-09-15: the SRF take-up of $1.5 billion, SOFR 4.42% and IORB 4.40% match; a forecast is left alone', () => {
    const r = checkPassages(doc, passagesOf(pageBlocks('txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html')), '2025-09-15', TODAY);
    expect(r.checked.map((c) => [c.target, c.text, c.verdict])).toEqual([
      ['srf', '$1.5 billion', 'match'], // the headline
      ['srf', '$1.5 billion', 'match'],
      ['sofr', '4.42%', 'match'],
      ['iorb', '4.40%', 'match'],
    ]);
    expect(r.checked[0]!).toMatchObject({ asOf: '2025-09-15', actual: data.srf.get('2025-09-15') }); // FRED RPONTTLD: 1.500
    expect(r.checked[2]!.actual).toBe(data.sofr.get('2025-09-12'));
    expect(r.unchecked.find((u) => u.text === '$870 billion')?.why).toBe('forecast');
  });

  it('Bloomberg, 2024-08-06: the RRP below $300B and at $292B, and its record of Dec. 30, 2022', () => {
    const r = checkPassages(doc, passagesOf(pageBlocks('txt-en02_bloomberg-via-orientaliri_rrp-usage-below-300-billion.html')), '2024-08-06', TODAY);
    // "A major Federal Reserve facility dropped below $300 billion", the story's first sentence: the facility the
    // headline block before it names (a generic subject at a passage's start takes the paragraph before's last sentence).
    expect(r.checked.map((c) => [c.text, c.hedge, c.verdict])).toEqual([
      ['Below $300 Billion', 'less', 'match'],
      ['below $300 billion', 'less', 'match'],
      ['$292 billion', 'plain', 'match'],
      ['$2.554 trillion', 'plain', 'match'],
    ]);
    expect(r.checked[2]!.actual).toBe(data.rrp.get('2024-08-06'));
    expect(r.checked[3]!).toMatchObject({ asOf: '2022-12-30', actual: data.rrp.get('2022-12-30'), period: { kind: 'day', date: '2022-12-30' } });
    // "forecasting … reserves at $3.1 trillion" is a forecast with two indicators: no mark.
    expect(r.unchecked.find((u) => u.text === '$3.1 trillion')?.why).toBe('forecast');
  });

  it('Xinhua, 2019-02-28: the Fed’s assets “约4万亿美元” match; “可能在1万亿美元左右” is a forecast, “低于目前约1.6万亿美元” the level now; “从4.5万亿美元” a starting point', () => {
    const r = checkPassages(doc, passagesOf(pageBlocks('txt-zh02_xinhua-via-itaiwannews_powell-to-end-balance-sheet-runoff-2019.html')), '2019-02-28', TODAY);
    // The forecast's 可能 stays in its clause: 目前 in the next one states today's level (a looser reading: never a ✗).
    expect(r.checked.map((c) => [c.target, c.text, c.verdict, c.strict])).toEqual([
      ['reserves', '约1.6万亿美元', 'match', false],
      ['fed_assets', '约4万亿美元', 'match', false],
    ]);
    expect(r.unchecked.map((u) => [u.text, u.why])).toEqual([
      ['1万亿美元', 'forecast'],
      ['4.5万亿美元', 'from'],
    ]);
  });

  it('the trap pages and cnyes: no figure is tied to a Fed indicator', () => {
    for (const [file, date] of [['txt-zh03_singtao-stheadline_pboc-reverse-repo-trap.html', '2015-01-29'], ['txt-zh01_cnyes_fed-qt-brake-qe-rumours.html', '2025-10-28'], ['en03_nationalpost-ap_india-pakistan-reserves-the-right.html', '2025-05-07'], ['en04_msnbc_electoral-college-colin-powell.html', '2016-12-20']]) {
      const html = readFileSync(join(PAGES, file!), 'utf8');
      const blocks = [...new JSDOM(html).window.document.querySelectorAll('article h1, article p, article li')].map((e) => e.textContent!.trim());
      expect(checkPassages(doc, passagesOf(blocks), date!, TODAY).checked, file).toEqual([]);
    }
  });
});

describe('reading figures', () => {
  const read = (text: string, date: string | null = '2025-10-20') => readClaims(passagesOf([text])[0]!, date);

  it('amounts in every style, normalised to USD billions, percent and basis points, with their last significant digit', () => {
    const cases: Array<[string, number, string, number]> = [
      ['$2.96 trillion', 2960, 'usd_bn', 10], ['$2.96T', 2960, 'usd_bn', 10], ['2.96 trillion dollars', 2960, 'usd_bn', 10], ['$600bn', 600, 'usd_bn', 100],
      ['$2,966 billion', 2966, 'usd_bn', 1], ['US$210.7 million', 0.2107, 'usd_bn', 0.0001], ['2.96 兆美元', 2960, 'usd_bn', 10], ['2.9 萬億美元', 2900, 'usd_bn', 100],
      ['2.9 万亿美元', 2900, 'usd_bn', 100], ['6,000 億美元', 600, 'usd_bn', 100], ['6,000 亿美元', 600, 'usd_bn', 100], ['210.7 億美元', 21.07, 'usd_bn', 0.01],
      ['4,600 億', 460, 'usd_bn', 10], ['9.71%', 9.71, 'pct', 0.01], ['9.7 %', 9.7, 'pct', 0.1], ['4.24厘', 4.24, 'pct', 0.01], ['19 basis points', 19, 'bp', 1],
      ['19bp', 19, 'bp', 1], ['19 bps', 19, 'bp', 1], ['19 個基點', 19, 'bp', 1], ['19 个基点', 19, 'bp', 1], ['２．９６ 兆美元', 2960, 'usd_bn', 10],
      ['minus 5 basis points', -5, 'bp', 1], ['negative 2 bps', -2, 'bp', 1], ['負 5 個基點', -5, 'bp', 1], ['负5个基点', -5, 'bp', 1],
      // A space after the dollar sign, as some rewrites print it.
      ['$ 286 billion', 286, 'usd_bn', 1], ['US$ 2.9 trillion', 2900, 'usd_bn', 100],
      // Trillion as research notes abbreviate it.
      ['USD2.4trn', 2400, 'usd_bn', 100], ['$1.25trn', 1250, 'usd_bn', 10],
    ];
    for (const [text, value, unit, step] of cases) {
      const [a] = readAmounts(text.normalize('NFKC') === text ? text : text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      expect([a?.value, a?.unit, a?.step], text).toEqual([value, unit, step]);
    }
    expect(readAmounts('450億元人民幣 and 5 percentage points and 3厘米')).toEqual([]);
    expect(readAmounts('minus 5 basis points')[0]!.signed).toBe(true);
    expect(readAmounts('負債 5%')[0]!.value).toBe(5);
    // Other dollars are not US dollars.
    expect(readAmounts('HK$50 billion, NT$3 trillion, A$2 billion, C$5 billion, S$1 billion, HK$ 50 billion')).toEqual([]);
    expect(readAmounts('(US$2.9tn; $2.9 trillion)').map((a) => a.value)).toEqual([2900, 2900]);
  });

  it('hedges: about, more, less — before or after the figure', () => {
    const hedge = (t: string) => read(t).claims[0]?.hedge;
    expect(hedge('Bank reserves at the Fed are about $3 trillion.')).toBe('about');
    expect(hedge('Bank reserves at the Fed are more than $3 trillion.')).toBe('more');
    expect(hedge('聯準會的銀行準備金不到 3 兆美元。')).toBe('less');
    expect(hedge('聯準會的銀行準備金為 3 兆美元左右。')).toBe('about');
    expect(hedge('聯準會的銀行準備金為 3 兆美元以上。')).toBe('more');
    expect(hedge('Fed bank reserves stood at $3 trillion.')).toBe('plain');
  });

  it('no mark when unsure: a change, a forecast or threshold, a range, no unit, two indicators, an unstated past period', () => {
    const why = (t: string, date: string | null = '2025-10-20') => read(t, date).skipped[0]?.why ?? (read(t, date).claims.length ? 'claim' : 'nothing');
    expect(why('Fed bank reserves rose by $46 billion this week.')).toBe('change');
    expect(why('Fed bank reserves rose $46 billion.')).toBe('change');
    expect(why('聯準會的銀行準備金增加 460 億美元。')).toBe('change');
    expect(why('Fed officials say bank reserves should stay above $3.05 trillion.')).toBe('forecast');
    expect(why('聯準會的銀行準備金應該超過 3.05 兆美元。')).toBe('forecast');
    for (const t of [
      'The Treasury plans to hold its TGA cash balance at $850 billion at the end of December.',
      'The Treasury General Account is seen at $850 billion by year-end.',
      'Analysts see Fed bank reserves falling to $2.7 trillion.',
      'Powell said the Fed wants bank reserves around $2.8 trillion.',
      'Fed bank reserves are on track to hit $2.7 trillion.',
      '預估聯準會的銀行準備金明年降至 2.7 兆美元。',
      'Fed bank reserves around $2.7 trillion are considered the lower bound of ample.',
      '市場認為聯準會的銀行準備金 2.7 兆美元是充足的下限。',
    ])
      expect(why(t), t).toBe('forecast');
    expect(why('Fed bank reserves of $2.8 trillion to $3.4 trillion are ample.')).toBe('range');
    expect(why('Bank reserves at the Fed stood at 3 trillion.')).toBe('nothing');
    expect(why('The Fed’s bank reserves and its reverse repo facility together held $3.2 trillion.')).toBe('two');
    expect(why('In 2019, Fed bank reserves fell to $1.4 trillion.')).toBe('period');
    expect(why('Fed bank reserves were $3 trillion.', null)).toBe('undated');
    // A peak, a low or a record with no period of its own is not the latest data.
    expect(why('The Fed’s reverse repo facility peaked at $2.55 trillion.')).toBe('period');
    expect(why('The Fed’s reverse repo facility hit a record $2.55 trillion.')).toBe('period');
    expect(why('聯準會的逆回購工具最高曾達 2.55 兆美元。')).toBe('period');
    // A level reached: "fell to" is not a change.
    expect(why('Fed bank reserves fell to $2.9 trillion last week.')).toBe('claim');
    // A clause set in another time, unnamed: "when …", "once …", 曾 / 一度 / 此前 — never read as today's level.
    expect(why('When Fed bank reserves were $1.4 trillion, the repo market seized up.')).toBe('period');
    expect(why('Once Fed bank reserves fall to $2.5 trillion, funding strains appear.')).toBe('period');
    expect(why('The Fed’s reverse repo facility at one point held $2.55 trillion.')).toBe('period');
    expect(why('聯準會的逆回購工具一度高達 2.55 兆美元。')).toBe('period');
    expect(why('聯準會的銀行準備金此前為 3.4 兆美元。')).toBe('period');
    expect(why('The Fed’s balance sheet was $4.5 trillion before the pandemic.')).toBe('period');
    expect(why('Before the pandemic, Fed bank reserves were about $1.7 trillion.')).toBe('period');
    expect(why('Fed bank reserves were $3.4 trillion at the start of the year.')).toBe('period');
    expect(why('美联储资产负债表规模在疫情前约为4.2万亿美元。')).toBe('period');
    // Such a word in another clause leaves the figure's own reading alone; a named period still counts.
    expect(why('Fed bank reserves stood at $2.9 trillion, when the Fed ended QT.')).toBe('claim');
    expect(why('Fed bank reserves once topped $4 trillion in December 2021.')).toBe('claim');
    // A starting point written with its sign in words is still a starting point.
    expect(read('SOFR − IORB widened to 1 basis point from minus 5 basis points.', '2025-11-20').skipped.map((x) => [x.text, x.why])).toEqual([['minus 5 basis points', 'from']]);
    // One bank's reserves, or a group's, are a part of the total, never the total.
    expect(why('JPMorgan holds about $400 billion of bank reserves at the Fed.')).toBe('part');
    expect(why('Bank reserves at the Fed held by JPMorgan were $400 billion.')).toBe('part');
    expect(why('The four largest U.S. banks hold about $1 trillion of the Fed’s bank reserves.')).toBe('part');
    expect(why('摩根大通在聯準會的準備金約 4000 億美元。')).toBe('part');
    expect(why('美國銀行準備金約為 2.9 兆美元，聯準會資料顯示。')).toBe('claim');
    // Futures, swaps, term SOFR, a percentile or an N-day average are not the overnight fixing.
    for (const t of ['Three-month term SOFR stood at 3.85%.', 'SOFR futures imply a rate of 3.2% by June.', 'The two-year SOFR swap rate fell to 3.3%.', 'SOFR’s 75th percentile hit 4.5%.', 'The 99th percentile of SOFR futures hit 4.5%.', 'SOFR 期貨隱含利率為 3.4%。']) expect(why(t, '2025-11-20'), t).toBe('unchecked');
    expect(why('SOFR rose to 4.22% on Friday.', '2025-11-20')).toBe('claim');
    // An average over a span: no single observation need lie near it.
    for (const t of ['The 30-day average SOFR was 4.12%.', 'SOFR averaged 4.1% in October.', 'Fed bank reserves have averaged $3.2 trillion this year.', '聯準會的隔夜逆回購日均 200 億美元。'])
      expect(why(t, '2025-11-20'), t).toBe('average');
    // This year so far, the past months, recent weeks: longer than the latest data, and no period to check against.
    for (const t of ['Fed bank reserves stood at $3.2 trillion so far this year.', 'Over the past month, the Fed’s reverse repo facility held $20 billion.', 'In recent weeks, Fed bank reserves have hovered near $2.9 trillion.', '今年以來，聯準會的銀行準備金約 3.2 兆美元。', '今年聯準會的銀行準備金約 3.2 兆美元。'])
      expect(why(t, '2025-11-20'), t).toBe('period');
    expect(why('今年 1 月聯準會的銀行準備金約 3.4 兆美元。', '2025-11-20')).toBe('claim');
    // A component of the balance sheet is not the balance sheet.
    expect(why('The Fed’s balance sheet holds $2.1 trillion of mortgage-backed securities.')).toBe('part');
    const parts = read('The Fed’s balance sheet, including $4.2 trillion of Treasuries, totals $6.6 trillion.', '2025-11-20');
    expect([parts.skipped.map((x) => [x.text, x.why]), parts.claims.map((c) => c.text)]).toEqual([[['$4.2 trillion', 'part']], ['$6.6 trillion']]);
    expect(read('聯準會資產負債表規模為 6.6 兆美元，其中美債 4.2 兆美元。', '2025-11-20').skipped.map((x) => x.why)).toEqual(['part']);
    expect(why('聯準會資產負債表持有 2.1 兆美元的抵押貸款支持證券。')).toBe('part');
    expect(why('The Fed’s balance sheet stands at $6.6 trillion in total assets.')).toBe('claim');
    // The Treasury General Account is the TGA itself, not a Treasury security.
    expect(why('There was $900 billion in the Treasury General Account.')).toBe('claim');
    // "now" in the next clause belongs to the next figure, not to a peak in this one.
    const both = read('The Fed’s reverse repo facility, which held $2.5 trillion at its peak, now holds just $5 billion.', '2025-11-20');
    expect([both.skipped.map((x) => [x.text, x.why]), both.claims.map((c) => c.text)]).toEqual([[['$2.5 trillion', 'period']], ['$5 billion']]);
  });

  it('the rate paid on reserves, said in words, is IORB (該利率比…準備金所支付的利率高出11個基點——目前該利率爲4.40%)', () => {
    const r = read('該利率比美聯儲向存放在中央銀行的準備金所支付的利率高出11個基點——目前該利率爲4.40%。', '2025-09-16');
    expect(r.claims.map((c) => [c.target, c.value])).toEqual([['iorb', 4.4]]);
    // A Chinese dash (——) after a figure is one mark, not an empty aside that would give the next clause's 目前 to it.
    expect(read('預計將於週三將聯邦基金利率下調25個基點。該利率比美聯儲向準備金所支付的利率高出11個基點——目前該利率爲4.40%。', '2025-09-16').claims.map((c) => [c.target, c.value, c.period.kind])).toEqual([['iorb', 4.4, 'current']]);
    // Said with SOFR, the basis points are the spread.
    expect(read('SOFR比美聯儲向準備金所支付的利率高出11個基點。', '2025-09-16').claims.map((c) => [c.target, c.value])).toEqual([['sofr_iorb', 11]]);
  });

  it('periods: explicit ones in the sentence, relative ones resolved against the article’s date; "since" and comparisons are not periods', () => {
    const period = (t: string, date: string | null = '2025-10-20') => read(t, date).claims[0]?.period;
    expect(period('In January, Fed bank reserves were about $3.4 trillion.')).toEqual({ kind: 'month', from: '2025-01-01', to: '2025-01-31' });
    expect(period('In December, Fed bank reserves were about $3.2 trillion.')).toEqual({ kind: 'month', from: '2024-12-01', to: '2024-12-31' });
    expect(period('2019 年 9 月,聯準會的銀行準備金約 1.5 兆美元。', null)).toEqual({ kind: 'month', from: '2019-09-01', to: '2019-09-30' });
    expect(period('On Sept. 17, 2019, SOFR hit 5.25%.', null)).toEqual({ kind: 'day', date: '2019-09-17' });
    expect(period('SOFR was 4.22% today.')).toEqual({ kind: 'day', date: '2025-10-20' });
    // A weekday's own figure, "from Thursday's $502 billion": the latest Thursday by the article's date.
    expect(read('The Fed’s reverse repo facility took in $441 billion, from Thursday’s $502 billion.', '2025-10-20').claims.map((c) => c.period)).toEqual([
      { kind: 'current' },
      { kind: 'day', date: '2025-10-16' },
    ]);
    expect(period("Friday's take-up at the Fed’s reverse repo facility was $31 billion.")).toEqual({ kind: 'day', date: '2025-10-17' });
    // A weekday's event is not the figure's day: "ahead of Monday's tax deadline", "after Friday's holiday".
    expect(period("Ahead of Monday's tax deadline, usage of the Fed's overnight reverse repo facility rose to $10.7 billion.")).toEqual({ kind: 'current' });
    expect(period('The Treasury General Account climbed to $981 billion ahead of Friday’s holiday.')).toEqual({ kind: 'current' });
    expect(period('美國 GDP 為 30.5 兆美元(2025 年第二季)。')).toEqual({ kind: 'quarter', from: '2025-04-01', to: '2025-06-30' });
    expect(period('Fed bank reserves fell to $2.9 trillion, the lowest since 2020.')).toEqual({ kind: 'current' });
    expect(period('截至上週,聯準會的銀行準備金為 2.96 兆美元,為 2020年10月以來最低。')).toEqual({ kind: 'current' });
    // A headline's short 來 after a date is "since" too: 逆回購餘額跌破1,000億美元創2021年4月來新低.
    expect(period('聯準會逆回購使用量跌破1,000億美元創2021年4月來新低')).toEqual({ kind: 'current' });
    expect(period('美联储的银行准备金降至 2.8 万亿美元创 2020 年 9 月来最低')).toEqual({ kind: 'current' });
    expect(period('TGA餘額升至9,400億美元創2021年2月來最高')).toEqual({ kind: 'current' });
    // The day data were released is not the day they are of: 截至 1 月 1 日当周 dates the figure, not 周四公布.
    expect(period('美联储周四公布的数据显示,截至 10 月 15 日当周,银行准备金降至 2.93 万亿美元。')).toEqual({ kind: 'day', date: '2025-10-15' });
    expect(period('據週五公佈的數據,美國財政部的現金餘額週四上升至 8,500 億美元。')).toEqual({ kind: 'day', date: '2025-10-16' });
    // "For the first time in nine weeks" is a since-phrase, not another time: the figure is today's.
    expect(period('美联储的银行准备金在九周之后首次上升,并超过 3 万亿美元。')).toEqual({ kind: 'current' });
    // A release day is no anchor for "the trading day before" either: that is the day before the one the move reached.
    expect(read('根據紐約聯儲週二發佈的最新數據,SOFR自上一交易日的4.42%上漲至10月17日的4.51%。', '2025-10-20').claims.map((c) => c.period)).toEqual([
      { kind: 'day', date: '2025-10-16' },
      { kind: 'day', date: '2025-10-17' },
    ]);
    // …and when the sentence names no other day, the release day is the data's day (the previous business day's figure).
    expect(period('据周五公布的数据,美国财政部的现金余额降至 8,500 亿美元。')).toEqual({ kind: 'day', date: '2025-10-17' });
    // A part of a month (中旬, 月末, 上旬) names neither a day nor the whole month: no period to check against.
    for (const t of ['今年 6 月中旬聯準會的銀行準備金約 3.2 兆美元。', '9月末,美联储的银行准备金余额降至2.93万亿美元。', '美联储的银行准备金在2025年6月末约为3.2万亿美元。'])
      expect(read(t, '2025-10-20').skipped.map((x) => x.why), t).toEqual(['period']);
    expect(period('The Fed’s reverse repo facility hit $2.55 trillion at its 2022 peak.', null)).toEqual({ kind: 'peak', from: '2022-01-01', to: '2022-12-31' });
    expect(period('The Fed’s reverse repo facility, which held more than $2.5 trillion at its end-2022 peak, is empty.', null)).toEqual({ kind: 'peak', from: '2022-01-01', to: '2022-12-31' });
    expect(period('The Fed’s reverse repo facility, which peaked in late 2022 at $2.55 trillion, is empty.', null)).toEqual({ kind: 'peak', from: '2022-01-01', to: '2022-12-31' });
  });

  it('any string gives claims or nothing — never an exception — and every claim is well formed', () => {
    const pieces = ['$', '2.96', ' trillion', '兆美元', '億', '%', ' bp', '個基點', '約', 'about ', 'more than ', '以上', '左右', '今年 1 月', 'in January ', '2019 年 ', ',', '。', '(', ')', ' ', 'Fed ', 'bank reserves ', '銀行準備金', 'RRP', 'SOFR ', 'IORB ', 'GDP ', 'from ', 'to ', '-', '0', '9', '１', '．'];
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom<string | null>('2025-10-20', '2019-09-18', null), (t, date) => {
        const r = readClaims(passagesOf([t])[0]!, date);
        for (const c of r.claims) {
          expect(Number.isFinite(c.value) && Number.isFinite(c.step) && c.step > 0).toBe(true);
          expect(c.start >= 0 && c.end <= t.length && c.start < c.end).toBe(true);
        }
        checkPassages(doc, passagesOf([t]), date, TODAY);
      }),
      { numRuns: 400 },
    );
  });

  it('any amount written in any supported style reads back to itself', () => {
    const styles: Array<(n: string) => [string, number]> = [
      (n) => [`$${n} trillion`, 1000], (n) => [`$${n}T`, 1000], (n) => [`${n} trillion dollars`, 1000], (n) => [`$${n} billion`, 1], (n) => [`$${n}bn`, 1],
      (n) => [`US$${n} million`, 0.001], (n) => [`${n} 兆美元`, 1000], (n) => [`${n} 萬億美元`, 1000], (n) => [`${n} 万亿美元`, 1000], (n) => [`${n} 億美元`, 0.1],
      (n) => [`${n} 亿美元`, 0.1], (n) => [`${n}%`, 1], (n) => [`${n} %`, 1], (n) => [`${n} basis points`, 1], (n) => [`${n}bps`, 1], (n) => [`${n} 個基點`, 1],
    ];
    const written = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([int, decimals, grouped]) => {
      const x = int / 10 ** decimals;
      return grouped ? x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : x.toFixed(decimals);
    });
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: styles.length - 1 }), (n, k) => {
        const [text, scale] = styles[k]!(n);
        const [a] = readAmounts(`Reserves: ${text}.`);
        const value = Number(n.replace(/,/g, '')) * scale;
        expect(Math.abs(a!.value - value) / value).toBeLessThan(1e-12);
        expect(Math.abs(a!.step - stepOf(n) * scale) / a!.step).toBeLessThan(1e-12);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the verdict', () => {
  const claim = { start: 0, end: 1, target: 'reserves' as const, unit: 'usd_bn' as const, period: { kind: 'current' as const }, text: '', signKnown: true, lead: 'plain' as const, strict: true };
  it('plain: rounds or truncates to the figure; about: within max(u/2, 2%); more/less: the bound; else close within 10%, else differs', () => {
    const v = (c: Partial<typeof claim> & { value: number; step: number; hedge: 'plain' | 'about' | 'more' | 'less' }, x: number) => judgeClaim({ ...claim, ...c }, [['2025-10-01', x]]).verdict;
    expect(v({ value: 2960, step: 10, hedge: 'plain' }, 2955)).toBe('match');
    expect(v({ value: 2960, step: 10, hedge: 'plain' }, 2969.9)).toBe('match');
    expect(v({ value: 2960, step: 10, hedge: 'plain' }, 2970)).toBe('close');
    expect(v({ value: 2960, step: 10, hedge: 'plain' }, 2954.9)).toBe('close');
    expect(v({ value: 3400, step: 100, hedge: 'about' }, 3332)).toBe('match'); // 2% of 3.4T beats half a digit
    expect(v({ value: 3400, step: 100, hedge: 'about' }, 3331)).toBe('close');
    expect(v({ value: 99, step: 1, hedge: 'more' }, 99.7)).toBe('match');
    expect(v({ value: 300, step: 100, hedge: 'less' }, 292)).toBe('match');
    expect(v({ value: 600, step: 100, hedge: 'about' }, 540)).toBe('close');
    expect(v({ value: 600, step: 100, hedge: 'about' }, 539)).toBe('differs');
  });

  it('an unsigned spread is given the better of either sign', () => {
    const c = { ...claim, target: 'sofr_iorb' as const, unit: 'bp' as const, value: 5, step: 1, hedge: 'plain' as const };
    expect(judgeClaim({ ...c, signKnown: false }, [['2025-10-01', -5]]).verdict).toBe('match');
    expect(judgeClaim({ ...c, signKnown: true }, [['2025-10-01', -5]]).verdict).toBe('differs');
  });

  it('a spread is close within 2 basis points however small it is; 3 off differs', () => {
    const c = { ...claim, target: 'sofr_iorb' as const, unit: 'bp' as const, value: 2, step: 1, hedge: 'plain' as const };
    expect(judgeClaim(c, [['2025-10-01', 1]]).verdict).toBe('close');
    expect(judgeClaim(c, [['2025-10-01', 4]]).verdict).toBe('close');
    expect(judgeClaim(c, [['2025-10-01', 5]]).verdict).toBe('differs');
    expect(judgeClaim({ ...c, value: 0 }, [['2025-10-01', -2]]).verdict).toBe('close');
    // Not for a level in percent or billions: 10% still rules there.
    expect(judgeClaim({ ...claim, value: 20, step: 1, hedge: 'plain' }, [['2025-10-01', 17.9]]).verdict).toBe('differs');
  });
});

describe('the claims/check answer', () => {
  it('says each verdict in the reader’s language, with the tally', () => {
    const a = buildClaimsAnswer(doc, passagesOf(seedBlocks), '2025-10-20', TODAY, 'zh_TW');
    const rrp = a.claims.find((c) => c.text === '約 6,000 億美元')!;
    expect(rrp.display.verdict).toBe('✗ 與資料不符');
    expect(rrp.display.readAs).toBe('解讀為：約 6,000 億美元 · 2025-01 期間');
    expect(a.tally).toMatch(/^核對 \d+ 個數字：\d+ 個相符、\d+ 個接近、1 個不符$/);
    const en = buildClaimsAnswer(doc, passagesOf(seedBlocks), '2025-10-20', TODAY, 'en');
    expect(en.claims.find((c) => c.text === '2.96 兆美元')!.display.data).toBe(`The data: $${data.wresbal.get('2025-10-01')!.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}B on 2025-10-01`);
  });

  it('has words for every target, hedge, period and verdict in the three languages', () => {
    for (const t of CLAIM_TARGETS) expect(hasMessage(`claimCompared_${t}`), t).toBe(true);
    // Targets that are not indicators (GDP, the rates, the drawdown) need a name of their own.
    const inputs = CLAIM_TARGETS.filter((t) => !isIndicatorId(t));
    expect(inputs.length).toBeGreaterThan(0);
    for (const t of inputs) expect(hasMessage(`claimName_${t}`), t).toBe(true);
    for (const k of ['claimHedge_about', 'claimHedge_more', 'claimHedge_less', 'claimPeriod_current', 'claimPeriod_day', 'claimPeriod_month', 'claimPeriod_quarter', 'claimPeriod_peak', 'claimVerdict_match', 'claimVerdict_close', 'claimVerdict_differs']) {
      expect(hasMessage(k), k).toBe(true);
    }
  });

  it('refuses passages of the wrong shape or size', () => {
    expect(parsePassages([{ text: 'x', terms: [] }])).toEqual([{ text: 'x', terms: [] }]);
    for (const bad of [null, 'x', [{ text: 1, terms: [] }], [{ text: 'abc', terms: [{ start: 0, end: 9, kind: 'reserves' }] }], [{ text: 'abc', terms: [{ start: 0, end: 1, kind: 'gold' }] }], [{ text: 'x'.repeat(20_001), terms: [] }], Array(301).fill({ text: '', terms: [] })]) {
      expect(parsePassages(bad)).toBeNull();
    }
  });
});

describe('a head noun said alone at a paragraph’s start', () => {
  // As the content script sends a page: one passage per paragraph, each read after the one before it.
  const targets = (blocks: string[]) => {
    const r = checkPassages(doc, passagesOf(blocks), '2025-10-20', TODAY);
    return [...r.checked.map((c) => `${c.target} ${c.value}`), ...r.unchecked.map((u) => `skip ${u.why}`)];
  };
  it('names again the indicator the paragraph before named last', () => {
    expect(targets(['The Treasury’s cash balance rose by $60 billion on Friday.', 'The department’s cash pile is now $850 billion.'])).toEqual(['tga 850', 'skip change']);
  });
  it('but not another indicator’s, nor with none named before', () => {
    expect(targets(['The Fed’s reverse repo facility took in $20 billion on Friday.', 'The department’s cash pile is now $850 billion.'])).toEqual(['rrp 20', 'skip none']);
    expect(targets(['The department’s cash pile is now $850 billion.'])).toEqual(['skip none']);
  });
});

describe('"It …" in a paragraph that names no indicator', () => {
  const targets = (blocks: string[]) => {
    const r = checkPassages(doc, passagesOf(blocks), '2025-10-20', TODAY);
    return [...r.checked.map((c) => `${c.target} ${c.value}`), ...r.unchecked.map((u) => `skip ${u.why}`)];
  };
  it('is the indicator the paragraph before named last, read loosely (these data give October 1 another value: no ✗)', () => {
    expect(targets(['The Fed’s reverse repo facility took in $20 billion on Friday.', 'It had held $31 billion on October 1.'])).toEqual(['rrp 20', 'skip loose']);
  });
  it('but none when the paragraph before names none, nor one that cannot hold the figure', () => {
    expect(targets(['Markets were calm on Friday.', 'It had held $31 billion on October 1.'])).toEqual(['skip none']);
    expect(targets(['SOFR printed 4.31% on Friday.', 'It had held $31 billion on October 1.'])).toEqual(['sofr 4.31', 'skip none']);
  });
});

describe('a paragraph that opens with the time its data are as of', () => {
  const read = (text: string) => {
    const r = readClaims(passagesOf([text])[0]!, '2025-10-20');
    return [...r.claims.map((c) => `${c.target} ${c.value} ${c.period.kind === 'day' ? c.period.date : c.period.kind}${c.strict ? '' : ' loose'}`), ...r.skipped.map((s) => `skip ${s.why}`)];
  };
  it('dates its later sentences by it: "As of <day>," or the week "Between <day> and <day>," closes (loosely)', () => {
    expect(read('As of October 15, reserve balances at the Fed kept falling. Balances were $2.93 trillion.')).toEqual(['reserves 2930 2025-10-15 loose']);
    expect(read('Between October 8 and October 15, the Fed’s balance sheet shrank by $12 billion. Its total assets stood at $6.59 trillion.')).toEqual(['fed_assets 6590 2025-10-15 loose', 'skip change']);
  });
  it('but not when its sentence names another time, nor from a time said later than the paragraph’s opening', () => {
    expect(read('As of October 15, reserve balances at the Fed kept falling. In 2019, balances were $1.4 trillion.')).toEqual(['skip period']);
    expect(read('Reserve balances at the Fed kept falling, data as of October 15 showed. Balances were $2.93 trillion.')).toEqual(['skip period']);
  });
});

describe('review findings of 2026-12-03: each a construction the reader got wrong, with a neighbour that still reads', () => {
  const checked = (blocks: string[], article: string) => checkPassages(doc, passagesOf(blocks), article, TODAY).checked;
  const read = (text: string, article: string) => {
    const r = readClaims(passagesOf([text])[0]!, article);
    return [...r.claims.map((c) => `${c.target} ${c.value} ${c.period.kind === 'day' ? c.period.date : c.period.kind}${c.strict ? '' : ' loose'}`), ...r.skipped.map((s) => `skip ${s.why}`)];
  };

  // Guards the paragraph-opening "As of <day>,": a later sentence that says now, or names a time of its own, is not of that day.
  it('an opening "As of <day>," dates no later sentence that says now or names its own time (TGA $949B on 2026-02-10 is right)', () => {
    const opening = 'As of January 14, the Treasury General Account held $777 billion. ';
    for (const later of ['At present, the Treasury General Account is at $949 billion.', 'The Treasury General Account at present holds $949 billion.']) {
      expect(checked([opening + later], '2026-02-11').find((x) => x.value === 949)?.verdict, later).toBe('match');
    }
    // Read or left unread, never a ✗ against the opening's day.
    for (const later of ['The Treasury General Account is $949 billion, the current level.', 'The current level of the TGA is $949 billion.', 'The Treasury General Account rose to $949 billion as tax receipts came in this week.', 'The Treasury General Account reached $949 billion, the highest in the current quarter.']) {
      expect(checked([opening + later], '2026-02-11').find((x) => x.value === 949 && x.verdict === 'differs' && x.strict), later).toBeUndefined();
    }
    // The neighbour: a later sentence with no time and no "now" of its own is still of the opening's day, loosely.
    expect(read('As of October 15, reserve balances at the Fed kept falling. Balances were $2.93 trillion.', '2025-10-20')).toEqual(['reserves 2930 2025-10-15 loose']);
  });

  // Guards the percent-to-basis-points reading of a spread: only a figure the spread word is the subject of is the spread.
  it("SOFR's own rate said after the spread's words is not the spread; a spread in percentage points is read loosely", () => {
    for (const t of ['The spread between SOFR and IORB widened this week as SOFR is now 3.71%.', 'The spread between SOFR and IORB is watched closely now that SOFR is 3.71%.']) {
      const c = checked([t], '2026-01-02');
      expect(c.filter((x) => x.target === 'sofr_iorb'), t).toEqual([]);
      expect(c.filter((x) => x.verdict === 'differs'), t).toEqual([]);
    }
    expect(read('The spread between SOFR and IORB is now 0.06%.', '2026-01-02')).toEqual(['sofr_iorb 6 current loose']);
    // The neighbour: the spread said in percentage points, its legs named between it and the figure, is still read.
    expect(read('On Friday the spread between SOFR and IORB was 0.16%.', '2025-10-20')).toEqual(['sofr_iorb 16 2025-10-17 loose']);
  });

  // Guards the one-for-one reading of Chinese digits around a ‧ point: digits after 十/百/千 are part of a longer numeral.
  it('Chinese digits after 十/百/千 are not read as the digits around the point alone (8,728.5億 is no $0.85B)', () => {
    for (const t of ['美國財政部帳戶餘額 12 月 31 日為八千七百二十八‧五億美元。', '聯準會逆回購工具使用量 12 月 30 日為一百二十六‧一億美元。']) {
      expect(checked([t], '2026-01-02').filter((x) => x.verdict === 'differs'), t).toEqual([]);
      expect(readAmounts(t).filter((x) => x.unit === 'usd_bn'), t).toEqual([]);
    }
    // The neighbour: digits alone around the point (六‧五四兆美元, Taiwan's columns) are still the figure.
    expect(readAmounts('聯準會資產負債表規模為六‧五四兆美元。').map((x) => x.value)).toEqual([6540]);
    // …and the content script sends a block by the same test (none of the numeral's digits alone).
    expect([holdsDigits('為八千七百二十八‧五億美元'), holdsDigits('為六‧五四兆美元')]).toEqual([false, true]);
  });

  // Guards owner.tga and owner.fed_assets: the U.S. government's own cash balance, the Fed's own total — not another's, not a part.
  it("another government's cash, the cash the government takes in, and the Fed's holdings of one asset are no indicator's level", () => {
    for (const t of ["The Japanese government's cash balance is about $800 billion.", "The government's cash receipts totaled $870 billion in the quarter.", "The Fed's holdings of Treasuries and mortgage bonds now total about $6.2 trillion."]) {
      expect(checked([t], '2026-01-02'), t).toEqual([]);
    }
    // The neighbours: the U.S. government's cash balance is the TGA; the Fed's holdings said whole are its assets.
    expect(read("The U.S. government's cash balance is about $800 billion.", '2026-01-02')).toEqual(['tga 800 current loose']);
    expect(read("The Fed's holdings of about $6.6 trillion are shrinking now.", '2026-01-02')).toEqual(['fed_assets 6600 current loose']);
  });

  // Guards spreadOverRate: basis points above IORB are SOFR's spread only when the percentage right before them is SOFR's.
  it("basis points above IORB said of another rate, written after SOFR's, are not SOFR's spread", () => {
    const c = checked(['SOFR was 3.71% on Dec. 30. Tri-party repo was 3.69%, which is 4 basis points above IORB.'], '2026-01-02');
    expect(c.filter((x) => x.target === 'sofr_iorb')).toEqual([]);
    // The neighbour: said right after SOFR's own rate, they are its spread (at that figure's day, loosely).
    expect(read('SOFR was 3.71% on Dec. 30, which is 6 basis points above IORB.', '2026-01-02')).toEqual(['sofr 3.71 2025-12-30', 'sofr_iorb 6 2025-12-30 loose']);
  });

  // Guards the "when" clause after a date: its day is inferred, never said of the figure, so it is read loosely (never a ✗).
  it('a "when" clause right after a date is of that date, read loosely even when its sentence says now', () => {
    expect(read('Reserves at the Fed now stand at $2.88 trillion, the lowest since December 31, when reserves at the Fed were $2.85 trillion.', '2026-02-11')).toEqual(['reserves 2880 current', 'reserves 2850 2025-12-31 loose']);
  });

  // Guards the SRF's parts in check.ts: a take-up below the day's total may be one operation's or one collateral's.
  it("an SRF take-up below the day's total is no ✗ (one of its two operations, or one collateral's); above it, it is", () => {
    const srf = (text: string) => checked([text], '2025-11-04').filter((x) => x.target === 'srf').map((x) => x.verdict);
    expect(srf('The Fed’s Standing Repo Facility saw banks take $14.75 billion on Monday, Nov. 3.')).toEqual([]);
    // The neighbours: the day's total is ✓, and more than it is ✗ (RPONTTLD: $22.0 billion on 2025-11-03).
    expect(srf('The Fed’s Standing Repo Facility saw banks take $22 billion on Monday, Nov. 3.')).toEqual(['match']);
    expect(srf('The Fed’s Standing Repo Facility saw banks take $35 billion on Monday, Nov. 3.')).toEqual(['differs']);
  });

  // Guards RANGE_FIGURE: a range of figures between a figure and a later time is another figure, so the time is the range's
  // (read as the figure's, 2019's reserves made a ✗ of a correct current level).
  it('a later time past a range of figures ("the $2.5-2.7 trillion floor … in September 2019") does not date the figure before it', () => {
    expect(read('Bank reserves at the Fed fell to $2.85 trillion—close to the $2.5-2.7 trillion floor where repo rates spiked in September 2019.', '2025-11-20')).toEqual(['reserves 2850 current loose']);
    expect(read('Reserves at the Fed dropped to $2.85 trillion — not far above the 2.5–2.7 trillion dollar zone that broke repo in September 2019.', '2025-11-20')).toEqual(['reserves 2850 current loose']);
    // The neighbour: with no figure between them, the later time dates the figure.
    expect(read('Bank reserves at the Fed fell to $1.4 trillion in September 2019.', '2025-11-20')).toEqual(['reserves 1400 month']);
  });

  // Guards subject.aside: an aside right after the subject leaves the subject said, as it is without the aside.
  it('a subject followed by an aside between commas is the figure\'s subject, said (strict)', () => {
    expect(read("The Treasury General Account, the government's checking account at the Fed, rose to $872 billion on Dec. 31.", '2026-01-02')).toEqual(['tga 872 2025-12-31']);
    // The neighbour: the same without the aside.
    expect(read('The Treasury General Account rose to $872 billion on Dec. 31.', '2026-01-02')).toEqual(['tga 872 2025-12-31']);
  });

  // Guards sentences(): a citation mark after a sentence's full stop ("….[1] The …") still ends the sentence, so a
  // forecast in the sentence before is not the next figure's mode.
  it('a citation mark after the full stop ends the sentence: the forecast before it is not the next figure\'s', () => {
    const cited = 'Dealers expect the Treasury to sell $300 billion of debt while aiming for a $850 billion balance.[1] The Treasury General Account stood at $812 billion on March 3.[2]';
    expect(read(cited, '2026-03-05').filter((x) => x.startsWith('tga'))).toEqual(['tga 812 2026-03-03']);
    // The neighbour: the same without the marks reads the same.
    expect(read(cited.replace(/\[\d\]/g, ''), '2026-03-05').filter((x) => x.startsWith('tga'))).toEqual(['tga 812 2026-03-03']);
  });

  // Guards same.day: "the same day" is the day named before it (loosely), but "the same day last year" is not that day.
  it('"the same day last year" is not the day named before it (it would be a ✗ on last year\'s SOFR)', () => {
    expect(read('SOFR rose to 4.31% on Tuesday. On the same day last year, SOFR was 5.33%.', '2025-10-20')).toEqual(['sofr 4.31 2025-10-14', 'skip period']);
    // The neighbour: said alone, it is that day.
    expect(read('SOFR rose to 4.31% on Tuesday. On the same day, the Treasury General Account held $850 billion.', '2025-10-20')).toEqual(['sofr 4.31 2025-10-14', 'tga 850 2025-10-14 loose']);
    // …read loosely: the day is inferred, so a figure far off that day's data gets no ✗ (the ON RRP took in a few
    // billion on 2025-10-14, not $95 billion).
    const far = checked(['SOFR rose to 4.31% on Oct. 14. On the same day, the Fed’s reverse repo facility took in $95 billion.'], '2025-10-20');
    expect(far.filter((x) => x.target === 'rrp')).toEqual([]);
  });

  // Guards same.period: "ending the month" is the month named before it in its sentence, read loosely (its end inferred).
  it('"…during March, ending the month at $X" is of March, loosely: a figure far off March\'s data gets no ✗', () => {
    expect(read('The Treasury General Account rose by $120 billion during March, ending the month at $830 billion.', '2025-10-20')).toEqual(['tga 830 month loose', 'skip change']);
    // The TGA ran between about $280 and $570 billion in March 2025, not near $990 billion.
    expect(checked(['The Treasury General Account rose by $120 billion during March, ending the month at $990 billion.'], '2025-10-20')).toEqual([]);
  });

  // Guards the "since" clause after a figure: its time is where the move began, not the figure's.
  it('a time inside a "since" clause after a figure does not date it ("… to $950 billion since the debt limit was raised in July")', () => {
    expect(read('The Treasury General Account has climbed to $950 billion since the debt limit was raised in July.', '2025-10-20')).toEqual(['tga 950 current loose']);
    // The neighbour: the same month said of the figure dates it.
    expect(read('The Treasury General Account climbed to $950 billion in July.', '2025-10-20')).toEqual(['tga 950 month']);
  });

  // Guards lastSentenceBefore: a generic subject opening a paragraph takes the one indicator of the paragraph before's last sentence.
  it('"This amount" opening a paragraph is the one indicator the paragraph before named last, loosely; none when it named two', () => {
    const second = (first: string) => {
      const ps = passagesOf([first, 'This amount then rose to $655 billion on Monday.']);
      const r = readClaims(ps[1]!, '2025-10-20', undefined, ps[0]);
      return [...r.claims.map((c) => `${c.target} ${c.value}${c.strict ? '' : ' loose'}`), ...r.skipped.map((x) => `skip ${x.why}`)];
    };
    expect(second('The Treasury General Account was $620 billion on Friday.')).toEqual(['tga 655 loose']);
    // The neighbour: two indicators named there, so which is meant is not said.
    expect(second('The Treasury General Account was $620 billion on Friday, and the Fed’s overnight reverse repo facility (ON RRP) held $20 billion.')).toEqual(['skip none']);
  });

  // Guards name.reserves: the U.S. banking system's 储备 are bank reserves; another country's are not.
  it('美国银行体系的储备 is bank reserves (read by the worker); 中国银行体系的储备 and 外汇储备 are not', () => {
    expect(read('美国银行体系的储备目前约为 2.9 万亿美元。', '2025-10-20')).toEqual(['reserves 2900 current']);
    for (const t of ['中国银行体系的储备目前约为 2.9 万亿美元。', '美国银行体系的外汇储备目前约为 2.9 万亿美元。']) expect(read(t, '2025-10-20'), t).toEqual(['skip none']);
  });

  // Guards "earlier this month" (periods.ts): the article's month, inferred, so read loosely; "earlier this year" stays a past span.
  it('"earlier this month" is the article\'s month, loosely; "earlier this year" names no period of its own', () => {
    expect(read('The Treasury General Account fell to $700 billion earlier this month.', '2025-10-20')).toEqual(['tga 700 month loose']);
    expect(read('The Treasury General Account fell to $700 billion earlier this year.', '2025-10-20')).toEqual(['skip period']);
    // Far off the month's data (the TGA ran near $800–1,000 billion in October 2025): no ✗.
    expect(checked(['The Treasury General Account fell to $300 billion earlier this month.'], '2025-10-20')).toEqual([]);
  });

  // Guards pointedPeriods' dayBefore: "the day before" in a paragraph's first sentence points at the paragraph before's last day, loosely.
  it('"the day before" opening a paragraph is the business day before the last day the paragraph before named, loosely', () => {
    const second = (first: string) => {
      const ps = passagesOf([first, 'This figure compares with $655 billion the day before.']);
      const r = readClaims(ps[1]!, '2025-10-20', undefined, ps[0]);
      return [...r.claims.map((c) => `${c.target} ${c.value} ${c.period.kind === 'day' ? c.period.date : c.period.kind}${c.strict ? '' : ' loose'}`), ...r.skipped.map((x) => `skip ${x.why}`)];
    };
    expect(second('The Treasury General Account fell to $620 billion on Thursday, October 16.')).toEqual(['tga 655 2025-10-15 loose']);
    // The neighbour: no day named there, so "the day before" dates nothing: no mark.
    expect(second('The Treasury General Account fell to $620 billion.')).toEqual(['skip period']);
  });

  // Guards fromMove: "from X to Y" after a move's verb is where the move started and ended, not a range.
  it('"fell from $X to $Y this week" is a move: Y is the level it ended at; "range from $X to $Y" stays a range', () => {
    expect(read('Reserves at the Fed fell from $3.2 trillion to $2.9 trillion this week.', '2025-10-20')).toEqual(['reserves 2900 current loose', 'skip from']);
    expect(read('Estimates of reserves at the Fed range from $3.2 trillion to $2.9 trillion this week.', '2025-10-20')).toEqual(['skip range', 'skip range']);
    // With no time of its own, the end of such a move is a history's: when, is not said.
    expect(read('Reserves at the Fed fell from $3.2 trillion to $2.9 trillion.', '2025-10-20')).toEqual(['skip from', 'skip from']);
  });
});

describe('the blocks the content script sends the reader', () => {
  it('include one that names no term and whose only money unit is USD or US$ before the number, which the reader reads as the headline’s indicator', () => {
    const figures = ['USD 98bn', 'USD98bn', 'US$98 billion'];
    const [headline, ...body] = passagesOf(['Fed’s reverse repo facility falls to its lowest since 2021', ...figures.map((f) => `Usage fell to ${f} on Tuesday.`)]);
    body.forEach((p, k) => {
      expect(p.terms).toEqual([]);
      expect(mayHoldFigure(p.text), p.text).toBe(true);
      expect(readClaims(p, '2025-10-20', headline).claims.map((c) => [c.target, c.value, c.text])).toEqual([['rrp', 98, figures[k]]]);
    });
    // A currency pair is no amount.
    expect(mayHoldFigure('USD/JPY rose to 150.2 on Tuesday.')).toBe(false);
  });
});
