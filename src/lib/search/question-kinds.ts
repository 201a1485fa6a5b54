/**
 * What a question asks for (who, how much, when, where, how…), read from its question words in Japanese and English,
 * and which side of a payment it asks about (what the introducer earns, what the shop pays).
 */

/**
 * The kinds a question can ask, by its question words (folded text: lower case). A question that names none asks none.
 * 誰 ("who pays the rank bonus") and 金額 ("how much does a shop pay") share their other words (shop, pay, rakuten), and
 * each is answered by a different section. 2026-12-07 (78 folds): 場所 and 違い gave cross-validation 12,056 → 12,058/12,480,
 * 可否 and 定義 12,058 → 12,064 (none lost).
 */
const KINDS: Readonly<Record<string, RegExp>> = {
  誰: /誰|だれ|どっちが払|どちらが払|\bwho\b|\bwhose\b/u,
  金額: /いくら|なんぼ|何円|金額|費用|料金|how much|\bcosts?\b|\bfees?\b/u,
  // English "when" asks a time only as a question word ("when should I send"), not as "when an item sells".
  時期: /いつ(?!まで)|タイミング|何日後|(?:^|[?.!]\s*)when\b|\bwhen (?:do|does|did|is|are|should|will|can|to)\b|\btiming\b/u,
  期間: /何日間|いつまで|何週間|何か月|何ヶ月|how long/u,
  回数: /何回|いくつ|何件|何個|何人|how many/u,
  理由: /なぜ|なんで|どうして|\bwhy\b/u,
  場所: /どこ|\bwhere\b/u,
  違い: /違い|違う|ちがい|ちがう|どっち|どちら|\bdifferen|\bvs\b|\bcompare/u,
  可否: /てもいい|てもよい|ても大丈夫|ていい[?？]?$|だめ|ダメ|あかん|アウト|違反|\bok\b|\ballowed\b|\bcan (?:i|we)\b|\bis it ok/u,
  定義: /(?<![こあ])とは|って(?:何|なに|なん)(?!パーセント|ぱーせんと|割|わり|円|えん|回|かい|日|にち|件|人|個|ポイント|ぽいんと|ぼ)|意味|定義|\bwhat (?:is|are) (?:a |an |the )?\w+\??$|\bmeaning\b/u,
  方法: /どうやって|やり方|手順|方法|仕方|\bhow to\b|\bhow (?:do|can|should) (?:i|we)\b/u,
};

/**
 * The side of a payment a question asks about, by its verbs: what someone earns or receives (紹介した人にいくら入る,
 * how much does a user earn) or what someone pays (店はいくら払う). Both ask 金額 and share their other words; the
 * reward lesson answers the one, the shop's costs the other. 2026-12-07 (80 folds): cross-validation
 * 12,377 → 12,381/12,800 (4 fixed, none lost); tuning 1,088 and the gated set 124 unchanged.
 */
const SIDES: Readonly<Record<string, RegExp>> = {
  受取: /もらえ|もらう|貰|入る|入り|はいる|稼|受け取|受取|\bearns?\b|\breceives?\b|\bgets?\b/u,
  支払: /払|取られ|とられ|負担|出費|手数料|\bpays?\b|\bpaid\b|\bcharged?\b|\bcosts?\b/u,
};

/** The facets of what a question asks: each names at most a few of its values. */
const FACETS: readonly Readonly<Record<string, RegExp>>[] = [KINDS, SIDES];

/** Whether `name` is one of the kinds (a question concept named 時期 or 金額 is one). */
export const isQuestionKind = (name: string): boolean => Object.hasOwn(KINDS, name);

/** The kinds and sides `text` (folded) asks for, in KINDS then SIDES order. */
export function questionKinds(text: string): string[] {
  return FACETS.flatMap((facet) => Object.keys(facet).filter((k) => facet[k]?.test(text)));
}

/** Whether two questions ask for different things: in one facet (kind or side), each names a value and they share none. */
export function asksOtherKind(a: readonly string[], b: readonly string[]): boolean {
  return FACETS.some((facet) => {
    const inA = a.filter((k) => Object.hasOwn(facet, k));
    const inB = b.filter((k) => Object.hasOwn(facet, k));
    return inA.length > 0 && inB.length > 0 && !inA.some((k) => inB.includes(k));
  });
}
