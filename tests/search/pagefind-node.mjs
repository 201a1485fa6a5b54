/** Loads the built site's pagefind.js in Node: stubs `document` and serves the bundle files through a fetch shim. */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

let installed = false;

/** Makes Node's fetch read file:// URLs (the Pagefind bundle derives its base path from import.meta.url). */
function installFetchShim() {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : (input.url ?? String(input));
    if (!url.startsWith("file:")) return realFetch(input, init);
    try {
      const body = await readFile(fileURLToPath(url.split("?")[0]));
      return new Response(body, { status: 200 });
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
  // pagefind.js reads the page language from <html lang>; give it a minimal document.
  globalThis.document ??= {
    currentScript: null,
    querySelector: (sel) => (sel === "html" ? { getAttribute: () => "ja" } : null),
  };
}

/** Imports dist/pagefind/pagefind.js (a fresh instance per dist dir) and initialises it for Japanese. */
export async function loadPagefind(dist = process.env.OUT_DIR || "dist") {
  installFetchShim();
  const file = resolve(join(dist, "pagefind", "pagefind.js"));
  const pagefind = await import(pathToFileURL(file).href);
  await pagefind.options({ baseUrl: "/" });
  await pagefind.init("ja");
  return pagefind;
}
