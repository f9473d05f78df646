/**
 * A child process of the fuzzer: plays sequences `from` to `to` in this process (fake streams,
 * the built CLI's `main`) and prints one JSON line per sequence. A sequence that does not end
 * within its time is reported as a hang and left behind; the next one goes on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findUnsafeOutput, hasCrashed } from "./checks";
import { runInProcess } from "./fake-io";
import { drawSequence, makeRandom } from "./fuzz-input";
import { savesInvalid } from "./saves";

const [, , fromText, toText, compiledStory] = process.argv;
// Each Ctrl-Z typed on a (fake) terminal leaves readline waiting for a SIGCONT that never
// comes here (fuzz.ts): one listener per such sequence, not a leak of khasan's.
process.setMaxListeners(0);
const HANG_MS = 20_000;

const MODES: readonly string[][] = [
  ["play"],
  ["play", "--plain"],
  ["play", "--json"],
  ["continue"],
  ["continue", "--plain"],
  ["play", "--no-color", "--width", "40"],
];

async function runOne(seed: number, data: string): Promise<Record<string, unknown>> {
  const random = makeRandom(seed * 7919);
  const mode = MODES[Math.floor(random() * MODES.length)] ?? ["play"];
  const terminal = mode.length === 1 && random() < 0.5;
  // Mostly the mini campaign (compiled once by index.ts), sometimes the real one.
  const story = random() < 0.8 ? [compiledStory ?? ""] : [];
  const sequence = drawSequence(seed, terminal);
  const argv = [...mode, ...story, "--seed", String(seed)];
  const run = runInProcess({ argv, dataDir: data, cwd: data, terminal, ...sequence });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), HANG_MS);
  });
  const result = await Promise.race([run.catch((error: unknown) => ({ error })), timeout]);
  clearTimeout(timer);
  const base = { seed, argv: argv.join(" "), terminal, bytes: sequence.bytes };
  if (result === "hang") return { ...base, hang: true };
  if ("error" in result) return { ...base, crash: String(result.error) };
  // An exit code khasan never uses (0, 1, 2, 130) is a crash too.
  const crash = hasCrashed(result.stdout, result.stderr) || ![0, 1, 2, 130].includes(result.code);
  const unsafe = findUnsafeOutput(result.stdout + result.stderr, terminal);
  return {
    ...base,
    code: result.code,
    crash: crash
      ? `exit code ${result.code}, stderr ${JSON.stringify(result.stderr.slice(0, 300))}`
      : undefined,
    injection: unsafe,
    corrupt: savesInvalid(data),
  };
}

async function runAll(): Promise<void> {
  const from = Number(fromText);
  const to = Number(toText);
  let data = mkdtempSync(join(tmpdir(), "khasan-fuzz-"));
  for (let seed = from; seed < to; seed++) {
    if (seed % 10 === 0) {
      rmSync(data, { recursive: true, force: true });
      data = mkdtempSync(join(tmpdir(), "khasan-fuzz-"));
    }
    process.stdout.write(`${JSON.stringify(await runOne(seed, data))}\n`);
  }
  rmSync(data, { recursive: true, force: true });
  process.exit(0);
}

void runAll();
