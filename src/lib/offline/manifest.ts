/** The web app manifest that lets the site be installed: names, icons (one maskable), colours, and start/scope at the base. */

export interface ManifestInput {
  name: string;
  description: string;
  /** Base path the site is served from ("/" or "/guide/"). */
  base: string;
}

/** Brand red of the logo mark (src/assets/logo.svg). */
export const THEME_COLOR = "#bf0000";

/** Icons in public/icons/, made by scripts/make-icons.mjs. */
export const ICONS = [
  { file: "icon-192.png", sizes: "192x192", purpose: "any" },
  { file: "icon-512.png", sizes: "512x512", purpose: "any" },
  { file: "maskable-512.png", sizes: "512x512", purpose: "maskable" },
] as const;

/** The manifest object (serialise with JSON.stringify). */
export function webManifest({ name, description, base }: ManifestInput) {
  const root = base.endsWith("/") ? base : `${base}/`;
  return {
    name,
    short_name: "ROOM・CRMガイド",
    description,
    lang: "ja",
    dir: "ltr",
    id: root,
    start_url: root,
    scope: root,
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: "#ffffff",
    icons: ICONS.map((i) => ({
      src: `${root}icons/${i.file}`,
      sizes: i.sizes,
      type: "image/png",
      purpose: i.purpose,
    })),
  };
}
