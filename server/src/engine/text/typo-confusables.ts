/**
 * The `typo` rule's hand-made confusion data (docs/rules/typo.md). Homophones come from the
 * model file (a pinyin table over the corpus's frequent characters); what a pinyin table
 * cannot know is here, each list with its reason.
 */

/**
 * Look-alike characters (形近字): a slip of the eye or of a shape-based input method, not of
 * pronunciation, so the pinyin table does not pair them. Each group is one set of mutual
 * confusions; the language model decides which one a context wants.
 */
export const LOOKALIKE_GROUPS: readonly string[] = [
  '己已', '末未', '侯候', '拨拔', '设没', '治冶', '戍戌戊', '析折', '券卷', '幕暮慕墓募', '籍藉',
  '辨辩辫瓣', '崇祟', '徇询', '壁璧', '要耍', '茶荼', '坚竖', '晴睛', '拆折', '贷货', '历厉',
  '栽裁载', '徒徙', '措错', '练炼', '侍待', '汩汨', '赢羸', '洁沽', '浙淅', '杆秆', '嬴赢',
  '颁领', '账胀', '浇绕', '锻缎', '淡谈', '绩绪', '峻竣', '篷蓬', '诀决', '惯贯', '狠狼',
];

/**
 * Misspellings common enough to be listed in proofreading references (各类常见错别字表,
 * 《咬文嚼字》): flagged at a lower threshold, since the wrong form is known to occur. The
 * right form differs from the wrong one in one character.
 */
export const KNOWN_MISSPELLINGS: readonly (readonly [wrong: string, right: string])[] = [
  ['布署', '部署'], ['溶合', '融合'], ['截止目前', '截至目前'], ['截止今年', '截至今年'], ['一如即往', '一如既往'],
  ['再接再励', '再接再厉'], ['迫不急待', '迫不及待'], ['按步就班', '按部就班'], ['默守成规', '墨守成规'],
  ['针贬', '针砭'], ['必竟', '毕竟'], ['松驰', '松弛'], ['幅射', '辐射'], ['部份', '部分'], ['辐员', '幅员'],
  ['粗旷', '粗犷'], ['重迭', '重叠'], ['家俱', '家具'], ['脉博', '脉搏'], ['融汇贯通', '融会贯通'],
  ['国藉', '国籍'], ['峻工', '竣工'], ['震憾', '震撼'], ['气慨', '气概'], ['一股作气', '一鼓作气'],
  ['出奇不意', '出其不意'], ['声名雀起', '声名鹊起'], ['悍卫', '捍卫'], ['鼎立相助', '鼎力相助'],
  ['急待解决', '亟待解决'], ['不径而走', '不胫而走'], ['金榜提名', '金榜题名'], ['世外桃园', '世外桃源'],
  ['再所不惜', '在所不惜'], ['既往不究', '既往不咎'], ['宏扬', '弘扬'], ['砥励', '砥砺'], ['励行节约', '厉行节约'],
  ['防讯', '防汛'], ['讯期', '汛期'], ['毋容置疑', '毋庸置疑'], ['篷勃', '蓬勃'], ['惯彻', '贯彻'], ['竟争', '竞争'],
  ['坚苦奋斗', '艰苦奋斗'], ['谈笑风声', '谈笑风生'], ['精兵减政', '精兵简政'],
];

/**
 * Pairs that are not typos: both forms are in accepted use (现代汉语词典 gives both, or the
 * 《第一批异形词整理表》 lists them as variants), or the choice is grammar the corpus cannot
 * teach (的/地/得, 作/做; 或/和 — a choice of meaning, paired only by 和's rare reading huò, and
 * 8 of the 23 findings on the corpus before it was listed). Characters of one group are never
 * proposed for each other.
 */
export const ACCEPTED_CHAR_GROUPS: readonly string[] = ['作做', '的地得', '和或', '他它她', '账帐', '象像', '定订', '凸突', '那哪', '唯惟'];

/**
 * Words that have an accepted variant differing in one character: neither form is flagged.
 * 接合部 is the standard spelling (现代汉语词典 gives 城乡接合部) while most reports write
 * 结合部, which the model learned: neither is corrected.
 */
export const ACCEPTED_VARIANT_WORDS: readonly string[] = ['汇演', '会演', '汇合', '会合', '汇集', '会集', '计划', '计画', '启用', '起用', '品位', '品味', '详实', '翔实', '接合部', '结合部'];
