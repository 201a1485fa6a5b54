/** What a question asks for (who, how much, when, where, how…), read from its question words in Japanese and English. */

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
  定義: /(?<![こあ])とは|って(?:何|なに|なん)(?!パーセント|ぱーせんと|割|わり|円|えん|回|かい|日|にち|件|人|個|ポイント|ぽいんと|ぼ)|意味|\bwhat (?:is|are) (?:a |an |the )?\w+\??$|\bmeaning\b/u,
  方法: /どうやって|やり方|手順|方法|仕方|\bhow to\b|\bhow (?:do|can|should) (?:i|we)\b/u,
};

/** Whether `name` is one of the kinds (a question concept named 時期 or 金額 is one). */
export const isQuestionKind = (name: string): boolean => Object.hasOwn(KINDS, name);

/** The kinds `text` (folded) asks for, in KINDS order. */
export function questionKinds(text: string): string[] {
  return Object.keys(KINDS).filter((k) => KINDS[k]?.test(text));
}

/** Whether two questions ask for different things: each names a kind and they share none. */
export function asksOtherKind(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((k) => b.includes(k));
}
