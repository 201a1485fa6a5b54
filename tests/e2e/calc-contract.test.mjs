/**
 * The link contract of every calculator (reward, rank-bonus, crm-timeline, coupon), read literally: v=1 links,
 * 「結果をテキストでコピー」 (and its fallback box), embed pages without site chrome that fit 360 px and link back to
 * the full tool, and the embed snippet's height message; in Asia/Tokyo and in two other time zones.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after as afterAll, before, describe, test } from "node:test";
import { lastCopied, recordClipboard, reusedTab, useSiteInChromium } from "./harness.mjs";

/** Per tool: a query, the field typed into and the value typed, the parameter that edit sets. */
const TOOLS = {
  reward: { query: "?price=12345&qty=3&rank=A", field: "価格(1個)", type: "8800", param: "price" },
  "rank-bonus": { query: "?sales=500000&avg=2500&rank=B", field: "平均商品単価", type: "4980", param: "avg" },
  coupon: {
    query: "?n=1500&base=7.5&lift=12.25&aov=4980&margin=38&discount=500",
    field: "平均注文額",
    type: "5200",
    param: "aov",
  },
  "crm-timeline": {
    query: "?order=2026-12-30&holidays=2026-12-29..2027-01-04",
    field: "配送日数",
    type: "4",
    param: "transit",
  },
};

/** Tabs that record their copies (recordClipboard, once per tab). */
const recording = new WeakSet();

/**
 * Opens `url` in the one tab of `context` (a new tab costs a renderer process; each navigation loads a new document)
 * and waits until its island hydrated and shows its outputs.
 */
async function open(context, url) {
  const page = await reusedTab(context);
  if (!recording.has(page)) {
    await recordClipboard(page);
    recording.add(page);
  }
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(
    () => document.querySelector("astro-island") && !document.querySelector("astro-island[ssr]"),
  );
  await page.locator("output[name]").first().waitFor();
  // The island has read the URL (the server render shows the defaults until then).
  await page.locator(".calc[data-restored]").first().waitFor();
  return page;
}

/** name -> { value, text } of every output. */
const outputs = (page) =>
  page.$$eval("output[name]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.getAttribute("name"), { value: e.getAttribute("data-value"), text: e.textContent }]),
    ),
  );

/** Every check runs in Asia/Tokyo; the other zones share them out (each runs the link check and one more, see DATED). */
const ZONES = {
  "Asia/Tokyo": ["text", "fallback", "embed"],
  "America/Los_Angeles": ["text"],
  "Pacific/Kiritimati": ["embed"],
};
/**
 * What the reader's time zone can change: the timeline's dates (counted from today in Japan) and the date line of
 * 「結果をテキストでコピー」 (shared by every tool). The other tools compute from their inputs alone, so outside Asia/Tokyo
 * the link and embed checks run for the timeline only; the text check still runs for every tool.
 */
const DATED = new Set(["crm-timeline"]);
const inZone = (timezoneId, tool) => timezoneId === "Asia/Tokyo" || DATED.has(tool);

for (const [timezoneId, checks] of Object.entries(ZONES)) {
  describe(`calculator contract (${timezoneId})`, () => {
    const env = useSiteInChromium({ timezoneId, permissions: ["clipboard-read", "clipboard-write"] });
    const url = (path) => new URL(path, env.site.url).href;
    /** The embed checks' phone-sized context in this time zone (one for all of them). */
    let narrow;
    if (checks.includes("embed")) {
      before(async () => {
        narrow = await env.browser.newContext({ timezoneId, viewport: { width: 360, height: 640 } });
      });
      afterAll(() => narrow?.close());
    }

    for (const [tool, t] of Object.entries(TOOLS)) {
      if (inZone(timezoneId, tool))
        test(`/tools/${tool}/: an edit writes v=1 and the changed parameter; an unknown v is read as v=1 with a notice`, async () => {
          const page = await open(env.context, url(`tools/${tool}/${t.query}`));
          await page.getByLabel(t.field).first().fill(t.type);
          // The edit reaches the address bar (a time-out here fails the test).
          await page.waitForFunction(
            ([name, value]) => new URL(location.href).searchParams.get(name) === value,
            [t.param, t.type],
          );
          const q = new URL(await page.evaluate(() => location.href)).searchParams;
          assert.equal(q.get("v"), "1");
          assert.equal(q.get(t.param), t.type);
          // Every parameter of the original link is still there (it differs from its default).
          for (const [k] of new URLSearchParams(t.query)) assert.ok(q.has(k), `${k} dropped`);
          const shown = await outputs(page);

          // A new document in the same tab, from the link alone.
          const odd = await open(env.context, url(`tools/${tool}/?${q.toString().replace("v=1", "v=7")}`));
          const notice = odd.locator('[role="status"] [data-param="v"], [role="alert"] [data-param="v"]');
          assert.equal(await notice.count(), 1);
          assert.match(await notice.innerText(), /v=1/);
          assert.deepEqual(await outputs(odd), shown);
        });

      if (checks.includes("text"))
        test(`/tools/${tool}/: 「結果をテキストでコピー」 copies the outputs as shown, the inputs and the share link`, async () => {
          const page = await open(env.context, url(`tools/${tool}/${t.query}`));
          const shown = await outputs(page);
          await page.evaluate(() => navigator.clipboard.writeText(""));
          await page.getByRole("button", { name: "結果をテキストでコピー", exact: true }).click();
          await page.getByText("結果をテキストでコピーしました。").waitFor();
          const text = await lastCopied(page);
          for (const [name, o] of Object.entries(shown))
            assert.ok(text.includes(o.text), `${name} 「${o.text}」 not in:\n${text}`);
          assert.match(text, /■ 条件/);
          assert.match(text, /\d{4}年\d{1,2}月\d{1,2}日/);
          const link = text.match(/https?:\/\/\S+/)?.[0];
          assert.ok(link, "no link in the text");
          assert.equal(new URL(link).searchParams.get("v"), "1");
          const again = await open(env.context, link);
          assert.deepEqual(await outputs(again), shown);
        });
    }

    if (checks.includes("fallback"))
      test("each tool page's 「結果を共有する」 names every copy and embed button its calculator shows", async () => {
        const page = await reusedTab(env.context);
        for (const tool of Object.keys(TOOLS)) {
          await page.goto(url(`tools/${tool}/`));
          const labels = await page
            .locator(".calc-actions button")
            .evaluateAll((els) =>
              els.map((e) => e.textContent.trim()).filter((t) => /コピー|埋め込み/.test(t)),
            );
          assert.ok(labels.length >= 3, `/tools/${tool}/: buttons ${labels.join(", ")}`);
          // The section's text: what follows its heading up to the next heading.
          const text = await page.locator("main").evaluate((main) => {
            const parts = [];
            let n = main.querySelector('[id="結果を共有する"]')?.closest(".sl-heading-wrapper");
            while ((n = n?.nextElementSibling) && !n.classList.contains("sl-heading-wrapper"))
              parts.push(n.textContent);
            return parts.join("\n");
          });
          for (const label of labels)
            assert.ok(text.includes(`「${label}」`), `/tools/${tool}/: 「${label}」 not explained`);
        }
      });

    if (checks.includes("fallback"))
      test("when the clipboard is refused, the text is shown selected in a box", async () => {
        const context = await env.browser.newContext({ timezoneId });
        await context.addInitScript(() => {
          Object.defineProperty(navigator, "clipboard", { value: undefined });
          document.execCommand = () => false;
        });
        const page = await open(context, url("tools/coupon/"));
        await page.getByRole("button", { name: "結果をテキストでコピー", exact: true }).click();
        const box = page.getByRole("textbox", { name: "コピーする文章" });
        await box.waitFor();
        const text = await box.inputValue();
        assert.match(text, /256,000円/);
        const selected = await box.evaluate(
          (el) =>
            document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length,
        );
        assert.ok(selected, "the text is not selected");
        await context.close();
      });

    for (const [tool, t] of Object.entries(TOOLS)) {
      if (checks.includes("embed") && inZone(timezoneId, tool))
        test(`/embed/${tool}/: same outputs as the tool page, no site chrome, fits 360 px, links to the full tool`, async () => {
          const full = await open(env.context, url(`tools/${tool}/${t.query}`));
          const want = await outputs(full);
          const page = await open(narrow, url(`embed/${tool}/${t.query}`));
          assert.deepEqual(await outputs(page), want);
          assert.equal(
            await page.locator("nav, [role=navigation], header, footer, #starlight__sidebar").count(),
            0,
          );
          assert.equal(await page.getByRole("navigation").count(), 0);
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= 360),
            "sideways scroll at 360 px",
          );
          const link = page.getByRole("link", { name: /計算ツールのページで開く/ });
          const href = new URL(await link.getAttribute("href"), page.url());
          assert.equal(href.pathname, new URL(url(`tools/${tool}/`)).pathname);
          for (const [k, v] of new URLSearchParams(t.query)) assert.equal(href.searchParams.get(k), v, k);
          // An edit inside the embed changes the link.
          await page.getByLabel(t.field).first().fill(t.type);
          // The link follows the edit (a time-out here fails the test).
          await page.waitForFunction(
            ([name, value]) =>
              [...document.querySelectorAll("a")].some(
                (a) =>
                  /計算ツールのページで開く/.test(a.textContent ?? "") &&
                  new URL(a.href).searchParams.get(name) === value,
              ),
            [t.param, t.type],
          );
          const after = new URL(await link.getAttribute("href"), page.url());
          assert.equal(after.searchParams.get(t.param), t.type);
        });
    }
  });
}

describe("embed code", () => {
  const env = useSiteInChromium({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the tool page offers 「埋め込みコード」 on demand; the snippet frames the embed page and fits its height", async () => {
    const context = env.context;
    const tool = await open(context, new URL("tools/coupon/?discount=500", env.site.url).href);
    const before = await tool.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    await tool.getByRole("button", { name: "埋め込みコード", exact: true }).click();
    const code = tool.getByRole("textbox", { name: /埋め込みコード/ });
    await code.waitFor();
    const after = await tool.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    assert.ok(
      after.some((r) => /EmbedCode/.test(r) && !before.includes(r)),
      "the embed code panel did not load on demand",
    );
    const snippet = await code.inputValue();
    const src = snippet.match(/<iframe src="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    assert.ok(src, snippet);
    assert.equal(new URL(src).pathname, new URL("embed/coupon/", env.site.url).pathname);
    assert.equal(new URL(src).searchParams.get("v"), "1");
    assert.equal(new URL(src).searchParams.get("discount"), "500");

    // Another site pastes the snippet: the frame grows from its fixed height to the embed page's height (same tab).
    const host = await reusedTab(context);
    // A page of another site, served by the test on another origin of this machine: http (frame-ancestors *
    // matches network schemes only, so not about:blank) and loopback (Chromium blocks public pages framing localhost).
    const client = createServer((_, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(`<!doctype html><html><body style="margin:0;width:360px">${snippet}</body></html>`);
    });
    await new Promise((resolve) => client.listen(0, "127.0.0.1", resolve));
    afterAll(() => client.close());
    await host.goto(`http://127.0.0.1:${client.address().port}/`);
    const frame = host.locator("iframe");
    await host.waitForFunction(
      () => {
        const f = document.querySelector("iframe");
        return f && f.style.height !== "";
      },
      null,
      { timeout: 15000 },
    );
    // The embed page posts again whenever its height changes (hydration, fonts): wait until the two agree.
    let inner = 0;
    let outer = -100;
    for (let i = 0; i < 40 && Math.abs(outer - inner) > 2; i++) {
      await host.waitForTimeout(250);
      inner = await host
        .frames()[1]
        .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      outer = await frame.evaluate((f) => parseFloat(f.style.height));
    }
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer}px, content ${inner}px`);
    assert.equal(
      await host.frames()[1].locator('output[name="breakeven"]').getAttribute("data-value"),
      "11.6",
    );
  });

  test("embed pages are not indexed and name the tool page as canonical", async () => {
    for (const tool of Object.keys(TOOLS)) {
      const html = await (await fetch(new URL(`embed/${tool}/`, env.site.url))).text();
      assert.match(html, /<meta name="robots" content="noindex"/);
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      assert.equal(new URL(canonical).pathname, new URL(`tools/${tool}/`, env.site.url).pathname);
    }
  });
});
