/**
 * Offline after one visit, in Chromium with service workers allowed: the first visit loads as before and precaching
 * starts after the load; then, with the network off, a guide never opened, a calculator link with its parameters, a
 * search and the review list all work. The manifest makes the site installable; a new version is offered politely.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { serveStatic } from "../../scripts/static-server.mjs";
import { BASE, DIST, reusedTab, useSiteInChromium } from "./harness.mjs";

const CALC = "tools/reward/?price=12800&qty=3";

/**
 * Opens `path` in the context's tab and waits until the service worker controls the page (it has precached everything
 * by then).
 */
async function visitOnce(context, siteUrl, path = "") {
  const page = await reusedTab(context);
  await page.goto(new URL(path, siteUrl).href);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** Text of the calculator's result outputs once the island has hydrated. */
async function rewardOutputs(page) {
  await page.locator("astro-island").first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  return page
    .locator("output[name]")
    .evaluateAll((els) => els.map((e) => `${e.getAttribute("name")}=${e.textContent}`));
}

describe("offline after one visit", () => {
  const env = useSiteInChromium({ serviceWorkers: "allow", timezoneId: "Asia/Tokyo" });

  test("the first visit loads as before: the worker and its precache are fetched only after the load event", async () => {
    // The first test: the describe's context has not opened a page yet, so this is its first visit. (Run after a
    // visit, it would fail: no worker install, no precache requests.)
    const requests = [];
    const record = (r) => requests.push({ url: r.url(), worker: !!r.serviceWorker() });
    env.context.on("request", record);
    const page = await reusedTab(env.context);
    // When the page calls register(), in the page's own clock: the Node-side order of a page's load event and a
    // worker's requests is not reliable (they arrive on different DevTools sessions), the page's clock is.
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args) => {
        window.__registeredAt ??= performance.now();
        return register(...args);
      };
    });
    await page.goto(env.site.url, { waitUntil: "load" });
    await page.evaluate(() => navigator.serviceWorker.ready);
    env.context.off("request", record);
    const { registeredAt, loadEventStart } = await page.evaluate(() => ({
      registeredAt: window.__registeredAt,
      loadEventStart: performance.getEntriesByType("navigation")[0].loadEventStart,
    }));
    const precache = requests.filter((e) => e.worker);
    assert.ok(
      requests.some((e) => e.url.endsWith("/sw.js")),
      "sw.js was never requested",
    );
    assert.ok(precache.length > 50, `only ${precache.length} requests from the worker`);
    // The worker, and so every request it makes, exists only after register(): registering once the load event has
    // fired (in its handler or later) is what keeps sw.js and the precache out of the first load.
    assert.ok(registeredAt !== undefined, "the page never registered the worker");
    assert.ok(registeredAt >= loadEventStart, "the worker was registered before the page finished loading");
    assert.ok(
      precache.some((e) => /pagefind\/wasm\.[a-z]+\.pagefind$/.test(e.url)),
      "Pagefind's wasm is not precached",
    );
  });

  test("with the network off: a guide never opened, a calculator link with parameters, and a search", async () => {
    // The calculator's result for these parameters and its defaults, computed online in a browser without the worker.
    const online = await env.browser.newContext({ serviceWorkers: "block" });
    const onlinePage = await online.newPage();
    await onlinePage.goto(new URL(CALC, env.site.url).href);
    const expected = await rewardOutputs(onlinePage);
    await onlinePage.goto(new URL("tools/reward/", env.site.url).href);
    assert.notDeepEqual(await rewardOutputs(onlinePage), expected, "the parameters change nothing");
    await online.close();

    const page = await visitOnce(env.context, env.site.url);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await env.context.setOffline(true);
    try {
      const guide = await page.goto(new URL("crm/reviews/", env.site.url).href);
      assert.equal(guide.status(), 200);
      assert.equal(guide.fromServiceWorker(), true);
      assert.match(await page.locator("h1").textContent(), /レビュー/);
      // The lesson's own script runs: the quiz can be checked.
      assert.equal(await page.locator(".quiz-check").first().isVisible(), true);

      const calc = await page.goto(new URL(CALC, env.site.url).href);
      assert.equal(calc.fromServiceWorker(), true);
      assert.deepEqual(await rewardOutputs(page), expected);

      await page.goto(new URL("search/?q=%E5%A0%B1%E9%85%AC", env.site.url).href);
      const first = page.locator("main ol li a").first();
      await first.waitFor({ timeout: 15000 });
      assert.ok((await page.locator("main ol li a").count()) > 0);
      // A result leads to a page that also opens offline.
      await first.click();
      await page.waitForLoadState("load");
      assert.notEqual(await page.locator("h1").count(), 0);

      // The search questions come from the worker's gzip copy, unpacked to the JSON the search reads.
      const asks = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return { type: r.headers.get("content-type"), questions: (await r.json()).questions.length };
      }, new URL("search/asks.json", env.site.url).href);
      assert.match(asks.type, /^application\/json/);
      assert.ok(asks.questions > 1000, `asks.json offline has ${asks.questions} questions`);

      // The header search on a guide gives instant results offline too.
      await page.goto(new URL("room/about/", env.site.url).href);
      await page.locator("header form[role=search] input[name=q]").pressSequentially("ランク");
      await page.locator("header form[role=search] [role=option]").first().waitFor({ timeout: 15000 });
    } finally {
      await env.context.setOffline(false);
    }
    assert.deepEqual(errors, []);
  });

  test("the review list works offline: a question missed yesterday comes back and can be answered", async () => {
    const page = await reusedTab(env.context);
    await page.clock.setFixedTime(new Date("2026-11-23T09:00:00+09:00"));
    await page.goto(new URL("crm/why/", env.site.url).href);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const q = page.locator(".quiz-question").first();
    const answer = Number(await q.getAttribute("data-answer"));
    const question = await q
      .locator("legend")
      .evaluate((l) => l.textContent.replace(/^問\d+\.\s*/, "").trim());
    await q
      .locator("input[type=radio]")
      .nth(answer === 0 ? 1 : 0)
      .check();
    await q.locator(".quiz-check").click();

    await env.context.setOffline(true);
    try {
      await page.clock.setFixedTime(new Date("2026-11-24T09:00:00+09:00"));
      await page.goto(new URL("learn/", env.site.url).href);
      assert.equal((await page.locator("[data-review-summary]").textContent()).trim(), "今日の復習: 1問");
      const item = page.locator(".review-item");
      await item.first().waitFor();
      assert.equal(await item.count(), 1);
      assert.equal(await item.locator("legend").textContent(), question);
      await item.locator("input[type=radio]").nth(answer).check();
      await item.locator(".review-check").click();
      assert.match(await item.locator(".review-feedback").textContent(), /^正解です。次は11月26日に出ます。/);
    } finally {
      await env.context.setOffline(false);
    }
  });

  test("installable: every page links a manifest whose start_url and scope are the base, with a maskable icon", async () => {
    const page = await reusedTab(env.context);
    await page.goto(env.site.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    assert.equal(href, `${BASE.replace(/\/?$/, "/")}manifest.webmanifest`);
    const res = await page.request.get(new URL(href, env.site.url).href);
    const manifest = await res.json();
    assert.equal(manifest.start_url, new URL(env.site.url).pathname);
    assert.equal(manifest.scope, new URL(env.site.url).pathname);
    assert.equal(manifest.display, "standalone");
    assert.match(manifest.name, /実務ガイド/);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.ok(manifest.icons.some((i) => i.purpose === "maskable"));
    for (const icon of manifest.icons) {
      const r = await page.request.get(new URL(icon.src, env.site.url).href);
      assert.equal(r.status(), 200, icon.src);
      assert.equal(r.headers()["content-type"], "image/png");
    }
  });
});

describe("a new version is offered politely", () => {
  // A copy of the site whose sw.js the test changes, as a new deployment would.
  const dir = mkdtempSync(join(tmpdir(), "offline-update-"));
  cpSync(DIST, dir, { recursive: true });
  const env = useSiteInChromium({ serviceWorkers: "allow" });
  let site;
  after(() => {
    site?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("「新しい版があります」 waits while a quiz is half answered and reloads only on consent", async () => {
    site = await serveStatic({ dir, base: BASE });
    const page = await visitOnce(env.context, site.url, "crm/why/");
    await page.evaluate(() => (window.sameDocument = true));
    const bar = page.locator("[data-sw-update]");

    // Mid-quiz: one answer picked, not yet checked.
    const questions = page.locator(".quiz-question");
    await questions.first().locator("input[type=radio]").first().check();
    writeFileSync(join(dir, "sw.js"), `${readFileSync(join(dir, "sw.js"), "utf8")}\n// next deployment\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await bar.waitFor({ state: "attached" });
    assert.equal(await bar.isVisible(), false, "the prompt showed in the middle of a quiz");

    // Quiz finished: the prompt appears, and nothing reloads by itself.
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      await q
        .locator("input[type=radio]")
        .nth(Number(await q.getAttribute("data-answer")))
        .check();
      await q.locator(".quiz-check").click();
    }
    await bar.waitFor({ state: "visible" });
    assert.match(await bar.textContent(), /新しい版があります/);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.sameDocument), true, "reloaded without consent");

    // 「あとで」 dismisses it; the old version keeps serving.
    await bar.getByRole("button", { name: "あとで" }).click();
    assert.equal(await bar.count(), 0);
    assert.equal(await page.evaluate(() => window.sameDocument), true);

    // The next page offers it again; 「更新する」 switches to the new version and reloads.
    await page.goto(new URL("room/about/", site.url).href);
    await bar.waitFor({ state: "visible" });
    await Promise.all([
      page.waitForEvent("framenavigated"),
      bar.getByRole("button", { name: "更新する" }).click(),
    ]);
    await page.waitForLoadState("load");
    assert.equal(
      await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
      false,
    );
    assert.equal(await page.locator("[data-sw-update]").count(), 0);
  });
});
