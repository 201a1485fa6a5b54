/** Printing: a long guide and every calculator print as content only, fit an A4 page width, and in dark ink. */
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { builtPages, DIST, hydrateIslands, reusedTab, useSiteInChromium } from "./harness.mjs";

const pages = builtPages();
const size = (p) => statSync(join(DIST, `${p}index.html`)).size;
const longestGuide = pages.filter((p) => /^(room|crm)\/.+\/$/.test(p)).sort((a, b) => size(b) - size(a))[0];
const targets = [longestGuide ?? "room/", ...pages.filter((p) => /^tools\/[^/]+\/$/.test(p))];

/** A4 at 96 dpi minus 12 mm margins on both sides. */
const A4_CONTENT_WIDTH = 794 - 2 * 45;

describe("print", () => {
  // One tab for both screen themes: the theme comes from the emulated color scheme (Starlight keeps no choice of its
  // own unless the reader picks one), set before each page loads.
  const env = useSiteInChromium({ viewport: { width: A4_CONTENT_WIDTH, height: 1000 } });

  for (const scheme of ["dark", "light"]) {
    test(`printed pages show content only, fit the paper and use dark text on white (${scheme} screen theme${scheme === "dark" ? "; a PDF comes out" : ""})`, async () => {
      const page = await reusedTab(env.context);
      const problems = [];
      for (const path of targets) {
        await page.emulateMedia({ media: null, colorScheme: scheme });
        await page.goto(new URL(path, env.site.url).href);
        if (!(await hydrateIslands(page))) problems.push(`${path}: an island did not hydrate`);
        const theme = await page.evaluate(() => document.documentElement.dataset.theme);
        if (theme !== scheme) problems.push(`${path}: screen theme ${theme}, not ${scheme}`);
        await page.emulateMedia({ media: "print" });
        const r = await page.evaluate(() => {
          const visible = (sel) =>
            [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
          const lum = (rgb) => {
            const [r, g, b] = rgb.match(/[\d.]+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          };
          const p = document.querySelector("main p");
          const h1 = document.querySelector("main h1, h1#_top");
          return {
            chrome: ["header.header", "nav.sidebar", ".right-sidebar-container", "form.site-search"].filter(
              visible,
            ),
            h1: !!h1 && h1.getClientRects().length > 0,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            textLum: p ? lum(getComputedStyle(p).color) : 0,
            bgLum: lum(getComputedStyle(document.body).backgroundColor),
          };
        });
        if (r.chrome.length) problems.push(`${path}: visible on paper: ${r.chrome.join(", ")}`);
        if (!r.h1) problems.push(`${path}: no visible title`);
        if (r.overflow > 1) problems.push(`${path}: ${r.overflow}px wider than the paper`);
        if (r.textLum > 0.4)
          problems.push(`${path}: body text too light for paper (${r.textLum.toFixed(2)})`);
        if (r.bgLum < 0.95) problems.push(`${path}: background not white (${r.bgLum.toFixed(2)})`);
        // Chromium's print path, once per page (about 2 CPU-seconds each with the CJK fonts embedded): the dark screen
        // theme is the one whose colours must be undone on paper. calc-layout.test.mjs counts the calculators' pages.
        if (scheme === "dark") {
          const pdf = await page.pdf({ format: "A4" });
          if (pdf.length < 1000) problems.push(`${path}: empty PDF`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
