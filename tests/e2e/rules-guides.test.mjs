/**
 * The rules, shop-economics and practice lessons as a reader sees them: facts with their source links and marks,
 * the tactic lessons' links to the rules, the checklist without JavaScript, the case studies run through the
 * calculators, the minutes on /learn/, and the search reaching each new page.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIST, reusedTab, useSiteInChromium } from "./harness.mjs";
import { outputs, openHydrated } from "./calc-helpers.mjs";
import { importTs } from "./load-ts.mjs";
import { canonical, rankers } from "../search/eval.mjs";

const facts = await importTs("src/lib/facts/index.ts");
const { shopCost } = await importTs("src/lib/economics/index.ts");
const cases = await importTs("src/lib/cases/cases.ts");
const { formatNumber, formatPoints, formatYen } = await importTs("src/lib/format.ts");
const { formatJaDate } = await importTs("src/lib/timeline/format.ts");
const { learningPath, pathByDay, totalMinutes, DAY_BUDGET_MINUTES } = await importTs("src/lib/learn/path.ts");
const { timedPath } = await importTs("src/lib/learn/reading-time.ts");
const { quizFor } = await importTs("src/lib/learn/quizzes.ts");
const { checkSteps } = await importTs("src/lib/rules/checklist.ts");
const { rulePages } = await importTs("src/lib/rules/pages.ts");

const NEW_PAGES = [
  "rules",
  "rules/stealth-marketing",
  "rules/affiliate",
  "rules/email-law",
  "rules/price-display",
  "rules/reviews",
  "rules/checklist",
  "room/shop-cost",
  "crm/coupon-economics",
  "practice",
  "practice/week-one",
  "practice/rms-steps",
  "practice/case-zakka",
  "practice/case-himono",
  "practice/case-agency",
  "practice/common-mistakes",
];
const REPORTED = "非公式";

const decode = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
/** Built HTML of a page slug. */
const html = (slug) => {
  const file = join(DIST, slug, "index.html");
  assert.ok(existsSync(file), `${file} がありません(先に astro build を実行してください)`);
  return readFileSync(file, "utf8");
};
/** The lesson's own content (no sidebar). */
const main = (slug) => html(slug).match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
/** The lesson's prose only: the main content before the quiz and the footer. */
const prose = (slug) => main(slug).split(/<section[^>]*data-lesson-quiz|<aside class="page-meta/)[0];
/** Visible text with all whitespace removed. */
const squash = (fragment) =>
  decode(fragment.replace(/<(script|style)[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, "")).replace(/\s+/g, "");
/** The source file of a page slug (an index page for a section). */
const srcOf = (slug) =>
  readFileSync(
    existsSync(`src/content/docs/${slug}.mdx`)
      ? `src/content/docs/${slug}.mdx`
      : `src/content/docs/${slug}/index.mdx`,
    "utf8",
  );

describe("new pages: frontmatter, footer, sidebar", () => {
  for (const slug of NEW_PAGES) {
    test(`${slug}: title, description, kind, verified date, every cited source linked in the footer`, () => {
      const src = srcOf(slug);
      assert.match(src, /^kind: (hub|lesson|rules|case)$/m);
      const description = src.match(/^description:\s*(.+)$/m)?.[1].trim();
      assert.equal(
        decode(html(slug).match(/<meta name="description" content="([^"]*)"/)?.[1] ?? ""),
        description,
      );
      assert.match(main(slug), /<h1[^>]*>[^<]+<\/h1>/);
      const verified = src.match(/^verified:\s*"(\d{4})-(\d{2})-(\d{2})"$/m);
      if (slug === "practice") return; // the section hub links pages, it states no facts
      assert.ok(verified, "verified がありません");
      const foot = html(slug).match(/<aside class="page-meta[^"]*"[\s\S]*?<\/aside>/)?.[0] ?? "";
      const [, y, m, d] = verified.map(Number);
      assert.ok(squash(foot).includes(`内容の最終確認日:${y}年${m}月${d}日`));
      const ids = (src.match(/^sources:\s*\[([^\]]*)\]$/m) ??
        src.match(/^sources:\s*\n\s*\[([^\]]*)\]/m))?.[1]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      assert.ok(ids?.length, "sources がありません");
      for (const id of ids) {
        const s = facts.sourceById(id);
        assert.ok(squash(foot).includes(squash(s.title)), `${id} not in the footer`);
        if (s.url) assert.ok(decode(foot).includes(`href="${s.url}"`), `${id} is not linked`);
      }
    });

    test(`${slug} is in the sidebar`, () => {
      assert.match(html(slug), new RegExp(`<a href="/${slug}/" aria-current="page"`));
    });
  }

  test("the sidebar has the two new groups", () => {
    const page = squash(html("rules/checklist"));
    assert.ok(page.includes("ルールと法令") && page.includes("現場の実務"));
  });
});

describe("facts of the rules, economics and RMS lessons", () => {
  const pages = { ...facts.ruleFactPages, ...facts.economicsFactPages, ...facts.rmsFactPages };
  for (const [name, slug] of Object.entries(pages)) {
    test(`${name} is shown on /${slug}/ with its source link and 非公式 when reported`, () => {
      const fact = facts[name];
      const body = main(slug);
      const at = body.indexOf(`data-fact="${fact.label}"`);
      assert.ok(at >= 0, `data-fact="${fact.label}" missing`);
      const text = squash(body);
      const expected =
        "items" in fact
          ? fact.items
          : typeof fact.value === "number"
            ? [`${formatNumber(fact.value)}${fact.unit}`]
            : [fact.value];
      for (const e of expected) assert.ok(text.includes(squash(e)), `「${e}」 is not shown`);
      // The sentence (or the list and its source line) that states it carries the mark before its 。.
      const sentence = squash(body.slice(at)).split("。")[0];
      if (fact.status === "reported")
        assert.ok(sentence.includes(REPORTED), `reported without 非公式: ${sentence}`);
      const [firstId] = facts.sourceIdsOf(fact);
      const source = firstId ? facts.sourceById(firstId) : undefined;
      if (source?.url)
        assert.ok(decode(body).includes(`href="${source.url}"`), `source ${source.id} not linked`);
    });
  }

  test("no 非公式 mark sits between a rule's text and the particle or copula that follows it", () => {
    for (const slug of NEW_PAGES) {
      const text = squash(prose(slug));
      assert.doesNotMatch(text, /非公式(です|と|が|を|に|は|で|の)/, slug);
    }
  });

  test("the shop-cost table computes each genre rate from the reported system fee", () => {
    const table = main("room/shop-cost").match(
      /<table[^>]*data-fact-table="shop-cost"[\s\S]*?<\/table>/,
    )?.[0];
    assert.ok(table);
    const price = Number(
      squash(table.match(/<caption[\s\S]*?<\/caption>/)[0])
        .match(/^([\d,]+)円/)[1]
        .replace(/,/g, ""),
    );
    for (const rate of facts.rewardRates) {
      const row = table.match(new RegExp(`<tr[^>]*data-rate="${rate}"[\\s\\S]*?</tr>`))?.[0];
      const c = shopCost({ price, ratePct: rate, feePct: facts.systemFeePercent.value });
      assert.ok(squash(row).includes(`${formatNumber(c.total)}円${formatNumber(c.totalPct)}%`), `${rate}%`);
    }
    assert.ok(squash(table).includes(REPORTED));
  });

  test("the review rule is stated as research corrected it, and no page says a later coupon for every reviewer is banned", () => {
    const text = squash(main("rules/reviews"));
    assert.ok(text.includes("今回の注文"));
    assert.ok(text.includes("評価に関係なく"));
    for (const slug of NEW_PAGES)
      for (const sentence of squash(prose(slug)).split(/[。?]/))
        if (/レビュー/.test(sentence) && /次回/.test(sentence) && /クーポン/.test(sentence))
          assert.doesNotMatch(sentence, /禁止|渡せません|できません|いけません/, `${slug}: ${sentence}`);
  });
});

describe("tactic lessons link the rules that govern them", () => {
  const expected = {
    "room/sales": ["stealth", "reviews", "affiliate"],
    "crm/templates": ["email", "price", "reviews"],
    "crm/repurchase-coupon": ["reviews", "price", "email"],
    "crm/reviews": ["reviews", "stealth"],
  };
  for (const [slug, ids] of Object.entries(expected)) {
    test(`${slug} links ${ids.join(", ")}`, () => {
      const notes = main(slug).match(/<p class="rule-note[^"]*"[\s\S]*?<\/p>/g) ?? [];
      assert.ok(notes.length >= 1, "no rule note");
      const hrefs = notes.join("");
      for (const id of ids) assert.ok(hrefs.includes(`href="/${rulePages[id].slug}/"`), `${id} not linked`);
    });
  }
});

describe("case studies in prose", () => {
  test("case 1 states the rewards and the month's cost computed from src/lib, with the calculator links", () => {
    const { zakka } = cases;
    const body = main("practice/case-zakka");
    const text = squash(body);
    assert.ok(text.includes(formatPoints(zakka.room.unitCompare.total)));
    assert.ok(text.includes(formatPoints(zakka.room.rankTotal[zakka.room.rank])));
    assert.ok(text.includes(`約${formatYen(zakka.monthlyTotal)}`));
    assert.ok(decode(body).includes(`href="/tools/reward/?${zakka.room.rewardQuery}"`));
    assert.ok(decode(body).includes(`href="/tools/rank-bonus/?${zakka.room.rankQuery}"`));
  });

  test("case 2 lists the timeline's dates and links the timeline and the coupon tool", () => {
    const { himono } = cases;
    const body = main("practice/case-himono");
    const text = squash(body);
    for (const id of ["ship", "arrival", "review", "coupon-start", "coupon-end"])
      assert.ok(text.includes(squash(formatJaDate(himono.timeline.events[id]))), id);
    assert.ok(decode(body).includes(`href="/tools/crm-timeline/?${himono.timeline.query}"`));
    const couponBuilt = existsSync(join(DIST, "tools/coupon/index.html"));
    for (const c of [himono.coupon300, himono.coupon400]) {
      if (couponBuilt) assert.ok(decode(body).includes(`href="/tools/coupon/?${c.query}"`));
      else
        assert.ok(body.includes('data-tool-pending="tools/coupon"') && text.includes("計算ツールは準備中"));
    }
  });

  test("case 3 states the orders that recover the PR cost", () => {
    const text = squash(main("practice/case-agency"));
    assert.ok(text.includes(`約${formatNumber(cases.tsukishiro.ordersToRecoverPr)}件`));
  });
});

describe("/learn/ minutes come from the lessons", () => {
  const docs = learningPath
    .filter((e) => existsSync(`src/content/docs/${e.slug}.mdx`))
    .map((e) => {
      const body = readFileSync(`src/content/docs/${e.slug}.mdx`, "utf8");
      return { id: e.slug, body, kind: body.match(/^kind:\s*(\w+)/m)?.[1] ?? "" };
    });
  const timed = timedPath(learningPath, docs, (slug) => quizFor(slug).length);
  const page = html("learn");

  test("each lesson shows the minutes derived from its text and quiz, and each day's total is within the hour", () => {
    for (const e of timed) {
      const li = page.match(new RegExp(`<li[^>]*data-path-slug="${e.slug}"[\\s\\S]*?</li>`))?.[0] ?? "";
      if (e.minutes === null) assert.doesNotMatch(li, /path-minutes/, e.slug);
      else assert.ok(squash(li).includes(`約${e.minutes}分`), `${e.slug}: 約${e.minutes}分`);
    }
    for (const { day, entries } of pathByDay(timed)) {
      const total = totalMinutes(entries);
      assert.ok(total <= DAY_BUDGET_MINUTES, `day ${day}: ${total}`);
      assert.ok(
        squash(page).includes(`${day}日目:`) && squash(page).includes(`この日の目安:およそ${total}分`),
      );
    }
  });
});

describe("in Chromium", () => {
  const env = useSiteInChromium();

  test("the checklist works without JavaScript: answers open, 「次の質問」 links move down to the next step", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("rules/checklist/", env.site.url).href);
    const steps = page.locator("[data-check-steps] > li");
    assert.equal(await steps.count(), checkSteps.length);
    const first = steps.first();
    const firstItem = first.locator(".check-yes li").first();
    assert.equal(await firstItem.isVisible(), false, "answers are open before asking");
    await first.locator(".check-yes summary").click();
    assert.equal(await firstItem.isVisible(), true);
    assert.equal((await firstItem.textContent()).trim(), checkSteps[0].ifYes[0]);
    // Walk every step through 「いいえ」 to the closing section.
    for (let i = 0; i < checkSteps.length; i++) {
      const step = steps.nth(i);
      await step.locator(".check-no summary").click();
      await step.locator(".check-no a").click();
      const next = checkSteps[i + 1]?.id ?? "check-end";
      assert.equal(new URL(page.url()).hash, `#${next}`);
      const box = await page.locator(`[id="${next}"]`).boundingBox();
      assert.ok(box && box.y >= -1 && box.y < 200, `#${next} is not scrolled to (${box?.y})`);
    }
    const box = page.locator(".check-end input[type=checkbox]").first();
    await box.check();
    assert.equal(await box.isChecked(), true);
    // On paper the closed answers are shown too.
    await page.goto(new URL("rules/checklist/", env.site.url).href);
    await page.emulateMedia({ media: "print" });
    assert.equal(
      await steps.last().locator(".check-yes li").first().isVisible(),
      true,
      "answers hidden in print",
    );
    await context.close();
  });

  test("the case studies' calculator links show the figures the lessons print", async () => {
    const { zakka, tsukishiro, himono } = cases;
    for (const c of [zakka, tsukishiro]) {
      const reward = await openHydrated(
        env.context,
        new URL(`tools/reward/?${c.room.rewardQuery}`, env.site.url).href,
      );
      assert.equal(Number((await outputs(reward.page)).total), c.room.unitCompare.total, `${c.name} reward`);
      const rank = await openHydrated(
        env.context,
        new URL(`tools/rank-bonus/?${c.room.rankQuery}`, env.site.url).href,
      );
      const out = await outputs(rank.page);
      for (const r of c.room.ranks)
        assert.equal(Number(out[`total-${r.rank}`]), r.total, `${c.name} ${r.rank}`);
    }
    const tl = await reusedTab(env.context);
    await tl.goto(new URL(`tools/crm-timeline/?${himono.timeline.query}`, env.site.url).href);
    await tl.locator('output[name="ship"]').waitFor();
    const out = await outputs(tl);
    for (const id of ["ship", "arrival", "review", "coupon-start", "coupon-end"])
      assert.equal(out[id], himono.timeline.events[id], id);
  });
});

describe("search reaches the new pages", () => {
  /** [question, the new page, other pages that answer it too (they may rank above it)]. */
  const cases = [
    ["ステマ規制とは", "/rules/stealth-marketing/"],
    ["モニターの投稿にPRは必要?", "/rules/stealth-marketing/"],
    ["特定電子メール法 同意", "/rules/email-law/"],
    ["二重価格の表示のルール", "/rules/price-display/"],
    // The FAQ, the rewards lesson and the mistakes page answer it as well (報酬は出ない), the rule page says why.
    [
      "家族がROOM経由で買ったら報酬は?",
      "/rules/affiliate/",
      ["/faq/room/", "/room/rewards/", "/practice/common-mistakes/"],
    ],
    ["この施策は大丈夫かチェックしたい", "/rules/checklist/"],
    ["ROOM経由で売れたら店舗はいくら払う?", "/room/shop-cost/"],
    ["クーポンの損益分岐", "/crm/coupon-economics/"],
    ["RMSでクーポンを発行する手順", "/practice/rms-steps/"],
    ["新任スタッフの最初の1週間", "/practice/week-one/"],
    ["よくある失敗", "/practice/common-mistakes/"],
  ];
  test("each question finds its page among the first three results, not counting other pages that answer it", async () => {
    const { questionSearch } = await rankers();
    const misses = [];
    for (const [q, want, alsoAnswer = []] of cases) {
      const pages = (await questionSearch(q)).map((u) => canonical(u).split("#")[0]);
      const got = pages.filter((p) => !alsoAnswer.includes(p)).slice(0, 3);
      if (!got.includes(want)) misses.push(`${q} -> ${pages.slice(0, 4).join(" | ")} (want ${want})`);
    }
    assert.deepEqual(misses, []);
  });
});
