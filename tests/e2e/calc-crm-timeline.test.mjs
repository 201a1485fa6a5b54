/** The CRM timeline tool in Chromium: typing, shared links, bad URL parameters, time zones, .ics export, a11y. */
import assert from "node:assert/strict";
import { text } from "node:stream/consumers";
import { describe, test } from "node:test";
import { forgetSite, reusedTab, seriousViolations, twoFrames, useSiteInChromium } from "./harness.mjs";
import { importTs } from "./load-ts.mjs";

/** The facts the page passes to the island (the same module the page reads). */
const { timelineFactsFromFacts } = await importTs("src/lib/timeline/from-facts.ts");
const FACTS = timelineFactsFromFacts();

const PATH = "tools/crm-timeline/";

/** Today's date in Asia/Tokyo, computed independently of the page. */
const tokyoToday = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

/** The address as the page itself sees it (page.url() learns of replaceState only later). */
const currentUrl = (page) => page.evaluate(() => window.location.href);

/** name -> data-value of every result <output>. */
const outputs = (page) =>
  page
    .locator("output[name]")
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute("name"), e.dataset.value])));

/** Every event of the list view as { id, date, title }. */
const listEvents = (page) =>
  page.locator(".tl-list li").evaluateAll((els) =>
    els.map((li) => ({
      id: li.dataset.event,
      date:
        li.querySelector("[data-value], time")?.getAttribute("data-value") ??
        li.querySelector("time")?.dateTime,
      title: li.querySelector(".tl-title")?.textContent,
    })),
  );

describe("/tools/crm-timeline/", () => {
  const env = useSiteInChromium({ acceptDownloads: true });
  const url = (query = "") => new URL(`${PATH}${query}`, env.site.url).href;
  /**
   * Opens the page in the tab of `context` (the describe's unless given), on screen, and waits for the island to render
   * its results. The tool keeps its state in the URL only.
   */
  const open = async (
    query = "",
    { context = env.context, viewport = { width: 1280, height: 720 }, colorScheme = "light" } = {},
  ) => {
    const page = await reusedTab(context);
    // Set for each test (the tab keeps what the test before it emulated): Playwright's defaults unless given.
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, colorScheme });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url(query));
    await page.locator('output[name="ship"]').waitFor();
    return { page, errors };
  };

  test("built without dates (no build day frozen in), then hydrated with today's dates: no errors, no layout shift", async () => {
    const html = await (await fetch(url())).text();
    assert.match(html, /<astro-island[^>]*client="visible"/);
    assert.ok(html.includes('data-event="review"'), "the steps are in the built page");
    assert.ok(!/<output|<time/.test(html), "no date in the built page");
    // As a reader's browser: with the service worker (a blocked one logs a warning this test would count).
    const context = await env.browser.newContext({ serviceWorkers: "allow" });
    const page = await context.newPage();
    const messages = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") messages.push(m.text());
    });
    page.on("pageerror", (e) => messages.push(e.message));
    await page.addInitScript(() => {
      window.__shift = 0;
      const add = (entries) => {
        for (const e of entries) if (!e.hadRecentInput) window.__shift += e.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: "layout-shift", buffered: true });
      // With the entries not yet delivered to the observer.
      window.__shiftTotal = () => (add(observer.takeRecords()), window.__shift);
    });
    await page.goto(url());
    await page.locator('output[name="ship"]').waitFor();
    assert.equal((await listEvents(page))[0].date, tokyoToday());
    assert.equal(await page.getByLabel("注文日").getAttribute("placeholder"), tokyoToday());
    // Settled: the worker registered (after the load event; a blocked one would warn then), fonts loaded, the
    // island's dates in and painted.
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()));
    await page.locator(".calc[data-restored]").waitFor();
    await page.evaluate(() => document.fonts.ready);
    await twoFrames(page);
    assert.deepEqual(messages, []);
    const shift = await page.evaluate(() => window.__shiftTotal());
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    await context.close();
  });

  test("typing full-width dates and numbers updates the outputs and the URL (Golden Week order)", async () => {
    const { page, errors } = await open();
    await page.getByLabel("注文日").fill("２０２６年５月２日");
    await page.getByLabel("配送日数").fill("３");
    await page.getByLabel("クーポン有効日数").fill("10");
    const out = await outputs(page);
    // Sat 5/2 -> Sun, 5/3-5/6 holidays -> first business day is Thu 5/7.
    assert.equal(out.ship, "2026-05-07");
    assert.equal(out.arrival, "2026-05-10");
    assert.equal(out.review, "2026-05-15");
    assert.equal(out["coupon-start"], "2026-05-17");
    assert.equal(out["coupon-end"], "2026-05-26");
    assert.match(await page.locator('output[name="ship"]').innerText(), /^2026年5月7日\(木\)$/);
    const q = new URL(await currentUrl(page)).searchParams;
    assert.equal(q.get("order"), "2026-05-02");
    assert.equal(q.get("transit"), "3");
    assert.equal(q.get("coupon"), "10");
    assert.match(await page.locator(".tl-summary").innerText(), /2026年5月2日\(土\)の注文/);
    assert.deepEqual(errors, []);
  });

  test("a bad value gets an inline message tied to its field and the last valid result stays", async () => {
    const { page } = await open("?order=2026-01-05");
    const field = page.getByLabel("発送(営業日後)");
    await field.fill("abc");
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    const describedBy = (await field.getAttribute("aria-describedby")).split(" ");
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).innerText()));
    assert.ok(
      messages.some((m) => m.includes("数字")),
      messages.join(" / "),
    );
    assert.equal((await outputs(page)).ship, "2026-01-06");
    await field.fill("31");
    assert.equal(await field.getAttribute("aria-invalid"), "true");
  });

  test("a shared link restores every input in a fresh page without stored state, and reset clears it", async () => {
    const query =
      "?order=2026-12-30&ship=2&transit=1&usage=3&review=6&couponAfter=8&coupon=20&cycle=45&lapse=120&saleWarn=5" +
      "&closed=sun,wed&holidays=2026-12-29..2027-01-04&sales=2027-01-20..2027-01-25:%E3%82%B9%E3%83%BC%E3%83%91%E3%83%BCSALE";
    const first = await open(query);
    await first.page.getByLabel("休眠判定(注文後)").fill("100");
    const shared = await currentUrl(first.page);
    const before = await outputs(first.page);
    const beforeList = await listEvents(first.page);
    await forgetSite(first.page.context(), env.site.url);

    const second = await open(new URL(shared).search);
    assert.deepEqual(await outputs(second.page), before);
    assert.deepEqual(await listEvents(second.page), beforeList);
    assert.equal(await second.page.getByLabel("注文日").inputValue(), "2026-12-30");
    assert.equal(await second.page.getByLabel("休眠判定(注文後)").inputValue(), "100");
    assert.equal(await second.page.getByLabel("水曜日").isChecked(), true);
    assert.equal(await second.page.getByLabel("土曜日").isChecked(), false);
    assert.equal(await second.page.getByLabel("セール名").inputValue(), "スーパーSALE");
    assert.equal(await second.page.getByLabel("開始日").first().inputValue(), "2026-12-29");
    assert.equal(await second.page.locator(".url-notices").innerText(), "");

    await second.page.getByRole("button", { name: "入力をリセット" }).click();
    assert.equal(new URL(await currentUrl(second.page)).search, "?v=1");
    assert.equal(await second.page.getByLabel("注文日").inputValue(), "");
    assert.equal(await second.page.getByLabel("土曜日").isChecked(), true);
  });

  test("bad URL parameters fall back to defaults with a notice, and nothing in them runs or renders as HTML", async () => {
    const evil = encodeURIComponent('<img src=x onerror="alert(1)">');
    const { page, errors } = await open(
      `?order=2026-01-05&ship=abc&transit=-4&coupon=999&closed=sun,mon,tue,wed,thu,fri,sat&holidays=2026-02-30&sales=${evil}`,
    );
    const notices = page.locator('[role="status"].url-notices li');
    const text = (await notices.allInnerTexts()).join("\n");
    for (const name of ["ship", "transit", "coupon", "closed", "holidays", "sales"])
      assert.ok(text.includes(`「${name}」`), text);
    const out = await outputs(page);
    assert.equal(out.ship, "2026-01-06"); // default: 1 business day
    assert.equal(out.arrival, "2026-01-08"); // default: 2 days in transit
    assert.equal(out["coupon-end"], "2026-01-28"); // default validity 14 days
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(errors, []);

    const bad = await open("?order=2026-13-01");
    assert.match(await bad.page.locator(".url-notices").innerText(), /「order」/);
    assert.equal(await bad.page.getByLabel("注文日").inputValue(), "");
    const [y, m, d] = tokyoToday().split("-").map(Number);
    assert.match(await bad.page.locator(".tl-summary").innerText(), new RegExp(`^${y}年${m}月${d}日`));
  });

  test("a browser in America/Los_Angeles shows the same dates as one in Asia/Tokyo", async () => {
    const tokyoContext = await env.browser.newContext({ timezoneId: "Asia/Tokyo" });
    const laContext = await env.browser.newContext({ timezoneId: "America/Los_Angeles" });
    for (const query of ["?order=2026-03-01&holidays=2026-03-02..2026-03-03", ""]) {
      const tokyo = await open(query, { context: tokyoContext });
      const la = await open(query, { context: laContext });
      assert.equal(
        await la.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
        "America/Los_Angeles",
      );
      assert.deepEqual(await listEvents(la.page), await listEvents(tokyo.page));
      assert.equal(
        await la.page.locator(".tl-summary").innerText(),
        await tokyo.page.locator(".tl-summary").innerText(),
      );
      if (query === "") assert.equal((await listEvents(la.page))[0].date, tokyoToday());
      await la.page.getByRole("button", { name: "カレンダーで表示" }).click();
      await tokyo.page.getByRole("button", { name: "カレンダーで表示" }).click();
      assert.equal(
        await la.page.locator(".tl-calendar").innerText(),
        await tokyo.page.locator(".tl-calendar").innerText(),
      );
    }
    await tokyoContext.close();
    await laContext.close();
  });

  test("the .ics download contains every event (mails in the sending window) and every sale as all-day entries", async () => {
    const { page } = await open(
      "?order=2026-11-20&sales=2026-12-04..2026-12-11:%E3%82%B9%E3%83%BC%E3%83%91%E3%83%BCSALE",
    );
    const events = await listEvents(page);
    assert.ok(events.length >= 8);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /\.ics/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "crm-timeline-2026-11-20.ics");
    // A stream, not download.path(): the browser may be the run's shared one, connected remotely.
    const ics = await text(await download.createReadStream());
    const unfolded = ics.replace(/\r\n /g, "");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, events.length + 1);
    const MAILS = ["thanks", "usage", "review", "coupon-start", "replenish", "lapsed"];
    for (const e of events) {
      const compact = e.date.replace(/-/g, "");
      const start = MAILS.includes(e.id)
        ? `DTSTART;TZID=Asia/Tokyo:${compact}T100000`
        : `DTSTART;VALUE=DATE:${compact}`;
      assert.ok(unfolded.includes(start), `${e.id} ${e.date}`);
      assert.ok(unfolded.includes(`SUMMARY:${e.title}`), e.title);
    }
    assert.ok(unfolded.includes("DTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261212"));
    assert.ok(unfolded.includes("SUMMARY:セール: スーパーSALE"));
    for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
  });

  test("the review step quotes the review-incentive fact with its 非公式 mark; sale names come from the facts", async () => {
    const { page } = await open("?order=2026-01-05");
    const review = page.locator('.tl-list li[data-event="review"]');
    assert.ok((await review.innerText()).includes(FACTS.reviewRule.text));
    assert.equal(await review.locator(".badge-reported").count(), FACTS.reviewRule.reported ? 1 : 0);
    await page.getByRole("button", { name: "セール期間を追加" }).click();
    const list = await page.getByLabel("セール名").getAttribute("list");
    const options = await page
      .locator(`datalist[id="${list}"] option`)
      .evaluateAll((els) => els.map((o) => o.value));
    assert.deepEqual(options, FACTS.saleNames);
  });

  test("keyboard only: type the order date, switch to the calendar, read the month grid", async () => {
    const { page } = await open("?order=2026-01-05");
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("name") === "order")) break;
    }
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2026/12/30");
    assert.equal((await outputs(page)).ship, "2026-12-31");
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.textContent === "カレンダーで表示")) break;
    }
    await page.keyboard.press("Enter");
    const caption = page.locator(".tl-month caption").first();
    assert.equal(await caption.innerText(), "2026年12月");
    assert.equal(await page.locator(".tl-month").first().locator("th[scope=col]").count(), 7);
    assert.match(await page.locator('.tl-month td[data-date="2027-01-01"]').innerText(), /元日/);
  });

  test("readable at 360 px and axe-clean in list and calendar views, light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await open("?order=2026-12-30&sales=2027-01-25..2027-01-30:x", {
        colorScheme,
        viewport: { width: 360, height: 800 },
      });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), colorScheme);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= 360),
        "horizontal scroll at 360px",
      );
      assert.deepEqual(await seriousViolations(page), []);
      await page.getByRole("button", { name: "カレンダーで表示" }).click();
      assert.deepEqual(await seriousViolations(page), []);
    }
  });

  test("prints on one A4 page with the conditions and every event, even from the calendar view", async () => {
    const { page } = await open(
      "?order=2026-12-30&holidays=2026-12-29..2027-01-04,2027-02-10..2027-02-12&sales=2027-01-27..2027-02-01:x",
    );
    await page.getByRole("button", { name: "カレンダーで表示" }).click();
    await page.emulateMedia({ media: "print" });
    assert.match(await page.locator(".tl-conditions").innerText(), /^条件: 発送 1営業日後/);
    assert.equal(await page.locator(".tl-list li").count(), 10);
    assert.ok(await page.locator('.tl-list li[data-event="lapsed"]').isVisible());
    assert.equal(await page.locator(".tl-form").isVisible(), false);
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1);
  });

  test("adding a closure and a sale in the form moves the ship date and warns about the coupon", async () => {
    const { page } = await open("?order=2026-12-28");
    assert.equal((await outputs(page)).ship, "2026-12-29");
    await page.getByRole("button", { name: "休業期間を追加" }).click();
    await page.getByLabel("開始日").first().fill("2026年12月29日");
    await page.getByLabel("終了日(1日だけなら空欄)").first().fill("２０２７/１/４");
    assert.equal((await outputs(page)).ship, "2027-01-05");
    const out = await outputs(page);
    await page.getByRole("button", { name: "セール期間を追加" }).click();
    await page.getByLabel("セール名").fill("お買い物マラソン");
    const saleStart = page.getByLabel("開始日").nth(1);
    await saleStart.fill("2027-02-02"); // the coupon ends 2027-01-27
    assert.equal(await page.locator(".tl-warnings").count(), 0);
    await saleStart.fill("2027-01-29");
    assert.match(await page.locator(".tl-warnings").innerText(), /お買い物マラソン.*2日前/);
    assert.equal(out["coupon-end"], "2027-01-27");
    const q = new URL(await currentUrl(page)).searchParams;
    assert.equal(q.get("holidays"), "2026-12-29..2027-01-04");
    assert.equal(q.get("sales"), "2027-01-29..2027-01-29:お買い物マラソン");
  });

  test("mail settings: a base date per mail, the closed-day rule, the sending window and a repurchase day", async () => {
    const { page } = await open("?order=2026-01-05");
    // 使い方メール: arrival Thu 01-08 + 2 = Sat 01-10.
    assert.equal((await listEvents(page)).find((e) => e.id === "usage").date, "2026-01-10");
    await page.getByText("メールの起点・休業日の扱い・送信時間帯・再購入日").click();
    await page.getByLabel("レビュー依頼メールの起点").selectOption("ship");
    assert.equal((await outputs(page)).review, "2026-01-11"); // ship 01-06 + 5
    assert.ok(await page.getByLabel("レビュー依頼(発送後)").isVisible());
    await page.getByLabel("休業日に当たったメール").selectOption("prev");
    const usage = page.locator('.tl-list li[data-event="usage"]');
    assert.equal((await listEvents(page)).find((e) => e.id === "usage").date, "2026-01-09");
    assert.match(await usage.innerText(), /休業日の2026年1月10日\(土\)から移しました/);
    await page.getByLabel("送信時間帯(開始)").fill("09:30");
    await page.getByLabel("送信時間帯(終了)").fill("11:00");
    assert.match(await usage.innerText(), /09:30〜11:00/);
    // The review mail moved from Sun 01-11 to Fri 01-09; the coupon starts Thu 01-15, after the repurchase.
    await page.getByLabel("再購入日").fill("2026-01-12");
    const coupon = page.locator('.tl-list li[data-event="coupon-start"]');
    assert.match(await coupon.innerText(), /再購入のため送らない/);
    assert.equal(await coupon.getAttribute("data-cancelled"), "true");
    assert.equal(await page.locator('.tl-list li[data-event="review"]').getAttribute("data-cancelled"), null);
    const q = new URL(await currentUrl(page)).searchParams;
    assert.deepEqual(
      ["reviewBase", "onClosed", "sendFrom", "sendTo", "rebuy"].map((k) => q.get(k)),
      ["ship", "prev", "09:30", "11:00", "2026-01-12"],
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /\.ics/ }).click(),
    ]);
    const ics = (await text(await download.createReadStream())).replace(/\r\n /g, "");
    assert.ok(
      ics.includes("DTSTART;TZID=Asia/Tokyo:20260109T093000"),
      "usage mail at 09:30 on the moved day",
    );
    assert.ok(!ics.includes("SUMMARY:再購入クーポン 開始"), "a cancelled step is in the .ics");
    assert.ok(ics.includes("SUMMARY:レビュー依頼メール"));
    const shared = new URL(await currentUrl(page)).search;
    await forgetSite(page.context(), env.site.url);

    // The link restores the settings and opens them.
    const again = await open(shared);
    assert.equal(await again.page.getByLabel("レビュー依頼メールの起点").inputValue(), "ship");
    assert.equal((await outputs(again.page)).review, "2026-01-09");
  });

  test("shows the holiday data's source and coverage, and warns past its last year", async () => {
    const { page } = await open("?order=2026-01-05");
    const note = page.locator(".tl-holidays");
    assert.match(await note.innerText(), /2000年から2050年まで/);
    assert.match(await note.locator("a").getAttribute("href"), /^https:\/\/www8\.cao\.go\.jp\//);
    assert.equal(await page.locator(".tl-warnings", { hasText: "祝日を考慮していません" }).count(), 0);
    const late = await open("?order=2049-12-31&lapse=730");
    assert.match(
      await late.page.locator(".tl-warnings").first().innerText(),
      /2051年の日付は祝日を考慮していません/,
    );
  });
});
