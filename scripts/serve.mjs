/**
 * `npm run preview` (also `npm start`, `npm run serve`): serves the built dist/ on http://localhost:4321/ with the headers
 * of dist/_headers, as Netlify and Cloudflare Pages would (PORT, SITE_BASE, OUT_DIR override; PORT=0 picks a free port).
 */
import { existsSync } from "node:fs";
import { serveStatic } from "./static-server.mjs";

const dir = process.env.OUT_DIR || "dist";
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/ にビルド結果がありません。先に npm run build を実行してください。`);
  process.exit(1);
}
const base = process.env.SITE_BASE || "/";
const { url } = await serveStatic({ dir, base, port: Number(process.env.PORT || 4321), host: "localhost" });
console.log(`サイトを配信中: ${url}  (Ctrl+C で終了)`);
