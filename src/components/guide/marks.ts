/** What the two status marks say to a reader who hovers or uses a screen reader (one place for both texts). */

/** Shown with 非公式: the figure or rule comes from reports, not from the rule-maker's own page. */
export const REPORTED_WHY =
  "楽天や官公庁の公式ページでは確認できていない、実務家の解説・利用者の報告・報道にもとづく内容です";

/** Shown with 編集部の目安: the site's own recommendation, not a rule. */
export const EDITORIAL_WHY = "楽天のルールではなく、このサイト編集部がすすめる目安や進め方です";
