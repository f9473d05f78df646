/**
 * Temporary folders for tests, all under one folder per test run that the global setup
 * (tests/setup/global.ts) creates and removes at the end, so a run leaves nothing in /tmp.
 * Outside vitest (a script importing a helper) they fall back to the system's temp folder.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The environment variable naming the run's temporary folder. */
export const TEST_TMP = "KHASAN_TEST_TMP";

/** A fresh empty folder, named `<prefix>XXXXXX`, under the run's temporary folder. */
export function makeTempDir(prefix = "khasan-e2e-"): string {
  return mkdtempSync(join(process.env[TEST_TMP] || tmpdir(), prefix));
}
