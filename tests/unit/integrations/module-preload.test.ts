import { describe, expect, it } from "vitest";
import {
  addModulePreloads,
  importClosure,
  pageModuleScripts,
  staticImports,
} from "../../../src/integrations/module-preload";

describe("module preload hints", () => {
  it("finds static imports and re-exports, not dynamic import()", () => {
    const code = `import{n as e,t}from"./react.js";import"./side.js";export{a}from"./b.js";const x=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(["./react.js", "./side.js", "./b.js"]);
  });

  it("lists only the page's own module scripts with a src", () => {
    const html = `<script type="module" src="/_astro/page.js"></script><script>inline()</script><script src="/classic.js"></script><astro-island component-url="/_astro/Island.js"></astro-island><script type="module" src="/_astro/search.js"></script>`;
    expect(pageModuleScripts(html)).toEqual(["/_astro/page.js", "/_astro/search.js"]);
  });

  it("follows imports transitively, once each, and skips bare and missing modules", () => {
    const files: Record<string, string> = {
      "/_astro/a.js": `import"./b.js";import"./c.js";import"react";`,
      "/_astro/b.js": `import"./c.js";`,
      "/_astro/c.js": `import"./a.js";import"./missing.js";`,
    };
    expect(importClosure(["/_astro/a.js"], (u) => files[u])).toEqual(["/_astro/b.js", "/_astro/c.js"]);
  });

  it("adds a link per dependency not already linked, before </head>", () => {
    const files: Record<string, string> = {
      "/s.js": `import"./x.js";import"./y.js";`,
      "/x.js": "",
      "/y.js": "",
    };
    const html = `<head><link rel="modulepreload" href="/y.js"></head><body><script type="module" src="/s.js"></script></body>`;
    expect(addModulePreloads(html, (u) => files[u])).toBe(
      `<head><link rel="modulepreload" href="/y.js"><link rel="modulepreload" href="/x.js"></head><body><script type="module" src="/s.js"></script></body>`,
    );
    expect(addModulePreloads("<head></head><p>no scripts</p>", () => undefined)).toBe(
      "<head></head><p>no scripts</p>",
    );
  });
});
