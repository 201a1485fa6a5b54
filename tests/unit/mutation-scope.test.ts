/**
 * Every module that `npm run mutation` mutates (stryker.config.mjs) is reached by the unit tests it runs
 * (vitest.mutation.config.ts): a module no such test imports, directly or through another module, leaves all its
 * mutants uncovered (conditions.ts did, 98 mutants, until 2026-12-05).
 */
import { existsSync, globSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import stryker from "../../stryker.config.mjs";
import mutationVitest from "../../vitest.mutation.config";

const IMPORT = /(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s+"(\.[^"]+)"/g;

/** Files matching a list of globs, where a "!" entry removes what it matches. */
function matching(include: readonly string[], exclude: readonly string[] = []): string[] {
  const out = new Set(include.filter((g) => !g.startsWith("!")).flatMap((g) => globSync(g)));
  const dropped = [...exclude, ...include.filter((g) => g.startsWith("!")).map((g) => g.slice(1))];
  for (const f of dropped.flatMap((g) => globSync(g))) out.delete(f);
  return [...out];
}

/** The repository-relative .ts file a relative import names (with or without extension, or a folder's index). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec).replace(/\.ts$/, "");
  const found = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
  return found && relative(resolve("."), found);
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
  it("every mutated module is imported by a test of the mutation run, directly or through another module", () => {
    const tests = matching(mutationVitest.test?.include ?? [], mutationVitest.test?.exclude ?? []);
    expect(tests.length).toBeGreaterThan(0);
    const reach = reached(tests);
    const mutated = matching((stryker.mutate ?? []).filter((g): g is string => typeof g === "string"));
    expect(mutated.filter((f) => !reach.has(f))).toEqual([]);
  });
});
