/** 報酬シミュレーター in Chromium: typing (full-width too), URL restore in another context, notices, hostile URLs. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  forgetSite,
  lastCopied,
  reusedTab,
  seriousViolations,
  useClipboardContext,
  useSiteInChromium,
} from "./harness.mjs";
import { notices, openHydrated, outputs } from "./calc-helpers.mjs";

describe("報酬シミュレーター", () => {
  const env = useSiteInChromium();
  const url = (q = "") => new URL(`tools/reward/${q}`, env.site.url).href;
  /** A context that may write the clipboard and records what its pages copy (the link test copies there). */
  const copying = useClipboardContext(env);
  /** Opens `href` hydrated in the one tab of `context`, light unless told. The tool keeps its state in the URL only. */
  const open = (href, { context = env.context, colorScheme = "light" } = {}) =>
    openHydrated(context, href, { colorScheme });

  test("server-rendered defaults, then typed values update outputs and the URL", async () => {
    const { page, errors } = await open(url());
    assert.deepEqual(await outputs(page), { normal: "200", bonus: "0", total: "200" });
    const line1 = page.getByRole("group", { name: "商品1" });
    await line1.getByLabel("価格(1個)").fill("１２，３４５円");
    await page.getByLabel("紹介するユーザーのROOMランク").selectOption("A");
    // 12,345 × 4% = 493.8 -> 493; bonus 12,345 × 2% = 246.9 -> 246.
    assert.deepEqual(await outputs(page), { normal: "493", bonus: "246", total: "739" });
    await line1.getByLabel("数量").fill("３個");
    assert.deepEqual(await outputs(page), { normal: "1479", bonus: "738", total: "2217" });
    const search = new URL(page.url()).searchParams;
    assert.equal(search.get("v"), "1");
    assert.equal(search.get("price"), "12345");
    assert.equal(search.get("qty"), "3");
    assert.equal(search.get("rank"), "A");
    assert.deepEqual(errors, []);
  });

  test("a bad typed value gets an inline message tied to its field; outputs keep the last valid value", async () => {
    const { page } = await open(url());
    const price = page.getByRole("group", { name: "商品1" }).getByLabel("価格(1個)");
    await price.fill("abc");
    assert.equal(await price.getAttribute("aria-invalid"), "true");
    const ids = (await price.getAttribute("aria-describedby")).split(" ");
    const messages = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    assert.ok(
      messages.some((m) => m.includes("数字で入力")),
      messages.join("|"),
    );
    assert.equal((await outputs(page)).total, "200");
    await price.fill("10000");
    assert.equal(await price.getAttribute("aria-invalid"), null);
    assert.equal((await outputs(page)).total, "400");
  });

  test("the copied link opens the same inputs and outputs in another context, with nothing stored", async () => {
    const { page } = await open(url(), { context: copying.context });
    await page.getByLabel("価格(1個)").first().fill("8,800");
    await page.getByLabel("ジャンル・料率").first().selectOption("pc");
    await page.getByRole("button", { name: "商品を追加" }).click();
    const line2 = page.getByRole("group", { name: "商品2" });
    await line2.getByLabel("ジャンル・料率").selectOption("food");
    await line2.getByLabel("価格(1個)").fill("¥3,240");
    await line2.getByLabel("数量").fill("2");
    await page.getByLabel("紹介するユーザーのROOMランク").selectOption("S");
    await page.getByLabel("価格の扱い").selectOption("excl");
    const before = await outputs(page);
    // pc 8,800 excl 10% -> 8,000: 160 + 240; food 3,240 excl 8% -> 3,000: (120 + 90) × 2.
    assert.deepEqual(before, {
      normal: String(160 + 240),
      bonus: String(240 + 180),
      total: String(400 + 420),
    });
    await page.getByRole("button", { name: "この条件のリンクをコピー" }).click();
    await page.getByText("この条件のリンクをコピーしました。").waitFor();
    const copied = await lastCopied(page);
    assert.equal(copied, page.url());

    // Opened in the describe's context, which never saw these inputs, once it forgot what it kept (a new context).
    await forgetSite(env.context, env.site.url);
    const { page: again } = await open(copied);
    assert.deepEqual(await outputs(again), before);
    assert.equal(
      await again.getByRole("group", { name: "商品2" }).getByLabel("価格(1個)").inputValue(),
      "3240",
    );
    assert.equal(await again.getByLabel("紹介するユーザーのROOMランク").inputValue(), "S");
    assert.equal(await again.locator("table caption", { hasText: "商品ごとの報酬" }).count(), 1);
  });

  test("reset returns to defaults and clears the query string", async () => {
    const { page } = await open(url("?price=20000&rank=B&cart=4.100.1"));
    assert.equal((await outputs(page)).total, String(800 + 200 + 4 + 1));
    await page.getByRole("button", { name: "入力をリセット" }).click();
    assert.deepEqual(await outputs(page), { normal: "200", bonus: "0", total: "200" });
    assert.equal(new URL(page.url()).search, "?v=1");
    assert.equal(await page.getByRole("group", { name: "商品2" }).count(), 0);
  });

  test("bad URL parameters fall back to defaults with a notice naming them", async () => {
    const { page } = await open(url("?price=abc&rank=Z&qty=3&cart=food.5000.2_bad"));
    const texts = await notices(page);
    assert.equal(texts.length, 3, texts.join("\n"));
    assert.ok(texts[0].includes("「price」"));
    assert.ok(texts[1].includes("「rank」"));
    assert.ok(texts[2].includes("「cart」"));
    // price 5,000 (default) × 3 at 4% + food 5,000 × 2 at 4%, rank C (default).
    assert.deepEqual(await outputs(page), { normal: "1000", bonus: "0", total: "1000" });
  });

  test("a hostile parameter is never executed or rendered as HTML", async () => {
    const { page, dialogs, errors } = await open(
      url("?price=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&rate=%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E"),
    );
    await page.waitForTimeout(200);
    assert.equal(await page.locator("form.calc img, form.calc script").count(), 0);
    assert.equal(await page.locator("img[src=x], [onerror]").count(), 0);
    assert.equal(await page.evaluate(() => document.body.innerHTML.includes("<img src=x")), false);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.equal((await notices(page)).length, 2);
    assert.equal((await outputs(page)).total, "200");
  });

  test("works with the keyboard alone", async () => {
    const { page } = await open(url());
    await page.getByLabel("ジャンル・料率").first().focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("２００００");
    await page.keyboard.press("Tab"); // 数量
    await page.keyboard.press("Tab"); // 商品を追加
    await page.keyboard.press("Tab"); // ランク
    const focused = await page.evaluate(
      () => document.activeElement?.closest(".calc-field")?.querySelector("label")?.textContent,
    );
    assert.equal(focused, "紹介するユーザーのROOMランク");
    await page.keyboard.press("Home");
    assert.deepEqual(await outputs(page), { normal: "800", bonus: "600", total: "1400" });
  });

  test("documents its parameters in a table generated from the params module", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url());
    const names = await page.$$eval("table[data-url-params] tbody tr td:first-child code", (c) =>
      c.map((e) => e.textContent),
    );
    assert.deepEqual(names, [
      "v",
      "price",
      "qty",
      "rate",
      "rank",
      "tax",
      "round",
      "cart",
      "sameBuyer",
      "cmp",
      "rank2",
      "cart2",
    ]);
  });

  test("the same-buyer cap is off by default, and shows when it binds, with its linked 非公式 source", async () => {
    const { page } = await open(url("?price=30000&qty=3&rate=food&rank=S"));
    // 30,000 × 4% = 1,200 -> 1,000 (cap) and bonus 900, × 3 = 5,700.
    assert.deepEqual(await outputs(page), { normal: "3000", bonus: "2700", total: "5700" });
    const box = page.getByLabel(/同じ人が同じ月に全部買った場合の上限/);
    assert.equal(await box.isChecked(), false);
    const source = page.locator("form.calc a[href^='https://']").first();
    assert.match(await source.getAttribute("href"), /^https:\/\//);
    assert.ok((await page.locator("form.calc").innerText()).includes("非公式"));
    await box.check();
    const o = await outputs(page);
    assert.deepEqual(o, { normal: "3000", bonus: "2700", "cap-cut": "2700", total: "3000" });
    assert.match(
      await page.locator("form.calc").innerText(),
      /上限がかかり、合計が2,700ポイント減っています/,
    );
    assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get("sameBuyer"), "on");
    await page.getByLabel("数量").first().fill("1");
    assert.match(await page.locator("form.calc").innerText(), /上限にはかかっていません/);
  });

  test("compares the cart at another rank, or with another cart, in one URL (loaded on demand)", async () => {
    const { page } = await open(url("?price=5000&qty=2&rank=C"));
    const before = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    assert.ok(!before.some((r) => /RewardComparison/.test(r)), "the comparison loaded up front");
    await page.getByRole("button", { name: "別のランクやカートと並べて比べる" }).click();
    await page.getByLabel("比べるランク").selectOption("S");
    // C: 200 × 2 = 400; S: 400 + 150 × 2 = 700.
    let o = await outputs(page);
    assert.deepEqual([o["total-2"], o["total-diff"]], ["700", "300"]);
    await page.getByLabel("比べ方").selectOption("cart");
    const other = page.getByRole("group", { name: "比べるカート 1行目" });
    await other.getByLabel("価格(1個)").fill("8000");
    o = await outputs(page);
    // The other cart: 8,000 × 4% × 2 = 640 at rank C.
    assert.deepEqual([o.total, o["total-2"], o["total-diff"]], ["400", "640", "240"]);
    const link = new URL(await page.evaluate(() => location.href));
    assert.equal(link.searchParams.get("cmp"), "cart");
    assert.equal(link.searchParams.get("cart2"), "4.8000.2");
    // A new document that knows only the link, with nothing stored (as in a new context).
    await forgetSite(env.context, env.site.url);
    const { page: again } = await open(link.href);
    await again.locator('output[name="total-2"]').waitFor();
    assert.equal((await outputs(again))["total-2"], "640");
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`axe-clean after hydration with notices and an inline error (${colorScheme})`, async () => {
      const { page } = await open(url("?price=abc&cart=food.5000.2_pc.90000.3"), { colorScheme });
      assert.equal(
        await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        colorScheme === "dark",
      );
      await page.getByLabel("価格(1個)").first().fill("abc");
      assert.equal((await notices(page)).length > 0, true);
      assert.deepEqual(await seriousViolations(page), []);
    });
  }
});
