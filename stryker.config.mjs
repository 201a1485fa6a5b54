// @ts-check
/**
 * `npm run mutation`: Stryker mutates the pure cores and runs their unit tests against each mutant (not part of
 * `npm test`; it takes minutes). The last table's `All files` row is the mutation score.
 */

/**
 * Equivalent mutants: code whose every mutant behaves exactly like the original, so no test can tell them apart.
 * Each entry names the file, the exact source text of the node and why; Stryker reports them as ignored.
 */
export const equivalentMutants = [
  {
    file: "src/lib/input/number.ts",
    code: "/^[-−‐‑–—ー]/u",
    why: "A minus sign anywhere but in front leaves the text unreadable as a number whether or not it is replaced.",
  },
  {
    file: "src/lib/input/number.ts",
    code: 'head = "0"',
    why: "The regex group always takes part in a match, so the default never applies.",
  },
  {
    file: "src/lib/input/number.ts",
    code: 'tail = ""',
    why: "The regex group (\\d{0,4}) always takes part in a match (possibly empty), so the default never applies.",
  },
  ...['rate = ""', 'p = ""', 'q = ""'].map((code) => ({
    file: "src/lib/reward/params.ts",
    code,
    why: "Every group of the cart-line regex takes part in a match, so the default never applies.",
  })),
  {
    file: "src/lib/reward/params.ts",
    code: "qty > MAX_QTY",
    why: "The regex reads at most four digits, so qty is at most 9,999 = MAX_QTY.",
  },
  {
    file: "src/lib/url-state/define.ts",
    code: 'typeof search === "string"',
    why: "new URLSearchParams(params) copies every entry of params, so converting a URLSearchParams again is the same.",
  },
  {
    file: "src/lib/timeline/lists.ts",
    code: 'start = ""',
    why: "String.prototype.split always returns at least one element, so the default never applies.",
  },
  {
    file: "src/lib/timeline/lists.ts",
    code: "colon < 0",
    why: 'With the colon first (":name"), the empty date part fails parseRange and the item is rejected either way.',
  },
];

/** Stryker ignorer plugin for the list above (this file is also loaded as a plugin module). */
export const strykerPlugins = [
  {
    kind: "Ignore",
    name: "equivalent-mutants",
    value: {
      /** @param {any} path a Babel NodePath */
      shouldIgnore(path) {
        const file = String(path.hub?.file?.opts?.filename ?? "").replaceAll("\\", "/");
        if (!path.node?.loc) return undefined;
        const hit = equivalentMutants.find((e) => file.endsWith(e.file) && path.getSource() === e.code);
        return hit ? `equivalent: ${hit.why}` : undefined;
      },
    },
  },
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", pool: "threads" },
  plugins: ["@stryker-mutator/vitest-runner", new URL(import.meta.url).pathname],
  ignorers: ["equivalent-mutants"],
  mutate: [
    "src/lib/{reward,rank,timeline,coupon,input,url-state}/**/*.ts",
    // Generated data (checked against @holiday-jp/holiday_jp by its own test), not logic.
    "!src/lib/timeline/holiday-table.ts",
  ],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress"],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  concurrency: 2,
  timeoutMS: 5000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
