/**
 * Tells the page framing this embed page how tall it is, whenever that changes, so the <iframe> can fit its content:
 * window.parent.postMessage({ type: "rakuten-room-crm-guide:embed-height", height }, "*"). Only the height is sent.
 * The 「埋め込みコード」 snippet's script listens for it (shared/embed-snippet.ts).
 */

/** Type of the height message; the same string as EMBED_HEIGHT_MESSAGE in shared/embed-snippet.ts (a unit test checks). */
export const HEIGHT_MESSAGE = "rakuten-room-crm-guide:embed-height";

export function postHeight() {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
