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
          // Files share one module graph per worker: imports were most of the run (27.6 → 12.7 CPU-s measured); the
          // tests keep no module state between files, and stubbed globals are restored (vi.unstubAllGlobals).
          isolate: false,
          include: ["tests/unit/**/*.test.ts", "tests/search/**/*.test.ts", "src/**/*.test.ts"],
          exclude: timeZoneTests,
        },
      },
      { extends: true, test: { name: "time-zone", include: timeZoneTests, pool: "forks" } },
    ],
  },
});
