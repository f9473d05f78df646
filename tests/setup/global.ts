/**
 * Vitest's global setup, run once per `vitest` invocation before any test file:
 * - builds `dist/` (the compiled CLI and campaign) when a source is newer than it, so the few
 *   tests that spawn the real binary never run stale code, and a fresh build happens once;
 * - makes the run's temporary folder (tests/helpers/temp-dir.ts) and removes it afterwards.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_TMP } from "../helpers/temp-dir";

const ROOT = join(__dirname, "..", "..");
const BUILT = ["cli.js", "khasan.js", "khasan.js.cache", "story/khasan.json"].map((file) =>
  join(ROOT, "dist", file),
);
const SOURCES = ["src", "story", "scripts", "package.json", "tsconfig.json", "tsconfig.build.json"];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function isBuildStale(): boolean {
  if (!BUILT.every(existsSync)) return true;
  const built = Math.min(...BUILT.map((path) => statSync(path).mtimeMs));
  return SOURCES.some((source) => newest(join(ROOT, source)) > built);
}

export default function setup(): () => void {
  if (isBuildStale()) {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const dir = mkdtempSync(join(tmpdir(), "khasan-test-"));
  process.env[TEST_TMP] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
