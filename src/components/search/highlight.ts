/** Landing highlight: marks the words from ?hl= inside the section named by the #hash (or the article), then drops ?hl=. */

const HEADING = /^H[1-6]$/;

/** Text nodes from the target heading up to the next heading of the same or a higher level. */
function sectionTextNodes(root: Element, heading: Element | null): Text[] {
  const level = heading ? Number(heading.tagName.slice(1)) : 0;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let inside = !heading;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      if (n === heading) inside = true;
      else if (inside && heading && HEADING.test(n.tagName) && Number(n.tagName.slice(1)) <= level) break;
      continue;
    }
    const parent = n.parentElement;
    if (inside && n.nodeValue?.trim() && parent && !parent.closest("script, style, mark, [hidden]"))
      nodes.push(n as Text);
  }
  return nodes;
}

/** Wraps each occurrence of the words in the text node with <mark class="search-hl">. */
function markNode(node: Text, words: string[]): number {
  const text = node.nodeValue ?? "";
  const lower = text.normalize("NFKC").toLowerCase();
  if (lower.length !== text.length) return 0;
  const ranges: [number, number][] = [];
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length))
      ranges.push([at, at + w.length]);
  }
  if (!ranges.length) return 0;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const frag = document.createDocumentFragment();
  let pos = 0;
  let count = 0;
  for (const [s, e] of ranges) {
    if (s < pos) continue;
    frag.append(text.slice(pos, s));
    const mark = document.createElement("mark");
    mark.className = "search-hl";
    mark.textContent = text.slice(s, e);
    frag.append(mark);
    pos = e;
    count++;
  }
  frag.append(text.slice(pos));
  node.replaceWith(frag);
  return count;
}

/** Marks the ?hl= words in the landing section and returns how many were marked. */
export function highlightFromUrl(): number {
  const url = new URL(location.href);
  const words = (url.searchParams.get("hl") ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .slice(0, 20);
  if (!words.length) return 0;
  const root = document.querySelector(".sl-markdown-content") ?? document.querySelector("main");
  if (!root) return 0;
  const id = decodeURIComponent(url.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  const target = heading && root.contains(heading) ? heading : null;
  let count = 0;
  for (const node of sectionTextNodes(root, target)) count += markNode(node, words);
  if (target) target.scrollIntoView({ block: "start" });
  url.searchParams.delete("hl");
  history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  return count;
}
