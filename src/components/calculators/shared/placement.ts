/** Where a calculator island is shown, and what that changes (props shared by every calculator). */
export interface Placement {
  /** Read and write the page URL (tool and embed pages). Set false when embedded in a lesson. */
  urlSync?: boolean;
  /** The tool page's address (lessons, embed pages): copied links and the 「開く」 link open the full tool. */
  shareHref?: string;
  /** The embed page's address (tool pages): the 「埋め込みコード」 snippet frames it. */
  embedHref?: string;
  /** On an embed page: no site around it, a link to the full tool with the same parameters. */
  embedded?: boolean;
}

/** Heading level inside the island: h2 on tool and embed pages, h3 under a lesson's own h2. */
export const headingFor = (p: Placement): "h2" | "h3" => (p.urlSync === false ? "h3" : "h2");
