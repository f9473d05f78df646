/**
 * Reads the player's input one line at a time. End of input and Ctrl-C are values, not
 * exceptions, so the player can save and leave cleanly whatever the user does.
 */
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { formatNumber } from "../views/format";
import { limitTerminalLines, MAX_TERMINAL_LINE } from "./line-limit";

export type InputResult = { kind: "line"; text: string } | { kind: "eof" } | { kind: "interrupt" };

export interface LineReader {
  /** Waits for the next line (after writing `prompt`, if given). */
  next(prompt?: string): Promise<InputResult>;
  close(): void;
}

export interface LineReaderOptions {
  input: Readable;
  output: Writable;
  /** Line editing and history on a real terminal. */
  terminal: boolean;
  onInterrupt: (handler: () => void) => () => void;
}

/** Said when a line typed or pasted on a terminal is over the limit (line-limit.ts). */
export const TOO_LONG = `That line was longer than ${formatNumber(MAX_TERMINAL_LINE)} characters, so it was not read: type a number or a command.\n`;

export function createLineReader(options: LineReaderOptions): LineReader {
  // On a terminal, lines over the limit never reach readline (they took minutes to redraw).
  let overflowed = 0;
  const limited = options.terminal
    ? limitTerminalLines(options.input, () => {
        overflowed++;
      })
    : undefined;
  const rl: Interface = createInterface({
    input: limited?.input ?? options.input,
    output: options.terminal ? options.output : undefined,
    terminal: options.terminal,
  });
  const queue: InputResult[] = [];
  let waiting: ((result: InputResult) => void) | undefined;
  let closed = false;
  const push = (result: InputResult) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(result);
    } else queue.push(result);
  };
  const interrupt = () => push({ kind: "interrupt" });
  rl.on("line", (text) => {
    if (text === "" && overflowed > 0) {
      overflowed--;
      options.output.write(TOO_LONG);
      if (waiting) rl.prompt();
      return;
    }
    push({ kind: "line", text });
  });
  rl.on("close", () => {
    closed = true;
    limited?.detach();
    push({ kind: "eof" });
  });
  rl.on("SIGINT", interrupt);
  const removeSignal = options.onInterrupt(interrupt);
  return {
    next(prompt) {
      // readline redraws its own prompt while the user edits, so it must know ours. Once it
      // has closed (Ctrl-D, even with lines typed ahead), it is never prompted again: that
      // would start reading the terminal anew and the process would never exit.
      if (prompt && options.terminal && !closed) {
        rl.setPrompt(prompt);
        rl.prompt();
      } else if (prompt) options.output.write(prompt);
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      if (closed) return Promise.resolve({ kind: "eof" });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close() {
      removeSignal();
      if (!closed) rl.close();
      limited?.detach();
    },
  };
}
