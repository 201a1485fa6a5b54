import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeaders } from "../../../scripts/headers.mjs";
import { cspDirectives } from "../../../src/integrations/csp";

type Rules = ReturnType<typeof parseHeaders>;
const rules: Rules = parseHeaders(readFileSync("public/_headers", "utf8"));
const get = (path: string, name: string): string | undefined =>
  (headersFor(rules, path) as Map<string, string>).get(name);
const directives = (csp = "") =>
  csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);

describe("_headers rules", () => {
  it("match * anything (also the root), :name one segment, and apply in file order", () => {
    const r = parseHeaders("/*\n  A: 1\n  B: 1\n/x/:id/\n  ! A\n  B: 2\n");
    expect([...headersFor(r, "/")]).toEqual([
      ["a", "1"],
      ["b", "1"],
    ]);
    expect([...headersFor(r, "/x/7/")]).toEqual([["b", "1, 2"]]);
    expect([...headersFor(r, "/x/7/8/")]).toEqual([
      ["a", "1"],
      ["b", "1"],
    ]);
  });

  it("reject a header line before any path and a line without a value", () => {
    expect(() => parseHeaders("  A: 1\n")).toThrow(/before any path/);
    expect(() => parseHeaders("/*\n  nonsense\n")).toThrow(/Name: value/);
  });
});

describe("public/_headers", () => {
  it("the header CSP repeats the page <meta> directives except default-src, and adds frame-ancestors", () => {
    const header = directives(get("/room/rewards/", "content-security-policy"));
    const meta = cspDirectives.filter((d) => !d.startsWith("default-src "));
    expect(header).toEqual([...meta, "frame-ancestors 'none'"]);
    // default-src or script-src here would block the inline scripts only each page's <meta> allows by hash.
    expect(header.some((d) => /^(default|script|style)-src/.test(d))).toBe(false);
  });

  it("only /embed/ pages may be framed, by any site, with one policy (not the site-wide one too)", () => {
    const embed = get("/embed/reward/", "content-security-policy");
    expect(directives(embed)).toEqual([
      ...cspDirectives.filter((d) => !d.startsWith("default-src ")),
      "frame-ancestors *",
    ]);
    for (const path of ["/", "/tools/reward/", "/embedded/", "/room/embed/"])
      expect(get(path, "content-security-policy")).toMatch(/frame-ancestors 'none'$/);
  });

  it("every page gets Referrer-Policy, X-Content-Type-Options and Permissions-Policy", () => {
    for (const path of ["/", "/embed/coupon/", "/search/"]) {
      expect(get(path, "referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(get(path, "x-content-type-options")).toBe("nosniff");
      expect(get(path, "permissions-policy")).toMatch(/camera=\(\), geolocation=\(\)/);
    }
  });
});
