/**
 * On a terminal, readline redraws the whole line as it grows: a pasted megabyte took minutes of
 * redrawing before the player could answer. `limitTerminalLines` stands between the terminal
 * and readline and lets at most `max` characters into one line; the rest of that line is
 * dropped before readline sees it, and its Enter becomes Ctrl-U (clear the line) and Enter, so
 * readline hands over an empty line that `onOverflow` was told about first. Control keys (Enter,
 * Ctrl-C, Ctrl-D, the start of arrow keys) always get through; the control characters readline
 * has no key for (NUL, Ctrl-\ to Ctrl-_, the C1 range) are dropped, since readline would echo
 * them to the terminal as they are.
 */
import { PassThrough, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNKEYED = /[\u0000\u001c-\u001f\u0080-\u009f]/;

/** The longest line the player reads on a terminal: far more than any choice or command. */
export const MAX_TERMINAL_LINE = 4096;

interface TerminalInput extends Readable {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

export interface LimitedInput {
  /** What readline reads: a terminal-like stream that forwards raw mode to the real one. */
  input: Readable;
  /** Stops reading the real terminal (so the process can exit). */
  detach: () => void;
}

export function limitTerminalLines(
  terminal: TerminalInput,
  onOverflow: () => void,
  max = MAX_TERMINAL_LINE,
): LimitedInput {
  const proxy = new PassThrough({ encoding: "utf8" }) as PassThrough & TerminalInput;
  proxy.isTTY = true;
  proxy.setRawMode = (mode: boolean) => {
    terminal.setRawMode?.(mode);
    proxy.isRaw = mode;
    return proxy;
  };
  const decoder = new StringDecoder("utf8");
  let length = 0;
  let over = false;
  const filter = (text: string): string => {
    let out = "";
    for (const char of text) {
      if (char === "\r" || char === "\n") {
        if (over) {
          onOverflow();
          out += "\u0015";
        }
        out += char;
        length = 0;
        over = false;
      } else if (UNKEYED.test(char)) {
        // typed or pasted, never echoed
      } else if (char < " " || char === "\u007f") out += char;
      else if (length < max) {
        out += char;
        length++;
      } else over = true;
    }
    return out;
  };
  const onData = (chunk: Buffer | string) => {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    const passed = filter(text);
    if (passed) proxy.write(passed);
  };
  const onEnd = () => proxy.end();
  terminal.on("data", onData);
  terminal.on("end", onEnd);
  return {
    input: proxy,
    detach: () => {
      terminal.off("data", onData);
      terminal.off("end", onEnd);
      terminal.pause();
    },
  };
}
