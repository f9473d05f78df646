/**
 * The program's entry (bundled as dist/khasan.js, which the command dist/cli.js starts: see
 * launcher.ts): wires the real process into `main` and exits with its code. Nothing else here,
 * so every behaviour can be tested through `main` with fake streams.
 */
import { randomInt } from "node:crypto";
import { MAX_SEED } from "./core/random/seed";
import { main } from "./shell/main";

// A reader that stops early (`khasan history | head`) closes the pipe: stop quietly, as Unix
// tools do. Saves are written before anything is shown, so nothing is lost.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
  randomSeed: () => randomInt(1, MAX_SEED),
  onInterrupt: (handler) => {
    process.on("SIGINT", handler);
    return () => process.off("SIGINT", handler);
  },
}).then((code) => {
  process.exitCode = code;
});
