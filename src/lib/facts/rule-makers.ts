/** Which web pages belong to a rule-maker: Rakuten's own rule, help and guideline pages, and go.jp for laws. */

/** A Rakuten host and the path prefixes on it that hold rules, help or guidelines (not shops, news or campaigns). */
interface RuleMakerSite {
  host: string;
  paths: readonly string[];
  /** Who makes the rules published there (for the source list and the report). */
  owner: string;
}

/**
 * Rakuten pages that state rules. A page on www.rakuten.co.jp/<shop>/ is a shop's page and never a rule, so
 * rakuten.co.jp itself is not on the list; only hosts and paths a search returned as rule pages are.
 */
export const rakutenRuleSites: readonly RuleMakerSite[] = [
  {
    host: "affiliate.rakuten.co.jp",
    paths: ["/guides/", "/guideline/"],
    owner: "楽天アフィリエイト(ガイドライン)",
  },
  { host: "affiliate.faq.rakuten.net", paths: ["/"], owner: "楽天アフィリエイト(ヘルプ)" },
  { host: "plaza.rakuten.co.jp", paths: ["/affiliatestaff/"], owner: "楽天アフィリエイト事務局" },
  { host: "navi-manual.faq.rakuten.net", paths: ["/"], owner: "楽天市場 店舗運営Navi" },
];

/** True for a national-government host (…go.jp), the rule-maker for laws. */
function isGoJp(host: string): boolean {
  return host === "go.jp" || host.endsWith(".go.jp");
}

/** True when `url` is an https page of a rule-maker: one of the Rakuten rule sites above, or a go.jp page. */
export function isRuleMakerUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== "https:") return false;
  if (isGoJp(u.hostname)) return true;
  return rakutenRuleSites.some((s) => s.host === u.hostname && s.paths.some((p) => u.pathname.startsWith(p)));
}
