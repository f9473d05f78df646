/**
 * The world as the shell sees it, passed in rather than reached for: streams, environment,
 * clock and working directory. `cli.ts` builds the real one; tests build fakes.
 */
import type { Readable, Writable } from "node:stream";

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: () => Date;
  /** Whether stdout is an interactive terminal (colour, width, progress lines). */
  isTTY: boolean;
  /** Terminal width when known. */
  columns?: number;
  /** A fresh random seed when the user gives none. */
  randomSeed: () => number;
  /** Registers a Ctrl-C handler; returns a function that removes it. */
  onInterrupt: (handler: () => void) => () => void;
}
