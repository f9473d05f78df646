import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The slowest test files (Chromium, the campaign, inklecate), slowest first, as measured on two
 * cores. With no record of past runs (a fresh clone, CI) vitest starts the largest files first,
 * and these short files would start last, leaving one worker running alone at the end.
 */
const SLOW = [
  "tests/web/lesson-browser.test.ts",
  "tests/crosscheck/inklecate.test.ts",
  "tests/e2e/debrief.test.ts",
  "tests/story/campaign.test.ts",
  "tests/e2e/classroom.test.ts",
  "tests/e2e/web-solo.test.ts",
  "tests/story/uneasy-august.test.ts",
];

/** Starts the SLOW files first, then vitest's own order. Only scheduling: no test needs it. */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SLOW.findIndex((slow) => file.moduleId.endsWith(slow));
      return index < 0 ? SLOW.length : index;
    };
    const position = new Map(sorted.map((file, i) => [file, i]));
    return sorted.sort((a, b) => rank(a) - rank(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
}

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
    sequence: { sequencer: SlowFirst },
    // Guards against a hung test, sized for a loaded machine: no test relies on them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
