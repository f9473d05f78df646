import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_TERMINAL_LINE } from "../../../src/shell/interactive/line-limit";
import { createLineReader, TOO_LONG } from "../../../src/shell/interactive/line-reader";

/** A reader on a fake terminal; `shown()` is everything it has written to the screen. */
function terminalReader() {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
  });
  const reader = createLineReader({ input, output, terminal: true, onInterrupt: () => () => {} });
  return { input, reader, shown: () => shown };
}

describe("the line reader on a terminal", () => {
  it("after Ctrl-D with a line typed ahead, gives the line, then end of input, and reads no more", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const reader = createLineReader({ input, output, terminal: true, onInterrupt: () => () => {} });
    input.write("1\n\u0004");
    expect(await reader.next("> ")).toEqual({ kind: "line", text: "1" });
    expect(await reader.next("> ")).toEqual({ kind: "eof" });
    expect(await reader.next("> ")).toEqual({ kind: "eof" });
    // Prompting a closed readline would resume the terminal's input and keep the process alive.
    expect(input.isPaused()).toBe(true);
    reader.close();
  });
});

describe("a line pasted on a terminal", () => {
  it("over the limit is refused in one message, never echoed whole, and the next line is read", async () => {
    const { input, reader, shown } = terminalReader();
    const next = reader.next("> ");
    input.write(`${"x".repeat(1_000_000)}\r2\r`);
    expect(await next).toEqual({ kind: "line", text: "2" });
    expect(shown()).toContain(TOO_LONG);
    expect(shown().length).toBeLessThan(100_000);
    input.write("y".repeat(MAX_TERMINAL_LINE));
    input.write("\r");
    expect(await reader.next("> ")).toEqual({ kind: "line", text: "y".repeat(MAX_TERMINAL_LINE) });
    input.write("\u0004");
    expect(await reader.next("> ")).toEqual({ kind: "eof" });
    reader.close();
  });
});

// Any C0 control but tab, newline and carriage return, DEL and C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe("control characters typed on a terminal", () => {
  it("are never echoed as they are: readline's own cursor moves only", async () => {
    const { input, reader, shown } = terminalReader();
    const next = reader.next("> ");
    const keys = [0, 0x1c, 0x1d, 0x1e, 0x1f, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)];
    input.write(`a${String.fromCharCode(...keys)}b\r`);
    expect(await next).toEqual({ kind: "line", text: "ab" });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    const moves = /\u001b\[[0-9;?]*[A-Za-z]/g;
    expect(shown().replace(moves, "")).not.toMatch(RAW_CONTROL);
    reader.close();
  });
});
