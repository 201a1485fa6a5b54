/** On every built page: each reported fact has its 非公式 mark in the same sentence, marks never split a word from its particle, and every source is a link. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIST, builtPages } from "./harness.mjs";

const pages = builtPages().map((p) => ({
  page: p || "/",
  html:
    readFileSync(join(DIST, p.endsWith(".html") ? p : `${p}index.html`), "utf8")
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
      .match(/<main[\s\S]*<\/main>/)?.[0] ?? "",
}));

/** Where a block of text ends: the sentence cannot run past it. */
const BLOCK_END = /<\/(?:p|li|td|th|caption|dd|dt|h[1-6]|summary|legend|div)>/;
/** A mark: the badge element and everything inside it (the screen-reader text is nested). */
const MARK = /<span class="badge-(?:reported|editorial)"[^>]*>(?:[^<]|<span[^>]*>[^<]*<\/span>)*<\/span>/g;

/** The HTML from `start` to the end of its sentence: the first 。 in text or the end of the block. */
function restOfSentence(html, start) {
  const tail = html.slice(start);
  const block = tail.search(BLOCK_END);
  const chunk = block === -1 ? tail : tail.slice(0, block);
  // The first 。 outside a tag.
  let inTag = false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === "<") inTag = true;
    else if (c === ">") inTag = false;
    else if (c === "。" && !inTag) return chunk.slice(0, i + 1);
  }
  return chunk;
}

describe("status marks on every built page", () => {
  test("the site has pages with reported facts", () => {
    const withFacts = pages.filter((p) => p.html.includes('data-status="reported"'));
    assert.ok(withFacts.length >= 15, `only ${withFacts.length} pages show a reported fact`);
  });

  test("every reported fact is followed by a 非公式 mark before the end of its sentence", () => {
    const missing = [];
    for (const { page, html } of pages) {
      for (const m of html.matchAll(/<[a-z]+[^>]*data-status="reported"[^>]*>/g)) {
        const sentence = restOfSentence(html, m.index);
        if (!sentence.includes('class="badge-reported"')) {
          const text = sentence.replace(/<[^>]+>/g, "").slice(0, 60);
          missing.push(`${page}: ${text}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test("a mark ends its clause: what follows is 。、)( or the end of the block, never a particle or a word", () => {
    const bad = [];
    for (const { page, html } of pages) {
      for (const m of html.matchAll(MARK)) {
        const after = html.slice(m.index + m[0].length);
        const block = after.search(BLOCK_END);
        const next = (block === -1 ? after : after.slice(0, block)).replace(/<[^>]+>/g, "").trimStart()[0];
        if (next !== undefined && !/[。、,.))((」』/\n]/.test(next)) {
          const before = html
            .slice(Math.max(0, m.index - 200), m.index)
            .replace(/<[^>]+>/g, "")
            .slice(-20);
          bad.push(`${page}: …${before}[mark]${next}…`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  test("the site's own recommendations are marked 編集部の目安, and that mark explains itself", () => {
    const marked = pages.filter((p) => p.html.includes('class="badge-editorial"'));
    assert.ok(marked.length >= 8, `only ${marked.length} pages carry 編集部の目安`);
    for (const { html } of marked) assert.match(html, /class="badge-editorial" title="[^"]*編集部[^"]*"/);
  });
});

describe("sources on every built page", () => {
  test("every 出典 in a page footer is an https link", () => {
    const unlinked = [];
    let seen = 0;
    for (const { page, html } of pages) {
      const foot = html.match(/<aside class="page-meta[\s\S]*?<\/aside>/)?.[0];
      if (!foot) continue;
      for (const [li] of foot.matchAll(/<li[^>]*>[\s\S]*?<\/li>/g)) {
        seen++;
        if (!/<a href="https:\/\/[^"]+"/.test(li)) unlinked.push(`${page}: ${li.replace(/<[^>]+>/g, "")}`);
      }
    }
    assert.ok(seen >= 40, `only ${seen} sources in page footers`);
    assert.deepEqual(unlinked, []);
  });

  test("every fact table and fact list names its sources with links", () => {
    const bare = [];
    for (const { page, html } of pages) {
      // The source line follows the table, at most one note paragraph in between.
      for (const m of html.matchAll(
        /<table[^>]*data-fact-table="([^"]+)"[\s\S]*?<\/table>\s*(?:<p(?![^>]*data-source-links)[^>]*>[\s\S]*?<\/p>\s*)?(<p[^>]*data-source-links[\s\S]*?<\/p>)?/g,
      ))
        if (!m[2] || !/<a href="https:\/\//.test(m[2])) bare.push(`${page}: table ${m[1]}`);
    }
    assert.deepEqual(bare, []);
  });
});
