/** The labels of the buttons under every calculator: one place for the buttons and for the pages that explain them. */
export const ACTION_LABELS = {
  link: "この条件のリンクをコピー",
  text: "結果をテキストでコピー",
  embed: "埋め込みコード",
  embedCopy: "埋め込みコードをコピー",
  reset: "入力をリセット",
} as const;
