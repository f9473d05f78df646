/**
 * Runs the CLI the way a user's shell would, with piped stdin, a fresh temporary data directory
 * (through XDG_DATA_HOME and HOME, so no test touches real saves), and NO_COLOR unset so that
 * "no colour when piped" is the player's doing, not the environment's.
 *
 * `runCli` and `startCli` call `main(argv, io)` in this process with fake streams: the same
 * program as the binary minus `cli.ts`'s wiring, and fast enough to keep the suite short.
 * `spawnCli` and `runSpawned` start the built binary (`node dist/cli.js`) for the few tests of
 * the real process: signals, a closed pipe, worker threads and the whole-program checks.
 * `runCli` writes all of stdin at once; `startCli` lets a test wait for output, type step by
 * step and interrupt.
 */
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { MAX_SEED } from "../../src/core/random/seed";
import type { Io } from "../../src/shell/io";
import { main } from "../../src/shell/main";
import { makeTempDir } from "../helpers/temp-dir";

export { makeTempDir };
export const ROOT = resolve(__dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");
export const MINI_STORY = join(ROOT, "tests", "fixtures", "campaign-mini", "khasan-mini.ink");
export const STORIES = join(ROOT, "tests", "fixtures", "stories");
export const SAVES = join(ROOT, "tests", "fixtures", "saves");

export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code, or 128 + the signal number when a signal ended the process. */
  code: number;
}

export interface CliOptions {
  /** Everything typed, written at once and then closed (end of input). */
  stdin?: string;
  /** The data directory; a fresh temporary one by default. */
  dataDir?: string;
  cwd?: string;
  /** Extra environment variables, over the user's. */
  env?: Readonly<Record<string, string>>;
  /** In process only: the seed a command draws when none is given (random by default). */
  randomSeed?: number;
}

/** The folder where a story's saves are kept, under a data directory. */
export function storySaveDir(dataDir: string, storyName = "khasan-mini"): string {
  return join(dataDir, "khasan", storyName);
}

/** Reads and parses a JSON file (a save). */
export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** Lines that look like a stack trace frame. */
export function stackLines(text: string): string[] {
  return text.split("\n").filter((line) => /^\s+at /.test(line));
}

const SIGNALS: Record<string, number> = { SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };

export interface RunningCli {
  /** Resolves when stdout (seen so far) matches `pattern` `count` times; rejects on timeout. */
  waitFor(pattern: string | RegExp, count?: number, timeoutMs?: number): Promise<void>;
  write(text: string): void;
  endInput(): void;
  /** Closes the reading end of stdout, as `| head -1` does once it has its line (spawned only). */
  closeOutput(): void;
  /** Sends a signal; in process only SIGINT, delivered to the handlers main registered. */
  kill(signal: NodeJS.Signals): void;
  readonly stdout: string;
  done: Promise<CliResult>;
}

function occurrences(text: string, pattern: string | RegExp): number {
  if (typeof pattern === "string") return text.split(pattern).length - 1;
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].length;
}

/** Starts the built binary with `args` and leaves stdin open for the test to drive. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const dataDir = options.dataDir ?? makeTempDir();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: userEnv(dataDir, options.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const watchers = new Set<() => void>();
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const check of watchers) check();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  // A test that closes stdin early must not crash on EPIPE.
  child.stdin.on("error", () => {});
  const done = new Promise<CliResult>((resolveDone, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      for (const check of watchers) check();
      const bySignal = signal ? 128 + (SIGNALS[signal] ?? 0) : 1;
      resolveDone({ stdout, stderr, code: code ?? bySignal });
    });
  });
  return {
    get stdout() {
      return stdout;
    },
    done,
    write: (text) => child.stdin.write(text),
    endInput: () => child.stdin.end(),
    closeOutput: () => child.stdout.destroy(),
    kill: (signal) => child.kill(signal),
    waitFor: waiter(
      () => stdout,
      () => `${stdout}${stderr}`,
      () => child.exitCode !== null || child.signalCode !== null,
      watchers,
    ),
  };
}

/** Runs the built binary with `args`, types `stdin` (if any), closes input, waits for the exit. */
export function runSpawned(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return typeAll(spawnCli(args, options), options);
}

/** Runs `main` in process with `args`, types `stdin` (if any), closes input, waits for the end. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return typeAll(startCli(args, options), options);
}

function typeAll(running: RunningCli, options: CliOptions): Promise<CliResult> {
  if (options.stdin) running.write(options.stdin);
  running.endInput();
  return running.done;
}

/** The environment a user's shell would give: the data directory as home, colour unforced. */
function userEnv(dataDir: string, extra: CliOptions["env"]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: dataDir, HOME: dataDir };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // As typed in a shell, not run by npm (the quit message names npm start under npm).
  delete env.npm_lifecycle_event;
  return { ...env, ...extra };
}

/** Starts `main` in process with fake streams and leaves stdin open for the test to drive. */
export function startCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  const dataDir = options.dataDir ?? makeTempDir();
  const stdin = new PassThrough();
  let stdout = "";
  let stderr = "";
  let finished = false;
  const watchers = new Set<() => void>();
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(chunk.toString());
        for (const check of watchers) check();
        callback();
      },
    });
  const interrupts = new Set<() => void>();
  const io: Io = {
    stdin,
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    env: userEnv(dataDir, options.env),
    cwd: options.cwd ?? ROOT,
    now: () => new Date(),
    isTTY: false,
    randomSeed: () => options.randomSeed ?? randomInt(1, MAX_SEED),
    onInterrupt: (handler) => {
      interrupts.add(handler);
      return () => interrupts.delete(handler);
    },
  };
  const done = main(args, io).then((code) => {
    finished = true;
    for (const check of watchers) check();
    return { stdout, stderr, code };
  });
  return {
    get stdout() {
      return stdout;
    },
    done,
    write: (text) => stdin.write(text),
    endInput: () => stdin.end(),
    closeOutput: () => {
      throw new Error("closeOutput needs the real process: use spawnCli");
    },
    kill: (signal) => {
      if (signal !== "SIGINT") throw new Error(`${signal} needs the real process: use spawnCli`);
      for (const handler of [...interrupts]) handler();
    },
    waitFor: waiter(
      () => stdout,
      () => `${stdout}${stderr}`,
      () => finished,
      watchers,
    ),
  };
}

/** `waitFor` over a growing output: resolves on `count` matches, rejects on exit or timeout. */
function waiter(
  output: () => string,
  everything: () => string,
  hasExited: () => boolean,
  watchers: Set<() => void>,
): RunningCli["waitFor"] {
  return (pattern, count = 1, timeoutMs = 30_000) =>
    new Promise<void>((resolveWait, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`timed out waiting for ${String(pattern)}; stdout so far:\n${output()}`));
      }, timeoutMs);
      const check = () => {
        if (occurrences(output(), pattern) < count && !hasExited()) return;
        clearTimeout(timer);
        watchers.delete(check);
        if (occurrences(output(), pattern) >= count) resolveWait();
        else reject(new Error(`exited before ${String(pattern)}; output:\n${everything()}`));
      };
      watchers.add(check);
      check();
    });
}
