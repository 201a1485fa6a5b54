/** Imports a TypeScript module from src/ in node:test files by bundling it with esbuild (the tests read the same data the site does). */
import { build } from "esbuild";

/** Bundles `entry` (a .ts path) with its dependencies and imports the result. */
export async function importTs(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
