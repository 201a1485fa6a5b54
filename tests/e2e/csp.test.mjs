/** Content-Security-Policy: every page carries one that allows only this site, and the site works under it. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import {
  DIST,
  hydrateIslands,
  builtPages,
  isProblemMessage,
  reportPolicyViolations,
  reusedTab,
  useSiteInChromium,
} from "./harness.mjs";

/** Resolves once `check()` is true, polling for up to 5 s; throws then. */
async function expectEventually(check) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not true within 5 s: ${check}`);
}

const fileOf = (p) => join(DIST, p.endsWith(".html") ? p : `${p}index.html`);

/** The CSP <meta> content of a built page, or null. */
function cspOf(path) {
  const html = readFileSync(fileOf(path), "utf8");
  const m = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  return m ? m[1] : null;
}

/** Directive name -> list of sources. */
function parseCsp(csp) {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * The context's tab, collecting CSP violations, page errors and console errors from before its first script runs (the
 * context reports violations: reportPolicyViolations in before()).
 */
async function watchedPage(context) {
  const page = await reusedTab(context);
  const problems = [];
  page.on("console", (m) => {
    if (isProblemMessage(m)) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

describe("Content-Security-Policy", () => {
  const pages = builtPages();

  test("every page has a CSP meta that allows only this site (no other host, no unsafe-inline script)", () => {
    const bad = [];
    for (const path of pages) {
      const csp = cspOf(path);
      if (!csp) {
        bad.push(`${path}: no CSP meta`);
        continue;
      }
      const d = parseCsp(csp);
      if (d.get("default-src")?.join(" ") !== "'self'") bad.push(`${path}: default-src is not 'self'`);
      for (const [name, sources] of d) {
        for (const s of sources) {
          const allowed =
            s === "'self'" ||
            s === "'none'" ||
            s === "data:" ||
            /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s) ||
            (name === "script-src" && s === "'wasm-unsafe-eval'") ||
            (name === "style-src-attr" && s === "'unsafe-inline'");
          if (!allowed) bad.push(`${path}: ${name} allows ${s}`);
        }
      }
      if (!d.has("script-src")) bad.push(`${path}: no script-src`);
      if (d.get("object-src")?.join(" ") !== "'none'") bad.push(`${path}: object-src is not 'none'`);
    }
    assert.deepEqual(bad, []);
  });

  test("on every page, each inline <script> and <style> is allowed by its own sha256 hash", () => {
    const missing = [];
    for (const path of pages) {
      const html = readFileSync(fileOf(path), "utf8");
      const d = parseCsp(cspOf(path) ?? "");
      const scriptSrc = new Set(d.get("script-src") ?? []);
      const styleSrc = new Set(d.get("style-src-elem") ?? d.get("style-src") ?? []);
      for (const [tag, allowed] of [
        ["script", scriptSrc],
        ["style", styleSrc],
      ]) {
        for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))) {
          if (/\ssrc=/.test(m[1] ?? "")) continue;
          const hash = `'sha256-${createHash("sha256").update(m[2]).digest("base64")}'`;
          if (!allowed.has(hash)) missing.push(`${path}: inline <${tag}> ${m[2].trim().slice(0, 40)}…`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  describe("in Chromium, with the policy enforced", () => {
    // With the service worker: its registration and the pages it serves must pass the policy too.
    const env = useSiteInChromium({ serviceWorkers: "allow" });
    before(() => reportPolicyViolations(env.context));

    // Every page loads under the policy with zero violations and no console errors in the site walk (site.test.mjs),
    // which watches with the same helpers; this proves that watch would see a violation.
    test("a violation on a page is reported by the watch the site walk uses", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(new URL("room/rewards/", env.site.url).href, { waitUntil: "load" });
      assert.deepEqual(w.problems, []);
      await w.page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__ran = 1";
        document.body.append(script);
        const img = document.createElement("img");
        img.src = "https://example.com/pixel.png";
        document.body.append(img);
      });
      await expectEventually(() => w.problems.filter((p) => p.startsWith("CSP violation:")).length >= 2);
      assert.equal(await w.page.evaluate(() => "__ran" in window), false, "the inline script ran");
      assert.ok(
        w.problems.some((p) => /^CSP violation: script-src/.test(p)),
        w.problems.join("\n"),
      );
      assert.ok(
        w.problems.some((p) =>
          /^CSP violation: (img-src|default-src) blocked https:\/\/example\.com/.test(p),
        ),
        w.problems.join("\n"),
      );
    });

    test("the service worker registers and takes over the page under the policy", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(new URL("room/rewards/", env.site.url).href);
      const scope = await w.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, env.site.url);
      await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.deepEqual(w.problems, []);
    });

    test("search runs Pagefind (WebAssembly) and shows results under the policy", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(new URL("search/?q=%E6%A5%BD%E5%A4%A9", env.site.url).href);
      const firstResult = w.page.locator("main ol li a").first();
      await firstResult.waitFor({ timeout: 15000 });
      assert.ok((await w.page.locator("main ol li a").count()) > 0, "no search results");
      assert.deepEqual(w.problems, []);
    });

    test("the header search form leads to the search page", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(env.site.url);
      const form = w.page.locator("header form[role=search]");
      await form.locator("input[name=q]").fill("ROOM");
      await form.getByRole("button", { name: "検索" }).click();
      await w.page.waitForURL(/\/search\/\?q=ROOM/);
      await w.page.locator("main ol li a").first().waitFor({ timeout: 15000 });
      assert.deepEqual(w.problems, []);
    });

    test("typing in the header search on a guide shows instant results under the policy", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(new URL("learn/", env.site.url).href);
      await w.page.locator("header form[role=search] input[name=q]").pressSequentially("ランク");
      await w.page.locator("header form[role=search] [role=option]").first().waitFor({ timeout: 15000 });
      assert.deepEqual(w.problems, []);
    });

    test("the theme switch works under the policy", async () => {
      const w = await watchedPage(env.context);
      await w.page.goto(env.site.url);
      const select = w.page.locator("starlight-theme-select select").first();
      // The picker may sit in the mobile menu on narrow screens; the desktop viewport shows it.
      for (const theme of ["light", "dark"]) {
        await select.selectOption(theme);
        assert.equal(await w.page.evaluate(() => document.documentElement.dataset.theme), theme);
      }
      await w.page.reload();
      assert.equal(await w.page.evaluate(() => document.documentElement.dataset.theme), "dark");
      assert.deepEqual(w.problems, []);
    });

    test("every island on the tool pages hydrates under the policy", async () => {
      const tools = pages.filter((p) => /^tools\/[^/]+\/$/.test(p));
      const problems = [];
      for (const path of tools) {
        const w = await watchedPage(env.context);
        await w.page.goto(new URL(path, env.site.url).href);
        if (!(await hydrateIslands(w.page))) problems.push(`${path}: an island did not hydrate`);
        problems.push(...w.problems.map((p) => `${path}: ${p}`));
      }
      assert.deepEqual(problems, []);
    });
  });
});
