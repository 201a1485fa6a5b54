/** Sharing and crawling: canonical URLs, link-preview metadata, sitemap, robots.txt and the Japanese 404 page. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { BASE, builtPages, DIST, useSiteInChromium } from "./harness.mjs";

const pages = builtPages();
const prefix = BASE.endsWith("/") ? BASE : `${BASE}/`;
const fileOf = (p) => join(DIST, p.endsWith(".html") ? p : `${p}index.html`);
const html = new Map(pages.map((p) => [p, readFileSync(fileOf(p), "utf8")]));

const decode = (s) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
/** Content of every <meta> whose name or property is `key`. */
const metas = (src, key) =>
  [...src.matchAll(/<meta\s[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\s(?:name|property)="${key}"`).test(tag))
    .map((tag) => decode(tag.match(/\scontent="([^"]*)"/)?.[1] ?? ""));
const canonicals = (src) =>
  [...src.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => decode(m[1]));

/** The dist/ file an absolute URL on this site points to, or null. */
function distFileOfUrl(u) {
  const path = decodeURIComponent(new URL(u).pathname);
  if (!path.startsWith(prefix)) return null;
  const rel = path.slice(prefix.length);
  const f = rel === "" || rel.endsWith("/") ? join(DIST, rel, "index.html") : join(DIST, rel);
  return existsSync(f) ? f : null;
}

describe("link previews and canonical URLs", () => {
  // Not indexed: the 404 page, and the embed pages (noindex; their canonical URL is the full tool page).
  const noindex = (p) => metas(html.get(p), "robots").includes("noindex");
  const indexable = pages.filter((p) => p !== "404.html" && !noindex(p));

  test("only the 404 page and the calculators' embed pages are noindex", () => {
    assert.deepEqual(
      pages.filter((p) => noindex(p) && p !== "404.html" && !/^embed\/[^/]+\/$/.test(p)),
      [],
    );
  });

  test("every page has one absolute canonical URL that points to itself", () => {
    const bad = [];
    for (const p of indexable) {
      const c = canonicals(html.get(p));
      if (c.length !== 1) bad.push(`${p}: ${c.length} canonical links`);
      else if (!/^https?:\/\//.test(c[0])) bad.push(`${p}: canonical ${c[0]} is not absolute`);
      else if (decodeURIComponent(new URL(c[0]).pathname) !== `${prefix}${p}`)
        bad.push(`${p}: canonical ${c[0]} points elsewhere`);
    }
    assert.deepEqual(bad, []);
  });

  test("every page has a description, og:title, og:description, og:url and an og:image that exists", () => {
    const bad = [];
    for (const p of pages) {
      const src = html.get(p);
      const [description] = metas(src, "description");
      if (!description || description.trim().length < 15) bad.push(`${p}: description missing or too short`);
      // The 404 page answers at any missing address, so it has no og:url (checked in its own test).
      const keys = ["og:title", "og:description", "og:url", "og:image", "og:locale"];
      for (const key of p === "404.html" ? keys.filter((k) => k !== "og:url") : keys) {
        const v = metas(src, key);
        if (v.length !== 1 || !v[0].trim()) bad.push(`${p}: ${key} ${v.length ? "empty" : "missing"}`);
      }
      const [image] = metas(src, "og:image");
      if (image && !distFileOfUrl(image)) bad.push(`${p}: og:image ${image} is not in ${DIST}/`);
      if (p !== "404.html" && metas(src, "og:url")[0] !== canonicals(src)[0])
        bad.push(`${p}: og:url differs from the canonical URL`);
      if (metas(src, "og:locale")[0] !== "ja_JP") bad.push(`${p}: og:locale is not ja_JP`);
    }
    assert.deepEqual(bad, []);
  });

  test("the sitemap lists every indexable page, and only pages that exist", () => {
    const index = readFileSync(join(DIST, "sitemap-index.xml"), "utf8");
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.ok(maps.length > 0, "sitemap-index.xml lists no sitemap");
    const locs = maps.flatMap((m) => {
      const f = distFileOfUrl(m);
      assert.ok(f, `${m} is not in ${DIST}/`);
      return [...readFileSync(f, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => decode(x[1]));
    });
    const missingFiles = locs.filter((u) => !distFileOfUrl(u));
    assert.deepEqual(missingFiles, []);
    const listed = new Set(locs.map((u) => decodeURIComponent(new URL(u).pathname)));
    const unlisted = indexable.filter((p) => !listed.has(`${prefix}${p}`));
    assert.deepEqual(unlisted, []);
    assert.ok(![...listed].some((p) => p.includes("404")), "the 404 page is in the sitemap");
  });

  test("robots.txt allows crawling and names the sitemap by absolute URL", () => {
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /^Disallow: \/\s*$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    assert.ok(sitemap && /^https?:\/\//.test(sitemap), "no absolute Sitemap: line");
    assert.ok(distFileOfUrl(sitemap), `${sitemap} is not in ${DIST}/`);
  });

  test("the 404 page is Japanese, not indexed, and offers a search form to the search page", () => {
    const src = html.get("404.html");
    assert.ok(src, "no 404.html");
    assert.deepEqual(metas(src, "robots"), ["noindex"]);
    // It is served at any missing address, so it must not claim /404/ as its own.
    assert.deepEqual(canonicals(src), []);
    assert.doesNotMatch(src, /property="og:url"/);
    assert.match(src, /<h1[^>]*>ページが見つかりません<\/h1>/);
    const forms = [...src.matchAll(/<form\s[^>]*action="([^"]*)"[^>]*>/g)].map((m) => m[1]);
    assert.ok(forms.filter((a) => a === `${prefix}search/`).length >= 2, "the 404 body has no search form");
  });
});

describe("the 404 page in Chromium", () => {
  const env = useSiteInChromium();

  test("a missing address shows the Japanese 404 page, whose search form finds pages", async () => {
    const page = await env.browser.newPage();
    const res = await page.goto(new URL("room/no-such-lesson/", env.site.url).href);
    assert.equal(res?.status(), 404);
    assert.equal(await page.locator("h1").textContent(), "ページが見つかりません");
    const form = page.getByRole("search", { name: "探しているページを検索" });
    await form.getByRole("searchbox").fill("楽天ROOM");
    await form.getByRole("button", { name: "検索する" }).click();
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator("main ol li a").first().waitFor({ timeout: 15000 });
    await page.close();
  });
});
