import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    globalSetup: ["test/support/global-setup.ts"],
    // Builds and browsers are slow on two cores; each file still runs in a few seconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser states settle within a second on a quiet machine; CI shares two cores with builds.
    expect: { poll: { timeout: 10_000 } },
    pool: "forks",
    maxWorkers: 2,
  },
});
