/**
 * Simplified text the claim reader matches outside the lexicon (terms the reader names, the examples'
 * indicator words): folded to as well, so scripts/hant-fold.ts covers their characters.
 */
export const EXTRA_HANS = '准备金储备银行逆回购规模财政部现金余额账户资产负债表总额联准会美联储亿万兆美元周星期一二三四五日上本这个月号年季度以来报说现时当从较过后为与机构参与者交易对手公布仅有只有两几个交易日上旬中旬下旬月末月底月初';
