import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/global.ts"],
    // Vitest runs one file at a time on two cores (it keeps a core for itself), yet many of our
    // tests mostly wait: on a spawned CLI, on Chromium, on inklecate under mono. Two files at a
    // time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps the modules it has loaded from one test file to the next: loading the same
    // sources again for each of ~90 files was a fifth of the run. Our modules hold no state
    // (STYLE.md), and a test that changes a global (fake timers, a spy) puts it back.
    isolate: false,
    // Guards against a hung test, sized for a loaded machine: no test relies on them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
