/**
 * Every module that `npm run mutation` mutates is reached by the unit tests it runs (vitest.mutation.config.ts): a
 * module no core test imports, directly or through another module, leaves all its mutants uncovered (conditions.ts
 * did, 98 mutants, until 2026-12-05).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORES = ["reward", "rank", "timeline", "coupon", "input", "url-state"];
/** Left out of the mutation run (stryker.config.mjs): generated data. */
const NOT_MUTATED = new Set(["src/lib/timeline/holiday-table.ts"]);
const IMPORT = /(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s+"(\.[^"]+)"/g;

const filesUnder = (dir: string, ext: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));

/** The repository-relative .ts file a relative import names (with or without extension, or a folder's index). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec).replace(/\.ts$/, "");
  const root = resolve(".");
  for (const candidate of [`${base}.ts`, join(base, "index.ts")])
    try {
      readFileSync(candidate);
      return candidate.slice(root.length + 1);
    } catch {
      // not this one
    }
  return undefined;
}

/** Every module reached from `entries` through relative imports. */
function reached(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? "");
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe("mutation scope", () => {
  it("every mutated module is imported by a core unit test, directly or through another module", () => {
    const tests = CORES.flatMap((c) => filesUnder(`tests/unit/${c}`, /\.test\.ts$/)).filter(
      (f) => !f.endsWith(".tz.test.ts"),
    );
    const reach = reached(tests);
    const mutated = CORES.flatMap((c) => filesUnder(`src/lib/${c}`, /\.ts$/)).filter(
      (f) => !NOT_MUTATED.has(f),
    );
    expect(mutated.filter((f) => !reach.has(f))).toEqual([]);
  });
});
