import { defineConfig } from "vitest/config";

/** The unit tests of the pure cores that `npm run mutation` mutates (stryker.config.mjs); other tests cannot kill them. */
const cores = "tests/unit/{reward,rank,timeline,coupon,input,url-state}/**";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: [`${cores}/*.test.ts`], exclude: [`${cores}/*.tz.test.ts`] },
      },
      // process.env.TZ changes need a child process: worker threads keep the time zone they started with.
      { extends: true, test: { name: "time-zone", include: [`${cores}/*.tz.test.ts`], pool: "forks" } },
    ],
  },
});
