/** 再購入クーポンの損益分岐 in Chromium: the contract's example, typed values, the table by repurchase rate, comparison, notices. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { reusedTab, seriousViolations, useSiteInChromium } from "./harness.mjs";
import { notices, openHydrated, outputs } from "./calc-helpers.mjs";

describe("再購入クーポンの損益分岐", () => {
  const env = useSiteInChromium();
  const url = (q = "") => new URL(`tools/coupon/${q}`, env.site.url).href;
  /**
   * Opens `href` hydrated in the describe's one tab (a new tab costs a renderer process), on screen in `colorScheme`
   * (the tab keeps the emulation of the test before). The tool keeps its state in the URL only.
   */
  const open = async (href, colorScheme = "light") => {
    const tab = await reusedTab(env.context);
    await tab.emulateMedia({ media: null, colorScheme });
    return openHydrated(tab, href);
  };

  test("the contract's example gives 256000 / 312000 / 56000 / 9.8", async () => {
    const { page, errors } = await open(url("?n=2000&base=8&lift=12&aov=4000&margin=40&discount=300"));
    assert.deepEqual(await outputs(page), {
      "profit-base": "256000",
      "profit-coupon": "312000",
      gain: "56000",
      breakeven: "9.8",
    });
    assert.equal(await page.locator('output[name="gain"]').innerText(), "+56,000円");
    assert.equal(await page.locator('output[name="breakeven"]').innerText(), "9.8%");
    assert.deepEqual(errors, []);
  });

  test("typed values (full-width, ¥, commas, 2 decimals) update the outputs and the URL", async () => {
    const { page } = await open(url());
    await page.getByLabel("クーポンを渡すお客様の数").fill("１，０００");
    await page.getByLabel("平均注文額").fill("¥4,980(税込)");
    await page.getByLabel("クーポンなしの再購入率").fill("7.25");
    await page.getByLabel("粗利率").fill("３５％");
    await page.getByLabel("1回あたりの値引き額").fill("500円");
    // per = 4980 × 35% = 1743; base 1000 × 7.25% × 1743 = 126,367.5 -> 126,368; coupon 1000 × 12% × 1243 = 149,160.
    assert.deepEqual(await outputs(page), {
      "profit-base": "126368",
      "profit-coupon": "149160",
      gain: String(149160 - 126368),
      breakeven: "10.2",
    });
    const q = new URL(await page.evaluate(() => location.href)).searchParams;
    assert.deepEqual(
      [q.get("v"), q.get("n"), q.get("aov"), q.get("base"), q.get("margin"), q.get("discount")],
      ["1", "1000", "4980", "7.25", "35", "500"],
    );
    await page.getByLabel("クーポンなしの再購入率").fill("7.125");
    assert.equal(await page.getByLabel("クーポンなしの再購入率").getAttribute("aria-invalid"), "true");
  });

  test("no break-even when the discount eats the gross profit of an order: data-value none", async () => {
    const { page } = await open(url("?aov=1000&margin=30&discount=300"));
    assert.equal((await outputs(page)).breakeven, "none");
    assert.match(await page.locator('output[name="breakeven"]').innerText(), /なし/);
  });

  test("the table runs from base to base + 20 points and marks the break-even and expected rates", async () => {
    const { page } = await open(url());
    const rows = await page.locator(".coupon-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        rate: tr.dataset.rate,
        head: tr.querySelector("th").textContent,
        gain: tr.cells[2].textContent,
      })),
    );
    assert.equal(rows[0].rate, "8");
    assert.equal(rows.at(-1).rate, "28");
    const be = rows.find((r) => r.head.includes("損益分岐点"));
    assert.equal(be?.rate, "9.8");
    assert.match(rows.find((r) => r.head.includes("見込み"))?.gain ?? "", /^\+56,000円$/);
    assert.match(rows[0].gain, /^−/);
  });

  test("two discount levels side by side in one URL, loaded on demand", async () => {
    const { page } = await open(url());
    const before = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    assert.ok(!before.some((r) => /CouponComparison/.test(r)), "the comparison loaded up front");
    await page.getByRole("button", { name: "別の値引き額と並べて比べる" }).click();
    await page.getByLabel("比べる値引き額", { exact: true }).fill("600");
    await page.getByLabel("比べる値引き額での再購入率").fill("15");
    // 2000 × 15% × (1600 − 600) = 300,000; gain 44,000; break-even 8 × 1600 / 1000 = 12.8.
    const o = await outputs(page);
    assert.deepEqual([o["profit-coupon-2"], o["gain-2"], o["breakeven-2"]], ["300000", "44000", "12.8"]);
    const link = new URL(await page.evaluate(() => location.href));
    assert.deepEqual(
      [link.searchParams.get("cmp"), link.searchParams.get("discount2"), link.searchParams.get("lift2")],
      ["on", "600", "15"],
    );
    const { page: again } = await open(link.href);
    await again.locator('output[name="gain-2"]').waitFor();
    assert.equal((await outputs(again))["gain-2"], "44000");
  });

  test("bad parameters fall back to defaults with notices naming them; nothing runs", async () => {
    const { page, dialogs } = await open(
      url("?n=0&base=8.125&margin=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&discount=-5&v=2"),
    );
    const texts = await notices(page);
    for (const name of ["v", "n", "base", "margin", "discount"])
      assert.ok(
        texts.some((t) => t.includes(`「${name}」`)),
        `${name}: ${texts.join(" / ")}`,
      );
    assert.equal((await outputs(page)).breakeven, "9.8");
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(dialogs, []);
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`axe-clean with a notice, an inline error and the comparison open (${colorScheme})`, async () => {
      const { page } = await open(url("?n=abc&cmp=on"), colorScheme);
      assert.equal(
        await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        colorScheme === "dark",
      );
      await page.locator('output[name="gain-2"]').waitFor();
      await page.getByLabel("平均注文額").fill("abc");
      assert.deepEqual(await seriousViolations(page), []);
    });
  }
});
