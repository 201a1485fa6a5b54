/** Shared setup for browser tests: the built site on a local server, and Debian's Chromium via playwright-core. */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { serveStatic } from "../../scripts/static-server.mjs";

/** Settling a page (islands hydrated; two rendering updates), shared with the bench. */
export { hydrateIslands, twoFrames } from "../../scripts/settle.mjs";

export const DIST = process.env.OUT_DIR || "dist";
export const BASE = process.env.SITE_BASE || "/";

/**
 * Debian's headless shell (package chromium-headless-shell), the browser Playwright itself runs headless: on the 2-core
 * machine a page load costs about a third less CPU than in the full browser. The full browser is the fallback.
 */
const HEADLESS_SHELL_CANDIDATES = [
  "/usr/lib/chromium/chromium-headless-shell",
  "/usr/bin/chromium-headless-shell",
];
/** Debian's full Chromium (package chromium). */
const FULL_CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The first candidate that exists; throws with install instructions when none does (never skips). */
function firstInstalled(candidates) {
  const found = [process.env.CHROMIUM_PATH, ...candidates].filter(Boolean).find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "Chromium が見つかりません。ブラウザテストには Debian の Chromium が必要です:\n" +
        "  sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk\n" +
        "(別の場所にある場合は CHROMIUM_PATH=/path/to/chromium を指定してください)",
    );
  }
  return found;
}

/** Path of the browser the tests run: the headless shell when installed, else the full Chromium. */
export const chromiumPath = () => firstInstalled([...HEADLESS_SHELL_CANDIDATES, ...FULL_CHROMIUM_CANDIDATES]);

/**
 * Path of the full Chromium, for what the headless shell lacks: a profile's content settings (storage-blocked) and
 * Lighthouse, whose figures are kept comparable with earlier runs.
 */
export const fullChromiumPath = () => firstInstalled(FULL_CHROMIUM_CANDIDATES);

/**
 * When many test files run together (npm test, npm run test:e2e), tests/e2e/global-setup.mjs starts one site server
 * and one Chromium for all of them and passes their addresses here; a file run on its own starts its own.
 */
const shared = { site: process.env.E2E_SHARED_SITE_URL, browser: process.env.E2E_SHARED_BROWSER_WS };

/** Launches headless Chromium with the flags that keep it quiet on a closed network. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * A Chromium for this file: the run's shared one (close() then only disconnects) or one of its own. Its contexts block
 * the site's service worker unless created with `serviceWorkers: "allow"` (the offline and CSP tests do): the worker's
 * background precache of the whole site would otherwise run in every context and slow every test.
 * The clipboard belongs to the browser, not to a context: files that copy read their own text with `lastCopied`.
 */
export async function launchBrowser() {
  const browser = shared.browser ? await chromium.connect(shared.browser) : await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: "block", ...options });
  return browser;
}

/** Serves the built site (throws when dist/ has not been built); or the run's shared server (close() then does nothing). */
export async function startSite() {
  if (shared.site) return { url: shared.site, server: { close() {} } };
  return startOwnSite();
}

/** Starts a server of the built site in this process. */
export async function startOwnSite() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${DIST}/index.html がありません。先に npm run build を実行してください。`);
  }
  return serveStatic({ dir: DIST, base: BASE });
}

/** Every HTML file in dist/, as URL paths relative to the base ("", "room/rewards/", "404.html"). */
export function builtPages(dir = DIST) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== "pagefind" && name !== "_astro") walk(p);
      } else if (name.endsWith(".html")) {
        out.push(
          relative(dir, p)
            .split(sep)
            .join("/")
            .replace(/(^|\/)index\.html$/, "$1"),
        );
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Makes pages of `target` (a browser context or a page) report every Content-Security-Policy violation as a console
 * error "CSP violation: …", from before the page's first script runs; a console listener that counts errors sees it.
 */
export function reportPolicyViolations(target) {
  return target.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
}

/** Console messages that count as problems: errors, and anything about the Content-Security-Policy. */
export const isProblemMessage = (m) => m.type() === "error" || /Content Security Policy/i.test(m.text());

const require = createRequire(import.meta.url);
/** Path of axe-core's browser bundle. */
export const AXE_PATH = require.resolve("axe-core/axe.min.js");

/**
 * The axe rules that read colours: the only ones whose result a change of colour scheme alone (same elements shown,
 * same attributes) can change.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

let axeSource;
/** Runs axe on the page (every rule, or only `rules`) and returns the serious and critical violations. */
export async function seriousViolations(page, rules) {
  // Evaluated through the DevTools protocol, not as an inline <script>, so the site's CSP does not block it.
  axeSource ??= readFileSync(AXE_PATH, "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    (only) =>
      window.axe.run(document, {
        resultTypes: ["violations"],
        ...(only ? { runOnly: { type: "rule", values: only } } : {}),
      }),
    rules ?? null,
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * For the enclosing describe(): starts the built site, Chromium and one browser context before its tests and closes them
 * after. Returns the object
 * whose `site`, `browser` and `context` are filled in by then.
 */
export function useSiteInChromium(contextOptions = {}) {
  const env = { site: undefined, browser: undefined, context: undefined };
  before(async () => {
    env.site = await startSite();
    env.browser = await launchBrowser();
    env.context = await env.browser.newContext(contextOptions);
  });
  after(async () => {
    await env.context?.close();
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}

/**
 * Keeps what this page (or every page of this context) writes to the clipboard. The test files share one Chromium,
 * whose clipboard is one for all of them: read what a page copied with `lastCopied`, never with readText().
 */
export function recordClipboard(target) {
  return target.addInitScript(() => {
    const clipboard = navigator.clipboard;
    // Once per document, even when a reused tab has the script added again (reusedTab).
    if (!clipboard || "__copied" in window) return;
    const write = clipboard.writeText.bind(clipboard);
    const copied = [];
    Object.defineProperty(window, "__copied", { value: copied });
    clipboard.writeText = (text) => write(text).then(() => void copied.push(String(text)));
  });
}

/**
 * For the enclosing describe(), after useSiteInChromium(): a second context of `env.browser` that may use the clipboard
 * and records what its pages copy (read it with lastCopied). Returns an object whose `context` is filled in by then.
 */
export function useClipboardContext(env) {
  const copying = { context: undefined };
  before(async () => {
    copying.context = await env.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    await recordClipboard(copying.context);
  });
  after(() => copying.context?.close());
  return copying;
}

/** The last text this page put on the clipboard (null when none); needs `recordClipboard` before the page loaded. */
export const lastCopied = (page) => page.evaluate(() => window.__copied?.at(-1) ?? null);

/** The tab each browser context lends out (reusedTab). */
const lentTabs = new WeakMap();

/**
 * One tab per browser context, lent from test to test: a new tab costs a renderer process (about half a CPU-second on
 * the 2-core machine, as much as loading a calculator page), a navigation in the same tab does not. The tab comes back
 * blank, without the listeners an earlier test added and out of print emulation; init scripts, the colour scheme and
 * the viewport stay, so tests that need their own
 * (a time zone, storage, viewport) keep a context of their own. Do not close it: the context closes it.
 */
export async function reusedTab(context) {
  let page = lentTabs.get(context);
  if (!page || page.isClosed()) {
    page = await context.newPage();
    lentTabs.set(context, page);
    return page;
  }
  await page.removeAllListeners();
  await page.emulateMedia({ media: null });
  await page.goto("about:blank");
  return page;
}

/**
 * Forgets what `context` keeps for the site at `siteUrl` (cookies, local and session storage), as a new context would.
 * Its tab is left on the site's robots.txt (a cheap page of the site's origin, where the storage is).
 */
export async function forgetSite(context, siteUrl) {
  const tab = await reusedTab(context);
  await tab.goto(new URL("robots.txt", siteUrl).href);
  await context.clearCookies();
  await tab.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}
