import { describe, expect, it } from "vitest";
import { prefixRootLinks } from "../../src/integrations/base-links";

describe("prefixRootLinks", () => {
  it("prefixes root-relative links once", () => {
    const html =
      '<a href="/learn/">a</a><a href="/guide/tools/">b</a><img src="/x.svg"><a href="//cdn/x">c</a>';
    expect(prefixRootLinks(html, "/guide/")).toBe(
      '<a href="/guide/learn/">a</a><a href="/guide/tools/">b</a><img src="/guide/x.svg"><a href="//cdn/x">c</a>',
    );
  });
  it("leaves everything alone at the root base", () => {
    expect(prefixRootLinks('<a href="/learn/">a</a>', "/")).toBe('<a href="/learn/">a</a>');
  });
  it("keeps links to the base itself and anchors", () => {
    expect(prefixRootLinks('<a href="/guide/">h</a><a href="#x">x</a>', "/guide/")).toBe(
      '<a href="/guide/">h</a><a href="#x">x</a>',
    );
  });
});
