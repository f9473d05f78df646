import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLineReader } from "../../../src/shell/interactive/line-reader";

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
