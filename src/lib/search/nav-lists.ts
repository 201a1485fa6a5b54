/**
 * Search index: a heading section whose only content is a list of links to other pages (「次に読むページ」) is
 * navigation, not an answer; it is kept out of the search index (data-pagefind-ignore). Hub pages are left whole.
 */
import type { Element, Root, RootContent } from "hast";

/** Text outside the links of a list item, beyond which the item is prose with a link rather than a pointer. */
export const MAX_TEXT_AROUND_LINK = 40;

/** An MDX JSX element as it appears in the tree (a component such as <MaybeLink> or a JSX <a>). */
interface JsxLike {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}
type Node = RootContent | JsxLike | Root;

const HEADING = /^h([2-6])$/;
const LINK_COMPONENTS = new Set(["a", "MaybeLink"]);

const isElement = (n: Node, ...names: string[]): n is Element =>
  n.type === "element" && (names.length === 0 || names.includes(n.tagName));
const isJsx = (n: Node): n is JsxLike => n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement";

/** The heading level of a node (2–6), or 0 when it is not a section heading. */
function headingLevel(n: Node): number {
  if (!isElement(n)) return 0;
  return Number(HEADING.exec(n.tagName)?.[1] ?? 0);
}

const childrenOf = (n: Node): Node[] => ("children" in n ? (n.children as Node[]) : []);

/** Whether a node is a link (a markdown link, a JSX <a> or a link component). */
function isLink(n: Node): boolean {
  return isElement(n, "a") || (isJsx(n) && LINK_COMPONENTS.has(n.name ?? ""));
}

/** Visible text of a node, skipping links. */
function textOutsideLinks(n: Node): string {
  if (isLink(n)) return "";
  if (n.type === "text") return n.value;
  return childrenOf(n).map(textOutsideLinks).join("");
}

const hasLink = (n: Node): boolean => isLink(n) || childrenOf(n).some(hasLink);

/** Whether a block is a list whose every item points to another page with little text around the link. */
export function isLinkList(n: Node): boolean {
  if (!isElement(n, "ul", "ol")) return false;
  const items = n.children.filter((c) => isElement(c, "li"));
  return (
    items.length > 0 &&
    items.every(
      (li) => hasLink(li) && textOutsideLinks(li).replace(/\s+/g, "").length <= MAX_TEXT_AROUND_LINK,
    )
  );
}

const blank = (n: Node) => n.type === "text" && !n.value.trim();

/** What Sätteri hands a hast plugin's hook: the document data (Astro puts the frontmatter there) and a setter. */
export interface HastHookContext {
  readonly data: { astro?: { frontmatter?: Record<string, unknown> } };
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** The nodes of every navigation link-list section (headings and lists), in document order (pure). */
export function navSectionNodes(tree: Readonly<Root>): Element[] {
  const out: Element[] = [];
  const kids = tree.children as readonly Node[];
  for (let i = 0; i < kids.length; i++) {
    const heading = kids[i];
    const level = heading ? headingLevel(heading) : 0;
    if (!heading || !level) continue;
    const body: Node[] = [];
    for (let j = i + 1; j < kids.length; j++) {
      const next = kids[j];
      if (!next) break;
      const l = headingLevel(next);
      if (l && l <= level) break;
      if (!blank(next)) body.push(next);
    }
    if (body.length === 0 || !body.every(isLinkList)) continue;
    for (const el of [heading, ...body]) if (isElement(el)) out.push(el);
  }
  return out;
}

/**
 * Sätteri hast plugin (markdown.processor in astro.config): puts data-pagefind-ignore on navigation link lists,
 * except on hub pages (frontmatter kind), whose links are their content.
 */
export const searchNavLists = {
  name: "search-nav-lists",
  before(root: Readonly<Root>, ctx: HastHookContext): void {
    if (ctx.data.astro?.frontmatter?.["kind"] === "hub") return;
    for (const node of navSectionNodes(root)) ctx.setProperty(node, "dataPagefindIgnore", "");
  },
};
