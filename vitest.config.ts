import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/search/**/*.test.ts", "src/**/*.test.ts"],
    pool: "threads",
    maxWorkers: 2,
  },
});
