/** Every sentence the search UI shows (header box and /search/), and the official pages it points to. */
import type { AnswerKind } from "./answer.ts";
import type { OutOfScope } from "./intent.ts";

/** Longest part of a query quoted back to the reader; longer queries are cut with …. */
export const QUOTE_MAX = 30;

/** The query in 「」, cut to QUOTE_MAX characters (a 500-character paste stays readable). */
export function quoted(query: string): string {
  const chars = [...query.trim()];
  return `「${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : chars.join("")}」`;
}

/** A page outside this site, found with the search tool (see /work/notes/sources/official.json). */
export interface OfficialLink {
  title: string;
  publisher: string;
  url: string;
}

/** What the site says when a question asks for something it deliberately leaves out, and where to look instead. */
export const OUT_OF_SCOPE: Readonly<Record<OutOfScope, { text: string; link: OfficialLink }>> = {
  "sale-dates": {
    text: "楽天のセールやキャンペーンの日程は、楽天が正式に告知するまで公開できないため、このサイトでは載せていません(予想の日程も載せません)。日程は楽天市場の正式な告知で確かめてください。",
    link: {
      title: "未公開のキャンペーン日程や予想の公開についての案内(規約ガイドライン)",
      publisher: "楽天アフィリエイト事務局",
      url: "https://plaza.rakuten.co.jp/affiliatestaff/diary/?ctgy=7",
    },
  },
  "own-account": {
    text: "ひとつのアカウントの状態(停止や報酬の反映など)は、このサイトでは確かめられません。楽天の公式のヘルプから問い合わせてください。下の結果は、一般的な決まりと注意点です。",
    link: {
      title: "楽天アフィリエイト ガイドライン・ヘルプ",
      publisher: "楽天グループ株式会社",
      url: "https://affiliate.rakuten.co.jp/guides/help/?l-id=affiliate_PC_top_regular_a16",
    },
  },
};

/** Heading of the direct-answer box, by where the answer comes from. */
export const ANSWER_LABEL: Readonly<Record<AnswerKind, string>> = {
  faq: "よくある質問の答え",
  glossary: "用語集の説明",
  fact: "ガイドに書かれている数字",
};

/** Pages suggested when nothing matches (paths relative to the site's base). */
export const SUGGESTIONS: readonly { label: string; path: string }[] = [
  { label: "よくある質問", path: "faq/" },
  { label: "用語集", path: "glossary/" },
  { label: "学習ロードマップ", path: "learn/" },
  { label: "計算ツール", path: "tools/" },
];

export const MESSAGES = {
  searching: (q: string) => `${quoted(q)}を検索しています…`,
  results: (q: string, n: number) => `${quoted(q)}の検索結果: ${n}件`,
  noMatch: (q: string) => `${quoted(q)}に一致するページは見つかりませんでした。`,
  noMatchHelp: "言葉を短くするか、別の言い方でお試しください。次のページから探すこともできます。",
  reading: (typed: string, read: string) => `${quoted(typed)}を${quoted(read)}と読んで検索しました。`,
  answerLink: "この答えのページを開く",
  also: "同じページのほかの節",
  officialLink: "楽天の公式ページ",
  headerOptions: (n: number) => `${n}件の候補があります。上下キーで選べます。`,
  headerNone: "候補はありません。Enter で検索ページを開けます。",
} as const;
