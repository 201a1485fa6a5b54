/** Checks on the built CRM guides, glossary and learning path: facts shown where they belong, glossary anchors, path coverage. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { BASE, DIST, builtPages } from "./harness.mjs";
import { importTs } from "./load-ts.mjs";

const facts = await importTs("src/lib/facts/crm.ts");
const { formatWithUnit } = await importTs("src/lib/format.ts");
const { terms } = await importTs("src/lib/glossary/terms.ts");
const { learningPath } = await importTs("src/lib/learn/path.ts");

const prefix = BASE.endsWith("/") ? BASE : `${BASE}/`;
const htmlOf = (slug) => readFileSync(join(DIST, slug, "index.html"), "utf8");
const decode = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
/** The text a reader sees in the page's main content (tags removed, entities decoded). */
const visibleText = (html) => {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return decode(main.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, ""));
};
const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));

describe("CRM facts on the CRM lessons", () => {
  const entries = Object.entries(facts.crmFactPages);
  test("there are CRM facts to check", () => assert.ok(entries.length >= 8));

  for (const [name, slug] of entries) {
    test(`${name} appears on /${slug}/`, () => {
      const fact = facts[name];
      assert.ok(fact, `no export named ${name}`);
      const html = htmlOf(slug);
      const text = visibleText(html);
      assert.ok(html.includes(`data-fact="${fact.label}"`), `data-fact="${fact.label}" missing`);
      const expected =
        "items" in fact
          ? fact.items
          : typeof fact.value === "number"
            ? [formatWithUnit(fact.value, fact.unit)]
            : [fact.value];
      for (const e of expected) assert.ok(text.includes(e), `「${e}」 is not shown on /${slug}/`);
      if (fact.status === "reported")
        assert.ok(text.includes("非公式"), "reported fact without the 非公式 mark");
      if (fact.status === "editorial")
        assert.ok(text.includes("編集部の目安"), "the site's own advice without the 編集部の目安 mark");
    });
  }
});

describe("glossary", () => {
  const glossary = htmlOf("glossary");
  const ids = idsOf(glossary);

  test("every category has a section and every term is listed exactly once", () => {
    const categories = [...new Set(terms.map((t) => t.category))];
    for (const c of categories) assert.ok(glossary.includes(`data-category="${c}"`), `no section for ${c}`);
    for (const t of terms)
      assert.equal(glossary.split(`id="${t.id}"`).length - 1, 1, `${t.id} not listed once`);
  });

  test("every term has an anchor equal to its id, with its name and definition", () => {
    const text = visibleText(glossary);
    const missing = terms.filter(
      (t) => !ids.has(t.id) || !text.includes(t.term) || !text.includes(t.definition),
    );
    assert.deepEqual(
      missing.map((t) => t.id),
      [],
    );
  });

  test("every glossary-term link on every page points to an existing glossary anchor", () => {
    const broken = [];
    let seen = 0;
    for (const page of builtPages()) {
      const file = join(DIST, page.endsWith(".html") ? page : `${page}index.html`);
      for (const m of readFileSync(file, "utf8").matchAll(/<a\s[^>]*class="glossary-term"[^>]*>/g)) {
        seen++;
        const href = decode(m[0].match(/href="([^"]+)"/)?.[1] ?? "");
        const url = new URL(href, `http://site${prefix}${page}`);
        const id = decodeURIComponent(url.hash.slice(1));
        if (url.pathname !== `${prefix}glossary/` || !ids.has(id)) broken.push(`${page}: ${href}`);
      }
    }
    assert.ok(seen >= 20, `only ${seen} glossary links found`);
    assert.deepEqual(broken, []);
  });
});

describe("learning path", () => {
  const html = htmlOf("learn");
  const text = visibleText(html);

  test("lists every lesson of the path, linked when its page is built and plain text otherwise", () => {
    const problems = [];
    for (const e of learningPath) {
      if (!html.includes(`data-path-slug="${e.slug}"`)) problems.push(`${e.slug}: not listed`);
      const built = existsSync(join(DIST, e.slug, "index.html"));
      // A built page is listed under its own heading; a missing one under the path's title.
      const h1 = built
        ? visibleText(htmlOf(e.slug).match(/<h1[^>]*>[\s\S]*?<\/h1>/)?.[0] ?? "").trim()
        : e.title;
      if (!h1 || !text.includes(h1)) problems.push(`${e.slug}: title 「${h1}」 missing`);
      const linked = html.includes(`href="${prefix}${e.slug}/"`);
      if (built !== linked) problems.push(`${e.slug}: built=${built} linked=${linked}`);
    }
    assert.deepEqual(problems, []);
  });

  test("every built lesson page of the ROOM, CRM, tools and FAQ sections is on the path", () => {
    const onPath = new Set(learningPath.map((e) => e.slug));
    const lessons = builtPages()
      .filter((p) => /^(room|crm|tools|faq)\/[^/]+\/$/.test(p))
      .map((p) => p.replace(/\/$/, ""));
    assert.ok(lessons.length >= 9, `only ${lessons.length} lessons built`);
    assert.deepEqual(
      lessons.filter((s) => !onPath.has(s)),
      [],
    );
  });

  test("every CRM lesson ends with its quiz", () => {
    for (const e of learningPath.filter((x) => x.slug.startsWith("crm/"))) {
      const page = htmlOf(e.slug);
      assert.ok(page.includes("確認クイズ"), `${e.slug}: no quiz`);
      assert.ok((page.match(/<fieldset/g) ?? []).length >= 2, `${e.slug}: fewer than 2 questions`);
    }
  });
});
