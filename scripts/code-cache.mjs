// Writes dist/khasan.js.cache, the code cache the launcher (src/launcher.ts) starts from: plays
// one choice of the campaign, then starts a new game over that autosave (so the run reads a
// save, as a returning player's does, and sets it aside) and has the command save V8's
// compiled code as it exits at the first prompt. Run by `npm run build` after the campaign is
// compiled.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const cache = join(dist, "khasan.js.cache");
const data = mkdtempSync(join(tmpdir(), "khasan-code-cache-"));
rmSync(cache, { force: true });
const story = join(dist, "story", "khasan.json");
const play = (input, env = {}) =>
  spawnSync(
    process.execPath,
    [join(dist, "cli.js"), "play", story, "--plain", "--seed", "1", "--data-dir", data],
    { input, encoding: "utf8", env: { ...process.env, ...env } },
  );
play("1\n");
const run = play("", { KHASAN_WRITE_CODE_CACHE: cache });
rmSync(data, { recursive: true, force: true });
if (run.status !== 0 || !run.stdout.includes("?> ") || !existsSync(cache)) {
  console.error(`code-cache: no cache written (exit ${run.status}): ${run.stderr.trim()}`);
  process.exit(1);
}
