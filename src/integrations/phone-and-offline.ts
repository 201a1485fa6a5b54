/**
 * Starlight plugin for learning on a phone: the site installs and works offline after one visit (web app manifest,
 * Workbox service worker, update prompt), survives blocked storage, keeps its menu on the home page, and breaks
 * Japanese headings and labels between phrases.
 */
import type { StarlightPlugin } from "@astrojs/starlight/types";
import { fileURLToPath } from "node:url";
import { webManifest } from "../lib/offline/manifest";
import serviceWorker from "./service-worker";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default function phoneAndOffline(): StarlightPlugin {
  return {
    name: "phone-and-offline",
    hooks: {
      "config:setup": ({ config, astroConfig, updateConfig, addIntegration, addRouteMiddleware }) => {
        const base = astroConfig.base.endsWith("/") ? astroConfig.base : `${astroConfig.base}/`;
        const title = typeof config.title === "string" ? config.title : Object.values(config.title ?? {})[0];
        const manifest = webManifest({ name: title ?? "", description: config.description ?? "", base });
        updateConfig({
          head: [
            ...(config.head ?? []),
            { tag: "link", attrs: { rel: "manifest", href: `${base}manifest.webmanifest` } },
            { tag: "link", attrs: { rel: "apple-touch-icon", href: `${base}icons/apple-touch-icon.png` } },
          ],
          customCss: [...(config.customCss ?? []), "./src/styles/phone.css"],
          // Wraps Starlight's theme provider (never a fork) with the storage guard its scripts need.
          components: {
            ...config.components,
            ThemeProvider: "./src/components/overrides/ThemeProvider.astro",
          },
        });
        // The home page (splash template) keeps the sidebar, so phones get the menu button and the theme switch.
        addRouteMiddleware({ entrypoint: "./src/integrations/sidebar-on-splash.ts" });
        addIntegration({
          name: "phone-and-offline",
          hooks: {
            "astro:config:setup": ({ injectScript, updateConfig: updateAstroConfig }) => {
              injectScript("page", `import ${JSON.stringify(here("../components/offline/register.ts"))};`);
              // Appended after every integration listed in astro.config.mjs: the worker must hash the final files.
              updateAstroConfig({ integrations: [serviceWorker(manifest)] });
            },
          },
        });
      },
    },
  };
}
