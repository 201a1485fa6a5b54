/**
 * A browser that refuses storage (Chromium with cookies and site data blocked, as Safari does with cookies blocked):
 * no uncaught errors from Starlight's theme and sidebar scripts or ours, a clear message, and quiz and status agree.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, fullChromiumPath, reusedTab, startSite } from "./harness.mjs";

describe("with storage blocked", () => {
  const profile = mkdtempSync(join(tmpdir(), "storage-blocked-"));
  let site;
  let context;
  before(async () => {
    // The profile's content setting blocks cookies and site data for every site: localStorage then throws.
    mkdirSync(join(profile, "Default"));
    writeFileSync(
      join(profile, "Default", "Preferences"),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
    site = await startSite();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: fullChromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
  });
  after(async () => {
    await context?.close();
    site?.server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Opens `path` in the context's one tab, collecting uncaught errors and console errors. */
  async function open(path) {
    const page = await reusedTab(context);
    const problems = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(new URL(path, site.url).href, { waitUntil: "load" });
    return { page, problems };
  }

  test("storage really is refused in this browser", async () => {
    const page = await reusedTab(context);
    await page.goto(site.url);
    // The page's own storage is a stand-in; a fresh frame without the guard shows the browser's refusal.
    const refused = await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.src = "about:blank";
      document.body.append(frame);
      try {
        frame.contentWindow.localStorage.getItem("x");
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true);
  });

  test("no page throws: theme switch, sidebar, search, quiz, learning path and record all run", async () => {
    // One page of each kind of script: home and 404 (theme, sidebar), a lesson (quiz), the path and the record, a
    // calculator, the search page.
    const paths = [
      "",
      "404.html",
      "crm/why/",
      "learn/",
      "learn/record/",
      "tools/reward/",
      "search/?q=%E5%A0%B1%E9%85%AC",
    ];
    const problems = [];
    for (const path of paths) {
      const w = await open(path);
      await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await w.page.waitForLoadState("networkidle");
      assert.equal(await w.page.evaluate(() => document.documentElement.dataset.storage), "memory", path);
      problems.push(...w.problems.map((p) => `${path}: ${p}`));
    }
    assert.deepEqual(problems, []);
  });

  test("the theme switch still switches (for this page)", async () => {
    const { page, problems } = await open("");
    const select = page.locator("starlight-theme-select select").first();
    for (const theme of ["light", "dark"]) {
      await select.selectOption(theme);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
    }
    assert.deepEqual(problems, []);
  });

  test("the quiz says clearly that nothing is kept, and the quiz and the status agree", async () => {
    const { page, problems } = await open("crm/why/");
    const notice = page.locator("[data-lesson-quiz] [data-storage-notice]");
    assert.equal(await notice.isVisible(), true);
    assert.match(await notice.textContent(), /保存を止めているため/);
    const questions = page.locator(".quiz-question");
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      await q
        .locator("input[type=radio]")
        .nth(Number(await q.getAttribute("data-answer")))
        .check();
      await q.locator(".quiz-check").click();
    }
    assert.equal(
      (await page.locator(".quiz-score").textContent()).trim(),
      `${n}問中${n}問正解。このレッスンを完了にしました。`,
    );
    assert.equal(
      (await page.locator(".lesson-done-status").textContent()).trim(),
      "このレッスンは完了しています。",
    );
    await page.locator(".lesson-done-toggle").click();
    assert.equal(
      (await page.locator(".lesson-done-status").textContent()).trim(),
      "このレッスンはまだ完了していません。",
    );
    assert.deepEqual(problems, []);

    const learn = await open("learn/");
    assert.equal(
      await learn.page.locator("[data-learning-path] [data-storage-notice]").first().isVisible(),
      true,
    );
    assert.deepEqual(learn.problems, []);
    const record = await open("learn/record/");
    assert.equal(await record.page.locator("[data-progress-record] [data-storage-notice]").isVisible(), true);
    assert.deepEqual(record.problems, []);
  });
});
