/**
 * The term dictionary: what a liquidity word looks like in English, Traditional and Simplified Chinese
 * (Taiwan, Hong Kong and mainland usage), what it points to, and what it needs around it to count.
 *
 * - `to`: an indicator id, 'sofr' (SOFR: SOFR − IORB when the sentence names IORB, else SOFR − EFFR),
 *   'topic' (names the Fed: feeds the article badge, no indicator badge), 'gdp' (GDP: no badge, but the
 *   article's figures can be checked against it), a calendar day ('tax', 'settlement', 'quarter_end': no badge,
 *   a line on the article badge's card), or null (a cue or a block).
 * - `claim`: what a figure next to the term is a figure of, when not `to` itself (IORB, EFFR, SOFR rates).
 * - `needs`: 'none' — unambiguous; 'fed' — only when the sentence (else the paragraph, else the article)
 *   is about the Fed, and a nearer foreign central bank does not claim it; 'us' — the Fed or the US.
 * - `cue`: the context a match gives: 'fed', 'us' or 'foreign' (ECB, BoJ, PBoC …).
 * - `block`: a near-miss that must not match as the shorter term inside it ("gold reserves", 國債逆回購).
 * - `near`: the Fed (or the US) must be named in the term's own sentence: the paragraph or article will not do.
 * - `exact`: case-sensitive (acronyms: QT is not "qt"; Fed is not "fed up").
 *
 * Latin terms match on word boundaries; Chinese ones anywhere, the longest first.
 */
import { INDICATOR_IDS, type IndicatorId } from '../types';

/** Days of the liquidity calendar an article can name (core/ahead): its card then gives the next such day. */
export type CalendarTerm = 'tax' | 'settlement' | 'quarter_end';

export type TermTarget = IndicatorId | 'sofr' | 'topic' | 'gdp' | CalendarTerm | null;

/** What a figure next to a term is about (core/article/claims.ts): an indicator, or one of the inputs held. */
export type TermKind = IndicatorId | 'topic' | 'gdp' | 'sofr' | 'effr' | 'iorb' | 'fed_funds' | 'tgcr';
export const TERM_KINDS: readonly TermKind[] = [...INDICATOR_IDS, 'topic', 'gdp', 'sofr', 'effr', 'iorb', 'fed_funds', 'tgcr'];

export interface TermDef {
  to: TermTarget;
  /** Literal forms (escaped when compiled); matched case-insensitively unless `exact`. */
  terms?: readonly string[];
  /** Regular-expression forms, for inflections ("shrinking its balance sheet"). */
  re?: readonly string[];
  needs?: 'none' | 'fed' | 'us';
  cue?: 'fed' | 'us' | 'foreign' | 'iorb';
  exact?: boolean;
  block?: boolean;
  /** With `needs`: the context must be in the word's own sentence (not its paragraph or the article). */
  near?: boolean;
  /** For `re` forms, and required with them: a word every match contains (the quick pre-test looks for it). */
  anchor?: string;
  claim?: TermKind;
  /** A day of the calendar (`to` is a CalendarTerm): kept in the analyser's `named`, never a mention. */
  day?: boolean;
}

const APOS = "(?:'|’)";

/**
 * Traditional → Simplified, two characters a pair (OpenCC's, as a unit test checks): the characters that differ
 * in the terms given to withSimplified. The dictionary's Chinese terms are most often the same word in both
 * scripts; listing it once keeps the content script small.
 */
export const HANT_TO_HANS = new Map(
  '準准備备國国債债購购銀银陸陆歐欧幣币區区勝胜內内聯联會会儲储員员開开場场紐纽約约鮑鲍爾尔華华財财額额餘余擔担資资設设賣卖賬账戶户現现緊紧縮缩寬宽鬆松減减產产負负擴扩規规總总淨净動动報报稅税繳缴'.match(/../g)!.map((pair) => [pair[0]!, pair[1]!]),
);

/** Each Traditional term, then the same term in Simplified characters. */
export const withSimplified = (...hant: string[]): string[] => hant.flatMap((t) => [t, t.replace(/./g, (c) => HANT_TO_HANS.get(c) ?? c)]);

export const DICTIONARY: readonly TermDef[] = [
  // ── near-misses that must not read as a liquidity term, one group per meaning. Each holds a term the rest of
  // the dictionary would find (a block around no term blocks nothing: term-rules.test.ts) ──
  // Reserves that are not banks' balances at the Fed: a country's, a commodity's, a company's.
  { to: null, block: true, terms: ['foreign exchange reserves', 'foreign-exchange reserves', 'foreign reserves', 'FX reserves', 'forex reserves', 'currency reserves', 'international reserves'] },
  { to: null, block: true, terms: ['gold reserves', 'oil reserves', 'crude reserves', 'gas reserves'] },
  { to: null, block: true, terms: ['cash reserves', 'loan loss reserves', 'loss reserves'] },
  // The reserve ratio banks must hold (the PBoC's 降準 above all).
  { to: null, block: true, terms: withSimplified('準備金率', '存款準備金', '法定準備金') },
  // "Reserves" the verb, before a figure ("reserves the right to buy $5 billion"). A form, not a literal: at the
  // same start a form is taken before a literal, and the reserves term it must beat is a form.
  { to: null, block: true, re: ['reserves the right'], anchor: 'reserves' },
  // The Fed's repo line for foreign central banks is not the Standing Repo Facility.
  { to: null, block: true, re: ['(?:FIMA|foreign and international monetary authorities)\\W{0,3}repo facility', 'repo facility for foreign'], anchor: 'repo', terms: ['monetary authorities repo facility'] },
  // Names that contain a term.
  { to: null, block: true, terms: ['Colin Powell', 'Fed Cup', 'Fed Ex'] },
  { to: null, block: true, terms: ['Federal Reserve Bank of'] },
  // China's exchange-traded treasury repo, a retail product, is not the Fed's ON RRP.
  { to: null, block: true, terms: withSimplified('國債逆回購') },
  // ── foreign central banks and places: a term near them is theirs ──
  {
    to: null,
    cue: 'foreign',
    terms: [
      'ECB', 'European Central Bank', 'BoJ', 'Bank of Japan', 'PBoC', "People's Bank of China", 'People’s Bank of China', 'BoE',
      'Bank of England', 'SNB', 'Swiss National Bank', 'RBA', 'Reserve Bank of Australia', 'RBI', 'Reserve Bank of India', 'Bank of Canada',
      'RBNZ', 'Riksbank', 'Norges Bank', 'HKMA', 'Hong Kong Monetary Authority', 'eurozone', 'euro area', 'China', 'Chinese', 'Japan', 'Japanese',
      'Beijing', 'Tokyo', 'Frankfurt', 'Lagarde', 'Ueda', 'Kuroda', 'Bailey', 'Pan Gongsheng', 'yuan', 'yen',
      '人行', '日本央行', '英倫銀行', '英格兰银行', '金管局', '人幣', '港元', '日圓', '日元', '拉加德', '植田和男', '大陸',
      ...withSimplified('人民銀行', '中國人民銀行', '中國央行', '陸央行', '歐洲央行', '歐央行', '日銀', '英國央行', '人民幣', '歐元區', '潘功勝', '中國', '內地'),
      // Bare 央行 is most often the PBoC in Chinese news; the Fed is 美國央行 (a topic term below).
      '央行', '港府',
    ],
  },
  // ── the Fed itself: topic, and the context other terms need ──
  {
    to: 'topic',
    cue: 'fed',
    terms: [
      'Federal Reserve', 'Federal Open Market Committee', 'FOMC', 'New York Fed', 'Jerome Powell', 'Jay Powell', 'Chair Powell', 'Chairman Powell',
      'Fed Chair', 'Fed Chairman', 'Fed officials', 'Fed governor', 'Fed governors',
      '美聯準', '紐約聯準銀行',
      ...withSimplified('聯準會', '美聯儲', '聯儲局', '聯邦準備理事會', '美國聯邦儲備委員會', '聯邦儲備委員會', '聯邦公開市場委員會', '紐約聯儲', '鮑威爾', '美國央行'),
    ],
  },
  { to: 'topic', cue: 'fed', exact: true, terms: ['Fed', 'FED', 'FRB'] },
  // Powell alone is many people; 鮑爾/鲍尔 (Taiwan's Powell) likewise.
  { to: 'topic', cue: 'fed', needs: 'fed', terms: ['Powell', ...withSimplified('鮑爾', '聯儲')] },
  // ── the United States: enough for terms that are about US money markets ──
  {
    to: null,
    cue: 'us',
    terms: ['United States', 'Wall Street', 'Treasury', 'Treasuries', 'America', 'American', 'Washington', ...withSimplified('美國', '華爾街', '美債', '財政部', '華府'), '美國公債', '美国国债', '美元'],
  },
  { to: null, cue: 'us', exact: true, terms: ['U.S.', 'US', 'USD', 'U.S'] },

  // ── indicators ──
  // Reserves / GDP
  {
    to: 'reserves_gdp',
    needs: 'fed',
    re: [`reserves?(?:[- ]to[- ]|/| as an? (?:share|percentage|percent|ratio) of )(?:nominal )?GDP`],
    anchor: 'GDP',
    // One spelling each: the matcher finds them with a space before GDP or none, and with 佔 for 占.
    terms: withSimplified('準備金占GDP', '儲備金占GDP'),
  },
  // IORB (feeds SOFR − IORB)
  {
    to: 'sofr_iorb',
    cue: 'iorb',
    claim: 'iorb',
    terms: ['interest on reserve balances', 'interest on excess reserves', 'interest rate on reserve balances', 'interest paid on bank reserves', 'interest paid on reserves', 'interest on reserves', ...withSimplified('準備金利率', '超額準備金利率', '準備金餘額利率', '準備金所支付的利率', '準備金支付的利率'), '存款準備金利率'],
  },
  { to: 'sofr_iorb', cue: 'iorb', claim: 'iorb', exact: true, terms: ['IORB', 'IOER'] },
  // SOFR, and the spreads named as such
  { to: 'sofr_iorb', terms: ['SOFR-IORB', 'SOFR − IORB', 'SOFR - IORB', 'SOFR–IORB'] },
  { to: 'sofr_effr', terms: ['SOFR-EFFR', 'SOFR − EFFR', 'SOFR - EFFR', 'SOFR–EFFR'] },
  { to: 'sofr', cue: 'fed', claim: 'sofr', terms: ['Secured Overnight Financing Rate', ...withSimplified('擔保隔夜融資利率', '有擔保隔夜融資利率')] },
  { to: 'sofr', cue: 'fed', claim: 'sofr', exact: true, terms: ['SOFR'] },
  // SOFR's tail and volume; a percentile counts only when the text says it is the 99th.
  { to: 'sofr_tail', re: [`SOFR(?:['’]s)?\\s*的?\\s*(?:99th percentile|第\\s*99\\s*百分位|尾部)`, `99th percentile of SOFR`], anchor: 'SOFR' },
  { to: 'sofr_volume', re: [`SOFR(?:['’]s)?\\s*的?\\s*(?:(?:trading |daily )?volumes?|成交量|交易量)`], anchor: 'SOFR' },
  // Tri-party repo (TGCR) and its spread to IORB
  { to: 'tgcr_iorb', terms: ['TGCR-IORB', 'TGCR − IORB'] },
  { to: 'tgcr_iorb', cue: 'fed', claim: 'tgcr', terms: ['TGCR', 'tri-party general collateral rate', 'tri-party repo rate', ...withSimplified('三方回購利率')] },
  // EFFR and the fed funds rate. A figure next to the plain "fed funds rate" is most often the FOMC's target,
  // not the effective rate: only the effective forms are checked against EFFR.
  {
    to: 'sofr_effr',
    cue: 'fed',
    claim: 'effr',
    terms: ['effective federal funds rate', 'effective fed funds rate', ...withSimplified('有效聯邦基金利率', '聯邦基金有效利率')],
  },
  {
    to: 'sofr_effr',
    cue: 'fed',
    claim: 'fed_funds',
    terms: ['federal funds rate', 'fed funds rate', 'federal funds', 'fed funds', ...withSimplified('聯邦基金利率', '聯邦資金利率')],
  },
  { to: 'sofr_effr', cue: 'fed', claim: 'effr', exact: true, terms: ['EFFR'] },
  // Standing Repo Facility
  { to: 'srf', cue: 'fed', terms: ['Standing Repo Facility', 'standing repo operations', '常備回購便利工具', ...withSimplified('常備回購便利', '常備回購工具', '常設回購便利', '常設回購工具')] },
  { to: 'srf', needs: 'fed', terms: ['repo facility', 'standing repo'] },
  { to: 'srf', needs: 'fed', exact: true, terms: ['SRF'] },
  // ON RRP
  {
    to: 'rrp',
    cue: 'fed',
    terms: ['overnight reverse repo facility', 'overnight reverse repurchase agreement facility', 'overnight reverse repurchase facility', 'overnight reverse repo', 'overnight reverse repurchase', 'ON RRP', 'ON RRPs', 'ON-RRP', ...withSimplified('隔夜逆回購', '逆回購工具')],
  },
  // 附賣回 is Taiwan's word for the reverse repo.
  { to: 'rrp', needs: 'fed', terms: ['reverse repo facility', 'reverse repurchase facility', 'reverse repo', 'reverse repos', 'reverse repurchase', ...withSimplified('逆回購', '附賣回')] },
  { to: 'rrp', needs: 'fed', exact: true, terms: ['RRP'] },
  // TGA
  { to: 'tga', cue: 'us', terms: ['Treasury General Account', '財政部一般帳戶', ...withSimplified('財政部一般賬戶'), '財政部普通帳戶', '财政部普通账户'] },
  // "The Treasury's cash balance" is the US Treasury's by its name; 財政部 alone is any finance ministry's (Taiwan's too).
  { to: 'tga', cue: 'us', anchor: 'reasury', re: [`Treasury(?: Department)?${APOS}s (?:cash balance|cash pile|cash|bank account|account at the Fed|General Account)`, 'Treasury cash (?:balance|pile)'] },
  { to: 'tga', needs: 'us', terms: [...withSimplified('財政部現金', '財政部賬戶', '財政部的現金餘額', '財政部的現金'), '財政部帳戶'] },
  // 財政存款 (the H.4.1 line in Chinese reports) is any government's deposits: near the Fed only.
  { to: 'tga', needs: 'fed', terms: withSimplified('財政存款') },
  { to: 'tga', needs: 'us', exact: true, terms: ['TGA'] },
  // Bank reserves
  {
    to: 'reserves',
    needs: 'fed',
    anchor: 'reserves',
    // Only the word is the match (a lookahead for the figure): the badge goes after "reserves", not into "$2.9".
    // A figure within a few words of it, in the same sentence ("reserves in the banking system stand at about 12% of GDP").
    re: [`reserves(?=\\s[^.;$%]{0,40}?(?:\\$\\d|\\d+(?:\\.\\d+)? ?(?:%|percent)))`, `(?<=\\d ?(?:trillion|billion|tn|bn|T|B) (?:in|of) (?:bank )?)reserves`],
    terms: [
      'bank reserves', "banks' reserves", 'banks’ reserves', 'bank reserve balances', 'reserve balances', 'excess reserves',
      ...withSimplified('銀行準備金', '銀行儲備金', '銀行儲備', '超額準備金', '準備金餘額', '儲備金', '準備金'),
    ],
  },
  // The US banking system's reserves are its balances at the Fed: "US bank reserves", "U.S. banking system reserves" need no other Fed clue
  // (reserves for loan losses, set aside for bad loans, are provisions: no loan-loss word may follow in its sentence).
  {
    to: 'reserves',
    anchor: 'reserves',
    re: [`(?:U\\.S\\.|US|American|America${APOS}s) (?:bank|banking system) reserves(?! (?:for|against))(?![^.;!?]{0,120}\\b(?:loans?|loan-loss|credit losses|provisions?|bad debts?|defaults?|set aside|charge-offs?|losses)\\b)`],
  },
  // A term that names the Fed is its own context (the words it needs are inside the match).
  { to: 'reserves', cue: 'fed', terms: ['reserves at the Fed', 'reserves held at the Fed', 'reserves at the Federal Reserve', 'reserves held at the Federal Reserve', 'reserve balances at the Fed', 'reserve balances with Federal Reserve Banks'] },
  // Balance-sheet pace (QT / QE)
  {
    to: 'balance_sheet_pace',
    needs: 'fed',
    anchor: 'balance sheet',
    re: [`(?:shrink(?:s|ing)?|shrank|shrunk|reduc(?:e|es|ing)|trim(?:s|ming)?|run(?:ning)? down|unwind(?:ing)?|expand(?:s|ing)?)(?: (?:its|the|their|a))? balance sheet`],
    terms: [
      'quantitative tightening', 'quantitative easing', 'balance-sheet runoff', 'balance sheet runoff', 'balance-sheet reduction', 'balance sheet reduction', 'balance-sheet normalization', 'balance sheet normalization',
      ...withSimplified('量化緊縮', '量化寬鬆', '縮減資產負債表', '資產負債表正常化', '縮表', '擴表'), '縮減資產負債',
    ],
  },
  { to: 'balance_sheet_pace', needs: 'fed', exact: true, terms: ['QT', 'QE'] },
  // The Fed's balance sheet
  { to: 'fed_assets', cue: 'fed', anchor: 'balance sheet', re: [`Fed(?:eral Reserve)?${APOS}s balance sheet`, 'Fed balance sheet'], terms: ['聯準會資產負債表', ...withSimplified('美聯儲資產負債表', '美聯儲資產規模'), '聯準會資產規模'] },
  // The Fed's assets by name: "the Federal Reserve's assets totaled …", "Fed assets fell by $31B".
  { to: 'fed_assets', cue: 'fed', anchor: 'ssets', re: [`Fed(?:eral Reserve)?${APOS}s (?:total )?assets`, 'Fed (?:total )?assets'] },
  // A bare "balance sheet" is any company's; only "its/the/central bank's balance sheet" near the Fed counts.
  { to: 'fed_assets', needs: 'fed', anchor: 'balance sheet', re: [`(?:its|the|central bank${APOS}?s?)(?: total)? balance sheet`], terms: withSimplified('資產負債表', '資產規模') },
  // Every bank and company has total assets: the Fed must be named in the same sentence.
  { to: 'fed_assets', needs: 'fed', near: true, terms: ['total assets', 'total asset holdings', ...withSimplified('總資產', '資產總額', '資產端規模')] },
  // Net liquidity
  { to: 'net_liquidity', needs: 'fed', terms: ['net liquidity', ...withSimplified('淨流動性')] },
  { to: 'total_liquidity', needs: 'fed', terms: [...withSimplified('總流動性'), 'total liquidity'] },
  // Days of the liquidity calendar. Named in an article that reads as Fed news (its card is the only place
  // they show), so the phrases are specific rather than judged: "corporate tax" alone is a policy debate.
  { to: 'tax', day: true, anchor: 'tax', re: ['tax (?:dates?|day|deadline|payments)'], terms: withSimplified('報稅日', '繳稅日') },
  { to: 'settlement', day: true, anchor: 'settlement', re: ['(?:Treasury (?:security |auction )?|auction |coupon )settlements?'], terms: ['公債交割', ...withSimplified('國債交割'), '美债交割'] },
  { to: 'quarter_end', day: true, terms: ['quarter-end', 'quarter end', '季末', '季底'] },
  // GDP: no badge of its own, but reserves/GDP stands on it; a US figure only (another country's is claimed by its cue).
  { to: 'gdp', needs: 'us', terms: ['GDP', 'gross domestic product', 'nominal GDP', '國內生產毛額', ...withSimplified('國內生產總值')] },
];
