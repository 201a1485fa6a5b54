/** The 楽天ROOM lessons in dist/ show every fact from src/lib/facts that they present, with 非公式 marks where due. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIST } from "./harness.mjs";
import { importTs } from "./load-ts.mjs";

/** The facts module, bundled from its TypeScript source so the test reads the same data as the site. */
const facts = await importTs("src/lib/facts/index.ts");

const LESSONS = [
  "room/about",
  "room/rewards",
  "room/rank",
  "room/limits",
  "room/merits",
  "room/setup",
  "room/daily",
  "room/audience",
  "room/sales",
  "room/marketing-mix",
];
const PAGES = [...LESSONS, "faq/room"];

/** Built HTML of a page slug; fails the test when the page was not built. */
function html(slug) {
  const file = join(DIST, slug, "index.html");
  assert.ok(existsSync(file), `${file} がありません(先に astro build を実行してください)`);
  return readFileSync(file, "utf8");
}

const decode = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (fragment) =>
  decode(
    fragment
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  ).trim();

/** Text with all whitespace removed, for matching across element boundaries. */
const squash = (s) => text(s).replace(/\s+/g, "");

/** The main lesson content (without the sidebar, which lists every page title). */
const main = (slug) => html(slug).match(/<main[\s\S]*<\/main>/)?.[0] ?? "";

/** The table marked data-fact-table="name" on a page. */
function factTable(slug, name) {
  const m = main(slug).match(new RegExp(`<table[^>]*data-fact-table="${name}"[\\s\\S]*?</table>`));
  assert.ok(m, `${slug} に表 ${name} がありません`);
  return m[0];
}

/** The <tr> in a table whose attribute `attr` equals `value`. */
function row(table, attr, value) {
  const m = table.match(
    new RegExp(`<tr[^>]*${attr}="${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[\\s\\S]*?</tr>`),
  );
  assert.ok(m, `行 ${attr}=${value} がありません`);
  return m[0];
}

const yen = (n) => n.toLocaleString("ja-JP");
const REPORTED = "非公式";

/** The squashed text from the fact element marked data-fact="label" in `html` to the end of its sentence (its 。). */
function factSentence(html, label) {
  const at = html.indexOf(`data-fact="${label}"`);
  assert.ok(at >= 0, `data-fact="${label}" がありません`);
  const block = html.slice(html.lastIndexOf("<", at)).split(/<\/(?:p|li|td|th|caption)>/)[0];
  const text = squash(block);
  const end = text.indexOf("。");
  return end === -1 ? text : text.slice(0, end + 1);
}

/** The fact shows `shown`, and when it is reported its sentence carries the 非公式 mark. */
function assertShown(html, fact, shown) {
  const sentence = factSentence(html, fact.label);
  assert.ok(sentence.startsWith(squash(shown)), `「${sentence}」が「${shown}」で始まりません`);
  if (fact.status === "reported")
    assert.ok(sentence.includes(REPORTED), `「${sentence}」に${REPORTED}がありません`);
}

describe("楽天ROOM lessons: every page", () => {
  for (const slug of PAGES) {
    test(`${slug} has a title and the description from its frontmatter as meta description`, () => {
      const src = readFileSync(`src/content/docs/${slug}.mdx`, "utf8");
      const description = src.match(/^description:\s*(.+)$/m)?.[1].trim();
      assert.ok(description && description.length > 20, "frontmatter に description がありません");
      const page = html(slug);
      const meta = page.match(/<meta name="description" content="([^"]*)"/)?.[1];
      assert.equal(decode(meta ?? ""), description);
      assert.match(page, /<meta property="og:description" content="[^"]+"/);
      assert.match(main(slug), /<h1[^>]*>[^<]+<\/h1>/);
    });

    test(`${slug} shows its verified date and every source its frontmatter cites`, () => {
      const src = readFileSync(`src/content/docs/${slug}.mdx`, "utf8");
      const verified = src.match(/^verified:\s*"?(\d{4})-(\d{2})-(\d{2})"?$/m);
      assert.ok(verified, "frontmatter に verified がありません");
      const ids =
        src
          .match(/^sources:\s*\[([^\]]*)\]$/m)?.[1]
          .split(",")
          .map((s) => s.trim()) ?? [];
      assert.ok(ids.length > 0, "frontmatter に sources がありません");
      const foot = squash(html(slug).match(/<aside class="page-meta[^"]*"[\s\S]*?<\/aside>/)?.[0] ?? "");
      const [, y, m, d] = verified.map(Number);
      assert.ok(foot.includes(`内容の最終確認日:${y}年${m}月${d}日`), foot);
      for (const id of ids) {
        const s = facts.sourceById(id);
        assert.ok(foot.includes(squash(s.title)) && foot.includes(squash(s.publisher)), id);
      }
    });
  }

  for (const slug of LESSONS) {
    test(`${slug} ends with its quiz`, () => {
      assert.match(main(slug), /確認クイズ/);
    });
  }
});

describe("楽天ROOM lessons: rewards", () => {
  test("the genre table lists every genre once, in the row of its rate", () => {
    const table = factTable("room/rewards", "genre-rates");
    const listed = [...table.matchAll(/data-genre="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual([...listed].sort(), facts.genreRates.genres.map((g) => g.key).sort());
    for (const rate of facts.rewardRates) {
      const r = row(table, "data-rate", String(rate));
      assert.match(text(r), new RegExp(`^${rate}%`));
      const names = [...r.matchAll(/<li[^>]*data-genre="[^"]+"[^>]*>([^<]+)<\/li>/g)].map((m) =>
        decode(m[1]).trim(),
      );
      assert.deepEqual(
        names,
        facts.genreRates.genres.filter((g) => g.rate === rate).map((g) => g.name),
      );
    }
  });

  test("every worked example matches price × rate, rounded down per unit, capped, times quantity", () => {
    const examples = [
      ...main("room/rewards").matchAll(
        /<div[^>]*class="reward-example[^"]*"[\s\S]*?<\/output>[\s\S]*?<\/p>/g,
      ),
    ];
    assert.ok(examples.length >= 2, "計算例が2つ以上ありません");
    let capped = 0;
    for (const [ex] of examples) {
      const key = ex.match(/data-example-genre="([^"]+)"/)[1];
      const price = Number(ex.match(/data-example-price="(\d+)"/)[1]);
      const qty = Number(ex.match(/data-example-quantity="(\d+)"/)[1]);
      const genre = facts.genreRates.genres.find((g) => g.key === key);
      const perUnit = Math.floor((price * genre.rate) / 100);
      if (perUnit > facts.normalCapPerUnit.value) capped++;
      const expected = Math.min(perUnit, facts.normalCapPerUnit.value) * qty;
      assert.equal(text(ex.match(/<output[^>]*>([\s\S]*?)<\/output>/)[1]), `${yen(expected)}ポイント`);
      assert.ok(squash(ex).includes(`${genre.name}」(料率${genre.rate}%)`), key);
      assert.ok(squash(ex).includes(`楽天キャッシュで${yen(expected * facts.yenPerPoint.value)}円分`), key);
    }
    assert.ok(capped >= 1, "上限に達する計算例がありません");
  });

  test("the caps, the cash rate and the same-buyer cap appear, reported ones with 非公式", () => {
    const page = squash(main("room/rewards"));
    for (const f of [
      facts.normalCapPerUnit,
      facts.yenPerPoint,
      facts.sameBuyerMonthlyCap,
      facts.bonusCapPerUnit,
    ])
      assertShown(main("room/rewards"), f, `${yen(f.value)}${f.unit}`);
    assert.ok(page.includes(squash(facts.selfPurchaseRule.value)));
    for (const r of facts.unconfirmedRewardRules) assert.ok(page.includes(squash(r.value)), r.label);
    assert.match(main("room/rewards"), /href="[^"]*\/tools\/reward\/"/);
  });
});

describe("楽天ROOM lessons: rank", () => {
  test("each rank shows its bonus and the total range computed from the genre rates", () => {
    const table = factTable("room/rank", "rank-bonuses");
    const low = Math.min(...facts.rewardRates);
    const high = Math.max(...facts.rewardRates);
    for (const b of facts.rankBonuses) {
      const cells = text(row(table, "data-rank", b.rank));
      assert.ok(cells.startsWith(`${b.rank}ランク`));
      assert.ok(cells.includes(b.value > 0 ? `+${b.value}%` : "なし"), b.rank);
      assert.ok(cells.endsWith(`${low + b.value}〜${high + b.value}%`), `${b.rank}: ${cells}`);
    }
  });

  test("every rank condition is listed in its rank's row", () => {
    const table = factTable("room/rank", "rank-conditions");
    for (const r of facts.rankConditions) {
      const cells = squash(row(table, "data-rank", r.rank));
      for (const c of r.conditions) assert.ok(cells.includes(squash(c)), `${r.rank}: ${c}`);
    }
  });

  test("monthly re-evaluation, the unpublished numbers and the separate bonus cap are stated", () => {
    assertShown(main("room/rank"), facts.rankReevaluation, facts.rankReevaluation.value);
    for (const f of facts.rankUnpublished) assertShown(main("room/rank"), f, f.value);
    assertShown(
      main("room/rank"),
      facts.bonusCapPerUnit,
      `${yen(facts.bonusCapPerUnit.value)}${facts.bonusCapPerUnit.unit}`,
    );
    assert.match(main("room/rank"), /href="[^"]*\/tools\/rank-bonus\/"/);
  });
});

describe("楽天ROOM lessons: limits", () => {
  test("every follow/like limit is in the table with the 非公式 mark", () => {
    const table = factTable("room/limits", "action-limits");
    assert.ok(text(table.match(/<caption[\s\S]*?<\/caption>/)[0]).includes(REPORTED));
    for (const l of facts.actionLimits) {
      const r = squash(row(table, "data-limit", `${l.action}:${l.window}`));
      assert.ok(r.includes(`${l.estimate ? "約" : ""}${yen(l.value)}${l.unit}${REPORTED}`), l.label);
      assert.ok(r.includes(squash(l.window)));
    }
  });

  test("the suspension risk and the advice label are shown", () => {
    const page = squash(main("room/limits"));
    assert.ok(page.includes(squash(facts.burstFollowRisk.value)));
    assert.ok(page.includes("編集部の助言"));
  });
});

describe("楽天ROOM lessons: setup, audience, sales", () => {
  test("setup lists the R-SNS channels, the account fields, the switch form and the review time", () => {
    const page = squash(main("room/setup"));
    for (const c of facts.rSnsChannels.channels) assert.ok(page.includes(squash(c)), c);
    for (const f of facts.generalAccountFields.fields) assert.ok(page.includes(squash(f)), f);
    assert.ok(page.includes(facts.switchFormName.value));
    assertShown(
      main("room/setup"),
      facts.switchReviewWeeks,
      `${facts.switchReviewWeeks.value}${facts.switchReviewWeeks.unit}`,
    );
    assert.equal(
      (main("room/setup").match(/<li[^>]*>\s*<p>\s*<strong>/g) ?? []).length,
      5,
      "手順が5つではありません",
    );
  });

  test("audience figures carry their as-of year and 非公式 exactly when they are reported", () => {
    const table = factTable("room/audience", "audience");
    const figures = [
      facts.roomUsersEstimate,
      facts.roomFemaleShare,
      facts.roomAge20to40sShare,
      facts.roomLaunchYear,
    ];
    for (const f of figures) {
      const r = text(row(table, "data-fact", f.label));
      assert.equal(r.includes(REPORTED), f.status === "reported", f.label);
    }
    const users = text(row(table, "data-fact", facts.roomUsersEstimate.label));
    assert.ok(users.includes(`約${facts.roomUsersEstimate.value / 10_000}万人`), users);
    assert.ok(users.includes(`${facts.roomUsersEstimate.asOf.slice(0, 4)}年`));
    for (const f of [facts.roomFemaleShare, facts.roomAge20to40sShare]) {
      const r = text(row(table, "data-fact", f.label));
      assert.ok(r.includes(`${f.value}${f.unit}`), f.label);
      const [y, m] = f.asOf.split("-").map(Number);
      assert.ok(r.includes(`${y}年${m}月`), f.label);
    }
    assert.ok(text(row(table, "data-fact", facts.roomLaunchYear.label)).includes(facts.roomLaunchYear.value));
  });

  test("every PR menu item shows its cost, and the influencer conditions and the negotiation rule are stated", () => {
    const table = factTable("room/sales", "pr-menu");
    const man = (n) => `${n / 10_000}万円`;
    for (const item of facts.prMenu) {
      const r = squash(row(table, "data-menu", item.key));
      assert.ok(r.includes(squash(item.name)), item.key);
      const cost = squash(
        r.match(/<td data-cost[^>]*>[\s\S]*?<\/td>/)?.[0] ??
          row(table, "data-menu", item.key).match(/<td data-cost[^>]*>([\s\S]*?)<\/td>/)[1],
      );
      if (item.cost.kind === "from") assert.equal(cost, `${man(item.cost.yen)}から`);
      else if (item.cost.kind === "fixedPlusRoyalty") {
        assert.ok(
          cost.includes(`${man(item.cost.yen)}から`) && cost.includes(`${item.cost.royaltyPercent}%`),
          cost,
        );
      } else assert.ok(cost.length > 0);
    }
    const page = squash(main("room/sales"));
    for (const c of facts.influencerConditions.conditions) assert.ok(page.includes(squash(c)), c);
    assert.ok(page.includes(squash(facts.influencerNegotiationRule.value)));
  });
});

describe("楽天ROOM FAQ", () => {
  test("every question is an H2 answered with a link to a lesson section", () => {
    // Only the FAQ's own content: the quiz/lesson-completion block after it has its own H2.
    const body = main("faq/room").split(/<section[^>]*class="lesson-quiz|<aside class="page-meta/)[0];
    const sections = body.split(/<h2[^>]*id="[^"]+"/).slice(1);
    assert.ok(sections.length >= 10, `質問が${sections.length}件しかありません`);
    for (const s of sections) assert.match(s, /href="[^"]*\/room\/[a-z-]+\/#[^"]+"/);
  });
});
