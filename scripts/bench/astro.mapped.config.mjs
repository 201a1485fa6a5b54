// @ts-check
/** The site's Astro config with hidden source maps, for the bench's JS split (same JS bytes, plus .map files). */
import config from "../../astro.config.mjs";

export default {
  ...config,
  vite: { ...config.vite, build: { ...config.vite?.build, sourcemap: "hidden" } },
};
