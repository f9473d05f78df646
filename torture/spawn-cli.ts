/**
 * Starts the built CLI as a real process (for kills, concurrent players, a file-size limit and
 * a pseudo-terminal), with its own data directory, and collects what it printed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const CLI = join(ROOT, "dist", "cli.js");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when it had to be killed after `timeoutMs`. */
  hung: boolean;
  timeoutMs: number;
}

/** How a run ended, for a failure line: its exit code or signal, and whether it timed out. */
export function howItEnded(run: Finished): string {
  const ended = run.signal !== null ? `signal ${run.signal}` : `exit code ${run.code}`;
  const timedOut = run.hung ? `timed out after ${run.timeoutMs / 1000} s, ` : "not timed out, ";
  const firstLine = run.stderr.trim().split("\n")[0] ?? "";
  const stderr =
    firstLine === "" ? "no stderr" : `stderr ${JSON.stringify(firstLine.slice(0, 200))}`;
  return `${ended}, ${timedOut}${stderr}`;
}

export interface Started {
  child: ChildProcess;
  done: Promise<Finished>;
  output: () => string;
}

export interface StartOptions {
  dataDir: string;
  input?: string;
  /**
   * Keys typed once the program has printed something and then gone quiet for a second (it is
   * reading): on a pseudo-terminal, Ctrl-C or Ctrl-D typed before the program reads would be
   * taken by the terminal itself, which throws away everything typed before them.
   */
  whenQuiet?: string;
  end?: boolean;
  timeoutMs?: number;
  cwd?: string;
}

export function startProcess(
  command: string,
  args: readonly string[],
  options: StartOptions,
): Started {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_DATA_HOME: options.dataDir,
    HOME: options.dataDir,
  };
  delete env.NO_COLOR;
  const child = spawn(command, [...args], { cwd: options.cwd ?? ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin?.on("error", () => {});
  if (options.input !== undefined) child.stdin?.write(options.input);
  if (options.whenQuiet !== undefined) typeWhenQuiet(child, options.whenQuiet, () => stdout);
  else if (options.end !== false) child.stdin?.end();
  let hung = false;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timer = setTimeout(() => {
    hung = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const done = new Promise<Finished>((resolveDone) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveDone({ code, signal, stdout, stderr, hung, timeoutMs });
    });
  });
  return { child, done, output: () => stdout };
}

/** Types `keys` and closes the input once `output()` has stayed the same for a second. */
function typeWhenQuiet(child: ChildProcess, keys: string, output: () => string): void {
  let seen = "";
  const timer = setInterval(() => {
    const now = output();
    if (now.length === 0 || now !== seen) {
      seen = now;
      return;
    }
    clearInterval(timer);
    child.stdin?.write(keys);
    child.stdin?.end();
  }, 1000);
  child.on("close", () => clearInterval(timer));
}

/** `node dist/cli.js ARGS`, niced like the rest of the suite. */
export function startCli(args: readonly string[], options: StartOptions): Started {
  return startProcess("nice", [process.execPath, CLI, ...args], options);
}

/** Runs `jobs` with at most `width` at once. */
export async function inParallel<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job) results[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
