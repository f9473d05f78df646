/**
 * The fuzzer: prompt sequences played in child processes (fuzz-runner.ts, each running many
 * in process), plus a share on a real pseudo-terminal through util-linux's `script`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findUnsafeOutput, hasCrashed } from "./checks";
import { drawSequence } from "./fuzz-input";
import { savesInvalid } from "./saves";
import { inParallel, ROOT, startProcess } from "./spawn-cli";

export interface FuzzFigures {
  sequences: number;
  onTerminal: number;
  bigInputs: number;
  crashes: number;
  hangs: number;
  injections: number;
  corrupt: number;
  failures: string[];
}

export function emptyFuzz(): FuzzFigures {
  return {
    sequences: 0,
    onTerminal: 0,
    bigInputs: 0,
    crashes: 0,
    hangs: 0,
    injections: 0,
    corrupt: 0,
    failures: [],
  };
}

function runChild(story: string, from: number, to: number, figures: FuzzFigures): Promise<void> {
  return new Promise((resolve) => {
    const runner = join(__dirname, "fuzz-runner.ts");
    const child = spawn(
      "nice",
      [
        process.execPath,
        "-r",
        "ts-node/register/transpile-only",
        runner,
        String(from),
        String(to),
        story,
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let buffer = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let at = buffer.indexOf("\n");
      while (at >= 0) {
        record(JSON.parse(buffer.slice(0, at)) as Record<string, unknown>, figures);
        buffer = buffer.slice(at + 1);
        at = buffer.indexOf("\n");
      }
    });
    child.on("close", () => resolve());
  });
}

function record(result: Record<string, unknown>, figures: FuzzFigures): void {
  figures.sequences++;
  if (result.terminal) figures.onTerminal++;
  if (Number(result.bytes) >= 1_000_000) figures.bigInputs++;
  const label = `sequence ${result.seed} (${result.argv})`;
  if (result.hang) {
    figures.hangs++;
    figures.failures.push(`${label}: hang`);
  }
  if (result.crash) {
    figures.crashes++;
    figures.failures.push(`${label}: ${result.crash}`);
  }
  if (result.injection) {
    figures.injections++;
    figures.failures.push(`${label}: unsafe output ${result.injection}`);
  }
  const corrupt = (result.corrupt as string[] | undefined) ?? [];
  figures.corrupt += corrupt.length;
}

/** `count` in-process sequences over `width` children. */
export async function fuzzInProcess(
  story: string,
  count: number,
  width: number,
  figures: FuzzFigures,
): Promise<void> {
  const per = Math.ceil(count / width);
  await Promise.all(
    Array.from({ length: width }, (_, i) =>
      runChild(story, i * per, Math.min(count, (i + 1) * per), figures),
    ),
  );
}

// Control characters typed (other than Enter and Ctrl-D) are the terminal's to echo, not khasan's.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TYPED_CONTROL = /[\u0000-\u0003\u0005-\u0009\u000b-\u001f\u007f-\u009f]/;

/** `count` sequences typed into the real CLI on a pseudo-terminal (`script -q -e -c`). */
export async function fuzzOnPty(story: string, count: number, figures: FuzzFigures): Promise<void> {
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    const seed = 500_000 + i;
    const sequence = drawSequence(seed, true);
    const data = mkdtempSync(join(tmpdir(), "khasan-pty-"));
    const command = `${process.execPath} ${join(ROOT, "dist", "cli.js")} play ${story} --seed ${seed}`;
    // script(1) runs until its own input ends, so the input is closed after the keys. Ctrl-C on
    // a terminal is the \u0003 key; a sequence that ends without Ctrl-D or Ctrl-C
    // would wait for the player for ever. The last Ctrl-C or Ctrl-D (and what follows it) is
    // typed once khasan is reading: typed earlier, the terminal would discard the lines before it.
    const typed = sequence.input.slice(0, 200_000);
    const input = sequence.interrupt
      ? `${typed}\u0003`
      : typed.includes("\u0004")
        ? typed
        : `${typed}\n\u0004`;
    const last = Math.max(input.lastIndexOf("\u0003"), input.lastIndexOf("\u0004"));
    const run = startProcess("script", ["-q", "-e", "-c", command, "/dev/null"], {
      dataDir: data,
      input: input.slice(0, last),
      whenQuiet: input.slice(last),
      timeoutMs: 30_000,
    });
    const done = await run.done;
    figures.sequences++;
    figures.onTerminal++;
    const label = `pty sequence ${seed}`;
    if (done.hung) {
      figures.hangs++;
      figures.failures.push(`${label}: hang`);
    }
    if (hasCrashed(done.stdout, done.stderr)) {
      figures.crashes++;
      figures.failures.push(`${label}: crash`);
    }
    // The terminal echoes what was typed: only khasan's own output is judged, after the echo.
    const unsafe = findUnsafeOutput(done.stdout.replace(/\^\[|\^[A-Z@[\\\]^_?]/g, ""), true);
    if (unsafe && !TYPED_CONTROL.test(input)) {
      figures.injections++;
      figures.failures.push(`${label}: unsafe output ${unsafe}`);
    }
    figures.corrupt += savesInvalid(data).length;
  });
  await inParallel(jobs, 3);
}
