/** Search in Chromium: /search/?q= results, the header combobox by keyboard, the landing highlight, axe in both schemes. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seriousViolations, useSiteInChromium } from "./harness.mjs";

/** Decoded "path#id" of a link, without the ?hl= query. */
const target = (href, base) => {
  const u = new URL(href, base);
  return decodeURIComponent(u.pathname + u.hash);
};

describe("search", () => {
  const env = useSiteInChromium();
  const url = (path) => new URL(path, env.site.url).href;

  test("/search/?q= shows results without typing; the first links to the answering section", async () => {
    const page = await env.browser.newPage();
    const cases = [
      ["クーポンの有効期限は何日?", /^\/(crm\/repurchase-coupon|faq\/crm)\/#.*有効期限は何日/],
      ["レビュー依頼はいつ送る?", /^\/(crm\/reviews|faq\/crm)\/#レビュー依頼はいつ送る/],
      [
        "店舗アカウントの審査期間",
        /^\/(room\/setup\/#審査にはどのくらいかかる|faq\/room\/#店舗アカウントはすぐに作れる)$/,
      ],
      ["報酬 計算", /^\/tools\/reward\//],
    ];
    for (const [q, expected] of cases) {
      await page.goto(url(`search/?q=${encodeURIComponent(q)}`));
      const first = page.locator("#search-results > li").first();
      await first.waitFor();
      const link = first.locator("a").first();
      const href = await link.getAttribute("href");
      assert.match(target(href, env.site.url), expected, `${q} -> ${target(href, env.site.url)}`);
      // Page title, section heading and an excerpt with <mark>ed words are visible.
      assert.ok((await first.locator(".result-title").innerText()).length > 0);
      assert.ok(await first.locator("mark").count(), `${q}: no <mark> in the excerpt`);
      assert.equal(await page.locator("#search-page-q").inputValue(), q);
      assert.match(await page.locator("#search-status").innerText(), /検索結果/);
    }
    await page.close();
  });

  test("a query with no content words still answers something or says so", async () => {
    const page = await env.browser.newPage();
    await page.goto(url(`search/?q=${encodeURIComponent("zzzzqqq")}`));
    await page.waitForFunction(() =>
      /検索結果|見つかりませんでした/.test(document.getElementById("search-status")?.textContent ?? ""),
    );
    await page.close();
  });

  test("header box: instant results, arrow keys and Enter open the section, the words are marked there", async () => {
    const page = await env.browser.newPage();
    await page.goto(url("room/about/"));
    const box = page.locator("#site-search-q");
    await box.click();
    await page.keyboard.type("フォローの上限");
    const options = page.locator("#site-search-list [role=option]");
    await options.first().waitFor();
    assert.equal(await box.getAttribute("aria-expanded"), "true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    assert.equal(await box.getAttribute("aria-activedescendant"), "site-search-opt-1");
    assert.equal(await options.nth(1).getAttribute("aria-selected"), "true");
    await page.keyboard.press("ArrowUp");
    assert.equal(await box.getAttribute("aria-activedescendant"), "site-search-opt-0");
    const expected = await options.nth(0).getAttribute("data-href");
    await Promise.all([page.waitForURL((u) => u.pathname !== "/room/about/"), page.keyboard.press("Enter")]);
    const landed = new URL(page.url());
    assert.equal(decodeURIComponent(landed.pathname + landed.hash), target(expected, env.site.url));
    assert.equal(landed.pathname, "/room/limits/");
    // The landing script marks the words inside the section and scrolls it into view.
    const marks = page.locator("mark.search-hl");
    await marks.first().waitFor();
    assert.ok((await marks.count()) > 0);
    assert.match(await marks.first().innerText(), /フォロー|上限/);
    const heading = page.locator(`[id="${decodeURIComponent(landed.hash.slice(1))}"]`);
    const box2 = await heading.boundingBox();
    assert.ok(box2 && box2.y >= 0 && box2.y < 400, "section heading scrolled into view");
    // Marks appear before the script rewrites the address, so wait for the rewrite rather than read it at once.
    await page.waitForFunction(() => location.search === "", null, { timeout: 5000 });
    assert.equal(new URL(page.url()).hash, landed.hash, "the #section stays in the address");
    await page.close();
  });

  test("Escape closes the list; Enter without a choice goes to /search/?q=", async () => {
    const page = await env.browser.newPage();
    await page.goto(url("crm/why/"));
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search-q");
    await page.keyboard.type("レビュー依頼");
    await page.locator("#site-search-list [role=option]").first().waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#site-search-q").getAttribute("aria-expanded"), "false");
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press("Enter")]);
    await page.locator("#search-results > li").first().waitFor();
    await page.close();
  });

  test("Ctrl+K focuses the box; the search code loads only on interaction", async () => {
    const page = await env.browser.newPage();
    const scripts = [];
    page.on("request", (r) => scripts.push(r.url()));
    await page.goto(url("room/rank/"), { waitUntil: "networkidle" });
    assert.ok(
      !scripts.some((u) => /pagefind|header-search|lexicon/.test(u)),
      "search code loaded before interaction",
    );
    await page.keyboard.press("Control+k");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search-q");
    await page.waitForFunction(() => document.querySelector("form[data-site-search]")?.dataset.ready === "1");
    await page.close();
  });

  test("works without JavaScript: the header form submits to /search/", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("room/rank/"));
    await page.locator("#site-search-q").fill("ランク");
    await Promise.all([page.waitForURL(/\/search\/\?q=%E3%83%A9/), page.keyboard.press("Enter")]);
    await context.close();
  });

  for (const scheme of ["light", "dark"]) {
    test(`axe-clean with results and an open list (${scheme})`, async () => {
      const context = await env.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url(`search/?q=${encodeURIComponent("ランクを上げるには")}`));
      await page.locator("#search-results > li").first().waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await page.locator("#site-search-q").click();
      await page.keyboard.type("報酬");
      await page.locator("#site-search-list [role=option]").first().waitFor();
      await page.keyboard.press("ArrowDown");
      assert.deepEqual(await seriousViolations(page), []);
      await page.goto(
        url(`room/limits/?hl=${encodeURIComponent("上限")}#${encodeURIComponent("上限に達するとどうなる")}`),
      );
      await page.locator("mark.search-hl").first().waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await context.close();
    });
  }
});
