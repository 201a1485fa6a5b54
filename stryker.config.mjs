// @ts-check
/**
 * `npm run mutation`: Stryker mutates the pure cores and runs their unit tests against each mutant (not part of
 * `npm test`; it takes minutes). The last table's `All files` row is the mutation score.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  // Forks, not threads: the time-zone tests change process.env.TZ, which a worker thread does not pick up.
  vitest: { configFile: "vitest.mutation.config.ts", pool: "forks" },
  plugins: ["@stryker-mutator/vitest-runner"],
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
