/**
 * Test helper: runs the CLI in process through main(argv, io) with fake streams, typed input
 * written at once, a fixed clock and seed.
 */
import { PassThrough } from "node:stream";
import type { Io } from "../../src/shell/io";
import { main } from "../../src/shell/main";

/** Runs the CLI in process with `input` typed; returns what it printed and its exit code. */
export async function runMain(
  argv: string[],
  input = "",
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "";
  let stderr = "";
  const sink = (add: (text: string) => void) => {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => add(chunk.toString()));
    return stream;
  };
  const stdin = new PassThrough();
  stdin.end(input);
  const io: Io = {
    stdin,
    stdout: sink((t) => {
      stdout += t;
    }),
    stderr: sink((t) => {
      stderr += t;
    }),
    env,
    cwd: process.cwd(),
    now: () => new Date("2038-01-01T00:00:00Z"),
    isTTY: false,
    randomSeed: () => 1,
    onInterrupt: () => () => {},
  };
  const code = await main(argv, io);
  await new Promise((resolve) => setImmediate(resolve));
  return { stdout, stderr, code };
}
