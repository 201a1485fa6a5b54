/**
 * Defects of issue 13 found by testing the calculators as a consultant would, in Chromium against the built site.
 * Each test failed on the site as it was before the fix (checked with OUT_DIR=dist-before).
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { lastCopied, recordClipboard, reusedTab, twoFrames, useSiteInChromium } from "./harness.mjs";
import { openHydrated, outputs } from "./calc-helpers.mjs";

/** Today's date in Asia/Tokyo, computed independently of the page. */
const tokyoToday = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

/**
 * The context's one tab at `viewport` (Playwright's default unless given) and on screen: set for each test, as the tab
 * keeps what the test before it emulated.
 */
async function tab(context, viewport = { width: 1280, height: 720 }) {
  const page = await reusedTab(context);
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: null });
  return page;
}

/** Opens the timeline page in the context's tab and waits for its dates. */
async function openTimeline(context, url) {
  const page = await tab(context);
  await page.goto(url);
  await page.locator('output[name="ship"]').waitFor();
  return page;
}

/** openHydrated in the context's one tab, at `viewport`. */
const hydratedIn = async (context, url, viewport) => openHydrated(await tab(context, viewport), url);

/**
 * Clicks the copy-link button after putting a sentinel on the clipboard; once the button has said what it did
 * (copied or refused: its message comes after any copy), returns the clipboard and the message.
 */
async function tryCopyLink(page) {
  await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
  const button = page.getByRole("button", { name: "この条件のリンクをコピー" });
  await button.click();
  const messageId = await button.getAttribute("aria-describedby");
  await page.locator(`[id="${messageId}"]`).filter({ hasText: /\S/ }).waitFor();
  const clipboard = await lastCopied(page);
  const said = await page.locator(".calc").first().innerText();
  return { clipboard, said };
}

/** A visible warning that the results are not current, inside the calculator. */
async function staleWarning(page) {
  const alerts = await page.locator(".calc [role=alert]").filter({ visible: true }).allInnerTexts();
  return alerts.join("\n");
}

describe("issue 13 defects", () => {
  // One context for the tests (they share its tab); the calculators keep their state in the URL only.
  const env = useSiteInChromium({ permissions: ["clipboard-read", "clipboard-write"] });
  before(() => recordClipboard(env.context));
  const url = (path) => new URL(path, env.site.url).href;

  test("reward: while the price shows an error, results say they are not current and the link is not copied", async () => {
    const { page } = await hydratedIn(env.context, url("tools/reward/"));
    const price = page.getByRole("group", { name: "商品1" }).getByLabel("価格(1個)");
    await price.fill("1980");
    await price.fill("¥1,980(税込)×2");
    assert.equal(await price.getAttribute("aria-invalid"), "true");
    assert.match(await staleWarning(page), /最新ではありません/);
    const { clipboard, said } = await tryCopyLink(page);
    assert.equal(clipboard, "sentinel");
    assert.doesNotMatch(said, /コピーしました/);
  });

  test("rank-bonus: avg 0 after 3000 marks the results as not current and refuses to copy", async () => {
    const { page } = await hydratedIn(env.context, url("tools/rank-bonus/"));
    await page.getByLabel("平均商品単価").fill("0");
    assert.match(await staleWarning(page), /最新ではありません/);
    const { clipboard, said } = await tryCopyLink(page);
    assert.equal(clipboard, "sentinel");
    assert.doesNotMatch(said, /コピーしました/);
  });

  test("timeline: a sale ending before it starts is not shared as a one-day sale", async () => {
    const page = await openTimeline(env.context, url("tools/crm-timeline/?order=2026-11-20"));
    await page.getByRole("button", { name: "セール期間を追加" }).click();
    await page.getByLabel("セール名").fill("スーパーSALE");
    await page.getByLabel("開始日").last().fill("2026-12-04");
    await page.getByLabel("終了日(1日だけなら空欄)").last().fill("2026-12-01");
    assert.match(await staleWarning(page), /最新ではありません/);
    const { clipboard, said } = await tryCopyLink(page);
    assert.equal(clipboard, "sentinel");
    assert.doesNotMatch(said, /コピーしました/);
  });

  test("removing cart line 2 leaves line 3's own text in its fields", async () => {
    const { page } = await hydratedIn(env.context, url("tools/reward/?cart=4.5000.1_4.5000.7"));
    const line2 = page.getByRole("group", { name: "商品2" });
    await line2.getByLabel("価格(1個)").fill("abc");
    await line2.getByLabel("数量").fill("4");
    await page.getByRole("button", { name: "商品2を削除" }).click();
    const moved = page.getByRole("group", { name: "商品2" });
    assert.equal(await moved.getByLabel("価格(1個)").inputValue(), "5000");
    assert.equal(await moved.getByLabel("数量").inputValue(), "7");
    assert.equal(await moved.getByLabel("価格(1個)").getAttribute("aria-invalid"), null);
    // 5,000 × 4% × 1 + 5,000 × 4% × 7
    assert.equal((await outputs(page)).total, String(200 + 1400));
  });

  test("at 360 px no figure in the result tables is cut off, and headers do not wrap one character per line", async () => {
    const found = [];
    for (const path of ["tools/rank-bonus/", "tools/reward/?cart=food.5000.2_pc.30000.1"]) {
      const { page } = await hydratedIn(env.context, url(path), { width: 360, height: 740 });
      const problems = await page.evaluate(() => {
        const out = [];
        for (const wrap of document.querySelectorAll(".calc-table-wrap")) {
          const box = wrap.getBoundingClientRect();
          for (const cell of wrap.querySelectorAll("th, td")) {
            const r = cell.getBoundingClientRect();
            const text = cell.textContent.trim();
            if (r.right > box.right + 1) out.push(`${text}: ends at ${r.right} > ${box.right}`);
            if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${text}: clipped`);
            const line = parseFloat(getComputedStyle(cell).lineHeight) || 20;
            if (cell.closest("thead") && text.length > 2 && r.height > line * 2.6)
              out.push(`${text}: header ${Math.round(r.height / line)} lines high`);
          }
        }
        return out;
      });
      found.push(...problems.map((p) => `${path}: ${p}`));
    }
    assert.deepEqual(found, []);
  });

  test("a result summary can be seen while editing: at the top on a 1280×900 desktop, near the field on a phone", async () => {
    const cases = [
      {
        viewport: { width: 1280, height: 900 },
        path: "tools/reward/",
        field: "価格(1個)",
        text: "200ポイント",
      },
      {
        viewport: { width: 360, height: 740 },
        path: "tools/reward/",
        field: "価格(1個)",
        text: "200ポイント",
      },
      {
        viewport: { width: 360, height: 740 },
        path: "tools/rank-bonus/",
        field: "平均商品単価",
        text: "21,000ポイント",
      },
      {
        viewport: { width: 360, height: 740 },
        path: "tools/crm-timeline/?order=2026-01-05",
        field: "注文日",
        text: "1/6(火)",
      },
    ];
    for (const c of cases) {
      const page = await tab(env.context, c.viewport);
      await page.goto(url(c.path));
      await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
      await page.getByLabel(c.field).first().focus();
      // Scrolled to the field: the scroll position has not moved for three frames.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            let last = NaN;
            let same = 0;
            const tick = () => {
              same = window.scrollY === last ? same + 1 : 0;
              last = window.scrollY;
              if (same >= 3) resolve();
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
      );
      const summary = page.getByRole("region", { name: "結果の要約" });
      assert.equal(await summary.count(), 1, `${c.path}: no 結果の要約 region`);
      assert.ok(await summary.isVisible());
      assert.ok((await summary.innerText()).includes(c.text), await summary.innerText());
      const inView = await summary.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.ok(inView, `${c.path} at ${c.viewport.width} px: the summary is not in view while editing`);
    }
  });

  test("calendar view shows every sale on a day where two sales overlap", async () => {
    const page = await openTimeline(
      env.context,
      url("tools/crm-timeline/?order=2026-11-20&sales=2026-12-04..2026-12-11:AAA,2026-12-05..2026-12-06:BBB"),
    );
    await page.getByRole("button", { name: "カレンダーで表示" }).click();
    const cell = await page.locator('.tl-month td[data-date="2026-12-05"]').innerText();
    assert.match(cell, /AAA/);
    assert.match(cell, /BBB/);
  });

  test("a timeline link copied without an order date pins the order date shown", async () => {
    const page = await openTimeline(env.context, url("tools/crm-timeline/"));
    await page.getByRole("button", { name: "この条件のリンクをコピー" }).click();
    await page.getByText("この条件のリンクをコピーしました。").waitFor();
    const copied = new URL(await lastCopied(page));
    assert.equal(copied.searchParams.get("order"), tokyoToday());
  });

  test("dates past the holiday list's last year get a warning, and the list's source and coverage are shown", async () => {
    const page = await openTimeline(env.context, url("tools/crm-timeline/?order=2049-12-31&lapse=730"));
    const text = await page.locator(".calc").first().innerText();
    assert.match(text, /2050年まで/);
    assert.match(text, /2051年.*祝日/);
    assert.ok(
      await page.locator('.calc a[href*="cao.go.jp"]').count(),
      "no link to the Cabinet Office holiday page",
    );
  });

  test("a sale name with , or : or over 30 characters is not changed behind the field's back", async () => {
    const page = await openTimeline(env.context, url("tools/crm-timeline/?order=2026-11-20"));
    await page.getByRole("button", { name: "セール期間を追加" }).click();
    await page.getByLabel("開始日").last().fill("2026-12-04");
    for (const name of ["SALE,第2弾:12月", "あ".repeat(35)]) {
      const field = page.getByLabel("セール名");
      await field.fill(name);
      await twoFrames(page);
      const shown = await field.inputValue();
      const inUrl = new URL(await page.evaluate(() => location.href)).searchParams.get("sales") ?? "";
      const invalid = (await field.getAttribute("aria-invalid")) === "true";
      assert.ok(invalid || inUrl.endsWith(`:${shown}`), `field shows ${shown}, link has ${inUrl}`);
    }
  });

  test("the printed conditions name the sales and the usage, cycle and lapse settings", async () => {
    const page = await openTimeline(
      env.context,
      url("tools/crm-timeline/?order=2026-11-20&usage=4&cycle=45&lapse=120&sales=2026-12-04..2026-12-11:AAA"),
    );
    await page.emulateMedia({ media: "print" });
    const conditions = await page.locator(".tl-conditions").innerText();
    for (const want of ["AAA", "使い方", "4日", "45日", "120日"])
      assert.ok(conditions.includes(want), conditions);
  });

  test("adding a cart line restyles about as much at 61 lines as at 1 (not the whole cart)", async () => {
    const restyled = async (n) => {
      const cart = Array.from({ length: n }, (_, i) => `food.${1000 + i}.1`).join("_");
      const { page } = await hydratedIn(env.context, url(`tools/reward/${n ? `?cart=${cart}` : ""}`));
      // Settled before tracing: fonts in, the page idle, a frame drawn.
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
      await twoFrames(page);
      const cdp = await env.context.newCDPSession(page);
      // Tracing is browser-wide: the test files share one Chromium, and their pages' restyles land in the same trace.
      // Only this page's frame counts.
      const { frameTree } = await cdp.send("Page.getFrameTree");
      /** Elements of this page restyled while one line is added (the line becomes 商品{line}). */
      const addLine = async (line) => {
        // Scrolled to the button first: the trace measures the addition, not the scroll a click would make (on a long
        // cart the button is below the fold, and scrolling restyles the sticky header and shows lazy islands).
        const add = page.getByRole("button", { name: "商品を追加" });
        await add.scrollIntoViewIfNeeded();
        await twoFrames(page);
        const events = [];
        const collect = (d) => events.push(...d.value);
        cdp.on("Tracing.dataCollected", collect);
        const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
        await cdp.send("Tracing.start", { categories: "devtools.timeline", transferMode: "ReportEvents" });
        await add.click();
        await page.getByRole("group", { name: `商品${line}` }).waitFor();
        await twoFrames(page);
        await cdp.send("Tracing.end");
        await done;
        cdp.off("Tracing.dataCollected", collect);
        return events
          .filter((e) => e.name === "UpdateLayoutTree" && e.args?.beginData?.frame === frameTree.frame.id)
          .reduce((a, e) => a + (e.args?.elementCount ?? 0), 0);
      };
      // The fewer of two additions: on a loaded machine a late restyle of this page (hydration, fonts) can fall into
      // one trace; the cost of adding a line shows in both.
      const counts = [await addLine(n + 2), await addLine(n + 3)];
      await cdp.detach();
      return Math.min(...counts);
    };
    const one = await restyled(0);
    const many = await restyled(60);
    assert.ok(one > 0, "the traces hold no restyle of this page (the frame filter matched nothing)");
    assert.ok(many <= one * 3, `adding a line restyles ${many} elements at 61 lines, ${one} at 1 line`);
  });
});
