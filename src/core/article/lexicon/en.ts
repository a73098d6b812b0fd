/** English: the words the claim reader reads a figure by (see types.ts). */
import type { Lexicon } from './types';

export const EN: Lexicon = {
  'hedge.about.before': {
    words: ['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'circa', 'close to', 'as little as', 'as much as', '~'],
    examples: [
      ['Reserves stood at about $3.2 trillion last week.', 'reserves 3200 about current'],
      ['The TGA dwindled to as little as $86.55 billion last week.', 'tga 86.55 about current'],
    ],
  },
  'hedge.about.after': { words: ['or so'], examples: [['Reserves are now $3 trillion or so.', 'reserves 3000 about current']] },
  'hedge.more.before': {
    // The verbs of exceeding state a bound too ("usage surpassed $1 trillion"); so does a bound on a round mark ("over the $2 trillion mark").
    words: [
      'more than', 'over', 'above', 'at least', 'in excess of', 'upwards of', 'north of', 'greater than', 'topped', 'tops', 'topping', 'exceeded', 'exceeds', 'exceeding',
      'surpassed', 'surpasses', 'surpassing', 'over the', 'above the',
    ],
    examples: [
      ['Reserves are now above $3 trillion.', 'reserves 3000 more current'],
      ['The ON RRP surpassed $700 billion on Friday.', 'rrp 700 more day:2025-10-17'],
      ['Reverse repo balances are now above the $1.5 trillion line.', 'rrp 1500 more current'],
    ],
  },
  'hedge.more.after': { words: ['or more', 'plus'], examples: [['The ON RRP now holds $100 billion or more.', 'rrp 100 more current']] },
  'hedge.less.before': {
    words: ['less than', 'under', 'below', 'fewer than', 'at most', 'south of', 'below the', 'under the'],
    examples: [
      ['Bank reserves now sit below the $2.9 trillion level.', 'reserves 2900 less current'],
      ['Reverse Repo Usage Sinks Below $250 Billion', 'rrp 250 less current'],
      ['Bank reserves slip under $3 trillion.', 'reserves 3000 less current'],
    ],
  },
  'hedge.less.after': { words: ['or less'], examples: [['The ON RRP now holds $100 billion or less.', 'rrp 100 less current']] },
  // A figure right after these is the size of a move, not a level: "rose $46 billion", "by", "an increase of".
  'change.before': {
    words: [
      'by', 'bought', 'buy', 'buys', 'buying', 'purchase', 'purchases', 'purchased', 'rose', 'risen', 'fell', 'fallen', 'dropped', 'declined',
      'increased', 'decreased', 'added', 'adds', 'drained', 'drains', 'shrank', 'shrunk', 'grew', 'grown', 'jumped', 'slid', 'slipped', 'plunged',
      'surged', 'soared', 'climbed', 'gained', 'lost', 'cut', 'reduced', 'removed', 'withdrew', 'injected', 'up', 'down', 'shed', 'trimmed', 'a swing of',
      'tumbled', 'dipped', 'edged', 'sank', 'sunk',
      // Flows out: what was spent or burned is a move, not a level.
      'spent', 'spends', 'burned', 'burnt', 'burns',
      // Headlines speak in the present: "Cash Pile Jumps $108 Billion".
      'rises', 'rise', 'falls', 'fall', 'drops', 'drop', 'jumps', 'jump', 'climbs', 'climb', 'slides', 'slide', 'slips', 'slip', 'plunges', 'plunge', 'surges', 'surge', 'soars',
      'sinks', 'sink', 'shrinks', 'grows', 'gains', 'declines', 'increases', 'decreases', 'tumbles', 'dips', 'edges', 'adds', 'sheds',
    ],
    patterns: ['(?:increase|decrease|decline|drop|rise|fall|gain|loss|reduction|runoff|drawdown|swing|jump|change|outflow|inflow|injection)s? of'],
    examples: [
      ['The Fed’s balance sheet dropped by $381 billion from a year earlier.', 'skip change'],
      ['Reserves rose $46 billion last week.', 'skip change'],
      ['SOFR rose 6 bps to 4.31% on Friday.', 'skip unit ; sofr 4.31 day:2025-10-17'],
      ['The TGA rose by $40 billion on Friday.', 'skip change'],
      ['US Treasury’s Cash Pile Jumps $108 Billion on Tax Day', 'skip change'],
      ['The Treasury spent $150 billion from the TGA in the first half of October.', 'skip change'],
    ],
  },
  'change.after': {
    words: [
      'increase', 'decrease', 'decline', 'drop', 'rise', 'jump', 'fall', 'reduction', 'drawdown', 'outflow', 'inflow', 'injection', 'gain', 'loss', 'swing', 'change', 'more',
      'less', 'higher', 'lower', 'worth', 'from peak', 'from the peak', 'from its peak', 'from a peak', 'from the high', 'from its high', 'below the peak', 'below its peak', 'off the peak',
    ],
    examples: [
      ['A $46 billion increase in bank reserves last week.', 'skip change'],
      ['ON RRPs: -$2.3 Trillion from Peak', 'skip change'],
    ],
  },
  // After a move, the level it ended at: "fell to $31.2 billion", "dropped by $21 billion to $6.59 trillion".
  'level.to': {
    words: ['to', 'to a peak of', 'to a high of', 'to a record', 'to a low of', 'to a new low of', 'to a fresh low of'],
    examples: [
      ['ON RRP fell to $31.2 billion last week.', 'rrp 31.2 current'],
      ['Total assets dropped by $21 billion to $6.59 trillion last week.', 'skip change ; fed_assets 6590 current'],
      // A day that opens the sentence dates the level, even past a move left unread for its unit.
      ['On October 17, SOFR rose by 6 basis points to 4.31%.', 'skip unit ; sofr 4.31 day:2025-10-17'],
    ],
  },
  // Verbs and links that state a level: "stood at", "totaled", "printed", "Total assets: $6.6 trillion".
  'level.verb': {
    words: [
      'stood at', 'stands at', 'stand at', 'is at', 'is now at', 'was at', 'sits at', 'sat at', 'hit', 'hits', 'reached', 'reaches', 'totaled', 'totalled',
      'totals', 'printed', 'prints', 'came in at', 'settled at', 'was', 'were', 'is', 'are', 'of', 'at', 'held', 'holds', 'put', 'put a combined', 'remained at', 'remains at', 'steady at', ':',
    ],
    examples: [
      ['The ON RRP stood at $31.2 billion on Friday.', 'rrp 31.2 day:2025-10-17'],
      ['Total assets: $6.6 trillion', 'fed_assets 6600 current'],
      ['SOFR printed 4.31% on Friday.', 'sofr 4.31 day:2025-10-17'],
    ],
  },
  // An earlier level a move started from: its own time must be said ("from $4.2 trillion in February 2020").
  'from': {
    words: ['from', 'from a peak of', 'from a high of', 'from a record', 'from a record of', 'from the previous figure of', 'up from', 'down from'],
    examples: [
      ['The Fed’s balance sheet grew from $4.2 trillion in February 2020 to $9.0 trillion at its peak in April 2022.', 'fed_assets 4200 month:2020-02 ; fed_assets 9000 month:2022-04'],
      ['The ON RRP fell to $98 billion, down from $2.4 trillion.', 'rrp 98 current ; skip from'],
    ],
  },
  // A comparison's other side: "compared with $8.9 trillion in April 2022", "well below December 2021's".
  'compare': {
    words: ['compared with', 'compared to', 'versus', 'vs', 'against', 'than', 'well below', 'well above', 'in contrast to'],
    examples: [['The balance sheet stands at $6.6 trillion, compared with $8.9 trillion in April 2022.', 'fed_assets 6600 current ; fed_assets 8900 month:2022-04']],
  },
  // Forecasts, thresholds, conditions and hypotheses: the figure is not a statement of the data.
  'forecast': {
    words: [
      'will', 'would', 'could', 'may', 'might', 'should', 'shall', 'must', 'expect', 'expects', 'expected', 'forecast', 'forecasts', 'forecasting', 'projected', 'projects',
      'projection', 'estimate', 'estimates', 'estimated', 'target', 'targets', 'targeted', 'aim', 'aims', 'goal', 'need', 'needs', 'needed', 'likely', 'unlikely',
      'threshold', 'floor', 'ceiling', 'minimum', 'maximum', 'ideal', 'ideally', 'if', 'unless', 'suppose', 'assuming', 'in order to', 'to keep', 'to bring', 'plan',
      'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'want', 'wants', 'wanted', 'hope', 'hopes', 'prefer', 'prefers', 'preferred', 'comfortable',
      'see', 'sees', 'seen', 'assume', 'assumes', 'assumption', 'anticipate', 'anticipates', 'anticipated', 'predict', 'predicts', 'predicted', 'prediction', 'outlook',
      'guidance', 'scenario', 'set to', 'on track', 'poised', 'in line to', 'headed to', 'heading to', 'headed toward', 'heading toward', 'headed for', 'heading for',
      'going to', 'next week', 'next month', 'next quarter', 'next year', 'later this week', 'later this month', 'later this year', 'by year-end', 'by the end of',
      'considered', 'deemed', 'regarded', 'viewed as', 'thought', 'believed', 'lower bound', 'upper bound', 'lowest comfortable', 'level at which', 'LCLoR',
    ],
    // A figure approached is not reached; a deadline written "by end-July" is a goal.
    patterns: ['(?:approaching|approaches|nearing|closing in on)(?= (?:the )?(?:US)?\\$)', 'by end-\\w+'],
    examples: [
      ['Analysts expect reserves to fall below $2.8 trillion.', 'skip forecast'],
      ['A governor said in May that reserves could fall to about $2.8 trillion.', 'skip forecast'],
      ['Reserves should stay above $2.9 trillion.', 'skip forecast'],
      ['Treasury cash balance to hit $850 billion by end-September', 'skip forecast'],
      // An aside after a dash past the figure is not the figure's mode.
      ['The effective fed funds rate is at 3.64% — near the middle of the range the Fed targets.', 'effr 3.64 current'],
      // A figure approached is not yet reached ("nearing $3 trillion"); a day approaching is no figure.
      ['Reverse repo usage is closing in on $2 trillion; the ON RRP stood at $1.94 trillion on Friday.', 'skip forecast ; rrp 1940 day:2025-10-17'],
    ],
  },
  // "May" the month is not the modal: "a fresh post-May 2022 high of $906B".
  'forecast.noise': {
    words: [],
    // "May 16": a day of two digits is the month too. "Has seen a surge" tells of a move that happened, not a view ("analysts see").
    // "The debt ceiling" is a law's name, not a bound on the figure.
    patterns: ['(?:in|since|early|late|mid|end of|post|pre|by|from|until|through|of)[- ]May', 'May\\s+\\d{1,2}', '\\d{1,2}\\s+May', 'debt[- ]ceiling', '\\b(?:has|have|had) (?:also |just )?seen an? (?:\\w+ )?(?:surge|jump|rise|spike|drop|decline|fall|plunge|increase|decrease|inflow|outflow|influx|rush)',
      // A level judged as it stands ("held at a comfortable $3.2 trillion") is no level wished for.
      'at an? comfortable (?:level of )?(?:(?:about|around|roughly|nearly) )?(?=(?:US)?\\$)'],
    examples: [
      ['The TGA rose to a fresh post-May 2022 high of $906B.', 'tga 906 current'],
      ['Fed assets were $6.7 trillion on May 21.', 'fed_assets 6700 day:2025-05-21'],
      // …and before it, as the day is written outside the US: "on 21 May".
      ['The TGA held $48.2 billion on 21 May.', 'tga 48.2 day:2025-05-21'],
      ['The New York Fed has seen a surge in inflows to its overnight reverse repo facility, reaching $1.018 trillion on Friday.', 'rrp 1018 day:2025-10-17'],
      ['The TGA has been rebuilt to over $800 billion since the debt ceiling was lifted.', 'tga 800 more current'],
      ['Bank reserves held at a comfortable $3.2 trillion last week.', 'reserves 3200 current'],
      ['Bank reserves stayed at a comfortable level of about $3.3 trillion this week.', 'reserves 3300 about current'],
    ],
  },
  // Not read in English: an estimate's verb stays in the clause of what it estimates ("Waller estimated reserves at …").
  'forecast.governs': { words: [], examples: [] },
  // Reported speech: what someone said is not the data's word; a figure in it is never given a ✗.
  'reported': {
    words: ['said', 'says', 'told', 'noted', 'wrote', 'argued', 'warned', 'testified', 'according to a', 'estimates by', 'in a note'],
    examples: [['Reserves are $3.0 trillion, the strategist said.', 'reserves 3000 current reported']],
  },
  'average': {
    // A habitual level ("usually has a balance of $600 billion") is no dated one either.
    words: ['average', 'averaged', 'averages', 'averaging', 'mean', 'on average', 'usually', 'typically', 'normally', 'ordinarily'],
    examples: [
      ['ON RRP usage averaged $2.2 trillion last month.', 'skip average'],
      ['The TGA typically holds about $750 billion in April.', 'skip average'],
    ],
  },
  'rate.before': { words: ['monthly', 'annual', 'annually', 'yearly', 'weekly', 'daily'], examples: [['QT runs at a monthly $60 billion.', 'skip rate']] },
  'rate.after': {
    words: ['a month', 'per month', 'each month', 'every month', 'a year', 'per year', 'a week', 'per week', 'a day', 'per day', 'per annum', 'monthly', 'annually', '/month', '/mo', '/yr', '/year'],
    examples: [['The Fed shrinks its balance sheet by $95 billion per month.', 'skip rate']],
  },
  // One bank or a group of banks: its reserves or its repo borrowing are a part of the total, never the total.
  'part.bank': {
    words: [
      'JPMorgan', 'JP Morgan', 'J.P. Morgan', 'Bank of America', 'BofA', 'Citi', 'Citigroup', 'Citibank', 'Wells Fargo', 'Goldman', 'Goldman Sachs', 'Morgan Stanley', 'BNY',
      'BNY Mellon', 'State Street', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'BNP Paribas', 'Mizuho', 'MUFG', 'Santander', 'each bank', 'one bank', 'a single bank',
      'any bank', 'each lender', 'one lender', 'largest banks', 'biggest banks', 'big banks', 'top banks', 'major banks', 'foreign banks', 'regional banks', 'smaller banks',
      'small banks', 'mid-sized banks', 'large banks', 'individual banks', 'some banks', 'many banks', 'several banks', 'a few banks', 'community banks', 'largest lenders',
      'biggest lenders', 'foreign lenders', 'largest U.S. banks', 'largest US banks', 'largest American banks', 'largest domestic banks',
    ],
    // A group named by a quantifier is a part; "other eligible institutions placed $106 billion" is the rest of a facility's users.
    patterns: [
      '(?:largest|biggest|top) (?:\\d+|two|three|four|five|six|ten) (?:U\\.?S\\.? )?(?:banks|lenders)',
      '(?:some|several|a few|many|certain|individual|a handful of|\\d+|two|three|four|five) (?:financial |large |small |foreign )?institutions',
      // A kind of institution is a group too ("foreign institutions hold …"); "all eligible institutions" is not.
      '(?:foreign|regional|small|smaller|large|larger|mid-sized|domestic|community|certain|individual) (?:financial )?institutions',
      // A head count out of a larger one is a part: "of the 20 counterparties, 6 firms placed …".
      '(?:of|among) (?:the|those|these) (?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|\\w+ty(?:-\\w+)?) (?:participating |eligible )?(?:institutions|counterparties|participants|firms|bidders)',
    ],
    examples: [
      ['JPMorgan holds $400 billion of bank reserves.', 'skip part'],
      ['Several institutions borrowed $2 billion from the SRF. All eligible institutions together left $52 billion at the overnight reverse repo facility on Friday.', 'skip part ; rrp 52 day:2025-10-17'],
      ['Foreign institutions now hold $1.1 trillion of reserve balances at the Fed.', 'skip part'],
      ['Regional institutions borrowed $2 billion from the standing repo facility on Tuesday.', 'skip part'],
      ['Of the 20 counterparties, 6 firms placed $11 billion at the overnight reverse repo facility on Friday.', 'skip part'],
    ],
  },
  // A bank named as the source of a view is not the holder of the figure: "JPMorgan strategists expect …".
  // Noise for part.bank: the name and its role are blanked before the bank is looked for.
  'part.source': {
    words: [],
    patterns: ['(?:\\S+\\s+){0,2}\\S+?(?:\'s|’s)?\\s+(?:(?:rates|chief|senior|fixed-income)\\s+)?(?:strategists?|analysts?|economists?|researchers?)'],
    examples: [
      ['JPMorgan strategists forecast bank reserves at $3.1 trillion.', 'skip forecast'],
      ['JPMorgan holds $400 billion of bank reserves, Goldman Sachs analysts said.', 'skip part'],
    ],
  },
  'part.before': {
    words: ['including', 'includes', 'of which', 'among them', 'comprising', 'consisting of', 'made up of'],
    examples: [['The Fed’s balance sheet is $6.6 trillion, including $4.2 trillion of Treasuries.', 'fed_assets 6600 current ; skip part']],
  },
  // A component named right after the figure: "$2.1 trillion of mortgage-backed securities".
  'part.after': {
    words: [
      'of Treasuries', 'of Treasury securities', 'of U.S. Treasuries', 'of US Treasuries', 'in Treasuries', 'of T-bills', 'of bills', 'of notes', 'of bonds', 'of mortgage-backed',
      'of MBS', 'of securities', 'of debt', 'of loans', 'of gold', 'of currency', 'of collateral', 'in securities', 'in loans', 'of long-term', 'of short-term', 'of agency',
      'of government', 'of federal', 'of its', 'in excess liquidity', 'of excess liquidity', 'debt cap', 'debt ceiling', 'debt limit', 'borrowing limit',
      // The debt limit's headroom beside the Treasury's cash: not cash.
      'in extraordinary measures', 'of extraordinary measures',
      // Bills sold, beside the ON RRP or the TGA: "$90 billion net bill issuance", "a $50 billion T-bill sale".
      'net T-bill', 'net bill', 'T-bill', 'T-bills', 'bill issuance', 'in T-bills', 'in bills',
      // Bills named in full: "sold $95 billion of Treasury bills to refill its account" is a sale, not the account.
      'of Treasury bills', 'of U.S. Treasury bills', 'of US Treasury bills',
    ],
    examples: [
      ['The TGA held $61 billion on Wednesday, and $70 billion of extraordinary measures remained.', 'tga 61 day:2025-10-15 ; skip part'],
      ['The balance sheet holds $2.1 trillion of mortgage-backed securities.', 'skip part'],
      ['The TGA has been drained to avoid breaching the $31.4 trillion debt cap.', 'skip part'],
      ['Money funds, the biggest users of the ON RRP, absorbed the $150 billion T-bill sale on Friday.', 'skip part'],
      ['The Treasury has sold $95 billion of Treasury bills since Monday to rebuild the Treasury General Account.', 'skip part'],
    ],
  },
  // A number of users before a facility's operation: the whole day's take-up, not a group's part of it (a quantifier
  // such as "several institutions" is still a part).
  'count.whole': {
    words: [],
    patterns: [
      '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:-[a-z]+)? (?:participating |eligible )?(?:institutions|counterparties|participants|firms|bidders) (?:deposited|parked|placed|put|borrowed|took|tapped)',
    ],
    examples: [
      ['14 institutions deposited $28.8 billion at the overnight reverse repo facility on Thursday.', 'rrp 28.8 day:2025-10-16'],
      // The facility named in the sentence before: the count's operation is that one.
      ['Cash at the overnight reverse repo facility has dwindled. Just 48 firms placed $52 billion, down from $110 billion on Thursday.', 'rrp 52 current ; rrp 110 day:2025-10-16'],
    ],
  },
  // The balance sheet's reverse repo line holds the foreign official pool as well: it is not the ON RRP facility.
  'part.rrp': {
    words: ['on the liabilities side', 'liabilities side', 'reverse repurchase agreements totaled', 'foreign official and international accounts', 'foreign repo pool'],
    examples: [['On the liabilities side, reverse repurchase agreements totaled $2.57 trillion.', 'skip part']],
  },
  // A rate that is not the overnight fixing the data hold.
  'derived.rate': {
    words: [
      'futures', 'future', 'swap', 'swaps', 'forward', 'forwards', 'implied', 'imply', 'implies', 'pricing', 'priced', 'prices', 'term', 'percentile', 'percentiles', 'OIS',
      'option', 'options', 'curve', 'contract', 'contracts', 'average SOFR', 'average rate', 'compounded', 'index',
      // A trade's high or low within the day is not the day's fixing.
      'intraday', 'intra-day',
    ],
    patterns: ['(?:\\d+|one|two|three|six|nine|twelve)[- ](?:day|week|month|year)', '\\d+(?:st|nd|rd|th) percentile'],
    examples: [
      ['SOFR futures imply 3.2% by March.', 'skip unchecked'],
      ['SOFR climbed intraday as high as 4.45% on Friday.', 'skip unchecked'],
    ],
  },
  // Another time set without naming it: "when reserves were $1.4 trillion", "before the pandemic".
  'another.time': {
    words: [
      'when', 'whenever', 'once', 'back when', 'as recently as', 'at one point', 'previously', 'formerly', 'historically', 'had been', 'then', 'before',
      'after', 'prior to', 'during', 'until', 'earlier this', 'earlier that', 'earlier in', 'at the start of', 'at the beginning of', 'at the end of', 'at the height of',
      'at the depth of', 'at the time of', 'at its start of', 'in the past', 'in the wake of', 'in the aftermath of', 'in the run-up to', 'in the early', 'in the late',
      'a year earlier', 'a month earlier', 'a week earlier', 'a year before', 'a year prior', 'the previous year', 'the prior year', 'the preceding year', 'the previous month',
      'the previous week', 'the previous quarter', 'the shutdown', 'the pandemic',
    ],
    // The habitual "used to be", not the passive "a facility used to help control rates".
    patterns: ['pre-\\w+', 'post-\\w+', 'used to (?:be|have|hold|sit|stand|run|average|total)'],
    examples: [
      ['Reserves used to be $1.4 trillion.', 'skip period'],
      ['The TGA reached $900 billion—typical before the end of a quarter.', 'tga 900 current'],
      // …but the end of a year named is that year's last month.
      ['Reserves peaked at $4.2 trillion at the end of 2021.', 'reserves 4200 month:2021-12'],
      ['When reserves were $1.4 trillion, repo rates spiked.', 'skip period'],
      // …but a "when" clause right after a date of its sentence is of that date, a since-aside's too.
      ['The ON RRP took in $420 billion on Monday, the most since March 31, when usage was recorded at $485.5 billion.', 'rrp 420 day:2025-10-20 ; rrp 485.5 day:2025-03-31'],
      ['During the shutdown the TGA reached $1 trillion.', 'skip period'],
    ],
  },
  'extreme': {
    words: ['peak', 'peaks', 'peaked', 'high', 'highs', 'highest', 'record', 'all-time', 'low', 'lows', 'lowest', 'trough', 'bottom', 'bottomed'],
    examples: [['The ON RRP held $2.5 trillion at its peak.', 'skip period']],
  },
  // A high or low just set: the latest data ("rose to a fresh high of $906B").
  'extreme.now': {
    words: ['fresh high', 'new high', 'fresh low', 'new low', 'fresh record', 'new record', 'fresh post', 'new post'],
    examples: [['The TGA rose by $9B to a fresh high of $906B.', 'skip change ; tga 906 current']],
  },
  'anaphor': {
    words: ['its', 'it'],
    examples: [
      ['The reverse repo facility has drained. Its balance is $5 billion now.', 'rrp 5 current'],
      // No term in its paragraph: the indicator the paragraph before names last (here, with none before it, the headline's).
      ['It slid again from $61 billion on October 14.', 'headline tga: tga 61 day:2025-10-14'],
      ['SOFR printed 4.27% on Thursday; it was 12 basis points higher than IORB.', 'sofr 4.27 day:2025-10-16 ; sofr_iorb 12 day:2025-10-16'],
      // A time said right after a figure of the sentence before is that figure's: it dates nothing after it.
      ['The TGA rose by $500 billion in July. Tax receipts have pushed it to over $800 billion.', 'skip change ; tga 800 more current'],
    ],
  },
  // Not read in English yet ("this ratio" is most often said with its terms again).
  'anaphor.ratio': { words: [], examples: [] },
  // "They" with a verb of standing at a level right before a sum ("as of Friday, they currently sit at $70.8 billion"): the
  // one indicator the paragraph named before it. Only sums of money: a rate is no "they".
  'anaphor.plural': {
    words: [],
    patterns: ['(?:they|these|those)(?: (?:now|currently|still|then))? (?:stood|stand|sit|sat|remained|remain|totaled|totalled|total)(?: at)?'],
    examples: [
      ['Reserve balances with Federal Reserve Banks kept sliding this autumn. As of October 15, they stood at $2.85 trillion.', 'reserves 2850 day:2025-10-15'],
      // Two indicators named before it: which one "they" are is not said.
      ['Reserve balances with Federal Reserve Banks fell while the Treasury General Account rose. They now stand at $2.85 trillion.', 'skip none'],
    ],
  },
  'real.gdp': { words: ['real'], examples: [['Real GDP was $23.5 trillion in 2025 Q2.', 'skip unchecked']] },
  'peak.word': { words: ['peak', 'high', 'record'], examples: [['The reverse repo is down 99% from its peak.', 'rrp_drawdown 99 current']] },
  'decline.word': {
    words: ['down', 'declined', 'declining', 'decline', 'dropped', 'drop', 'fell', 'fallen', 'shrank', 'shrunk', 'shrinking', 'lower', 'below', 'plunged', 'plunge', 'slumped', 'slump'],
    examples: [['The reverse repo has plunged 98% from its peak.', 'rrp_drawdown 98 current']],
  },
  // The present said in words: enough for a ✗ on today's figure.
  'present': {
    words: ['now', 'currently', 'today', 'these days', 'at present', 'this week', 'last week', 'as of now', 'the current'],
    examples: [
      ['Reserves are now $3.1 trillion.', 'reserves 3100 current'],
      // An earlier level said with its own "now" is today's, read loosely: "up from $600 billion now".
      ['The Treasury General Account will swell to $900 billion by December, up from $600 billion now.', 'skip forecast ; tga 600 current'],
      ['The TGA is projected to climb to $850 billion, well above the current level of $520 billion.', 'skip forecast ; tga 520 current'],
      ['Waller said reserves could drop to $2.7 trillion, while the current amount is $3.34 trillion.', 'skip forecast ; reserves 3340 current reported'],
      // The article's own day said in the sentence before is no other time.
      ['The ON RRP dropped under $500 billion today. In all, 72 firms parked $480.5 billion.', 'rrp 500 less day:2025-10-20 ; rrp 480.5 current'],
    ],
  },
  // A "now" joined on by "and" or "but" turns from a span of the clause before it to the present: that span is the
  // earlier predicate's ("has climbed over the past year and now stands at …").
  'present.turn': {
    words: ['and now', 'but now', 'yet now', 'and currently', 'but currently', 'and today', 'but today'],
    examples: [
      ['The Treasury General Account has swung widely over the past year and now holds $850 billion.', 'tga 850 current'],
      ['Bank reserves shrank for months in 2023 but now sit at about $3.2 trillion.', 'reserves 3200 about current'],
    ],
  },
  // A level said in the present tense: now, even after a sentence about another year.
  'present.verb': {
    words: [
      'stand at', 'stands at', 'is at', 'are at', 'is now', 'are now', 'sits at', 'sit at', 'is sitting at', 'are sitting at', 'remains at', 'remain at', 'holds', 'hold', 'totals', 'currently', 'hits', 'reaches',
      'touches', 'rises', 'falls', 'drops', 'jumps', 'plunge', 'plunges', 'sinks', 'sink', 'slips', 'slip', 'climbs', 'surges', 'tumbles', 'dips', 'edges', 'nears', 'tops',
      // The present perfect reaches now: "has been holding over the $2 trillion mark".
      'has been', 'have been',
    ],
    examples: [
      ['The TGA was drained in early 2023. Reserves have been above $3 trillion for months.', 'reserves 3000 more current'],
      ['The ON RRP held $2.5 trillion in 2022. Reserves stand at about 12% of GDP.', 'skip period ; reserves_gdp 12 about current'],
      ['SOFR hits a record high of 5.40%', 'sofr 5.4 current'],
      ['After Fed Trims ON RRP Rate by 5 Basis Points, ON RRPs Plunge to $98 Billion', 'skip unit ; rrp 98 current'],
    ],
  },
  // A present word leading the figure: a forecast said before it is of something else ("will weigh on reserves currently around …").
  'present.lead': {
    words: ['currently', 'at present', 'what is now', 'which is now', 'that is now'],
    examples: [
      ['The rebuild will weigh on reserves currently around $3.2 trillion.', 'reserves 3200 about current'],
      // …but not on a later figure of its clause.
      ['Analysts expect reserves currently at $3.2 trillion to fall to $2.9 trillion.', 'reserves 3200 current ; skip forecast'],
    ],
  },
  // After a level said in the present, "and" or "but" joins another predicate: its forecast is not the figure's.
  'forecast.apart': {
    words: ['and', 'but', 'while', 'whereas'],
    examples: [
      ['Bank reserves are sitting at $3.3 trillion and could drop below $3 trillion soon.', 'reserves 3300 current ; skip forecast'],
      // No present level before it: the forecast reaches the figure.
      ['Reserves of $3 trillion and more would be needed.', 'skip forecast'],
    ],
  },
  // The figure compared with a bound: the bound's forecast words ("the estimated floor") are not the figure's.
  'forecast.compared': {
    words: ['above the', 'below the', 'short of the'],
    examples: [
      ['Reserves at $2.9 trillion sit well above the estimated floor of the system.', 'reserves 2900 current'],
      // A forecast before the comparison is still the figure's.
      ['Reserves would stay at $2.9 trillion, above the floor.', 'skip forecast'],
    ],
  },
  // The business day before another day of the sentence: "from $144.08 billion the day before".
  'previous.day': {
    words: ['the day before', 'the previous day', 'a day earlier', 'the prior day', 'the previous session', 'the prior session', 'the previous business day', 'the previous trading day', 'the prior trading day'],
    examples: [
      ['The TGA rose to $252.55 billion on Friday from $144.08 billion the day before.', 'tga 252.55 day:2025-10-17 ; tga 144.08 day:2025-10-16'],
      // Said first, "from" the trading day before the day the move reached: that day's previous business day.
      ['SOFR slipped from 4.30% on the previous trading day to 4.25% on October 17.', 'sofr 4.3 day:2025-10-16 ; sofr 4.25 day:2025-10-17'],
      // …even after the day the data were released.
      ['New York Fed data released on Monday showed SOFR slipped from 4.30% on the previous trading day to 4.25% on October 16.', 'sofr 4.3 day:2025-10-15 ; sofr 4.25 day:2025-10-16'],
      // "A day earlier" after a figure is its time, not a rate per day (rate.after).
      ['SOFR edged up to 4.31% on Friday, from 4.29% a day earlier.', 'sofr 4.31 day:2025-10-17 ; sofr 4.29 day:2025-10-16'],
    ],
  },
  // The day named last before it in the passage, said again: "On the same day, …". Not a day a year or a week apart
  // ("the same day last year", "the same day of the week").
  'same.day': {
    words: ['the same day', 'that same day', 'the same session', 'the same trading day', 'that same session'],
    examples: [
      ['SOFR rose to 4.31% on Tuesday. On the same day, the Fed’s reverse repo facility took in $5.2 billion.', 'sofr 4.31 day:2025-10-14 ; rrp 5.2 day:2025-10-14'],
      ['Reserve balances at the Fed fell to $2.93 trillion on October 15. The Treasury General Account held $850 billion that same day.', 'reserves 2930 day:2025-10-15 ; tga 850 day:2025-10-15'],
    ],
  },
  // The month or quarter named before it in its sentence, its end said again: "… during March, ending the month at
  // $830 billion" (read as that month, as "at the end of March" is; loosely, the end being inferred).
  'same.period': {
    words: [],
    patterns: ['(?:ending|ended|closing|closed|finishing|finished) the (?:month|quarter)'],
    examples: [
      ['The Treasury General Account rose by $120 billion during March, ending the month at $830 billion.', 'skip change ; tga 830 month:2025-03'],
      ['Bank reserves at the Fed fell by $90 billion in the third quarter of 2025, closing the quarter at $3.01 trillion.', 'skip change ; reserves 3010 quarter:2025-Q3'],
      // A quarter said by its months (periods.ts): "the July-September quarter".
      ['The Treasury General Account rose by $150 billion in the July-September quarter, ending the quarter at $890 billion.', 'skip change ; tga 890 quarter:2025-Q3'],
    ],
  },
  // The observation before another one of the sentence: "dropping from the previous figure of $3.062 trillion".
  'previous.week': {
    words: [
      'the previous figure', 'the previous reading', 'the previous week', 'the prior week', 'a week earlier', 'the week before', 'a week before',
      'a previous position', 'the previous position', 'a previous level', 'the previous level', 'a previous figure',
    ],
    examples: [
      ['As of October 15, reserve balances fell to $2.957 trillion, from the previous figure of $3.062 trillion.', 'reserves 2957 day:2025-10-15 ; reserves 3062 day:2025-10-08'],
      ['Reserve balances slipped to $2.957 trillion on October 15, down from a previous level of $3.062 trillion.', 'reserves 2957 day:2025-10-15 ; reserves 3062 day:2025-10-08'],
      ['Reserve balances climbed to $3.104 trillion on October 15, up from a previous figure of $3.058 trillion.', 'reserves 3104 day:2025-10-15 ; reserves 3058 day:2025-10-08'],
      // …and "a week earlier" right after the figure, not a rate per week (rate.after).
      ['Reserve balances slipped to $2.957 trillion on October 15, down from $3.062 trillion a week earlier.', 'reserves 2957 day:2025-10-15 ; reserves 3062 day:2025-10-08'],
    ],
  },
  // A subject named only by a generic word: the indicator the headline names ("usage", "the facility").
  'subject.generic': {
    words: ['usage', 'take-up', 'uptake', 'balances', 'the totals', 'the figure', 'that figure', 'this figure', 'this amount', 'that amount', 'the facility', 'the Fed facility', 'the Fed’s facility', "the Fed's facility", 'demand for the facility'],
    // "A major Federal Reserve facility", "a key Fed facility used to help control short-term rates".
    // A data sheet's word for its series: "The current indicator reached …" after the series is named; and a data
    // table's row label before its figures ("Level $6.59T $6.61T").
    patterns: ['(?:a|one|the) (?:[\\w-]+ ){0,2}(?:Federal Reserve|Fed) facility', '(?:the|this) (?:[\\w-]+ )?(?:indicator|reading)', '(?:this|that) (?:[\\w-]+ ){0,2}(?:decrease|decline|drop|fall|increase|rise|jump|surge|plunge|slide|rebound)(?![\\w-])', 'level(?=:?\\s*(?:(?:US)?\\$|$))'],
    examples: [
      ['Reserve balances with Federal Reserve Banks have risen again. The latest reading came to $2.96 trillion.', 'reserves 2960 current'],
      // …dated by the "As of" that opens the paragraph.
      ['As of October 15, reserve balances with Federal Reserve Banks kept falling. The latest reading came to $2.93 trillion.', 'reserves 2930 day:2025-10-15'],
      ['Usage at the facility dropped below $250 billion on Monday.', 'headline rrp: rrp 250 less day:2025-10-20'],
      ['Cash at one little-watched Fed facility used to steady money markets topped $400 billion.', 'headline rrp: rrp 400 more current'],
      // No indicator in the headline: the one the sentence before names.
      ['The Fed’s weekly report showed bank reserve balances. The totals now stand at $2.94 trillion.', 'reserves 2940 current'],
      // "The figure": the amount of the indicator the sentence before gave.
      ['The ON RRP held $52 billion on Thursday. On Friday, the figure was $61.5 billion.', 'rrp 52 day:2025-10-16 ; rrp 61.5 day:2025-10-17'],
      ['Level $6.59T $6.61T', 'headline fed_assets: fed_assets 6590 current ; fed_assets 6610 current'],
      // A move said again by a demonstrative ("that drop"), and the level it took the indicator of the sentence before to.
      ['Reserve balances with Federal Reserve Banks slid through the autumn. That drop took them to $2.85 trillion on October 15.', 'reserves 2850 day:2025-10-15'],
      ['Reserve balances with Federal Reserve Banks fell while the Treasury General Account rose. That drop took them to $2.85 trillion on October 15.', 'skip none'],
    ],
  },
  // A pronoun opening the sentence as the figure's subject ("That was up from …", "It was down from …"): the one
  // indicator the sentence before named, or whose figures it gave (claims.ts pointed). Read loosely.
  'subject.pointed': {
    words: [],
    patterns: ['(?:that|this|it) (?:was|is|had been|has been)'],
    examples: [
      ['The government’s cash balance rose to $850 billion on Friday. That was up from $820 billion on October 10.', 'tga 850 day:2025-10-17 ; tga 820 day:2025-10-10'],
      ['The government’s cash balance fell to $790 billion on Friday. It was down from $830 billion on October 14.', 'tga 790 day:2025-10-17 ; tga 830 day:2025-10-14'],
      // The sentence before gave no figure and named no indicator: nothing to point at.
      ['Tax receipts were light this week. That was up from $820 billion on October 10.', 'skip none'],
    ],
  },
  // A place named by "there" after the figure: the facility the sentence before names.
  'subject.there': {
    words: [],
    patterns: ['(?:parked|placed|deposited|held|kept|sitting|stashed|left) there'],
    examples: [['Money funds favour the overnight reverse repo facility. They now have $240 billion parked there.', 'rrp 240 current']],
  },
  // An indicator's thing said again by its head noun alone, the qualifier left off ("the account" after the
  // Treasury General Account is named): that indicator's, when it is the one named last before it in the
  // passage (or, none named, the headline's). Another indicator named last: no subject.
  'head.tga': {
    words: [],
    // …or by "balance" alone after it: "the government balance".
    patterns: ['(?:its|the|this|that) (?:[\\w’\'-]+ )?(?:cash balance|cash pile|account|coffers|balance)'],
    examples: [
      ['The Treasury General Account is where federal receipts land. The account now holds $850 billion.', 'tga 850 current'],
      ['The Treasury General Account swelled after the tax deadline. The government balance came to $910 billion on Friday.', 'tga 910 day:2025-10-17'],
      ['Its cash pile stood at $640 billion on Friday.', 'headline tga: tga 640 day:2025-10-17'],
      // Another indicator named last: not the account's.
      ['The reverse repo facility drained this month. The account held $50 billion.', 'skip none'],
      // …nor, the paragraph naming none, the headline's (or the paragraph before's) other indicator.
      ['It has been rebuilding its cash pile to $850 billion.', 'headline reserves: skip none'],
    ],
  },
  // The government's own cash said by its owner, no term of its own: the TGA ("the government's cash balance").
  'owner.tga': {
    words: [],
    patterns: [
      // Not another government's ("the Japanese government's"): only "the", the U.S. or federal, or nothing, before
      // "government's"; no other country's Treasury. Not the cash it takes in or pays out ("cash receipts", "cash
      // needs"), nor the trade's "current account".
      '(?:(?<=(?:^|[^\\w\\s]\\s*|\\b(?:the|U\\.S\\.|US|federal|American|America[\'’]s|our|its)\\s+))government|(?<!\\b(?:UK|U\\.K\\.|British|Japan(?:ese|[\'’]s)|China[\'’]s|Chinese|Canad(?:ian|a[\'’]s)|Australian|German|French|state)\\s+)(?:Treasury|Treasury Department))(?:\'s|’s) (?:(?!current )[\\w-]+ )?(?:cash|cash balance|cash pile|coffers|account|bank account)(?![\\w-])(?!\\s+(?:receipts|flows?|deficits?|needs|outlays|spending|management)\\b)',
      // …or by "its" after the Treasury, at the central bank: "the Treasury … in its account at the Fed" (not past
      // another holder: "the Treasury said banks hold … in its account").
      'Treasury\\b(?:(?!\\b(?:said|says|holds|held|banks?|lenders?)\\b)[^.;:]){0,60}?\\bits (?:cash |bank |general )?account at the (?:Fed|Federal Reserve|central bank)',
    ],
    examples: [
      ['Tax receipts were light this week. The government’s cash balance slipped under $90 billion on Friday.', 'tga 90 less day:2025-10-17'],
      ['Bill sales have been heavy. Meanwhile the government’s coffers hold $415 billion.', 'tga 415 current'],
      // …whatever was named before (a "department" alone is nobody's in particular: claims.test.ts).
      ['Reverse repo usage has drained. The government’s account held $50 billion.', 'tga 50 current'],
      ['The Treasury ended the week with $810 billion in its account at the Fed.', 'tga 810 current'],
    ],
  },
  // The Treasury as its clause's subject, its cash named right before the figure (only a verb or a preposition
  // between): the TGA, whatever was named before. Not another country's Treasury, nor its bills, yields or market;
  // not past someone else who holds the cash ("the Treasury said funds …").
  'owner.subject.tga': {
    words: [],
    patterns: [
      '(?<!\\b(?:UK|U\\.K\\.|British|Japan(?:ese|[\'’]s)|China[\'’]s|Chinese|Canad(?:ian|a[\'’]s)|Australian|German|French|state)\\s+)\\bTreasury(?: Department)?\\b(?! (?:bills?|yields?|market|securities|notes|bonds|auctions?|debt|supply|issuance|curve)\\b)(?:(?!\\b(?:said|says|banks?|lenders?|funds?|investors?|dealers?|Fed|Federal Reserve)\\b)[^.;:,]){0,90}?\\b(?:its|a) (?:cash balance|cash pile|cash buffer|cash holdings|coffers)(?![\\w-])',
    ],
    examples: [
      ['The Treasury has been rebuilding its cash pile to $850 billion.', 'headline reserves: tga 850 current'],
      ['The Treasury sold more bills in September and ended the month with a cash balance of $880 billion.', 'headline reserves: tga 880 month:2025-09'],
      // Its cash named after the figure: the figure is the bills', not the cash's.
      ['The Treasury sold $80 billion of bills to rebuild its cash pile.', 'headline reserves: skip none'],
    ],
  },
  // English names the U.S. banking system's reserves by a term ("U.S. banking system reserves").
  'name.reserves': { words: [], examples: [] },
  'owner.fed_assets': {
    words: [],
    // Not "the central bank's": another central bank's may be meant.
    // Nor its holdings of one kind of asset ("holdings of Treasuries and mortgage bonds"): a part.
    patterns: ['(?:Fed|Federal Reserve)(?:\'s|’s) (?:total )?(?:assets|holdings(?!\\s+of\\s+(?!(?:about|around|nearly|roughly|almost|some|over|more|less|under|just)\\b)[a-z]))(?![\\w-])'],
    examples: [
      ['Bond runoff continued this year, leaving the Fed’s total holdings at about $6.6 trillion now.', 'fed_assets 6600 about current'],
      ['Reverse repo usage has drained. The Fed’s holdings were $6.6 trillion.', 'fed_assets 6600 current'],
    ],
  },
  'head.fed_assets': {
    words: [],
    patterns: ['(?:its|the|those) (?:total )?(?:assets|holdings)'],
    examples: [
      ['The Fed’s balance sheet keeps shrinking. Maturing bonds have taken the assets to $6.55 trillion.', 'fed_assets 6550 current'],
      ['Bank reserves rose this week. The assets reached $3.1 trillion.', 'skip none'],
    ],
  },
  // The balance sheet's noun right after a sum of money the Fed owns ("its $8.5 trillion balance sheet"): the sum is
  // its size, whatever else the clause names (claims.ts premodified). Read loosely.
  'premod.fed_assets': {
    words: [],
    patterns: ['balance[\\s-]sheet'],
    examples: [
      ['The Fed holds Treasuries and mortgage bonds as assets on its $6.6 trillion balance sheet.', 'fed_assets 6600 current'],
      ['Bank reserves fell last week as the Fed’s $6.6 trillion balance sheet kept shrinking.', 'fed_assets 6600 current'],
      // Not a bank's: "its" after a bank's name.
      ['JPMorgan grew its $4 trillion balance sheet this year.', 'skip none'],
    ],
  },
  // "The rate" said alone: the one rate the paragraph named before it, when it named only one and no other rate
  // (rate.other) — "SOFR … Since early November the rate has climbed to …". Not "the rate on/of/paid …" (a rate
  // named by what follows), nor a decision on a rate.
  'head.rate': {
    words: [],
    patterns: ['(?:the|this|that) (?:benchmark |overnight |key |repo |funding )?rate(?! (?:on|of|paid|at which|for|cut|cuts|hike|hikes|increase|decision|path|outlook|range|corridor)\\b)'],
    examples: [
      ['SOFR was 4.31% on Monday. On Friday the rate eased to 4.22%.', 'sofr 4.31 day:2025-10-20 ; sofr 4.22 day:2025-10-17'],
      // Another rate in reach: which one is meant is not said.
      ['SOFR was 4.31% on Monday, while IORB stood at 4.15%. On Friday the rate eased to 4.22%.', 'sofr 4.31 day:2025-10-20 ; iorb 4.15 current ; skip none'],
    ],
  },
  // Rates that no indicator term names, which "the rate" may mean as well: another rate in reach.
  'rate.other': {
    words: [
      'discount rate', 'prime rate', 'primary credit', 'policy rate', 'target rate', 'target range', 'mortgage', 'mortgages', 'yield', 'yields', 'bill rate',
      'bill rates', 'Libor', 'LIBOR', 'deposit rate', 'lending rate', 'refinancing rate', 'repo rates', 'tri-party', 'GC repo', 'general collateral', 'commercial paper',
    ],
    examples: [['SOFR was 4.31% on Monday. The Fed left the discount rate alone; the rate is 4.5%.', 'sofr 4.31 day:2025-10-20 ; skip none']],
  },
  'head.rrp': {
    words: [],
    patterns: ['(?:this|the|that) (?:[\\w-]+ )?tool'],
    examples: [
      ['Demand at the overnight reverse repo facility ebbed in October. Firms parked $40 billion at this tool on Friday.', 'rrp 40 day:2025-10-17'],
    ],
  },
  // A span whose time is not said: "over the following three months".
  'vague.span': {
    words: ['over the following', 'in the following', 'over the next', 'within months', 'over the years', 'over time'],
    examples: [['Reserves rose to $3.2 trillion over the following three months.', 'skip period']],
  },
  // Right after a sum of money (a rate or a spread in basis points is a level there): the gap between two levels.
  'gap.after': {
    words: ['below the', 'above the', 'under the', 'beneath the', 'short of the', 'below its', 'above its'],
    examples: [['The TGA stood at $640 billion on Thursday, $90 billion below its April high.', 'tga 640 day:2025-10-16 ; skip change']],
  },
  // Before a percentage whose subject is reserves: the rate paid on them, IORB.
  'rate.paid': {
    words: ['pays', 'paid', 'pay', 'paying', 'payment of interest', 'earn', 'earns', 'earned', 'earning'],
    examples: [
      ['The central bank pays lenders 4.4% on their bank reserves.', 'iorb 4.4 current'],
      ['Money funds get less than the Fed is paying on reserve balances (4.4%).', 'iorb 4.4 current'],
      // Said before the pay: the figure is something else's.
      ['This 4.3% is below what banks earn on reserve balances.', 'skip unit'],
      // Basis points over the rate paid on reserves, of a pronoun after a SOFR figure: SOFR − IORB then; not another rate's.
      ['SOFR was 4.38% on Friday. That is 8 basis points above what the Fed pays on reserve balances.', 'sofr 4.38 day:2025-10-17 ; sofr_iorb 8 day:2025-10-17'],
      ['SOFR was 4.38% on Friday, and banks paid 9 basis points above IORB to borrow cash.', 'sofr 4.38 day:2025-10-17 ; skip unit'],
    ],
  },
  // A spread named by its word after (or between) its two rates: "widening the spread to 32 basis points" once SOFR
  // and IORB are named; "the spread between SOFR and IORB at 0.12%" (percentage points, read as basis points). Loose.
  'spread.word': {
    words: ['spread', 'the spread', 'the gap'],
    examples: [
      ['On Friday, SOFR rose to 4.31% while IORB stayed at 4.15%, pushing the spread to 16 basis points.', 'sofr 4.31 day:2025-10-17 ; iorb 4.15 day:2025-10-17 ; sofr_iorb 16 day:2025-10-17'],
      ['On Friday the spread between SOFR and IORB was 0.16%.', 'sofr_iorb 16 day:2025-10-17'],
      ['SOFR traded 4 basis points above the effective fed funds rate last week, and the gap stood at 6 basis points on Friday.', 'sofr_effr 4 current ; sofr_effr 6 day:2025-10-17'],
      // Another rate among those named: whose spread is not said.
      ['SOFR sat between IORB and the ON RRP rate, with the spread at 10 basis points.', 'skip two'],
    ],
  },
  // An aside that opens with a determiner between commas right after the subject names no subject of its own.
  'subject.aside': {
    words: ['a', 'an', 'the', 'one of the', 'which', 'who'],
    examples: [['Bank reserves, a gauge the Federal Reserve watches as it shrinks its balance sheet, fell by $45 billion to $2.96 trillion on October 15.', 'skip change ; reserves 2960 day:2025-10-15']],
  },
  // Chinese words glossed in Latin letters (zh.ts); an English gloss ends its clause as before ("… (ON RRP) facility—the highest …").
  'gloss': { words: [], examples: [] },
  // English says it with a time of its own ("over the past three months" is a past span, periods.ts); not needed yet.
  'span.now': { words: [], examples: [] },
};
