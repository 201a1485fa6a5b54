/** Renders the app icons in public/icons/ (any-purpose, maskable, Apple touch) in Chromium from the logo mark; run after a logo change. */
import { launchBrowser } from "../tests/e2e/harness.mjs";

/** The logo mark: white R on the brand red. `inset` is the share of the icon the mark's square may use. */
const mark = (size, { inset, radius }) => `<!doctype html><html><style>
  html, body { margin: 0; width: ${size}px; height: ${size}px; background: transparent; }
  body { display: grid; place-items: center; }
  .full { width: 100%; height: 100%; display: grid; place-items: center; background: #bf0000; }
  .mark { width: ${size * inset}px; height: ${size * inset}px; border-radius: ${size * inset * radius}px;
    background: #bf0000; color: #fff; display: grid; place-items: center;
    font: 700 ${size * inset * 0.62}px "Noto Sans CJK JP", sans-serif; }
</style><body>${inset < 1 && radius === 0 ? `<div class="full"><div class="mark">R</div></div>` : `<div class="mark">R</div>`}</body></html>`;

const icons = [
  // Any purpose: the rounded square fills the icon, like favicon.svg.
  ["icon-192.png", 192, { inset: 1, radius: 0.19 }],
  ["icon-512.png", 512, { inset: 1, radius: 0.19 }],
  // Maskable: full-bleed red, the letter inside the central 80% safe zone the platform may crop to.
  ["maskable-512.png", 512, { inset: 0.6, radius: 0 }],
  // Apple draws its own rounded corners: a full square.
  ["apple-touch-icon.png", 180, { inset: 0.8, radius: 0 }],
];

const browser = await launchBrowser();
for (const [file, size, opts] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(mark(size, opts));
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`public/icons/ に ${icons.length} 個のアイコンを書き出しました`);
