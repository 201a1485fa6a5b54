/** Renders public/og-image.png (1200x630 link-preview card) in Chromium from the site title; run after a title change. */
import { launchBrowser } from "../tests/e2e/harness.mjs";

const title = "楽天ROOM・CRM 実務ガイド";
const lines = ["出店者と支援会社のための", "楽天ROOMの報酬・ランクと", "購入後CRMの段取りを学び、計算する"];

const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; box-sizing: border-box; background: #fff; color: #1a1a1a;
    font-family: "Noto Sans CJK JP", sans-serif; border-top: 24px solid #b30000; }
  .mark { width: 96px; height: 96px; border-radius: 20px; background: #b30000; color: #fff; font-size: 60px;
    display: grid; place-items: center; font-weight: 700; margin-bottom: 40px; }
  h1 { font-size: 72px; margin: 0 0 32px; letter-spacing: 0.02em; }
  p { font-size: 40px; margin: 0; line-height: 1.5; color: #333; }
</style><body><div class="mark">R</div><h1>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join("")}</body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: "public/og-image.png" });
await browser.close();
console.log("public/og-image.png を書き出しました");
