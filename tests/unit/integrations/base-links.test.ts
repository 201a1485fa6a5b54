import { markdownToHtml, mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { baseLinksPlugin } from "../../../src/integrations/base-links";
import { joinBase } from "../../../src/lib/base";

const html = async (md: string, base: string) =>
  (await markdownToHtml(md, { hastPlugins: [baseLinksPlugin(base)] })).html;
const mdx = async (src: string, base: string) =>
  (await mdxToJs(src, { hastPlugins: [baseLinksPlugin(base)] })).code;

describe("joinBase", () => {
  it("puts the base in front of root-relative paths only", () => {
    expect(joinBase("/guide/", "/learn/")).toBe("/guide/learn/");
    expect(joinBase("/guide", "/glossary/#r-sns")).toBe("/guide/glossary/#r-sns");
    expect(joinBase("/", "/learn/")).toBe("/learn/");
    expect(joinBase("/guide/", "/")).toBe("/guide/");
    for (const other of ["../x/", "x/", "#id", "//cdn.example/x", "https://example.com/", "mailto:a@b"])
      expect(joinBase("/guide/", other)).toBe(other);
  });
});

describe("base-links plugin", () => {
  it("prefixes Markdown links and images once, even when the base equals a content folder", async () => {
    const out = await html(
      "[a](/room/rewards/) [b](/learn/) ![i](/og-image.png) [c](../x/) [d](#h) [e](https://x.jp/)",
      "/room/",
    );
    expect(out).toContain('href="/room/room/rewards/"');
    expect(out).toContain('href="/room/learn/"');
    expect(out).toContain('src="/room/og-image.png"');
    expect(out).toContain('href="../x/"');
    expect(out).toContain('href="#h"');
    expect(out).toContain('href="https://x.jp/"');
  });

  it("leaves links alone at the root base", async () => {
    expect(await html("[a](/learn/)", "/")).toContain('href="/learn/"');
  });

  it("prefixes literal link props of MDX elements and components (href, action, …Href), not expressions", async () => {
    const code = await mdx(
      [
        '<LinkCard title="t" href="/learn/" />',
        "",
        '<form action="/search/" method="get"><input name="q" /></form>',
        "",
        '<Calc shareHref="/tools/reward/" label="/not-a-link/" />',
        "",
        "<Calc shareHref={other} />",
        "",
        'Text with <a href="/faq/">a link</a>.',
      ].join("\n"),
      "/guide/",
    );
    for (const link of ["/guide/learn/", "/guide/search/", "/guide/tools/reward/", "/guide/faq/"])
      expect(code).toContain(`"${link}"`);
    expect(code).toContain('"/not-a-link/"');
    expect(code).toMatch(/shareHref: other/);
  });
});
