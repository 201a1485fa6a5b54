/**
 * The learning record in Chromium: export to a file and import it in a fresh browser, the copyable code, the stated
 * merge rule, the printable record (the typed name is never sent), and the review list's timing on a fixed clock.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { reusedTab, useSiteInChromium } from "./harness.mjs";

/** Completes a lesson's quiz with every answer right, or with the first answer wrong. */
async function answerQuiz(page, { wrongFirst = false } = {}) {
  const questions = page.locator(".quiz-question");
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const answer = Number(await q.getAttribute("data-answer"));
    const pick =
      wrongFirst && i === 0 ? (answer + 1) % (await q.locator("input[type=radio]").count()) : answer;
    await q.locator("input[type=radio]").nth(pick).check();
    await q.locator(".quiz-check").click();
  }
  return n;
}

const pathCount = (page) => page.locator("[data-path-count]").textContent();

describe("learning record: export, import, print", () => {
  const env = useSiteInChromium({ acceptDownloads: true });
  const url = (path) => new URL(path, env.site.url).href;
  /**
   * A browser without progress, opened at `path`: one second context for both import tests, its site storage cleared
   * (and the page reloaded on the empty storage) by each.
   */
  let otherContext;
  const freshBrowser = async (path) => {
    otherContext ??= await env.browser.newContext({ serviceWorkers: "block" });
    const page = await reusedTab(otherContext);
    await page.goto(url(path));
    assert.equal(
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
        return localStorage.length + sessionStorage.length;
      }),
      0,
    );
    await page.reload();
    return page;
  };
  after(() => otherContext?.close());

  test("export to a file, then import it in a fresh browser: lessons, answers and the review list come back", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("crm/why/"));
    const n = await answerQuiz(page); // all right: completed by the quiz
    await page.goto(url("crm/reviews/"));
    await answerQuiz(page, { wrongFirst: true }); // one wrong: not completed, one question to review
    await page.goto(url("crm/templates/"));
    await page.locator(".lesson-done-toggle").click(); // completed by its button
    await page.goto(url("learn/"));
    const total = await page.locator("[data-path-slug]").count();
    assert.equal((await pathCount(page)).trim(), `2 / ${total} 完了`);

    await page.goto(url("learn/record/"));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ファイルに書き出す" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^rakuten-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
    // The browser may be a shared one reached over a socket: read the download as a stream, not from its path.
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const exported = Buffer.concat(chunks);
    assert.match(exported.toString("utf8"), /"app": "rakuten-guide-learning"/);

    const other = await freshBrowser("learn/record/");
    await other.locator("[data-record-file]").setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: exported,
    });
    // Reading the file is asynchronous: wait for the status line to be written.
    await other.waitForFunction(() =>
      document.querySelector("[data-record-import-status]")?.textContent?.trim(),
    );
    assert.match(
      await other.locator("[data-record-import-status]").textContent(),
      /^読み込みました。完了したレッスンは2件\(このブラウザで新しく完了: 2件\)、復習の問題は1問です。$/,
    );
    const row = (slug) => other.locator(`[data-record-slug="${slug}"]`);
    assert.equal((await row("crm/why").locator('[data-cell="via"]').textContent()).trim(), "クイズ全問正解");
    assert.equal(
      (await row("crm/templates").locator('[data-cell="via"]').textContent()).trim(),
      "「完了にする」",
    );
    assert.equal(
      (await row("crm/why").locator('[data-cell="quiz"]').textContent()).trim(),
      `${n}問中${n}問正解`,
    );
    assert.match(await row("crm/reviews").locator('[data-cell="quiz"]').textContent(), /問中\d+問正解/);
    assert.equal((await row("crm/reviews").locator('[data-cell="done"]').textContent()).trim(), "-");
    await other.goto(url("learn/"));
    assert.equal((await pathCount(other)).trim(), `2 / ${total} 完了`);
    // The chosen answers came along: the lesson shows its feedback and score.
    await other.goto(url("crm/reviews/"));
    assert.match(await other.locator(".quiz-feedback").first().textContent(), /^不正解です。/);
  });

  test("the copyable code carries the record too, merged by the stated rule into a browser that has progress", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("learn/record/"));
    await page.getByRole("button", { name: "コードを表示" }).click();
    const code = await page.locator("[data-record-code-out]").inputValue();
    assert.match(code, /^RG2\.[A-Za-z0-9_-]+$/);

    const other = await freshBrowser("room/about/");
    await other.locator(".lesson-done-toggle").click(); // this browser's own progress
    await other.goto(url("learn/record/"));
    assert.match(await other.locator("[data-merge-rule]").textContent(), /完了日は早いほう/);
    await other.locator("[data-record-code-in]").fill(`${code.slice(0, 30)}\n${code.slice(30)}`);
    await other.getByRole("button", { name: "コードから読み込む" }).click();
    assert.match(
      await other.locator("[data-record-import-status]").textContent(),
      /完了したレッスンは3件\(このブラウザで新しく完了: 2件\)/,
    );
    await other.locator("[data-record-code-in]").fill("RG2.not-a-record");
    await other.getByRole("button", { name: "コードから読み込む" }).click();
    assert.match(await other.locator("[data-record-import-status]").textContent(), /^読み込めませんでした。/);
    await other.goto(url("learn/"));
    const total = await other.locator("[data-path-slug]").count();
    assert.equal((await pathCount(other)).trim(), `3 / ${total} 完了`);
  });

  test("the printable record shows the typed name, dates and scores; print hides the tools; the name is never sent", async () => {
    const page = await reusedTab(env.context);
    const sent = [];
    page.on("request", (r) => sent.push(`${r.url()} ${r.postData() ?? ""}`));
    await page.goto(url("learn/record/"));
    const name = "山田花子テスト";
    await page.locator("#record-name").fill(name);
    assert.equal(await page.locator("[data-record-name]").textContent(), name);
    assert.match(await page.locator("[data-record-count]").textContent(), /レッスン中 2レッスン$/);
    assert.match(
      await page.locator('[data-record-slug="crm/why"] [data-cell="done"]').textContent(),
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".record-tools").isVisible(), false);
    assert.equal(await page.locator(".record-sheet table").isVisible(), true);
    assert.equal(await page.locator("[data-record-name]").isVisible(), true);
    await page.emulateMedia({ media: "screen" });
    await page.reload();
    assert.equal(await page.locator("#record-name").inputValue(), "", "the name was kept");
    assert.equal(
      await page.evaluate((n) => Object.values(localStorage).some((v) => v.includes(n)), name),
      false,
      "the name was stored",
    );
    assert.deepEqual(
      sent.filter((s) => s.includes(name) || s.includes(encodeURIComponent(name))),
      [],
    );
  });
});

describe("review list timing on a fixed clock", () => {
  const env = useSiteInChromium({ timezoneId: "Asia/Tokyo" });
  const url = (path) => new URL(path, env.site.url).href;
  /** Opens /learn/ on `day` (Tokyo, 9:00) and returns the review summary. */
  const learnOn = async (page, day) => {
    await page.clock.setFixedTime(new Date(`${day}T09:00:00+09:00`));
    await page.goto(url("learn/"));
    return (await page.locator("[data-review-summary]").textContent()).trim();
  };
  const answerReview = async (page, right) => {
    const item = page.locator(".review-item").first();
    await item.waitFor();
    const key = await item.getAttribute("data-key");
    const answer = await page.evaluate(
      async (k) => (await (await fetch(new URL("../learn/questions.json", location.href))).json())[k].answer,
      key,
    );
    const n = await item.locator("input[type=radio]").count();
    await item
      .locator("input[type=radio]")
      .nth(right ? answer : (answer + 1) % n)
      .check();
    await item.locator(".review-check").click();
    return (await item.locator(".review-feedback").textContent()).trim();
  };

  test("a missed question comes back after 1, 3 and 7 days and leaves after two correct answers in a row", async () => {
    const page = await reusedTab(env.context);
    await page.clock.setFixedTime(new Date("2026-11-23T09:00:00+09:00"));
    await page.goto(url("crm/segments/"));
    await answerQuiz(page, { wrongFirst: true });

    assert.equal(await learnOn(page, "2026-11-23"), "今日の復習はありません。次は11月24日に1問出ます。");
    assert.equal(await page.locator(".review-item").count(), 0);
    assert.equal(await learnOn(page, "2026-11-24"), "今日の復習: 1問");
    assert.match(await answerReview(page, true), /^正解です。次は11月26日に出ます。/);
    assert.equal(await learnOn(page, "2026-11-25"), "今日の復習はありません。次は11月26日に1問出ます。");
    assert.equal(await learnOn(page, "2026-11-26"), "今日の復習: 1問");
    // Wrong on day 3: the count starts again, the date stays on the schedule (day 7).
    assert.match(await answerReview(page, false), /^不正解です。.*次は11月30日に出ます。$/);
    assert.equal(await learnOn(page, "2026-11-29"), "今日の復習はありません。次は11月30日に1問出ます。");
    assert.equal(await learnOn(page, "2026-11-30"), "今日の復習: 1問");
    assert.match(await answerReview(page, true), /^正解です。次は12月7日に出ます。/);
    assert.equal(await learnOn(page, "2026-12-07"), "今日の復習: 1問");
    assert.equal(await answerReview(page, true), "正解です。続けて正解したので、復習リストから外しました。");
    assert.equal(await learnOn(page, "2026-12-08"), "復習する問題はありません。");
  });
});
