import { defineConfig } from "vitest/config";

/** Tests that change process.env.TZ: they need a child process (worker threads keep the time zone they started with). */
const timeZoneTests = ["tests/**/*.tz.test.ts"];

export default defineConfig({
  test: {
    pool: "threads",
    maxWorkers: 2,
    /** Property tests run 100+ cases; on a 2-core machine shared with other jobs 5 s is not enough. */
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/search/**/*.test.ts", "src/**/*.test.ts"],
          exclude: timeZoneTests,
        },
      },
      { extends: true, test: { name: "time-zone", include: timeZoneTests, pool: "forks" } },
    ],
  },
});
