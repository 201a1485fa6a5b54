/** The 「埋め込みコード」 snippet: an iframe of /embed/<tool>/ and a listener that sets its height from postMessage. */

/** Type of the message an embed page posts to its parent whenever its height changes: { type, height }. */
export const EMBED_HEIGHT_MESSAGE = "rakuten-room-crm-guide:embed-height";

/** What the snippet needs to know about one calculator's embed page. */
export interface EmbedSpec {
  /** Absolute URL of the embed page with the current parameters (called at render time). */
  url: () => string;
  /** The frame's title (its accessible name). */
  title: string;
  /** Starting height in px, kept when the page does not run the listener. */
  height: number;
}

/** The HTML to paste: the iframe, then a small script that resizes it from the embed page's height messages. */
export function embedSnippet(url: string, title: string, height: number): string {
  const origin = new URL(url).origin;
  const prefix = url.slice(0, url.indexOf("/embed/") + "/embed/".length);
  const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return [
    `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    "<script>",
    'addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== ${JSON.stringify(EMBED_HEIGHT_MESSAGE)}) return;`,
    `  document.querySelectorAll(${JSON.stringify(`iframe[src^="${prefix}"]`)}).forEach(function (f) {`,
    '    if (f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + "px";',
    "  });",
    "});",
    "</script>",
  ].join("\n");
}
