/**
 * On a 360 px phone: the home page has the menu button (sidebar and theme switch reachable), and Japanese titles,
 * row headers and buttons break between phrases, never inside a word (「実務ガイド」「一覧で表示」「SALE」), and the
 * header search placeholder is not cut.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hydrateIslands, reusedTab, useSiteInChromium } from "./harness.mjs";
import { samplePages } from "./samples.mjs";

/**
 * Line breaks inside a run of one script (kanji, katakana with ー, or Latin letters and digits) in the text of the
 * elements matching `selector`: 「実/務」「表/示」「SAL/E」. Breaks between phrases (after a particle, at a change of
 * script) are fine.
 */
function midWordBreaks(page, selector) {
  return page.evaluate((sel) => {
    const kind = (c) =>
      /\p{Script=Han}/u.test(c)
        ? "han"
        : /[\p{Script=Katakana}ー]/u.test(c)
          ? "kana"
          : /[A-Za-z0-9]/.test(c)
            ? "latin"
            : null;
    const found = [];
    for (const el of document.querySelectorAll(sel)) {
      // Visible, and not a visually hidden label (1 px wide: every character is a line of its own).
      if (!el.checkVisibility() || el.getBoundingClientRect().width < 2) continue;
      const chars = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const rect = range.getClientRects()[0];
          // A text node in a block of its own (a cell's note line) starts a new line by design, not mid-word.
          const block =
            i === 0 && getComputedStyle(n.parentElement).display === "block" && n.parentElement !== el;
          if (rect && rect.width > 0) chars.push({ c: n.data[i], top: rect.top, h: rect.height, block });
        }
      }
      for (let i = 1; i < chars.length; i++) {
        const [a, b] = [chars[i - 1], chars[i]];
        if (!b.block && b.top > a.top + a.h / 2 && kind(a.c) && kind(a.c) === kind(b.c)) {
          const text = chars.map((x) => x.c).join("");
          found.push(
            `${el.tagName.toLowerCase()} 「${text.slice(Math.max(0, i - 6), i)}/${text.slice(i, i + 6)}」`,
          );
        }
      }
    }
    return found;
  }, selector);
}

describe("on a 360 px phone", () => {
  const env = useSiteInChromium({ viewport: { width: 360, height: 740 } });
  const url = (path) => new URL(path, env.site.url).href;

  test("the home page has the menu button: it opens the sidebar with the theme switch", async () => {
    const page = await reusedTab(env.context);
    await page.goto(env.site.url);
    const menu = page.locator("button.sl-menu-button");
    assert.equal(await menu.isVisible(), true, "no menu button on the home page");
    await menu.click();
    const sidebar = page.locator("#starlight__sidebar");
    await sidebar.waitFor({ state: "visible" });
    assert.equal(await sidebar.getByRole("link", { name: "学習ロードマップ" }).first().isVisible(), true);
    const theme = sidebar.locator("starlight-theme-select select");
    assert.equal(await theme.isVisible(), true, "the theme switch is not reachable");
    await theme.selectOption("light");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  });

  test("「実務ガイド」「一覧で表示」 and 「SALE」 do not break inside a word", async () => {
    const page = await reusedTab(env.context);
    const lineOf = (locator, text) =>
      locator.evaluate((el, t) => {
        const node = [...el.querySelectorAll("*"), el]
          .flatMap((e) => [...e.childNodes])
          .find((n) => n.nodeType === 3 && n.data.includes(t));
        const start = node.data.indexOf(t);
        const tops = [...t].map((_, i) => {
          const r = document.createRange();
          r.setStart(node, start + i);
          r.setEnd(node, start + i + 1);
          return Math.round(r.getClientRects()[0].top);
        });
        return new Set(tops).size;
      }, text);

    await page.goto(env.site.url);
    assert.equal(await lineOf(page.locator("h1"), "実務ガイド"), 1, "「実務ガイド」 is split");
    await page.goto(url("tools/crm-timeline/"));
    const list = page.getByRole("button", { name: "一覧で表示" });
    await list.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    // Where the two view buttons share a narrow row, the label may wrap between its phrases (一覧で / 表示), never inside a word.
    assert.equal(await lineOf(list, "一覧"), 1, "「一覧」 is split");
    assert.equal(await lineOf(list, "表示"), 1, "「表示」 is split");
    await page.goto(url("room/sales/"));
    const sale = page.locator("th", { hasText: "SALE情報の拡散" });
    assert.equal(await lineOf(sale, "SALE"), 1, "「SALE」 is split");
  });

  test("buttons, row headers and card titles never break inside a word on the sampled pages", async () => {
    const page = await reusedTab(env.context);
    const found = [];
    for (const path of [
      ...new Set([...samplePages(), "room/sales/", "learn/", "learn/record/", "tools/crm-timeline/"]),
    ]) {
      await page.goto(url(path));
      // The islands' buttons as a reader sees them: hydrated, in their fonts.
      if (!(await hydrateIslands(page))) found.push(`/${path}: an island did not hydrate`);
      found.push(
        ...(
          await midWordBreaks(page, "button, th[scope=row], .sl-link-card .title, .site-title, .hero h1")
        ).map((f) => `/${path}: ${f}`),
      );
    }
    assert.deepEqual(found, []);
  });

  test("the header search placeholder is not cut", async () => {
    const page = await reusedTab(env.context);
    await page.goto(env.site.url);
    const { text, room } = await page.locator("#site-search-q").evaluate((input) => {
      const cs = getComputedStyle(input);
      const ctx = document.createElement("canvas").getContext("2d");
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      return {
        text: ctx.measureText(input.placeholder).width,
        room: input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
      };
    });
    assert.ok(text <= room, `placeholder needs ${text.toFixed(0)} px, the box has ${room.toFixed(0)} px`);
  });
});
