/**
 * The fuzzer: prompt sequences played in child processes (fuzz-runner.ts, each running many
 * in process), plus a share on a real pseudo-terminal through util-linux's `script`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findUnsafeOutput, processCrashed } from "./checks";
import { drawSequence } from "./fuzz-input";
import { savesInvalid } from "./saves";
import { howItEnded, inParallel, ROOT, startProcess } from "./spawn-cli";

export interface FuzzFigures {
  sequences: number;
  onTerminal: number;
  bigInputs: number;
  crashes: number;
  hangs: number;
  injections: number;
  corrupt: number;
  /** Pty sequences the terminal ended with SIGQUIT because Ctrl-\ was typed (its quit key). */
  quitKey: number;
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
    quitKey: 0,
    failures: [],
  };
}

/**
 * Runs sequences `from` to `to` in one child process. A child that dies before reporting them
 * all (khasan crashed the process it runs in) counts each missing sequence as a crash.
 */
function runChild(story: string, from: number, to: number, figures: FuzzFigures): Promise<void> {
  let reported = 0;
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
      // In a session of its own: a Ctrl-Z typed in a sequence makes readline send SIGTSTP to
      // the process it runs in, which must not stop the runner (started from a terminal, it
      // would); without a controlling terminal the signal is ignored and the game goes on.
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true },
    );
    let buffer = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let at = buffer.indexOf("\n");
      while (at >= 0) {
        record(JSON.parse(buffer.slice(0, at)) as Record<string, unknown>, figures);
        reported++;
        buffer = buffer.slice(at + 1);
        at = buffer.indexOf("\n");
      }
    });
    child.on("close", (code, signal) => {
      const missing = to - from - reported;
      if (missing > 0) {
        figures.sequences += missing;
        figures.crashes += missing;
        const ended = signal !== null ? `signal ${signal}` : `exit code ${code}`;
        figures.failures.push(
          `sequences ${from + reported} to ${to - 1}: the runner died (${ended}) before reporting them`,
        );
      }
      resolve();
    });
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
  if (corrupt.length > 0) figures.failures.push(`${label}: corrupt saves ${corrupt.join(", ")}`);
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

// C1 control characters: a terminal echoes them as typed (C0 keys it echoes as ^X).
const C1 = /[\u0080-\u009f]/g;

/**
 * `output` without the C1 control characters that were typed, the terminal's own echo of them:
 * any other control character in the output is one khasan wrote.
 */
export function withoutTyped(output: string, typed: string): string {
  const keys = new Set(typed.match(C1) ?? []);
  return output.replace(C1, (character) => (keys.has(character) ? "" : character));
}

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
    // A sequence cut short has lost its closing Ctrl-D (a Ctrl-D typed inside a line is not
    // one: readline deletes the character under the cursor), so one is typed on a line of its own.
    const typed = sequence.input.slice(0, 200_000);
    const cut = typed.length < sequence.input.length;
    const input = sequence.interrupt
      ? `${typed}\u0003`
      : cut || !typed.includes("\u0004")
        ? `${typed}\n\u0004`
        : typed;
    const last = sequence.interrupt ? input.lastIndexOf("\u0003") : input.lastIndexOf("\u0004");
    const run = startProcess("script", ["-q", "-e", "-c", command, "/dev/null"], {
      dataDir: data,
      input: input.slice(0, last),
      whenQuiet: input.slice(last),
      timeoutMs: 30_000,
    });
    const done = await run.done;
    figures.sequences++;
    figures.onTerminal++;
    const label = `pty sequence ${seed} (${data})`;
    if (done.hung) {
      figures.hangs++;
      figures.failures.push(`${label}: hang: ${howItEnded(done)}`);
    } else if (done.code === 128 + 3 && input.includes("\u001c")) {
      // Ctrl-\ typed while the terminal is not in raw mode (before khasan reads) is the
      // terminal's quit key: the kernel sends SIGQUIT, as to any program. Its saves are checked.
      figures.quitKey++;
    } else if (processCrashed(done)) {
      figures.crashes++;
      figures.failures.push(`${label}: crash: ${howItEnded(done)}`);
    }
    // The terminal echoes what was typed (control keys as ^X, the rest as typed, Ctrl-V as
    // "^" and a backspace) while khasan is not reading: that echo is the terminal's.
    const echoFree = done.stdout.replace(/\^\[|\^[A-Z@[\\\]^_?]/g, "");
    const unsafe = findUnsafeOutput(withoutTyped(echoFree, input), true);
    if (unsafe) {
      figures.injections++;
      figures.failures.push(`${label}: unsafe output ${unsafe}`);
    }
    const corrupt = savesInvalid(data);
    figures.corrupt += corrupt.length;
    if (corrupt.length > 0) figures.failures.push(`${label}: corrupt saves ${corrupt.join(", ")}`);
  });
  await inParallel(jobs, 3);
}
