/**
 * The sections' questions (src/lib/search/asks/*.json) name pages and heading ids that exist in the built site, and
 * the built /search/asks.json carries every file: a rewritten heading changes its id, and questions kept under a gone
 * id would silently stop counting. Every section the search can link is named in a file, so a new one is not forgotten.
 */
import assert from "node:assert/strict";
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { startsSection } from "../../src/lib/search/sections.ts";
import { dist, pageIds } from "./built-ids.mjs";
import { loadPagefind } from "./pagefind-node.mjs";

/** The site's base path, ending in "/" (the built URLs start with it). */
const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");

const files = globSync("src/lib/search/asks/*.json").map((f) => ({
  f,
  ...JSON.parse(readFileSync(f, "utf8")),
}));

test("every page of the guide has a section question file (a new page is found by its readers' words too)", () => {
  const pages = globSync("src/content/docs/**/*.mdx")
    .map((f) => f.replace(/^src\/content\/docs\//, "").replace(/\.mdx$/, ""))
    .filter((p) => p !== "404");
  const named = new Set(files.map(({ page }) => page));
  const missing = pages
    .map((p) => (p === "index" ? "" : `${p.replace(/(^|\/)index$/, "")}/`.replace(/^\/$/, "")))
    .filter((page) => !named.has(page));
  assert.deepEqual(missing, []);
});

test("every section question file names a built page and its heading ids", () => {
  assert.ok(files.length >= 40, `only ${files.length} files`);
  const dead = [];
  for (const { f, page, sections } of files) {
    const ids = pageIds(`/${page}`);
    if (!ids) dead.push(`${f}: no page /${page}`);
    else
      for (const id of Object.keys(sections)) if (id !== "_top" && !ids.has(id)) dead.push(`${f}: no #${id}`);
  }
  assert.deepEqual(dead, []);
});

/**
 * A file names every section the search can link: with its questions, or with [] where the writer decided none belong
 * there (an overview page's group headings, whose lessons answer better). A section added later is named by nobody.
 */
test("every section the search can link is named in its page's question file (a new section gets questions or a decision)", async () => {
  const pagefind = await loadPagefind(dist);
  const byUrl = new Map(files.map(({ page, sections }) => [`/${page}`, sections]));
  const bare = [];
  for (const result of (await pagefind.search(null)).results) {
    const { url, anchors } = await result.data();
    const sections = byUrl.get(`/${url.slice(base.length)}`);
    if (!sections) continue; // pages without a file are the first test's
    for (const a of anchors.filter(startsSection))
      if (!Object.hasOwn(sections, a.id)) bare.push(`${url}#${a.id}`);
  }
  assert.deepEqual(bare, []);
});

test("the built /search/asks.json has every file's page and sections", () => {
  const built = JSON.parse(readFileSync(join(dist, "search", "asks.json"), "utf8"));
  for (const { page, sections } of files) {
    const got = built[`${base}${page}`];
    assert.ok(got, `/${page} missing`);
    const kept = Object.entries(sections).filter(([, qs]) => qs.length > 0);
    assert.deepEqual(Object.keys(got).sort(), kept.map(([id]) => id).sort());
  }
});
