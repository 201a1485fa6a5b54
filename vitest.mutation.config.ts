import { defineConfig } from "vitest/config";

/**
 * The unit tests of the pure cores that `npm run mutation` mutates (stryker.config.mjs); other tests cannot kill them.
 * The time-zone test is left out: it changes process.env.TZ, which needs a process of its own per run, and the cores
 * use UTC methods only, which Stryker does not mutate into local-time ones. `npm test` still runs it.
 */
const cores = "tests/unit/{reward,rank,timeline,coupon,input,url-state}/**";

export default defineConfig({
  test: {
    include: [`${cores}/*.test.ts`],
    exclude: [`${cores}/*.tz.test.ts`],
    testTimeout: 30_000,
    // The cores are pure: test files can share a worker, which makes each mutant's run much cheaper.
    isolate: false,
  },
});
