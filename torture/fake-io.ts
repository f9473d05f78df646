/**
 * Runs the built CLI's `main` in this process with fake streams, as the tests do, so that the
 * fuzzer can try thousands of input sequences without starting thousands of processes.
 */
import { PassThrough } from "node:stream";
import type { Io } from "../src/shell/io";

const { main } = require("../dist/shell/main") as typeof import("../src/shell/main");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  argv: string[];
  dataDir: string;
  cwd: string;
  /** Input, written in one go; `end` closes it afterwards (end of input). */
  input: string;
  end: boolean;
  /** Pretend stdin and stdout are a terminal (readline's line editing). */
  terminal: boolean;
  /** Send Ctrl-C (the interrupt handler) after the input. */
  interrupt: boolean;
}

export async function runInProcess(options: RunOptions): Promise<RunResult> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  Object.assign(stdin, { isTTY: options.terminal });
  const handlers = new Set<() => void>();
  const io: Io = {
    stdin,
    stdout,
    stderr,
    env: { XDG_DATA_HOME: options.dataDir, HOME: options.dataDir },
    cwd: options.cwd,
    now: () => new Date(),
    isTTY: options.terminal,
    columns: 80,
    randomSeed: () => 12345,
    onInterrupt: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  const running = main(options.argv, io);
  stdin.write(options.input);
  if (options.interrupt)
    setImmediate(() => {
      for (const handler of handlers) handler();
    });
  if (options.end) stdin.end();
  const code = await running;
  stdin.destroy();
  return { code, stdout: out, stderr: err };
}
