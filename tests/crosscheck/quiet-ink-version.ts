// inkjs warns on console for every Story built from an older ink format (inklecate 0.9 writes
// format 19). A cross-check builds one per walk, so the test shows the warning once, not 500 times.
import { afterAll, beforeAll, vi } from "vitest";

const VERSION_WARNING = /^WARNING: Version of ink \d+ used to build story/;

/** Filters inkjs's format-version warning out of console.warn for the current test file. */
export function quietInkVersionWarning(): void {
  const original = console.warn;
  let shown = false;
  beforeAll(() => {
    vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
      const isVersion = typeof args[0] === "string" && VERSION_WARNING.test(args[0]);
      if (isVersion && shown) return;
      shown ||= isVersion;
      original(...args);
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });
}
