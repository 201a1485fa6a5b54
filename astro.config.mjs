// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import react from "@astrojs/react";
import sitePipeline from "./src/integrations";
import { cspDirectives, scriptResources } from "./src/integrations/csp";
import phoneAndOffline from "./src/integrations/phone-and-offline";
import { satteri } from "@astrojs/markdown-satteri";
import { searchNavLists } from "./src/lib/search/nav-lists";

/** Base path for sub-path hosting, e.g. SITE_BASE=/guide npm run build. */
const base = process.env.SITE_BASE || "/";
/** Public origin used for canonical URLs and the sitemap. */
const site = process.env.SITE_URL || "http://localhost:4321";
/** Absolute URL of the link-preview image in public/ (made by scripts/make-og-image.mjs). */
const ogImage = new URL(`${base.replace(/\/?$/, "/")}og-image.png`, site).href;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR || "./dist",
  /** Content-Security-Policy <meta> on every page: only this site, with hashes for inline scripts and styles (src/integrations/csp.ts). */
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptResources },
      // Starlight's icons carry style="" attributes; attributes cannot run script.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: "element" },
          { resource: "'unsafe-inline'", kind: "attribute" },
        ],
      },
    },
  },
  // The search page's web worker (src/components/search/search-worker.ts) is an ES module: it imports Pagefind.
  vite: { worker: { format: "es" } },
  markdown: {
    // Link-list sections (「次に読むページ」) stay out of the search index.
    processor: satteri({ hastPlugins: [searchNavLists] }),
  },
  integrations: [
    starlight({
      title: "楽天ROOM・CRM 実務ガイド",
      description: "楽天市場の出店者と支援会社のための、楽天ROOMと楽天CRMの学習サイトと計算ツール。",
      defaultLocale: "root",
      locales: { root: { label: "日本語", lang: "ja" } },
      favicon: "/favicon.svg",
      // The mark stands in for the title on narrow screens, where the header search needs the width (site.css).
      logo: { src: "./src/assets/logo.svg", alt: "" },
      // Link previews and browser chrome: image, locale, theme colours (Starlight adds title, description, og:url).
      head: [
        { tag: "meta", attrs: { property: "og:locale", content: "ja_JP" } },
        { tag: "meta", attrs: { property: "og:image", content: ogImage } },
        { tag: "meta", attrs: { property: "og:image:width", content: "1200" } },
        { tag: "meta", attrs: { property: "og:image:height", content: "630" } },
        { tag: "meta", attrs: { property: "og:image:alt", content: "楽天ROOM・CRM 実務ガイド" } },
        { tag: "meta", attrs: { name: "twitter:image", content: ogImage } },
        {
          tag: "meta",
          attrs: { name: "theme-color", content: "#ffffff", media: "(prefers-color-scheme: light)" },
        },
        {
          tag: "meta",
          attrs: { name: "theme-color", content: "#17181c", media: "(prefers-color-scheme: dark)" },
        },
      ],
      customCss: ["./src/styles/site.css"],
      routeMiddleware: "./src/routeData.ts",
      lastUpdated: false,
      credits: false,
      pagefind: true,
      // Offline (manifest, service worker last in the pipeline), storage guard, home menu, phrase line breaks.
      plugins: [phoneAndOffline()],
      components: {
        Search: "./src/components/overrides/Search.astro",
        Footer: "./src/components/overrides/Footer.astro",
        MarkdownContent: "./src/components/overrides/MarkdownContent.astro",
      },
      sidebar: [
        { label: "はじめに", link: "/" },
        { label: "学習ロードマップ", items: [{ autogenerate: { directory: "learn" } }] },
        { label: "楽天ROOM", items: [{ autogenerate: { directory: "room" } }] },
        { label: "楽天CRM", items: [{ autogenerate: { directory: "crm" } }] },
        { label: "ルールと法令", items: [{ autogenerate: { directory: "rules" } }] },
        { label: "現場の実務", items: [{ autogenerate: { directory: "practice" } }] },
        { label: "ツール", items: [{ autogenerate: { directory: "tools" } }] },
        { label: "用語集", items: [{ autogenerate: { directory: "glossary" } }] },
        { label: "FAQ", items: [{ autogenerate: { directory: "faq" } }] },
      ],
    }),
    react(),
    // Ours, in order (src/integrations/index.ts): base-path links, client:interaction, CSP hashes of the final HTML.
    ...sitePipeline(),
  ],
});
