/**
 * Chinese: the words the claim reader reads a figure by (see types.ts). Written once, in Simplified script:
 * the reader folds Traditional text to it one character at a time (hant.ts), so 準備金降至 reads as 准备金降至.
 */
import type { Lexicon } from './types';

export const ZH: Lexicon = {
  'hedge.about.before': {
    words: ['约为', '大约', '约', '将近', '接近', '近', '仅剩', '只剩', '约达', '约有', '约合', '≈'],
    examples: [
      ['目前銀行準備金約 3.2 兆美元。', 'reserves 3200 about current'],
      // A dollar sign before the scale word is the figure's (amounts.ts): 約 stays right before it.
      ['目前銀行準備金約$3.1兆。', 'reserves 3100 about current'],
      ['逆回購餘額目前≈60億美元。', 'rrp 6 about current'],
      ['美國財政部現金餘額目前約為 8,120 億美元。', 'tga 812 about current'],
      ['目前準備金約達3兆美元,據信接近充足的水位。', 'reserves 3000 about current'],
    ],
  },
  'hedge.about.after': { words: ['左右', '上下'], examples: [['目前准备金在 2.8 万亿美元左右。', 'reserves 2800 about current']] },
  'hedge.more.before': { words: ['超过', '逾', '多于', '高于', '突破', '站上', '升破', '重返'], examples: [['逆回购使用量目前突破 1 兆美元。', 'rrp 1000 more current']] },
  'hedge.more.after': { words: ['以上', '之上', '多'], examples: [['目前准备金在 3 万亿美元以上。', 'reserves 3000 more current']] },
  'hedge.less.before': {
    words: ['不到', '不足', '跌破', '低于', '少于'],
    examples: [
      ['銀行準備金目前跌破 3 兆美元。', 'reserves 3000 less current'],
      ['銀行準備金目前低於$3兆。', 'reserves 3000 less current'],
      // 美银行系统 is the US banking system, not 美银 (Bank of America): see part.bank.
      ['美银行系统储备金目前跌破 3 万亿美元。', 'reserves 3000 less current'],
    ],
  },
  'hedge.less.after': { words: ['以下', '之下'], examples: [['准备金目前回落至 3 万亿美元之下。', 'reserves 3000 less current']] },
  // A figure right after these is the size of a move: 增加 460 億美元, 缩减了 278 亿美元.
  'change.before': {
    words: [
      '增加', '减少', '下降', '上升', '上涨', '下跌', '缩减', '缩水', '注入', '抽走', '抽出', '流出', '流入', '吸收', '扩大', '缩小', '增长', '新增', '购买', '买入',
      '减', '增', '降', '升', '跌', '涨', '狂增', '激增', '扩增', '扩表', '缩表', '大增', '大减', '骤降', '暴跌', '飙升', '攀升', '回落', '提供了', '借入了', '借了',
    ],
    examples: [
      ['上周銀行準備金增加 460 億美元。', 'skip change'],
      ['美联储资产负债表上周缩减了 278 亿美元。', 'skip change'],
      ['準備金上週減少了$1,200億。', 'skip change'],
      // A bound right after the verb of a move is the move's size: shrank by more than.
      ['逆回購使用量上週縮水逾 3,000 億美元。', 'skip change'],
      ['準備金本週增加超過 500 億美元。', 'skip change'],
      // …but a verb of crossing after it bounds the level: rose past.
      ['銀行準備金本週上升突破 3 兆美元。', 'reserves 3000 more current'],
    ],
  },
  'change.after': {
    words: ['增幅', '降幅', '跌幅', '涨幅', '增量', '减幅', '变化'],
    examples: [
      ['目前准备金的 460 亿美元增幅来自财政部。', 'skip change'],
      // …or before it, as the subject of a level verb: the size of a move, not a level.
      ['本周逆回购使用量的累计降幅达到逾 900 亿美元。', 'skip change'],
    ],
  },
  // After a move, the level it ended at: 降至, 升至, 增至, 缩至, 来到, 上升至.
  'level.to': {
    words: ['至', '到', '来到'],
    examples: [
      ['準備金目前降至 2.91 兆美元。', 'reserves 2910 current'],
      ['逆回購規模目前縮至 184 億美元。', 'rrp 18.4 current'],
      ['TGA 餘額目前增至 8,120 億美元。', 'tga 812 current'],
      // The move's size and the level it reached share the sentence's date.
      ['截至 10 月 15 日当周,银行准备金减少约 326 亿美元,至 2.89 万亿美元。', 'skip change ; reserves 2890 day:2025-10-15'],
    ],
  },
  'level.verb': {
    words: ['达到', '达', '为', '是', '报', '总计', '总额为', '高达', '仍高达', '录得', '共计', '规模为', '持平于', '处于', '停留在', '维持在', '仅剩', '只剩'],
    examples: [
      // A sentence that leaves its subject unsaid, after a time (截至本周) and "only … left": the subject of the
      // figure before it, carried along the sentences (其 → TGA).
      ['TGA 持續攀升。其餘額上週五為 8,500 億美元。但截至本週,只剩 7,900 億美元。', 'tga 850 day:2025-10-17 ; tga 790 about current'],
      // The sentence after a day's data, with no time of its own, is of that day.
      ['SOFR 10 月 16 日報 4.20%。IORB 為 4.15%,SOFR 與 IORB 的利差為 5 個基點。', 'sofr 4.2 day:2025-10-16 ; iorb 4.15 day:2025-10-16 ; sofr_iorb 5 day:2025-10-16'],
      ['美联储总资产目前高达 6.6 万亿美元。', 'fed_assets 6600 current'],
      ['聯準會資產總額目前為 7 兆 3,215 億美元。', 'fed_assets 7321.5 current'],
      // Chinese digits around a ‧ point (amounts.ts).
      ['美聯儲總資產目前為六‧六兆美元。', 'fed_assets 6600 current'],
    ],
  },
  'from': {
    words: ['从'],
    // 由 before a time or a figure (由 2021 年 12 月的 …); not 由于, 由美联储 ("by").
    patterns: ['由(?=\\s*(?:(?:19|20)\\d\\d|今年|去年|\\d))'],
    examples: [
      ['逆回购使用量从12月30日创纪录的2.554万亿美元降至目前的9930亿美元。', 'rrp 2554 day:2024-12-30 ; rrp 993 current'],
      // A year's end is its December (2022年底), and its peak word is the from-figure's, not the level reached.
      ['逆回購餘額從2022年底的2.5兆美元高峰一路縮減,已降至約 200 億美元。', 'rrp 2500 month:2022-12 ; rrp 20 about current'],
      // The level a move from a dated figure reached, with no time of its own, is not of that figure's time.
      ['準備金由 2021 年 12 月的 4.2 兆美元一路降至 3 兆美元。', 'reserves 4200 month:2021-12 ; skip from'],
      // The time a sentence opens with dates the level a move reached, past the move's earlier level in its clause.
      ['截至 10 月 15 日,TGA 餘額為 8,000 億美元,準備金從 3.2 兆美元降至 2.9 兆美元。', 'tga 800 day:2025-10-15 ; skip from ; reserves 2900 day:2025-10-15'],
      // A span of years back from now may end at a peak long past: no today's level (span.now is months, weeks, days).
      ['過去十年來,資產負債表從 4 兆美元增至 9 兆美元。', 'skip from ; skip from'],
    ],
  },
  'compare': {
    words: ['较', '相比', '相较', '对比', '比前一', '比上周', '比上月', '比去年'],
    examples: [
      ['目前資產負債表規模為 6.6 兆美元,較 2022 年 4 月的近 9 兆美元大幅縮減。', 'fed_assets 6600 current ; fed_assets 9000 about month:2022-04'],
      // A sentence that opens with a dated figure to compare with (与 … 相比): the indicator named after it, else before.
      ['逆回購使用量週二降至 2,900 億美元。與 2022 年 12 月 30 日創紀錄的 2.55 兆美元相比,目前的使用量已大幅縮水。', 'rrp 290 day:2025-10-14 ; rrp 2550 day:2022-12-30'],
    ],
  },
  'forecast': {
    words: [
      '被视为', '视为', '认为', '会', '将', '可能', '预计', '预期', '预测', '预估', '预料', '展望', '计划', '计画', '打算', '希望', '明年', '下周', '下个月', '年底前', '年内',
      '估计', '估算', '应该', '应', '需要', '需', '必须', '目标', '门槛', '理想', '上限', '下限', '或许', '恐怕', '可望', '有望', '如果', '假如', '假设', '即使', '倘若', '若', '要是',
      '为了', '使其', '回到', '恢复', '上调至', '下调至', '或', '可降至', '可升至', '可达到', '可达', '或将', '届时',
      // 料 before a verb: "is expected to" (not 资料, 材料).
      '料将', '料会', '料略', '料仍', '料可', '料达', '料降', '料升', '料维持', '料持续',
    ],
    examples: [
      ['官員曾表示準備金可能降到 2.8 兆左右美元。', 'skip forecast'],
      // A modal word before 回到 keeps it a forecast, even after 目前 (forecast.noise: a return said as done).
      ['目前準備金可能回到 3 兆美元。', 'skip forecast'],
      ['預計年底準備金將降至 2.8 兆美元。', 'skip forecast'],
      ['逆回购规模有望降至 1000 亿美元。', 'skip forecast'],
      ['策略師表示,逆回購使用量料略低於 2,000 億美元。', 'skip forecast'],
      // A forecast word ending the clause before is not the figure's, unless it is a verb of estimating
      // (forecast.governs): a limit (上限) there is a noun, and the day's take-up is read.
      ['SOFR 屢次上穿上限,10 月 17 日逆回購使用量為 50 億美元。', 'rrp 5 day:2025-10-17'],
      // A headline's clauses are set apart by spaces: the next one's plan is not the figure's.
      ['資產負債表升至 7.1 兆美元 聯準會下週將放慢購債', 'fed_assets 7100 current'],
      // A day something will happen on dates no later sentence.
      ['聯準會宣布將於 12 月 1 日結束縮表。資產負債表規模降至 6.6 兆美元。', 'fed_assets 6600 current'],
    ],
  },
  // Words that hold a forecast character without meaning it (联准会 is the Fed, not "will").
  'forecast.noise': {
    words: [
      '联准会', '联储会', '委员会', '理事会', '议会', '国会', '协会', '大会', '社会', '机会', '会议', '学会', '年会', '例会', '开会', '会后', '会上', '会中', '应对', '回应',
      '反应', '供应', '适应', '效应', '相应', '需求', '若干', '或者', '已将', '已经将', '并将其', '将其', '对应', '相对应',
    ],
    // A programme's name (QT計畫, 縮表計畫, 購債計劃): the programme, not "plans to". A return said as done, now
    // or already (目前資產規模回到, 已回到), with no modal word between: the level today, not "would return to".
    patterns: [
      '(?:QT|QE|RMP|缩表|购债|紧缩|宽松)\\s*[」”")）]?\\s*计[划画]',
      '(?:目前|如今|现已|已经|已)(?:(?!可能|将|会|或|预|料|望|应|需|若|如果|要)[\\u4e00-\\u9fff]){0,6}?(?:回到|恢复)',
    ],
    examples: [
      ['聯準會目前的資產規模為 6.6 兆美元。', 'fed_assets 6600 current'],
      // 已將 is "has brought", not "will".
      ['量化緊縮已將美聯儲資產負債表壓縮到 6.73 萬億美元(截至 2025 年 4 月 16 日)。', 'fed_assets 6730 day:2025-04-16'],
      ['目前,縮表計畫已使資產負債表規模降至 6.6 兆美元。', 'fed_assets 6600 current'],
      ['目前資產負債表規模已回到 6.7 兆美元。', 'fed_assets 6700 current'],
      ['銀行準備金目前回到約 3 兆美元。', 'reserves 3000 about current'],
    ],
  },
  // A verb of estimating or expecting that ends a clause governs the clause after it, as a colon would: the
  // figure there is the estimate, not the data (even with a month said: the month the estimate was made in).
  'forecast.governs': {
    words: ['估算', '估计', '预计', '预期', '预测', '预估', '预料', '推算', '测算'],
    examples: [
      ['一位理事在 7 月估算,最低準備金水平約為 2.7 兆美元。', 'skip forecast'],
      // …but a now in the figure's own clause keeps it today's level, what was expected aside.
      ['分析師預計,目前準備金約 3 兆美元。', 'reserves 3000 about current'],
    ],
  },
  'reported': {
    words: ['表示', '称', '指出', '警告', '认为', '透露', '说'],
    examples: [['分析師表示,目前準備金約 3 兆美元。', 'reserves 3000 about current reported']],
  },
  'average': { words: ['平均', '均值', '日均', '周均', '月均', '均'], examples: [['逆回购上月日均 2,200 亿美元。', 'skip average']] },
  'rate.before': { words: ['每月', '每年', '每周', '每天', '每日', '每个月'], examples: [['美联储每月减持 250 亿美元国债。', 'skip rate']] },
  'rate.after': { words: ['/月', '/年', '每月', '每年', '每 月', '每月的'], examples: [['缩表速度目前为 600 亿美元/月。', 'skip rate']] },
  'part.bank': {
    // 美银 is Bank of America; 美银行 (美国银行系统 shortened) is the US banking system.
    patterns: ['美银(?!行)'],
    words: [
      '摩根大通', '小摩', '花旗', '富国银行', '高盛', '摩根士丹利', '大摩', '纽约梅隆', '道富', '汇丰', '大型银行', '大银行', '外资银行', '外国银行', '区域银行', '地区银行',
      '中小银行', '部分银行', '个别银行', '本土银行', '瑞士银行', '欧洲央行',
    ],
    examples: [
      ['摩根大通目前的準備金約 4,000 億美元。', 'skip part'],
      ['美銀目前的準備金約 5,000 億美元。', 'skip part'],
      // A bank named as the speaker (part.source) of what it says of its own (其) is still the owner.
      ['摩根大通表示,其準備金目前約為 4,000 億美元。', 'skip part'],
    ],
  },
  'part.source': {
    words: [],
    // A bank's analysts, or a bank named right before a verb of saying (摩根士丹利表示, 高盛指出): the speaker of
    // what follows, not the owner of its reserves. What it says is reported speech (never a ✗).
    patterns: ['[\\u4e00-\\u9fff]{0,6}(?:策略师|分析师|经济学家|研究员)', '[\\u4e00-\\u9fff]{2,6}(?=\\s*(?:表示|指出|警告|透露|认为)\\s*[,，:：](?!\\s*(?:其|它|该行|该银行)))'],
    examples: [
      ['摩根大通策略师预计银行准备金将降至 2.9 万亿美元。', 'skip forecast'],
      ['摩根士丹利表示,銀行準備金目前約為 3 兆美元。', 'reserves 3000 about current reported'],
    ],
  },
  'count.whole': {
    words: [],
    patterns: ['\\d+\\s*家(?:机构|金融机构|交易对手)'],
    examples: [['周四共有 14 家机构在美联储隔夜逆回购工具存入 288 亿美元。', 'rrp 28.8 day:2025-10-16']],
  },
  'part.before': { words: ['其中', '包括', '包含', '另外还有'], examples: [['資產負債表目前為 6.6 兆美元,其中 4.2 兆美元是美債。', 'fed_assets 6600 current ; skip part']] },
  'part.after': {
    words: ['的国债', '的美国国债', '的公债', '的美债', '的国库券', '的短债', '的长债', '的MBS', '的抵押贷款', '的房贷', '的证券', '的债券', '的黄金', '国债', '美债', '的信贷', '的流动性', '流动性', '的紧急贷款', '的债务上限', '债务上限', '的紧急贷款计划'],
    examples: [['聯準會資產負債表目前為 6.6 兆美元,持有 4.2 兆美元的美債。', 'fed_assets 6600 current ; skip part']],
  },
  'part.rrp': { words: ['负债端', '负债方', '逆回购账户', '逆回购协议总额', '外国官方'], examples: [['从负债端来看,逆回购账户规模目前为2.571万亿美元。', 'skip part']] },
  'derived.rate': {
    words: ['期货', '掉期', '交换', '远期', '隐含', '百分位', '定期', '复利', '指数', '平均'],
    examples: [
      ['SOFR 期貨目前隱含 3.2% 的利率。', 'skip unchecked'],
      // A rate in brackets right after its own term is that rate's; the derived words before it are another rate's.
      ['SOFR 期貨隱含 4.10% 的利率,高於 IORB(3.90%)。', 'skip unchecked ; iorb 3.9 current'],
      // …but a derived word in its own term's clause still derives it.
      ['目前平均SOFR(4.10%)。', 'skip unchecked'],
    ],
  },
  'another.time': {
    words: ['曾经', '曾', '一度', '此前曾', '先前', '之前', '以前', '早前', '以往', '昔日', '往年', '当年', '年初', '年中', '期间', '停摆期间', '疫情前', '爆发后', '之后', '以后', '过后', '后来'],
    // 年底, 年末 alone; with its year it is that year's December ("2022年底的2.5万亿美元高峰"), and so is last
    // year's (去年年底, 去年底: periods.ts; the example is under present).
    patterns: ['(?<![目当])前', '(?<!(?:19|20)\\d\\d\\s*)(?<!去年?\\s*)年[底末]'],
    examples: [
      ['疫情前準備金約為 1.5 兆美元。', 'skip period'],
      ['停擺期間 TGA 一度達到 1 兆美元。', 'skip period'],
      ['金融危機爆發後,聯準會將其資產負債表膨脹至超過 4.5 兆美元。', 'skip period'],
      ['年底逆回购使用量达到 2.5 万亿美元。', 'skip period'],
      // A colon after a figure ends its clause (a key point and its gloss): another time after it is not its own.
      ['逆回購餘額約 50 億美元:曾經超過 2 兆美元。', 'rrp 5 about current ; skip period'],
    ],
  },
  'extreme': {
    words: ['高峰', '峰值', '最高', '最低', '高点', '低点', '新高', '新低', '纪录', '记录'],
    examples: [['逆回购的峰值为 2.5 万亿美元。', 'skip period']],
  },
  'extreme.now': {
    words: ['创新高', '创新低', '创下新高', '创下新低', '再创新高', '续创', '再创', '刷新'],
    // A headline's record since a date, with no comma before it (創2021年4月來新低): today's level is the record.
    patterns: ['创下?\\s*(?:19|20)\\d\\d\\s*年[^,，。；;]{0,8}?来\\s*(?:最|新)[高低]'],
    examples: [
      ['TGA 餘額目前升至 9,060 億美元,創新高。', 'tga 906 current'],
      ['聯準會逆回購使用量跌破1,000億美元創2021年4月來新低', 'rrp 100 less current'],
    ],
  },
  'anaphor': {
    words: ['其', '它', '这比', '该利率'],
    examples: [
      ['逆回購工具大幅萎縮。其規模目前為 50 億美元。', 'rrp 5 current'],
      // Basis points over IORB said of a pronoun for SOFR: the spread, on that SOFR's day.
      ['10 月 17 日 SOFR 報 4.24%(之前一天報 4.13%)。這比準備金餘額利率(IORB)高出 9 個基點。', 'sofr 4.24 day:2025-10-17 ; sofr 4.13 day:2025-10-16 ; sofr_iorb 9 day:2025-10-17'],
      // …but not when the rate named last is another one.
      ['三方回購利率(TGCR)目前為 4.30%。這比準備金餘額利率(IORB)低 10 個基點。', 'tgcr 4.3 current ; skip unit'],
    ],
  },
  // Chinese repeats the noun or says 其 (anaphor).
  'anaphor.plural': { words: [], examples: [] },
  // "This ratio" (这一比例): a percentage of the ratio said before it, reserves over GDP when reserves and then GDP
  // are the terms named last (准备金…GDP的10%); carried, so never a ✗. Any other ratio before it: no subject.
  'anaphor.ratio': {
    words: ['这一比例', '该比例', '此比例', '这个比例', '这一比率', '该比率', '此比率'],
    examples: [
      ['準備金規模曾被要求不低於 GDP 的 10%,目前這一比例已降至 9.7%。', 'skip two ; reserves_gdp 9.7 current'],
      ['逆回購使用量與準備金合計約 3 兆美元,該比例目前為 9.7%。', 'skip two ; skip none'],
    ],
  },
  'real.gdp': { words: ['实质', '实际'], examples: [['美國 2025 年第二季實質 GDP 為 23.7 兆美元。', 'skip unchecked']] },
  'peak.word': { words: ['高峰', '峰值', '最高', '高点'], examples: [['逆回購相比高峰目前縮水了 99% 以上。', 'rrp_drawdown 99 more current']] },
  'decline.word': { words: ['缩水', '下降', '减少', '下跌', '萎缩', '降', '跌'], examples: [['逆回购目前较峰值下降 98%。', 'rrp_drawdown 98 current']] },
  // English sentence structure: a present word leading a figure, a predicate joined on, a comparison with a bound.
  'present.lead': { words: [], examples: [] },
  'forecast.apart': { words: [], examples: [] },
  'forecast.compared': { words: [], examples: [] },
  'present': {
    words: ['目前', '如今', '现在', '当前', '现时', '本周', '上周', '这周', '截至上周', '截至本周', '目前的'],
    examples: [
      ['如今準備金為 3.1 兆美元。', 'reserves 3100 current'],
      // Last year's end (去年年底) is last year's December, not another time; the now after it is today.
      ['銀行準備金在去年年底約為 3.3 兆美元,目前約為 3 兆美元。', 'reserves 3300 about month:2024-12 ; reserves 3000 about current'],
      // The figure first, named by the clause after it: "這是…的最新數字".
      ['2.93萬億美元,這是目前美聯儲準備金餘額的最新數字。', 'reserves 2930 current'],
    ],
  },
  // Not read in Chinese yet.
  'present.turn': { words: [], examples: [] },
  'present.verb': { words: ['仍高达', '仍为', '仍处于', '维持在'], examples: [['2019 年資產負債表約 3.8 兆美元。美聯儲總資產仍高達 6.6 兆美元。', 'skip period ; fed_assets 6600 current']] },
  // Not read in Chinese yet (同日, 当天 say it).
  'same.day': { words: [], examples: [] },
  'same.period': { words: [], examples: [] },
  'previous.day': {
    words: ['此前一天', '之前一天', '前一天', '前一日', '前一交易日', '前一个交易日', '上一交易日', '前日'],
    examples: [
      ['逆回購使用量週五降至 1,200 億美元,前一天為 1,350 億美元。', 'rrp 120 day:2025-10-17 ; rrp 135 day:2025-10-16'],
      // No day named before it: the day before the one the move reached.
      ['SOFR自上一交易日的4.42%上漲至10月17日的4.51%。', 'sofr 4.42 day:2025-10-16 ; sofr 4.51 day:2025-10-17'],
      // In brackets after a figure, with a figure of its own: that figure's day, and its subject.
      ['10 月 17 日 SOFR 報 4.24%(之前一天報 4.13%)。', 'sofr 4.24 day:2025-10-17 ; sofr 4.13 day:2025-10-16'],
    ],
  },
  'previous.week': { words: ['前一周', '一周前', '上一周的'], examples: [['截至10月15日準備金降至 2.957 兆美元,前一週為 3.062 兆美元。', 'reserves 2957 day:2025-10-15 ; reserves 3062 day:2025-10-08']] },
  'subject.generic': {
    // "This figure" (该数字): the amount of the indicator named before.
    words: ['使用量', '用量', '规模', '余额', '该工具', '这一工具', '该机制', '存量', '这标志着', '该数字', '这一数字', '这个数字'],
    // An operation's report: so many counterparties took part, and the total.
    patterns: ['\\d+\\s*(?:家|位|个)\\s*(?:机构|参与者|交易对手)'],
    examples: [
      ['周四共有97位参与者的使用量总计9930亿美元。', 'headline rrp: rrp 993 day:2025-10-16'],
      ['當天共有 17 家機構參與，合計投入 210.7 億美元。', 'headline rrp: rrp 21.07 current'],
      ['銀行準備金持續下滑。截至 10 月 15 日當週,這一數字為 2.95 兆美元。', 'reserves 2950 day:2025-10-15'],
    ],
  },
  // English head nouns said again ("the account"); Chinese names its subject or uses 其 (anaphor).
  'head.tga': { words: [], examples: [] },
  'head.fed_assets': { words: [], examples: [] },
  // English only for now (claims.ts premodified reads "its $8.5 trillion balance sheet").
  'premod.fed_assets': { words: [], examples: [] },
  'head.rrp': { words: [], examples: [] },
  // Chinese says 该利率 (anaphor).
  'head.rate': { words: [], examples: [] },
  'rate.other': { words: [], examples: [] },
  // English only for now (claims.ts pointed).
  'subject.pointed': { words: [], examples: [] },
  'subject.there': { words: [], examples: [] },
  'owner.tga': { words: [], examples: [] },
  // Chinese names the Treasury's cash by a term of its own (财政部现金, needing the U.S. named).
  'owner.subject.tga': { words: [], examples: [] },
  // 储备 alone is any reserves (外汇储备, gold); the U.S. banking system's are bank reserves. Read by the worker, not
  // sent by the content script as a term (its words would cost the content script's size).
  'name.reserves': {
    words: [],
    patterns: ['(?:美国|美)银行(?:[体體]系|系统)的?储备(?!金)'],
    examples: [
      ['美國銀行體系的儲備目前約為 2.9 兆美元。', 'reserves 2900 about current'],
      ['美国银行系统储备上周降至 2.85 万亿美元,为五年来最低。', 'reserves 2850 current'],
    ],
  },
  'owner.fed_assets': { words: [], examples: [] },
  'vague.span': {
    // The day after one said (第二天, 次日): its date is not said, so no day is read for it.
    words: ['未来几个月', '接下来几个月', '随后几个月', '多年来', '第二天', '次日', '翌日', '隔天'],
    // "On only one trading day": some day, not said which.
    patterns: ['(?:仅有|只有|仅|只)\\s*(?:一|两|几|\\d+)\\s*个?\\s*(?:交易日|天)'],
    examples: [
      ['准备金在随后几个月升至 3.2 万亿美元。', 'skip period'],
      ['RRP餘額本月來持續下降，僅有一個交易日超過1,000億美元。', 'skip period'],
      ['10 月 15 日逆回購使用量為 50 億美元;次日升至 60 億美元。', 'rrp 5 day:2025-10-15 ; skip period'],
    ],
  },
  // None found in Chinese text yet.
  'gap.after': { words: [], examples: [] },
  'rate.paid': { words: [], examples: [] },
  'spread.word': { words: [], examples: [] },
  'subject.aside': { words: [], examples: [] },
  // A span of months, weeks or days back from now (在過去三個月內, 近兩週來): a move from an earlier level over it
  // ends at today's level. Not years: "過去十年來從 4 兆增至 9 兆" may end at a peak long past.
  'span.now': {
    words: [],
    patterns: ['(?:在\\s*)?(?:过去|近)\\s*[一二两三四五六七八九十几数\\d]+\\s*(?:个)?\\s*(?:月|周|星期|天)\\s*(?:内|来|以来|里)'],
    examples: [
      ['在過去兩個月內,TGA 餘額從 5,000 億美元增至 9,000 億美元。', 'skip from ; tga 900 current'],
      ['近三個月來,逆回購使用量從 2,000 億美元降至 300 億美元。', 'skip from ; rrp 30 current'],
    ],
  },
  // A Latin name in brackets right after the Chinese words it glosses (準備金餘額利率(IORB)): part of their clause,
  // so the words around it stay one clause.
  'gloss': {
    words: [],
    patterns: ["(?<=[\\u4e00-\\u9fff]\\s*)[(](?=[^()]{1,40}[)])\\s*[A-Za-z][A-Za-z&.'\\s-]*[A-Za-z.]\\s*[)]"],
    examples: [
      ['SOFR與準備金餘額利率(IORB)的利差目前為 8 個基點。', 'sofr_iorb 8 current'],
      ['擔保隔夜融資利率(SOFR)與準備金餘額利率(IOR)的利差目前擴大至 12 個基點。', 'sofr_iorb 12 current'],
    ],
  },
};
