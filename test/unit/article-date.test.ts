/**
 * The article's date: the core rules on every convention, and the content script's reading of real markup
 * (the annotated pages, their original addresses, the seed page) through a standards DOM.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateOfValue, parseDateFacts, readArticleDate, urlDate, type DateFacts } from '../../src/core/article/date';
import { dateFacts } from '../../src/content/article-date';
import { seedPageHtml } from '../../scripts/demo-page';

const PAGES = join(new URL('../fixtures/pages', import.meta.url).pathname);
const TODAY = '2026-12-01';

function read(html: string, url: string) {
  const doc = new JSDOM(html, { url }).window.document;
  const articles = [...doc.querySelectorAll('article')];
  const facts = dateFacts(doc as unknown as Document, (articles.length ? articles : [doc.body]) as unknown as Element[], url);
  // As the worker gets them: through a message, checked.
  return readArticleDate(parseDateFacts(JSON.parse(JSON.stringify(facts)))!, TODAY);
}
const page = (head: string, body = '<article><h1>Headline</h1><p>Text.</p></article>', url = 'https://news.example.com/story') =>
  read(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
const facts = (f: Partial<DateFacts>): DateFacts => ({ url: 'https://example.com/a', jsonLd: [], metas: [], times: [], texts: [], chinese: false, ...f });

describe('month names in written dates', () => {
  it.each([
    ['Gary MarcusMay 01, 2026', '2026-05-01'],
    ['Mar. 5, 2026', '2026-03-05'],
    ['March 5, 2026', '2026-03-05'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['3 September 2025', '2025-09-03'],
  ])('“%s” is %s (a name glued before the month is not a month)', (text, date) => {
    expect(page('', `<article><h1>Headline</h1><div class="byline">${text}</div><p>Text.</p></article>`).found).toEqual([{ source: 'text', date }]);
  });
  it('a word that starts like a month is not one', () => {
    expect(page('', '<article><h1>Headline</h1><div class="byline">Marcus 5, 2026 · Mayor 12, 2025</div><p>Text.</p></article>').found).toEqual([]);
  });
});

describe('update stamps by class', () => {
  const withTime = (cls: string) => page('', `<article><h1>Headline</h1><p class="byline"><time class="${cls}" datetime="2025-03-04T12:00:00Z">4 March</time></p><p>Text.</p></article>`);
  it.each(['updated', 'entry-date updated', 'date-modified', 'post__last_updated', 'dateModified'])('“%s” is an update stamp: not the publication date', (cls) => {
    expect(withTime(cls).found).toEqual([]);
  });
  it.each(['text-fg-updatedMuted', 'entry-date published', 'modifiers-none'])('“%s” only contains the word: the time is read', (cls) => {
    expect(withTime(cls).found).toEqual([{ source: 'time', date: '2025-03-04' }]);
  });
});

describe('real pages', () => {
  it('National Post: JSON-LD ReportageNewsArticle (a VideoObject’s datePublished beside it is not the article’s)', () => {
    const html = readFileSync(join(PAGES, 'en03_nationalpost-ap_india-pakistan-reserves-the-right.html'), 'utf8');
    const d = read(html, 'https://nationalpost.com/news/world/latest-india-pakistan-missiles');
    expect([d.date, d.source]).toEqual(['2025-05-07', 'jsonld']);
  });

  it('MSNBC: <meta name=article:published value=…>, itemprop datePublished and the byline’s <time> agree', () => {
    const html = readFileSync(join(PAGES, 'en04_msnbc_electoral-college-colin-powell.html'), 'utf8');
    const d = read(html, 'http://www.msnbc.com/rachel-maddow-show/bizarre-election-ends-bizarre-electoral-college-tally');
    expect([d.date, d.source]).toEqual(['2016-12-20', 'meta']);
    expect(d.found.map((f) => f.source)).toEqual(['meta', 'time', 'text']);
  });

  it('Xinhua via itaiwannews: only the address carries the date', () => {
    const html = readFileSync(join(PAGES, 'txt-zh02_xinhua-via-itaiwannews_powell-to-end-balance-sheet-runoff-2019.html'), 'utf8');
    const d = read(html, 'https://itaiwannews.cn/2019-02-28/32a8abf8-b925-13d8-5b2a-4e409e6fa477.html');
    expect([d.date, d.source]).toEqual(['2019-02-28', 'url']);
    // The paragraphs' own dates ("3月19日至20日", "2017年10月") are not read as the publication date.
    expect(d.found).toEqual([{ source: 'url', date: '2019-02-28' }]);
  });

  // The dates the publishers' own pages show (SOURCES.md, read off each page by hand), not dates we wrote.
  it.each([
    ['pub-en01_reuters_fed-lifts-rates-trump-2016.html', 'https://www.reuters.com/article/us-usa-fed-idUSKBN1431Z3', '2016-12-14', 'meta'],
    ['pub-en02_businessinsider_goldman-fomc-twist-ioer-2011.html', 'https://www.businessinsider.com/goldman-fomc-2011-9', '2011-09-21', 'meta'],
    ['pub-en03_huffingtonpost_hoenig-dangerous-gamble-2010.html', 'https://www.huffingtonpost.com/2010/08/13/federal-reserve-low-rate-policy.html', '2010-08-13', 'meta'],
    ['pub-en04_cnbc_operation-twist-statement-2011.html', 'https://www.cnbc.com/id/44616440', '2011-09-21', 'text'],
    ['pub-zh01_southcn-chinanews_fomc-hold-shrink-balance-sheet-2023.html', 'https://economy.southcn.com/content/2023-06/15/content_example.htm', '2023-06-15', 'meta'],
  ])('publisher markup %s: dated %s as the page shows it', (file, url, date, source) => {
    const d = read(readFileSync(join(PAGES, file), 'utf8'), url);
    expect([d.date, d.source]).toEqual([date, source]);
  });

  it('Reuters: og:article:published_time (written with value=) is the publication; sailthru.date, the update time, is not', () => {
    const d = read(readFileSync(join(PAGES, 'pub-en01_reuters_fed-lifts-rates-trump-2016.html'), 'utf8'), 'https://www.reuters.com/article/us-usa-fed-idUSKBN1431Z3');
    // Modified 2016-12-15T13:50:38Z: a reader that took sailthru.date would say the 15th.
    expect(d.date).toBe('2016-12-14');
  });

  it('pages without any date stay undated, with the reason', () => {
    for (const [file, url] of [
      ['txt-en01_reuters-via-wnyuz_banks-borrow-standing-repo-facility.html', 'https://wnyuz.com/us-banks-borrow-1-5-billion-from-feds-repo-facility-in-sign-of-minor-funding-pressure'],
      ['txt-zh01_cnyes_fed-qt-brake-qe-rumours.html', 'https://news.cnyes.com/news/id/6208038'],
      ['txt-zh03_singtao-stheadline_pboc-reverse-repo-trap.html', 'http://uat.inews.stheadline.com/print-detail.php?cat=d&nid=932192'],
    ]) {
      const d = read(readFileSync(join(PAGES, file!), 'utf8'), url!);
      expect([d.date, d.why, d.reason], file).toEqual([null, 'none', 'no publication date on the page']);
    }
  });

  it('the seed page: dated 2025-10-20 by its meta tag and its byline, which agree', () => {
    const d = read(seedPageHtml(), 'http://www.odaily.news/seed.html');
    expect([d.date, d.source]).toEqual(['2025-10-20', 'meta']);
    expect(d.found).toEqual([
      { source: 'meta', date: '2025-10-20' },
      { source: 'time', date: '2025-10-20' },
      { source: 'text', date: '2025-10-20' },
    ]);
  });
});

describe('each convention, in order of trust', () => {
  it('JSON-LD inside @graph and arrays, NewsArticle/BlogPosting, dateCreated as a fallback, the page’s own article first', () => {
    const ld = (x: unknown) => `<script type="application/ld+json">${JSON.stringify(x)}</script>`;
    expect(page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-10-20T09:00:00-04:00' }] })).date).toBe('2025-10-20');
    expect(page(ld([{ '@type': 'Organization' }, { '@type': ['BlogPosting'], dateCreated: '2024-03-01' }])).date).toBe('2024-03-01');
    const two = ld([
      { '@type': 'NewsArticle', url: 'https://news.example.com/other', datePublished: '2020-01-01' },
      { '@type': 'NewsArticle', url: 'https://news.example.com/story', datePublished: '2025-10-20', dateModified: '2025-11-30' },
    ]);
    expect(page(two, undefined, 'https://news.example.com/story?ref=x').date).toBe('2025-10-20');
    expect(page(`<script type="application/ld+json">{broken</script>`).why).toBe('none');
    // A raw line break inside a string is read as a space; the rest of the document is read as it is.
    expect(page('<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Line one.\nLine two.\tEnd", "datePublished": "2020-07-09"}</script>').date).toBe('2020-07-09');
  });

  it('meta names, never a modified date', () => {
    // datePublished, schema.org's name, also written as a meta name (KUT's pages).
    for (const name of ['article:published_time', 'og:published_time', 'og:release_date', 'datePublished', 'date', 'pubdate', 'publish_date', 'publishdate', 'sailthru.date', 'parsely-pub-date', 'DC.date.issued', 'dc.date']) {
      const attr = name.startsWith('og:') || name.startsWith('article:') ? 'property' : 'name';
      expect(page(`<meta ${attr}="${name}" content="2025-10-20">`).date, name).toBe('2025-10-20');
    }
    expect(page('<meta property="article:modified_time" content="2025-10-20"><meta property="og:updated_time" content="2025-10-20"><meta name="dateModified" content="2025-10-20">').why).toBe('none');
  });

  it('itemprop datePublished, then a <time> in the header or byline, not one in related links or an update stamp', () => {
    expect(page('', '<article><h1>H</h1><span itemprop="datePublished" content="2025-10-20"></span><p>x</p></article>').source).toBe('time');
    expect(page('', '<article><header><h1>H</h1><time datetime="2025-10-20T10:51:00+08:00">x</time></header><p>x</p></article>').date).toBe('2025-10-19');
    const related = '<article><h1>H</h1><p>x</p></article><aside><ul><li><time datetime="2020-01-01">old</time></li></ul></aside>';
    expect(page('', related).why).toBe('none');
    expect(page('', '<article><h1>H</h1><p class="updated">Updated <time datetime="2025-11-30">Nov 30</time></p></article>').why).toBe('none');
  });

  it('a teaser’s <meta itemprop=datePublished> in the body is no publication meta; the article item’s is read', () => {
    // Guards: a body itemprop meta belongs to its item (a related rail's NewsArticle), not to the page.
    const teaser = '<aside><ul><li itemscope itemtype="https://schema.org/NewsArticle"><a href="/x">Older story</a><meta itemprop="datePublished" content="2025-11-15"></li></ul></aside>';
    expect(page('', `${teaser}<article><header><h1>Reserves slide</h1><time datetime="2026-02-03">Feb 3, 2026</time></header><p>Bank reserves fell.</p></article>`).date).toBe('2026-02-03');
    expect(page('', `${teaser}<article><h1>Reserves slide</h1><p>Bank reserves fell.</p></article>`).why).toBe('none');
    // The neighbours: the article's own item meta in the body, and one in <head>, are still read.
    expect(page('', '<article itemscope itemtype="https://schema.org/NewsArticle"><h1>H</h1><meta itemprop="datePublished" content="2026-02-03"><p>x</p></article>').date).toBe('2026-02-03');
    expect(page('<meta itemprop="datePublished" content="2026-02-03">')).toMatchObject({ date: '2026-02-03', source: 'meta' });
  });

  it('the headline is never a menu’s heading: the date by the article’s own headline is read', () => {
    // A navigation drawer's "Subscribe" <h1> comes first in the document; the article's headline and its date
    // line sit above the story's element (a newsletter's issue date).
    const body = '<nav><h1>Subscribe</h1><div>Newsletters 2</div></nav><div class="top"><div><span>Jan 18, 2019</span></div><h1>Axios Future</h1><div>By A. Writer</div></div><article><p>Text.</p></article>';
    expect(page('', body).found).toEqual([{ source: 'text', date: '2019-01-18' }]);
    // The same with the whole body as the root, and with the menu as an aside or a footer.
    expect(read(`<html><body>${body.replace('<article>', '<div>').replace('</article>', '</div>')}</body></html>`, 'https://x.example/a').date).toBe('2019-01-18');
    expect(page('', body.replace(/nav>/g, 'aside>')).date).toBe('2019-01-18');
    expect(page('', body.replace(/<nav>/, '<footer>').replace('</nav>', '</footer>')).date).toBe('2019-01-18');
  });

  it('microdata: the article item’s datePublished is read wherever it sits in the item, another item’s never', () => {
    // Blogger: the post's title (an <h2>) and its date line are siblings of the post body, the article's root.
    const post = (date: string, itemtype = 'http://schema.org/BlogPosting') =>
      `<div class="post" itemscope itemtype="${itemtype}"><h2 itemprop="name">Title</h2><div class="post-header"><div class="published"><span itemprop="datePublished">${date}</span></div></div><div class="post-body"><div class="post-content" itemprop="articleBody"><p>Text.</p></div></div></div>`;
    const blog = (html: string) => {
      const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url: 'https://blog.example.com/2020/05/post.html' }).window.document as unknown as Document;
      return readArticleDate(parseDateFacts(JSON.parse(JSON.stringify(dateFacts(doc, [doc.querySelector('.post-content')!], 'https://blog.example.com/2020/05/post.html'))))!, TODAY);
    };
    expect(blog(post(' May 19, 2020 ')).found).toEqual([{ source: 'time', date: '2020-05-19' }]);
    expect(blog(post('2020-05-19', 'https://schema.org/NewsArticle')).date).toBe('2020-05-19');
    // Not an article's item, or the date of another item (a related post's), or one in a related list: not read.
    expect(blog(post('May 19, 2020', 'https://schema.org/WebPage')).why).toBe('none');
    expect(blog(`${post('').replace('<span itemprop="datePublished"></span>', '')}<div itemscope itemtype="http://schema.org/BlogPosting"><span itemprop="datePublished">May 1, 2020</span></div>`).why).toBe('none');
    expect(blog(post('<ul><li><span itemprop="datePublished">May 1, 2020</span></li></ul>').replace('<span itemprop="datePublished"><ul>', '<span><ul>')).why).toBe('none');
  });

  it('a date in the address', () => {
    expect(urlDate('https://www.example.com/2025/10/20/fed-reserves/')).toBe('2025-10-20');
    expect(urlDate('https://news.example.cn/20251020/abc.html')).toBe('2025-10-20');
    expect(urlDate('https://news.example.cn/a/202510201051.html')).toBe('2025-10-20');
    expect(urlDate('https://example.com/markets/2025-10-20-fed')).toBe('2025-10-20');
    expect(urlDate('http://www.example.cn/hqcj/2013-07/19/content_16800957.htm')).toBe('2013-07-19'); // year-month, then the day
    expect(urlDate('https://example.com/2025/10/fed')).toBeNull(); // month only: no day
    expect(urlDate('https://example.com/news/id/6208038')).toBeNull();
    expect(urlDate('https://example.com/x?d=2025-10-20')).toBeNull(); // the query is not the path
    // A web archive's capture time is not the page's date; the archived page's own address may hold one.
    expect(urlDate('https://web.archive.org/web/20110106023242/http://dzs-clan.de/index.php?site=news_comments&newsID=111')).toBeNull();
    expect(urlDate('https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm')).toBe('2012-06-04');
    expect(urlDate('https://web.archive.org/web/20130307194448id_/the-pain.net/2008/05/silkroad-quests.html')).toBeNull(); // month only
    expect(urlDate('https://example.com/web/20251020/fed')).toBe('2025-10-20'); // a site's own /web/ section
  });

  it("an epigraph's attribution by the headline (a quote's speaker and day) is no dateline: the page's own date stands", () => {
    const epigraph = '<article><header><h1>The end of QT</h1></header><p>We are closely monitoring a wide range of indicators to inform this decision.</p><p>— A. Speaker, “On the balance sheet,” speech delivered October 14, 2025</p><p>Last week the Fed said more.</p></article>';
    expect(page('<meta property="article:published_time" content="2025-10-20">', epigraph).date).toBe('2025-10-20');
    // The neighbour: the same line as a byline does date the page (and then disagrees with the meta tag by six days).
    expect(page('<meta property="article:published_time" content="2025-10-20">', epigraph.replace('<p>— A. Speaker', '<p>By A. Speaker')).why).toBe('disagree');
  });

  it('a written date by the headline or byline, in English and Chinese', () => {
    const byline = (text: string, lang = 'en') => read(`<html lang="${lang}"><body><article><h1>H</h1><p class="byline">${text}</p><p>Body.</p></article></body></html>`, 'https://x.example/a');
    expect(byline('By A. Writer · Oct. 20, 2025').date).toBe('2025-10-20');
    expect(byline('20 October 2025, 10:51').date).toBe('2025-10-20');
    expect(byline('Sept. 3, 2025 at 5:30 p.m. ET').date).toBe('2025-09-03');
    expect(byline('記者 王小明 / 2025年10月20日 10:51', 'zh-Hant').date).toBe('2025-10-20');
    expect(byline('2025-10-20 10:51 来源：新华网', 'zh-CN').date).toBe('2025-10-20');
    expect(byline('2025/10/20', 'zh-TW').date).toBe('2025-10-20');
    // Hong Kong writes the day first: read when the day cannot be a month (05/10 may be the US month first).
    expect(byline('28/10/2025 16:10', 'zh-HK').date).toBe('2025-10-28');
    expect(byline('05/10/2025 16:10', 'zh-HK').why).toBe('none');
    expect(byline('10/28/2025 4:10 PM').why).toBe('none');
    // Taiwan's Republic of China years: 民國 114 年 is 2025.
    expect(byline('經濟日報 記者 / 114年12月3日 10:20', 'zh-TW').date).toBe('2025-12-03');
    expect(byline('中華民國114年10月20日', 'zh-TW').date).toBe('2025-10-20');
    // Three digits that end a longer number are no ROC year (1114 stays 1114: too old to be a date).
    expect(byline('2114年10月20日', 'zh-TW').why).toBe('future');
    expect(byline('第1114年10月20日', 'zh-TW').why).toBe('old');
    expect(byline('Updated Oct. 21, 2025').why).toBe('none');
    // A sentence of the article right under the headline is not a byline, whatever date it names.
    expect(read('<article><h1>H</h1><p>Reserves were $2,966 billion in the week of Oct. 1, 2025, the Fed said.</p></article>', 'https://x.example/a').why).toBe('none');
    expect(byline('Published 3 hours ago').why).toBe('none'); // never a date from today
  });
});

describe('the rules', () => {
  it('facts from a page are checked before they are read: wrong shapes or sizes are refused', () => {
    expect(parseDateFacts(facts({}))).toEqual(facts({}));
    for (const bad of [null, 'x', facts({ url: 1 as never }), facts({ jsonLd: [1 as never] }), facts({ metas: [['a']] as never }), facts({ texts: Array(51).fill('x') }), { ...facts({}), chinese: 'yes' }]) {
      expect(parseDateFacts(bad)).toBeNull();
    }
    expect(parseDateFacts(facts({ texts: ['x'.repeat(5000)] }))!.texts[0]).toHaveLength(400);
  });

  it('a value without a zone is the site’s local date; with a zone, the local date of that instant', () => {
    expect(dateOfValue('2025-10-20', false)).toBe('2025-10-20');
    expect(dateOfValue('2025-10-20T23:30:00', false)).toBe('2025-10-20');
    expect(dateOfValue('2025-10-21T02:30:00Z', false)).toBe('2025-10-20'); // 22:30 in New York
    expect(dateOfValue('2025-10-20T18:30:00Z', true)).toBe('2025-10-21'); // 02:30 in Beijing
    expect(dateOfValue('2025-05-07T13:42:21+0000', false)).toBe('2025-05-07');
    expect(dateOfValue('Tue Dec 20 2016 13:00:00 GMT+0000 (UTC)', false)).toBe('2016-12-20');
    expect(dateOfValue('1760961600', false)).toBe('2025-10-20'); // Unix seconds
    expect(dateOfValue('2025-02-30', false)).toBeNull();
  });

  it('sources more than two days apart: unknown, with both dates', () => {
    const d = readArticleDate(facts({ metas: [['article:published_time', '2025-10-20']], texts: ['Sept. 1, 2025'] }), TODAY);
    expect([d.date, d.why]).toEqual([null, 'disagree']);
    expect(d.reason).toBe("the page's dates disagree: meta 2025-10-20, text 2025-09-01");
    expect(readArticleDate(facts({ metas: [['article:published_time', '2025-10-20']], texts: ['Oct. 22, 2025'] }), TODAY).date).toBe('2025-10-20');
  });

  it('an updated date is never the publication date, however trusted its source', () => {
    const d = readArticleDate(facts({ jsonLd: [JSON.stringify({ '@type': 'NewsArticle', dateModified: '2025-10-20' })], texts: ['Oct. 1, 2025'] }), TODAY);
    expect([d.date, d.source]).toEqual(['2025-10-01', 'text']);
  });

  it('a published stamp that is the modified stamp, on a page that says it was updated, gives way to an earlier written date', () => {
    // Reuters, 2020: og:article:published_time, sailthru.date and og:article:modified_time are all the update's
    // time; the dateline says when the story was published.
    const stamp = '2020-01-20T09:49:32+0000';
    const reuters = (over: Partial<DateFacts> = {}) =>
      readArticleDate(facts({ metas: [['og:article:published_time', stamp], ['og:article:modified_time', stamp], ['sailthru.date', stamp]], texts: ['January 19, 2020 /  12:25 PM / Updated 8 hours ago'], ...over }), TODAY);
    expect(reuters()).toMatchObject({ date: '2020-01-19', source: 'text', found: [{ source: 'text', date: '2020-01-19' }] });
    // The same in JSON-LD, and in Chinese (更新).
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: stamp, dateModified: stamp });
    expect(reuters({ metas: [], jsonLd: [ld] })).toMatchObject({ date: '2020-01-19', source: 'text' });
    expect(readArticleDate(facts({ jsonLd: [ld], texts: ['2020年1月19日 12:25 更新於 8 小時前'], chinese: true }), TODAY).source).toBe('text');
    // Any one of the three missing, the stamp is the publication, as before: the page does not say it was
    // updated; the stamps differ (the published one is its own); the written date is not earlier.
    expect(reuters({ texts: ['January 19, 2020 / 12:25 PM'] })).toMatchObject({ date: '2020-01-20', source: 'meta' });
    expect(reuters({ metas: [['og:article:published_time', stamp], ['og:article:modified_time', '2020-01-20T11:00:00+0000']] })).toMatchObject({ date: '2020-01-20', source: 'meta' });
    expect(reuters({ texts: ['January 20, 2020 / Updated 8 hours ago'] })).toMatchObject({ date: '2020-01-20', source: 'meta' });
    // A CMS writes modified = published at first publication: an "Updated …" line with no date before it, or a
    // dateline weeks before the stamp, does not make an earlier date the publication (review finding 9).
    const fresh = (texts: string[]) => readArticleDate(facts({ metas: [['article:published_time', '2026-02-03T10:00:00Z'], ['article:modified_time', '2026-02-03T10:00:00Z']], texts }), TODAY);
    expect(fresh(['By Jane Doe | Updated 5 hours ago', 'Dec. 10, 2025'])).toMatchObject({ date: null, why: 'disagree' });
    expect(fresh(['December 10, 2025 / Updated 5 hours ago'])).toMatchObject({ date: null, why: 'disagree' });
    expect(fresh(['By Jane Doe | Updated 5 hours ago'])).toMatchObject({ date: '2026-02-03', source: 'meta' });
    // On a page: the dek's date is its topic, not a date line, and is not read.
    const dek = page('<meta property="article:published_time" content="2026-02-03T10:00:00Z"><meta property="article:modified_time" content="2026-02-03T10:00:00Z">', '<article><header><h1>Reserves slide</h1><p class="dek">Dec. 10, 2025 rate cut revisited</p><div class="byline">By Jane Doe | Updated 5 hours ago</div></header><p>Bank reserves at the Fed fell to $2.88 trillion.</p></article>');
    expect(dek).toMatchObject({ date: '2026-02-03', source: 'meta' });
    // News18: datePublished is dateModified and the byline says "Last Updated", but no earlier date is written.
    const news18 = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2020-09-24T21:27:32+05:30', dateModified: '2020-09-24T21:27:32+05:30' });
    expect(readArticleDate(facts({ jsonLd: [news18], texts: ['Last Updated: 9:27 PM IST'] }), TODAY)).toMatchObject({ date: '2020-09-24', source: 'jsonld' });
  });

  it('the only date in the future or before 1990: unknown', () => {
    expect(readArticleDate(facts({ metas: [['date', '2027-03-01']] }), TODAY).why).toBe('future');
    // New York's tomorrow is already today in Asia, where many of these pages are published: one day ahead is
    // taken, two are the future.
    expect(readArticleDate(facts({ metas: [['date', '2026-12-02']] }), TODAY).date).toBe('2026-12-02');
    expect(readArticleDate(facts({ metas: [['date', '2026-12-03']] }), TODAY)).toMatchObject({ date: null, why: 'future' });
    expect(readArticleDate(facts({ metas: [['date', '1989-12-31']] }), TODAY).why).toBe('old');
    // A Chinese site's date can be a day ahead of New York's.
    expect(readArticleDate(facts({ metas: [['date', '2026-12-02']], chinese: true }), TODAY).date).toBe('2026-12-02');
  });
});
