/**
 * Spawns the built CLI (`node dist/cli.js`) the way a user's shell would: piped stdin, a fresh
 * temporary data directory (through XDG_DATA_HOME and HOME, so no test touches real saves), and
 * NO_COLOR unset so that "no colour when piped" is the player's doing, not the environment's.
 * `runCli` writes all of stdin at once; `startCli` lets a test wait for output, type step by
 * step and send signals.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

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
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** A fresh empty folder under the system's temp directory. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), "khasan-e2e-"));
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
  /** Closes the reading end of stdout, as `| head -1` does once it has its line. */
  closeOutput(): void;
  kill(signal: NodeJS.Signals): void;
  readonly stdout: string;
  done: Promise<CliResult>;
}

function occurrences(text: string, pattern: string | RegExp): number {
  if (typeof pattern === "string") return text.split(pattern).length - 1;
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].length;
}

/** Starts the CLI with `args` and leaves stdin open for the test to drive. */
export function startCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const dataDir = options.dataDir ?? makeTempDir();
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: dataDir, HOME: dataDir };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.npm_lifecycle_event;
  Object.assign(env, options.env ?? {});
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
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
    waitFor(pattern, count = 1, timeoutMs = 8000) {
      return new Promise<void>((resolveWait, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`timed out waiting for ${String(pattern)}; stdout so far:\n${stdout}`));
        }, timeoutMs);
        const check = () => {
          if (occurrences(stdout, pattern) < count && child.exitCode === null) return;
          clearTimeout(timer);
          watchers.delete(check);
          if (occurrences(stdout, pattern) >= count) resolveWait();
          else reject(new Error(`exited before ${String(pattern)}; stdout:\n${stdout}${stderr}`));
        };
        watchers.add(check);
        check();
      });
    },
  };
}

/** Runs the CLI with `args`, types `stdin` (if any), closes input and waits for the exit. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const running = startCli(args, options);
  if (options.stdin) running.write(options.stdin);
  running.endInput();
  return running.done;
}
