/**
 * The sections' questions (src/lib/search/asks/*.json) name pages and heading ids that exist in the built site, and
 * the built /search/asks.json carries every file: a rewritten heading changes its id, and questions kept under a gone
 * id would silently stop counting. Every section the search can link is named in a file, so a new one is not forgotten.
 */
import assert from "node:assert/strict";
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { asksFromWire } from "../../src/lib/search/asks.ts";
import { startsSection } from "../../src/lib/search/sections.ts";
import { dist, pageIds } from "./built-ids.mjs";
import { loadPagefind } from "./pagefind-node.mjs";
import { trainingSectionQuestions, unseenQuestions } from "./eval.mjs";

/** The site's base path, ending in "/" (the built URLs start with it). */
const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");

const read = (pattern) => globSync(pattern).map((f) => ({ f, ...JSON.parse(readFileSync(f, "utf8")) }));
/** Each page's own section questions. */
const files = read("src/lib/search/asks/*.json");
/** The training batches' questions (scripts/asks-from-batches.mjs). */
const batchFiles = read("src/lib/search/asks/batches/*.json");

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

/** The sections the built pages carry under a metadata key (summaries, examples), split into built ids and dead ones. */
function metaSections(key) {
  const named = [];
  const dead = [];
  for (const file of globSync(join(dist, "**/index.html"))) {
    const meta = readFileSync(file, "utf8").match(new RegExp(`data-pagefind-meta="${key}:([^"]+)"`));
    if (!meta) continue;
    const page = `/${file
      .slice(dist.length)
      .replace(/^\//, "")
      .replace(/index\.html$/, "")}`;
    const ids = pageIds(page);
    for (const id of meta[1].split(" ")) (ids?.has(id) ? named : dead).push(`${page}#${id}`);
  }
  return { named, dead };
}

test("every section a page names as summing up another (frontmatter summaries) is a built id of that page", () => {
  const { named, dead } = metaSections("summaries");
  assert.ok(named.length >= 9, `only ${named.length} summing-up sections`);
  assert.deepEqual(dead, []);
});

test("every section a page names as holding a text to copy (frontmatter examples) is a built id of that page", () => {
  const { named, dead } = metaSections("examples");
  assert.ok(named.length >= 1, "no section with a text to copy");
  assert.deepEqual(dead, []);
});

test("every section question file names a built page and its heading ids", () => {
  assert.ok(files.length >= 40, `only ${files.length} files`);
  const dead = [];
  for (const { f, page, sections } of [...files, ...batchFiles]) {
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
  const built = asksFromWire(JSON.parse(readFileSync(join(dist, "search", "asks.json"), "utf8")));
  const expected = new Map();
  for (const { page, sections } of [...files, ...batchFiles])
    for (const [id, qs] of Object.entries(sections))
      if (qs.length > 0) expected.set(page, new Set([...(expected.get(page) ?? []), id]));
  for (const { page } of files) {
    const got = built[`${base}${page}`];
    assert.ok(got, `/${page} missing`);
    assert.deepEqual(Object.keys(got).sort(), [...(expected.get(page) ?? [])].sort());
  }
});

/**
 * The batches the bench reports as unseen wording stay unseen: asks/batches/ holds exactly the training batches'
 * questions (but those that are also a gated or held-out question), each under a section its answer key names, and no
 * question of the gated set or of another batch.
 */
test("asks/batches/ holds the training batches' questions under their answers, and no held-out or gated question", () => {
  const unseen = unseenQuestions();
  const keyed = new Set(trainingSectionQuestions().map(({ page, id, q }) => `${page}#${id}\n${q}`));
  const stray = [];
  let count = 0;
  for (const { f, page, sections } of batchFiles)
    for (const [id, qs] of Object.entries(sections))
      for (const q of qs) {
        count++;
        if (!keyed.has(`${page}#${id}\n${q}`))
          stray.push(`${f}: ${id}: not a training question answered here`);
        if (unseen.has(q)) stray.push(`${f}: ${id}: a held-out or gated question`);
      }
  assert.deepEqual(stray, []);
  // Every training answer is there (the folder is not stale after a batch or its key changed).
  assert.equal(count, keyed.size, "run node scripts/asks-from-batches.mjs");
});
