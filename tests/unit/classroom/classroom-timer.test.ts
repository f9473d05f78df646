import { describe, expect, it } from "vitest";
import { createTimedReader } from "../../../src/shell/interactive/classroom-timer";
import type { InputResult, LineReader } from "../../../src/shell/interactive/line-reader";

/** A reader whose lines arrive when the test says so. */
function fakeReader() {
  const waiting: ((result: InputResult) => void)[] = [];
  const queued: InputResult[] = [];
  const reader: LineReader = {
    next: () => {
      const ready = queued.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => {},
  };
  const type = (text: string) => {
    const result: InputResult = { kind: "line", text };
    const resolve = waiting.shift();
    if (resolve) resolve(result);
    else queued.push(result);
  };
  return { reader, type };
}

describe("the discussion timer", () => {
  it("counts down, says time is up, then hands on the line typed afterwards", async () => {
    const { reader, type } = fakeReader();
    let shown = "";
    const timed = createTimedReader(reader, {
      write: (t) => {
        shown += t;
      },
      inPlace: false,
      step: 1,
      secondMs: 5,
    });
    timed.arm(3);
    const next = timed.next("> ");
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(shown).toBe(
      "Discussion: 0:03 (press Enter to skip)\n0:02 left\n0:01 left\nTime is up: take the votes.\n> ",
    );
    type("3 1 0");
    expect(await next).toEqual({ kind: "line", text: "3 1 0" });
  });

  it("passes on votes typed during the countdown as the input", async () => {
    const { reader, type } = fakeReader();
    const timed = createTimedReader(reader, { write: () => {}, inPlace: false, secondMs: 1000 });
    timed.arm(120);
    const next = timed.next("> ");
    type("4 0");
    expect(await next).toEqual({ kind: "line", text: "4 0" });
  });

  it("runs only once per arming", async () => {
    const { reader, type } = fakeReader();
    let shown = "";
    const timed = createTimedReader(reader, {
      write: (t) => {
        shown += t;
      },
      inPlace: false,
    });
    type("x");
    await timed.next();
    expect(shown).toBe("");
  });
});
