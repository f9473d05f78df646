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
}

export interface Started {
  child: ChildProcess;
  done: Promise<Finished>;
  output: () => string;
}

export function startProcess(
  command: string,
  args: readonly string[],
  options: { dataDir: string; input?: string; end?: boolean; timeoutMs?: number; cwd?: string },
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
  if (options.end !== false) child.stdin?.end();
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill("SIGKILL");
  }, options.timeoutMs ?? 30_000);
  const done = new Promise<Finished>((resolveDone) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveDone({ code, signal, stdout, stderr, hung });
    });
  });
  return { child, done, output: () => stdout };
}

/** `node dist/cli.js ARGS`, niced like the rest of the suite. */
export function startCli(
  args: readonly string[],
  options: { dataDir: string; input?: string; end?: boolean; timeoutMs?: number; cwd?: string },
): Started {
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
