/** `npm run preview` sends the security headers of public/_headers, and Chromium enforces them (framing, CSP). */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import { after, before, describe, test } from "node:test";
import { DIST, builtPages, launchBrowser } from "./harness.mjs";

/** Starts `node scripts/serve.mjs` (what `npm run preview` runs) on a free port; resolves to its URL and process. */
async function startPreview() {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: "0", OUT_DIR: DIST },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8");
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = out.match(/http:\/\/\S+/);
    if (m) return { child, url: m[0] };
  }
  throw new Error(`preview printed no address: ${out}`);
}

/** Directive name -> sources of a CSP header. */
const directives = (csp) =>
  new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...sources]) => [name, sources.join(" ")]),
  );

/** An embed page when the build has one, else an address under /embed/ (its 404 page gets the embed rule too). */
const embedPath = builtPages().find((p) => p.startsWith("embed/") && p.endsWith("/")) ?? "embed/none/";

describe("npm run preview: headers from public/_headers", () => {
  let preview;
  before(async () => {
    preview = await startPreview();
  });
  after(async () => {
    preview?.child.kill();
    if (preview) await once(preview.child, "exit");
  });

  test("every page gets the CSP with frame-ancestors 'none', Referrer-Policy, nosniff and Permissions-Policy", async () => {
    for (const path of ["", "room/rewards/", "tools/reward/", "search/", "404.html"]) {
      const res = await fetch(new URL(path, preview.url));
      const csp = directives(res.headers.get("content-security-policy"));
      assert.equal(csp.get("frame-ancestors"), "'none'", `${path}: frame-ancestors`);
      assert.equal(csp.get("object-src"), "'none'", `${path}: object-src`);
      assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin", path);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
      assert.match(
        res.headers.get("permissions-policy") ?? "",
        /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
        path,
      );
    }
  });

  test("/embed/ pages may be framed by any site, and keep the other headers", async () => {
    const res = await fetch(new URL(embedPath, preview.url));
    const header = res.headers.get("content-security-policy") ?? "";
    assert.equal(
      header.match(/frame-ancestors/g)?.length,
      1,
      `the site-wide policy was not dropped: ${header}`,
    );
    assert.equal(directives(header).get("frame-ancestors"), "*");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  });

  test("hashed bundles are cached for a year; _headers itself is not served", async () => {
    const html = await (await fetch(preview.url)).text();
    const asset = html.match(/\ssrc="([^"]*\/_astro\/[^"]+\.js)"/)?.[1];
    assert.ok(asset, "no /_astro/ script on the home page");
    const res = await fetch(new URL(asset, preview.url));
    assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal((await fetch(new URL("_headers", preview.url))).status, 404);
  });

  test("in Chromium, another site cannot frame a page but can frame an /embed/ page", async () => {
    // The framing page comes from another origin (another port): frame-ancestors judges the embedding site.
    const other = createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<iframe id="site" src="${new URL("", preview.url)}"></iframe><iframe id="embed" src="${new URL(embedPath, preview.url)}"></iframe>`,
      );
    });
    await new Promise((ok) => other.listen(0, "127.0.0.1", ok));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${other.address().port}/`, { waitUntil: "load" });
      const langOf = async (id) => {
        const frame = await (await page.$(`#${id}`))?.contentFrame();
        return frame?.evaluate(() => document.documentElement.lang).catch(() => null);
      };
      assert.equal(await langOf("embed"), "ja", "the /embed/ page did not load in a frame");
      assert.notEqual(await langOf("site"), "ja", "a site page loaded in another site's frame");
    } finally {
      await browser.close();
      other.close();
    }
  });
});
