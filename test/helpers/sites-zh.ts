/**
 * The real saved pages of the Chinese-language sites (test/fixtures/real/sites/<host>/, provenance in
 * test/fixtures/real/SOURCES.md) and what each shows, read off the saved page by hand: the element that holds
 * the story, text of the story (its first and last paragraphs) and of the portal around it, its date as the
 * page gives it, and the terms a reader would find (none of these stories is about the Fed's plumbing; the
 * two that name the Fed say so).
 */
import type { DateSource } from '../../src/core/article/date';

export interface ZhSitePage {
  /** The site as the reader adds it (the host name the page is served under in the browser tests). */
  site: string;
  /** Under test/fixtures/real/sites/. */
  file: string;
  /** The page's own address. */
  url: string;
  /** What the one article root must match. */
  root: string;
  /** Text of the story, which the scan reads. */
  reads: string[];
  /** Text of the portal around it (navigation, tickers, related links, disclaimers), which it does not. */
  skips: string[];
  date: string | null;
  source: DateSource | null;
  /** Indicators badged, and whether the article badge shows (the Fed named twice, or with a term). */
  ids: string[];
  summary: boolean;
}

export const ZH_SITE_PAGES: readonly ZhSitePage[] = [
  {
    site: 'finance.sina.com.cn',
    file: 'finance.sina.com.cn/sina-2019-09-09_bond-bubble-cios.html',
    url: 'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml',
    root: 'div#artibody',
    reads: ['随着低增长、低利率、低通胀成为新的常态', '美联储应将政策利率下调至1%至1.25%', '我们预计英国央行将在11月降息25个基点'],
    skips: ['SINA Corporation', '请直接登录', '上市公司财报'],
    // <meta property="article:published_time" content="2019-09-09T20:52:38+08:00">; byline 2019年09月09日 20:52.
    date: '2019-09-09',
    source: 'meta',
    // 量化宽松 here is the ECB's, the BoJ's and the BoE's; the Fed (美联储) is named once, about its policy rate.
    ids: [],
    summary: false,
  },
  {
    site: 'finance.sina.com.cn',
    file: 'finance.sina.com.cn/sina-2018-12-28_12306-accounts-rumour.html',
    url: 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    root: 'div#artibody',
    reads: ['有60万个“12306账号”和410万条联系人数据在暗网低价出售', '铁路部门提醒广大旅客'],
    skips: ['SINA Corporation', '请直接登录'],
    // <meta property="article:published_time" content="2018-12-28T19:56:29+08:00">; byline 2018年12月28日 19:55.
    date: '2018-12-28',
    source: 'meta',
    ids: [],
    summary: false,
  },
  {
    site: 'ctee.com.tw',
    file: 'ctee.com.tw/ctee-2024-08-05_phone-sales-top20.html',
    url: 'https://www.ctee.com.tw/news/20240805700832-431207',
    root: 'article',
    reads: ['2024上半年台灣整體手機市場銷量波動劇烈', '上半年賣最好的安卓旗艦是三星Galaxy S24 Ultra'],
    skips: ['已將目前網頁的網址複製到您的剪貼簿'],
    // <meta name="pubdate" property="article:published_time" content="2024-08-05 11:51:26">; byline 2024.08.05 11:51.
    date: '2024-08-05',
    source: 'meta',
    ids: [],
    summary: false,
  },
  {
    site: 'money.udn.com',
    file: 'money.udn.com/udn-money-2021-11-02_musk-themes.fragment.html',
    // The story id the page gives (its audio file, 5859426-TTS); the excerpt does not show the category segment.
    url: 'https://money.udn.com/money/story/5859426',
    root: 'article',
    reads: ['萬寶投顧楊惠宇表示，美股雖有通膨問題未解', '投資人應獨立判斷'],
    skips: ['元晶結緣馬斯克 從地表做到外太空', 'DuckDuckGo blocked these Facebook comments'],
    // <time class="article-body__time">2021/11/02 01:26</time>, without a datetime attribute.
    date: '2021-11-02',
    source: 'text',
    // "Fed即將開會" and "聯準會迫於通膨會有緊縮動作": the Fed named twice, no indicator term.
    ids: [],
    summary: true,
  },
  {
    site: 'hkej.com',
    file: 'hkej.com/hkej-2018-06-29_cbirc-insurers-letters.html',
    url: 'https://www2.hkej.com/instantnews/china/article/1878965/%E9%8A%80%E4%BF%9D%E7%9B%A3%E5%90%916%E9%9A%AA%E4%BC%81%E7%99%BC%E7%9B%A3%E7%AE%A1%E5%87%BD+%E5%8A%8D%E6%8C%87%E9%81%95%E8%A6%8F%E6%8A%95%E8%B3%87',
    root: 'div#article-content',
    reads: ['中國銀保監近日向6家保險企業開出監管函', '未按規定進行監管報告和對外訊息披露等'],
    skips: ['本網站的內容概不構成任何投資意見', 'Hong Kong Economic Journal Company Limited', '恒生指數'],
    // The page says only "今日 15:23" (today): no date is better than one guessed from the reader's today.
    date: null,
    source: null,
    ids: [],
    summary: false,
  },
  {
    site: 'hket.com',
    file: 'hket.com/topick-hket-2017-10-24_abdominal-acupuncture.html',
    url: 'https://topick.hket.com/article/1931411/%E9%A0%B8%E7%97%9B%E6%9C%89%E6%95%91',
    root: 'article#article-1931411',
    reads: ['頸痛是常見健康問題', '數年前，她接受為期約半年「腹針治療」'],
    skips: ['7日瀏覽', '舊鞋救命'],
    // <span>13:58 2017/10/24</span> beside the headline.
    date: '2017-10-24',
    source: 'text',
    ids: [],
    summary: false,
  },
  {
    site: 'stheadline.com',
    file: 'stheadline.com/hd-stheadline-2018-09-19_court-jury.html',
    url: 'https://hd.stheadline.com/news/realtime/hk/1321287/',
    root: 'article',
    reads: ['中文大學醫學院麻醉及深切治療學系副教授許金山'],
    skips: ['web_info@hkheadline.com', '私隱政策聲明'],
    // <time class="op-published" dateTime="2018-09-19T11:05:00Z">2018-09-19 11:05</time>.
    date: '2018-09-19',
    source: 'time',
    ids: [],
    summary: false,
  },
  {
    site: 'stheadline.com',
    file: 'stheadline.com/std-stheadline-2018-08-02_us-tariffs-china-response.html',
    url: 'https://std.stheadline.com/daily/news-content-nocache.php?id=1848076&target=2',
    root: 'div.paragraph',
    reads: ['(星島日報報道)中美貿易戰不斷升級', '單方面威脅和施壓只會適得其反'],
    // The day's other stories, listed beside this one: one of them names the Fed (聯儲局), and is not read.
    skips: ['杜指中段跌83點 聯儲局維持息率不變', 'Copyright 2018 Sing Tao Ltd.'],
    // <div class="date"> 2018-08-02 港聞</div> under the headline.
    date: '2018-08-02',
    source: 'text',
    ids: [],
    summary: false,
  },
];
