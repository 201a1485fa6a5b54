/** ランク別比較 in Chromium: typed values, totals per rank, gains in words and chart, shared links, bad URLs. */
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

const RANKS = ["S", "A", "B", "C", "D", "E"];
const totals = async (page) => {
  const o = await outputs(page);
  return RANKS.map((r) => Number(o[`total-${r}`]));
};

describe("ランク別比較", () => {
  const env = useSiteInChromium();
  const url = (q = "") => new URL(`tools/rank-bonus/${q}`, env.site.url).href;
  /** A context that may write the clipboard and records what its pages copy (the link test copies there). */
  const copying = useClipboardContext(env);
  /** Opens `href` hydrated in the one tab of `context`, light unless told. The tool keeps its state in the URL only. */
  const open = (href, { context = env.context, colorScheme = "light" } = {}) =>
    openHydrated(context, href, { colorScheme });

  test("defaults, then typed values (全角・万・円) give the month total of every rank", async () => {
    const { page, errors } = await open(url());
    // 300,000円 / 3,000円 = 100 items × (120 + 90 / 60 / 30 / 0).
    assert.deepEqual(await totals(page), [21000, 18000, 15000, 12000, 12000, 12000]);
    await page.getByLabel("紹介経由の月間売上").fill("５０万円");
    await page.getByLabel("平均商品単価").fill("２，５００");
    await page.getByLabel("ジャンル・料率").selectOption("kitchen");
    // 200 items × (75 + 75 / 50 / 25 / 0).
    assert.deepEqual(await totals(page), [30000, 25000, 20000, 15000, 15000, 15000]);
    const q = new URL(page.url()).searchParams;
    assert.equal(q.get("sales"), "500000");
    assert.equal(q.get("avg"), "2500");
    assert.equal(q.get("rate"), "kitchen");
    assert.deepEqual(errors, []);
  });

  test("gains over the current rank in words, and a labelled chart with the numbers as text", async () => {
    const { page } = await open(url("?rank=B"));
    const words = await page.$$eval(".rank-gains li", (l) => l.map((e) => e.textContent));
    assert.ok(words.includes("BからSに上がると、月に6,000ポイント増えます。"), words.join("|"));
    assert.ok(words.includes("BからAに上がると、月に3,000ポイント増えます。"));
    assert.ok(words.includes("BからCに下がると、月に3,000ポイント減ります。"));
    const chart = page.getByRole("img", { name: /ランク別の月間報酬/ });
    assert.equal(await chart.count(), 1);
    const desc = await chart.locator("desc").textContent();
    assert.ok(desc.includes("Sランク 21,000ポイント") && desc.includes("Bランク 15,000ポイント(現在)"), desc);
    assert.match(await page.locator("tr[aria-current=true] th").textContent(), /^B\(現在\)/);
    await page.getByLabel("現在のランク").selectOption("S");
    assert.match(await page.locator("tr[aria-current=true] th").textContent(), /^S\(現在\)/);
  });

  test("the copied link restores every input and output in another context, with nothing stored", async () => {
    const { page } = await open(url(), { context: copying.context });
    await page.getByLabel("紹介経由の月間売上").fill("1,234,567円");
    await page.getByLabel("平均商品単価").fill("¥4,980");
    await page.getByLabel("現在のランク").selectOption("E");
    const before = await outputs(page);
    await page.getByRole("button", { name: "この条件のリンクをコピー" }).click();
    await page.getByText("この条件のリンクをコピーしました。").waitFor();
    const copied = await lastCopied(page);
    // Opened in the describe's context, which never saw these inputs, once it forgot what it kept (a new context).
    await forgetSite(env.context, env.site.url);
    const { page: again } = await open(copied);
    assert.deepEqual(await outputs(again), before);
    assert.equal(await again.getByLabel("平均商品単価").inputValue(), "4980");
    assert.equal(await again.getByLabel("現在のランク").inputValue(), "E");
  });

  test("bad and hostile parameters fall back to defaults with notices; nothing is executed", async () => {
    const { page, dialogs } = await open(
      url("?sales=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&avg=0&rank=Q&rate=4"),
    );
    const texts = await notices(page);
    assert.equal(texts.length, 3, texts.join("\n"));
    assert.ok(texts.every((t) => !t.includes("<img")));
    assert.deepEqual(await totals(page), [21000, 18000, 15000, 12000, 12000, 12000]);
    assert.equal(await page.locator("img[src=x], [onerror]").count(), 0);
    assert.deepEqual(dialogs, []);
  });

  test("documents its parameters", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url());
    const names = await page.$$eval("table[data-url-params] tbody td:first-child code", (c) =>
      c.map((e) => e.textContent),
    );
    assert.deepEqual(names, ["v", "sales", "avg", "rate", "rank"]);
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`axe-clean after hydration with notices and an inline error (${colorScheme})`, async () => {
      const { page } = await open(url("?sales=abc&rank=A"), { colorScheme });
      assert.equal(
        await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        colorScheme === "dark",
      );
      await page.getByLabel("平均商品単価").first().fill("abc");
      assert.equal((await notices(page)).length > 0, true);
      assert.deepEqual(await seriousViolations(page), []);
    });
  }
});
