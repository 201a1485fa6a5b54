import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICONS, webManifest } from "../../../src/lib/offline/manifest";

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
};

describe("web app manifest", () => {
  it("starts and is scoped at the base path, at the root and under a sub-path", () => {
    for (const [base, root] of [
      ["/", "/"],
      ["/guide", "/guide/"],
      ["/guide/", "/guide/"],
    ]) {
      const m = webManifest({ name: "名前", description: "説明", base: base as string });
      expect(m.start_url).toBe(root);
      expect(m.scope).toBe(root);
      expect(m.id).toBe(root);
      for (const icon of m.icons) expect(icon.src.startsWith(`${root}icons/`)).toBe(true);
    }
  });

  it("can be installed: name, standalone display, theme colour, an any-purpose and a maskable icon of 512 px", () => {
    const m = webManifest({ name: "楽天ROOM・CRM 実務ガイド", description: "説明", base: "/" });
    expect(m.name).toBe("楽天ROOM・CRM 実務ガイド");
    expect(m.short_name.length).toBeLessThanOrEqual(12);
    expect(m.display).toBe("standalone");
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(m.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512")).toBe(true);
    expect(m.icons.some((i) => i.purpose === "any" && i.sizes === "192x192")).toBe(true);
  });

  it("names icon files that exist in public/icons with the stated pixel size", () => {
    for (const icon of ICONS) expect(pngSize(`public/icons/${icon.file}`)).toBe(icon.sizes);
    expect(pngSize("public/icons/apple-touch-icon.png")).toBe("180x180");
  });
});
