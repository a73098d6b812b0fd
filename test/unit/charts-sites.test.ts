import { describe, expect, it } from 'vitest';
import { buildSeriesAnswer } from '../../src/core/answer';
import { axisDateNames, chartEvents, pointsInRange } from '../../src/core/chart';
import { msg } from '../../src/core/messages';
import EVENTS from '../../src/core/data/chart-events.json';
import { seriesCsv } from '../../src/core/export';
import { wakeFor, nextWake } from '../../src/core/refresh';
import { builtinSiteOf, normaliseHost, patternForHost } from '../../src/core/sites';
import { sparkPath, sparkPoints } from '../../src/core/sparkline';
import { INDICATOR_IDS, type Point } from '../../src/core/types';
import { fixturesDoc } from '../helpers/docs';

const doc = fixturesDoc();

describe('chart ranges', () => {
  const pts: Point[] = [['2020-01-01', 1], ['2021-06-01', 2], ['2024-06-02', 3], ['2025-06-01', 4], ['2025-06-02', 5]];
  it('counts back 365 days or 5×365 days from the newest point, inclusive', () => {
    expect(pointsInRange(pts, '1y').map((p) => p[1])).toEqual([3, 4, 5]);
    expect(pointsInRange(pts, '5y').map((p) => p[1])).toEqual([2, 3, 4, 5]);
    expect(pointsInRange(pts, 'max')).toEqual(pts);
    expect(pointsInRange([], '1y')).toEqual([]);
  });
});

describe('the date axis in the reader’s language', () => {
  it('names months and weekdays in English, 繁體中文 and 简体中文, January and Sunday first (uPlot’s order)', () => {
    const en = axisDateNames('en');
    expect([en.MMM[0], en.MMM[11], en.MMMM[8], en.WWW[0], en.WWWW[6]]).toEqual(['Jan', 'Dec', 'September', 'Sun', 'Saturday']);
    const tw = axisDateNames('zh_TW');
    expect([tw.MMM[0], tw.MMM[11], tw.WWW[1]]).toEqual(['1月', '12月', '週一']);
    const cn = axisDateNames('zh_CN');
    expect([cn.MMM[2], cn.WWW[1]]).toEqual(['3月', '周一']);
    for (const names of [en, tw, cn]) expect([names.MMMM.length, names.MMM.length, names.WWWW.length, names.WWW.length]).toEqual([12, 12, 7, 7]);
  });
});

describe('chart events are data that agree with the data', () => {
  it('names only known indicators, with words in every language and the publisher’s page as the source', () => {
    for (const e of EVENTS) for (const id of e.indicators) expect(INDICATOR_IDS).toContain(id);
    for (const e of EVENTS) expect(e.source, e.id).toMatch(/^https:\/\/(www\.federalreserve\.gov|www\.newyorkfed\.org|fred\.stlouisfed\.org)\//);
    // QT ended on 1 Dec 2025; reserve management purchases of bills began on 12 Dec 2025.
    expect(chartEvents('fed_assets', (k) => msg('en', k)).slice(-2).map((e) => [e.date, e.label])).toEqual([
      ['2025-12-01', '1 Dec 2025: QT ends'],
      ['2025-12-12', '12 Dec 2025: reserve management purchases of Treasury bills begin'],
    ]);
    expect(chartEvents('rrp', (k) => msg('zh_TW', k)).map((e) => e.label)).toContain('2022/12/30：逆回購高峰');
  });

  it('puts the RRP peak on the highest take-up of 2022, and the repo spike on the widest SOFR − EFFR of 2019', () => {
    const rrp = buildSeriesAnswer(doc, 'rrp').points.filter(([d]) => d.startsWith('2022'));
    const peak = rrp.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(EVENTS.find((e) => e.id === 'rrp_peak_2022')!.date).toBe(peak[0]);
    const spread = buildSeriesAnswer(doc, 'sofr_effr').points.filter(([d]) => d.startsWith('2019'));
    const widest = spread.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(EVENTS.find((e) => e.id === 'repo_spike_2019')!.date).toBe(widest[0]);
  });
});

describe('sparklines', () => {
  it('keeps at most 60 points of the last year, the newest included, and draws within its box', () => {
    const daily: Point[] = Array.from({ length: 800 }, (_, i) => [new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), Math.sin(i / 20)]);
    const s = sparkPoints(daily);
    expect(s.length).toBe(60);
    expect(s[s.length - 1]).toEqual(daily[daily.length - 1]);
    expect(s[0]![0] >= '2025-03-10').toBe(true);
    const coords = sparkPath(s, 72, 22).match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...coords)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...coords.filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(21);
    expect(sparkPath(s.slice(0, 1), 72, 22)).toBe('');
  });
});

describe('CSV export', () => {
  it('writes one row per cached observation with its unit and provider', () => {
    const csv = seriesCsv(doc).trim().split('\n');
    expect(csv[0]).toBe('series,date,value,unit,provider');
    const reserves = csv.filter((l) => l.startsWith('reserves,'));
    expect(reserves.length).toBe(doc.providers['fred:WRESBAL']!.points.reserves!.length);
    expect(reserves[reserves.length - 1]).toMatch(/^reserves,2026-06-17,[\d.]+,usd_bn,fred:WRESBAL$/);
  });
});

describe('refresh cadence', () => {
  it('follows the release plan, waits a day at most once a day, or sets no alarm at all', () => {
    const now = Date.parse('2026-06-30T15:00:00Z');
    const planned = nextWake(doc, now, 0);
    expect(wakeFor('calendar', doc, now, 0)).toBe(planned);
    expect(wakeFor('manual', doc, now, 0)).toBeNull();
    const tried = { ...doc, providers: Object.fromEntries(Object.entries(doc.providers).map(([k, v]) => [k, { ...v!, lastAttemptAt: '2026-06-30T14:00:00Z' }])) } as typeof doc;
    expect(wakeFor('daily', tried, now, 0)).toBe(Math.max(nextWake(tried, now, 0), Date.parse('2026-07-01T13:00:00Z')));
  });
});

describe('sites', () => {
  it('knows a built-in site by its host and subdomains only', () => {
    expect(builtinSiteOf('www.reuters.com')?.host).toBe('reuters.com');
    expect(builtinSiteOf('reuters.com.evil.example')).toBeUndefined();
    expect(builtinSiteOf('notreuters.com')).toBeUndefined();
    expect(builtinSiteOf('finance.yahoo.com')?.host).toBe('finance.yahoo.com');
    expect(builtinSiteOf('mail.yahoo.com')).toBeUndefined();
  });

  it('reduces what a reader types to a host, and refuses what is not one', () => {
    expect(normaliseHost(' https://News.Example.org:8443/a?b#c ')).toBe('news.example.org');
    expect(normaliseHost('user@example.org/x')).toBe('example.org');
    expect(normaliseHost('127.0.0.1:5173')).toBe('127.0.0.1');
    for (const bad of ['', 'not a host', 'javascript:alert(1)', 'exa_mple.com', '*.example.com']) expect(normaliseHost(bad), bad).toBeNull();
    expect(patternForHost('example.org')).toBe('https://*.example.org/*');
    expect(patternForHost('127.0.0.1')).toBe('https://127.0.0.1/*');
  });

  it('refuses a public suffix as a site to add (its permission would cover everyone’s sites under it)', async () => {
    const { isPublicSuffix } = await import('../../src/core/public-suffix');
    for (const suffix of ['co.uk', 'com.cn', 'com.hk', 'com.tw', 'github.io', 'com']) expect(isPublicSuffix(suffix), suffix).toBe(true);
    for (const site of ['bbc.co.uk', 'news.sina.com.cn', 'example.github.io', 'cnyes.com', 'www.reuters.com', '127.0.0.1']) expect(isPublicSuffix(site), site).toBe(false);
  });
});

describe('where badges run', () => {
  it('manifest.json lists exactly the built-in sites, as https://*.host/* patterns (never plain http)', async () => {
    const { readFileSync } = await import('node:fs');
    const { BUILTIN_SITES, matchPattern } = await import('../../src/core/sites');
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    expect(manifest.content_scripts[0].matches).toEqual(BUILTIN_SITES.map((s) => matchPattern(s.host)));
    const patterns = [...manifest.content_scripts[0].matches, ...manifest.host_permissions, ...manifest.optional_host_permissions];
    for (const p of patterns) expect(p).toMatch(/^https:\/\//);
  });

  it('decides per page from the settings: built-in on unless switched off, added sites with their subdomains, density off is off', async () => {
    const { pageConfig } = await import('../../src/core/page-config');
    const { siteEnabled } = await import('../../src/core/sites');
    const { DEFAULT_SETTINGS, repairSettings } = await import('../../src/core/settings');
    const s = repairSettings({ sitesOff: ['cnbc.com'], sitesAdded: ['example.org'] });
    expect(siteEnabled(s, 'https://www.reuters.com/markets/x')).toBe(true);
    expect(siteEnabled(s, 'https://www.cnbc.com/x')).toBe(false);
    expect(siteEnabled(s, 'http://news.example.org/a')).toBe(true);
    expect(siteEnabled(s, 'https://example.org.evil.test/')).toBe(false);
    expect(siteEnabled(s, 'chrome://extensions')).toBe(false);
    expect(pageConfig({ ...DEFAULT_SETTINGS, badgeDensity: 'off' }, 'https://www.reuters.com/', 'en-US').enabled).toBe(false);
    const zh = pageConfig(DEFAULT_SETTINGS, 'https://www.cnyes.com/', 'zh-TW');
    expect([zh.lang, zh.words.badgeMentioned]).toEqual(['zh_TW', '提及 $1 項流動性指標']);
  });
});

describe('badge colours', () => {
  it('are the gauge colours (kept in two places so the content script stays one file)', async () => {
    const { COLOURS } = await import('../../src/content/ui');
    const { GAUGE_COLORS } = await import('../../src/core/gauge');
    for (const [state, colour] of Object.entries(GAUGE_COLORS)) expect(COLOURS[state], state).toBe(colour);
  });
});
