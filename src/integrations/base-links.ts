/**
 * Prefixes the root-relative links that Markdown and MDX content writes ("/learn/") with the base path at compile time,
 * so content reads the same whatever SITE_BASE is. It works on the parsed tree (a satteri hast plugin, the processor
 * Astro and Starlight use), before any HTML exists, so each link is prefixed exactly once, even when the base equals a
 * content folder (SITE_BASE=/room/).
 */
import type { AstroIntegration } from "astro";
import type { Element } from "hast";
import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from "satteri";
import { isRootRelative, joinBase } from "../lib/base";

/** Attributes of HTML elements that hold a link. */
const LINK_ATTRIBUTES = ["href", "src", "action", "poster"];
/** Props of MDX components that hold a link: the HTML ones, and by convention any prop named `…Href` (shareHref). */
const isLinkProp = (name: string) => LINK_ATTRIBUTES.includes(name) || /^[a-z]\w*Href$/.test(name);

/** The hast plugin: puts `base` in front of every root-relative link of an element or an MDX JSX element. */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  const element = (node: Readonly<Element>, ctx: HastVisitorContext) => {
    for (const name of LINK_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === "string" && isRootRelative(value))
        ctx.setProperty(node, name, joinBase(base, value));
    }
  };
  const jsx = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) => {
    for (const attribute of node.attributes) {
      if (attribute.type !== "mdxJsxAttribute" || !isLinkProp(attribute.name)) continue;
      // Only literal strings: an expression ({withBase(…)}) is the component author's to prefix.
      if (typeof attribute.value === "string" && isRootRelative(attribute.value))
        ctx.setProperty(node, attribute.name, joinBase(base, attribute.value));
    }
  };
  return {
    name: "base-links",
    element: { filter: ["a", "area", "audio", "form", "img", "source", "video"], visit: element },
    mdxJsxFlowElement: { filter: [], visit: jsx },
    mdxJsxTextElement: { filter: [], visit: jsx },
  };
}

/**
 * Registers the plugin with the Markdown processor that Astro and the MDX integration share (as Starlight does its own),
 * first in line, so it sees only what authors wrote, not links other plugins add with the base already in them.
 */
export default function baseLinks(): AstroIntegration {
  return {
    name: "base-links",
    hooks: {
      "astro:config:setup": ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options?: { hastPlugins?: unknown[] };
        };
        if (processor.name !== "satteri" || !processor.options?.hastPlugins)
          throw new Error(`base-links: expected the satteri Markdown processor, got "${processor.name}"`);
        processor.options.hastPlugins.unshift(baseLinksPlugin(config.base));
      },
    },
  };
}
