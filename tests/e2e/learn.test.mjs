/** In Chromium: answer a lesson quiz with the keyboard, read the feedback, complete a lesson by answering all right or by its button, and see both on /learn/ after reload. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { reusedTab, seriousViolations, useSiteInChromium } from "./harness.mjs";

describe("lesson quiz and learning progress", () => {
  const env = useSiteInChromium();

  const url = (path) => new URL(path, env.site.url).href;

  test("without JavaScript the questions, choices and answers are readable", async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url("crm/why/"));
    const quiz = page.locator("[data-lesson-quiz]");
    assert.equal(await quiz.locator("legend").count(), 2);
    assert.ok(await quiz.locator("input[type=radio]").first().isVisible());
    assert.ok(await quiz.locator("summary").first().isVisible(), "answer disclosure hidden without JS");
    assert.equal(await quiz.locator(".quiz-check").first().isVisible(), false);
    await noJs.close();
  });

  test("answering by keyboard shows explanations; a wrong answer does not complete the lesson, all right does", async () => {
    const page = await reusedTab(env.context);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url("crm/why/"));
    await page.evaluate(() => localStorage.clear());
    await page.reload();

    const questions = page.locator(".quiz-question");
    const count = await questions.count();
    assert.ok(count >= 2);
    assert.equal(
      await questions.first().locator("details").isVisible(),
      false,
      "answers shown before checking",
    );

    // Start on the first choice of the first question; everything after this is keys only.
    await questions.first().locator("input[type=radio]").first().focus();
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      const answer = Number(await q.getAttribute("data-answer"));
      const choices = await q.locator("input[type=radio]").count();
      // Answer the first question wrongly on purpose, the others rightly.
      const target = i === 0 ? (answer + 1) % choices : answer;
      if (i > 0) await page.keyboard.press("Tab"); // from the previous check button into this radio group
      await page.keyboard.press("Space");
      for (let k = 0; k < target; k++) await page.keyboard.press("ArrowDown");
      assert.equal(await q.locator("input[type=radio]").nth(target).isChecked(), true);
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "答え合わせ");
      await page.keyboard.press("Enter");

      const feedback = q.locator(".quiz-feedback");
      assert.equal(await feedback.getAttribute("aria-live"), "polite");
      const text = await feedback.textContent();
      const explanation = await q.getAttribute("data-explanation");
      assert.ok(text.includes(explanation), `explanation not shown for question ${i + 1}`);
      if (i === 0) {
        assert.ok(text.startsWith("不正解です。"), text);
        assert.ok(text.includes(await q.getAttribute("data-answer-text")));
      } else {
        assert.ok(text.startsWith("正解です。"), text);
      }
    }
    const score = page.locator(".quiz-score");
    const status = page.locator(".lesson-done-status");
    assert.match(
      (await score.textContent()).trim(),
      new RegExp(`^${count}問中${count - 1}問正解。全問正解すると`),
    );
    assert.doesNotMatch(await score.textContent(), /完了にしました/);
    assert.equal((await status.textContent()).trim(), "このレッスンはまだ完了していません。");

    // The chosen answers and the score survive a reload.
    await page.reload();
    const first = questions.first();
    const right = Number(await first.getAttribute("data-answer"));
    const wrong = (right + 1) % (await first.locator("input[type=radio]").count());
    assert.equal(await first.locator("input[type=radio]").nth(wrong).isChecked(), true);
    assert.match(await first.locator(".quiz-feedback").textContent(), /^不正解です。/);
    assert.match((await score.textContent()).trim(), new RegExp(`^${count}問中${count - 1}問正解。`));
    assert.equal((await status.textContent()).trim(), "このレッスンはまだ完了していません。");

    // Choosing the right answer and checking again completes it, also after a reload.
    await first.locator("input[type=radio]").nth(right).check();
    await first.locator(".quiz-check").click();
    assert.equal(
      (await score.textContent()).trim(),
      `${count}問中${count}問正解。このレッスンを完了にしました。`,
    );
    assert.equal((await status.textContent()).trim(), "このレッスンは完了しています。");
    await page.reload();
    assert.equal(
      (await score.textContent()).trim(),
      `${count}問中${count}問正解。このレッスンを完了にしました。`,
    );
    assert.deepEqual(errors, []);
  });

  test("checking without a choice asks for one and does not complete", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("crm/reviews/"));
    await page.locator(".quiz-check").first().focus();
    await page.keyboard.press("Enter");
    assert.match(await page.locator(".quiz-feedback").first().textContent(), /選択肢を1つ選んで/);
    assert.equal((await page.locator(".quiz-score").textContent()).trim(), "");
  });

  test("a lesson can be marked done with its button", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("crm/templates/"));
    const toggle = page.locator(".lesson-done-toggle");
    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.equal(
      (await page.locator(".lesson-done-status").textContent()).trim(),
      "このレッスンは完了しています。",
    );
    assert.equal((await toggle.textContent()).trim(), "完了を取り消す");
  });

  test("the learning path shows both lessons done after a reload", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("learn/"));
    await page.reload();
    const total = await page.locator("[data-path-slug]").count();
    assert.equal((await page.locator("[data-path-count]").textContent()).trim(), `2 / ${total} 完了`);
    for (const slug of ["crm/why", "crm/templates"]) {
      const status = page.locator(`[data-path-slug="${slug}"] [data-path-status]`);
      assert.equal((await status.textContent()).trim(), "✓ 完了");
    }
    assert.equal(
      (await page.locator('[data-path-slug="crm/reviews"] [data-path-status]').textContent()).trim(),
      "未完了",
    );
    // 「次に読むレッスン」 is the first lesson on the path that has a page and is not done.
    const firstOpen = await page.evaluate(() => {
      const li = [...document.querySelectorAll("[data-path-slug]")].find(
        (x) => x.querySelector("a") && x.querySelector("[data-path-status]").textContent.trim() === "未完了",
      );
      return li?.querySelector("a").getAttribute("href");
    });
    assert.ok(firstOpen);
    const next = page.locator("[data-path-next] a");
    assert.equal(await next.getAttribute("href"), new URL(firstOpen, page.url()).href);
    assert.notEqual(firstOpen.replace(/\/$/, "").split("/").pop(), "why");
    assert.deepEqual(await seriousViolations(page), []);
  });

  test("undoing a lesson updates the count", async () => {
    const page = await reusedTab(env.context);
    await page.goto(url("crm/templates/"));
    await page.locator(".lesson-done-toggle").click();
    await page.goto(url("learn/"));
    const total = await page.locator("[data-path-slug]").count();
    assert.equal((await page.locator("[data-path-count]").textContent()).trim(), `1 / ${total} 完了`);
  });
});
