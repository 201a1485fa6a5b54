/** The rule lessons by id: their page and the short name other lessons use when they link to them. */

export const rulePages = {
  stealth: { slug: "rules/stealth-marketing", name: "ステマ規制" },
  email: { slug: "rules/email-law", name: "特定電子メール法" },
  price: { slug: "rules/price-display", name: "価格表示(二重価格と「○%OFF」)" },
  reviews: { slug: "rules/reviews", name: "楽天市場のレビューのルール" },
  affiliate: { slug: "rules/affiliate", name: "楽天アフィリエイトと楽天ROOMのルール" },
  checklist: { slug: "rules/checklist", name: "この施策は大丈夫?" },
} as const;

export type RuleId = keyof typeof rulePages;

/** Site path of a rule page under the base ("/guide/" + slug + "/"). */
export function rulePath(id: RuleId): string {
  return `/${rulePages[id].slug}/`;
}
