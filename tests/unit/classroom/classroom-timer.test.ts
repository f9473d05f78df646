import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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

/** A timed reader over a fake one; `shown()` is everything the timer wrote so far. */
function timedReader(options: { inPlace: boolean; step?: number }) {
  const { reader, type } = fakeReader();
  let written = "";
  const timed = createTimedReader(reader, {
    ...options,
    write: (text) => {
      written += text;
    },
  });
  return { timed, type, shown: () => written };
}

describe("the discussion timer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts down, says time is up, then hands on the line typed afterwards", async () => {
    const { timed, type, shown } = timedReader({ inPlace: false, step: 1 });
    timed.arm(3);
    const next = timed.next("> ");
    await vi.advanceTimersByTimeAsync(2000);
    expect(shown()).toBe("Discussion: 0:03 (press Enter to skip)\n0:02 left\n0:01 left\n");
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown()).toBe(
      "Discussion: 0:03 (press Enter to skip)\n0:02 left\n0:01 left\nTime is up: take the votes.\n> ",
    );
    type("3 1 0");
    expect(await next).toEqual({ kind: "line", text: "3 1 0" });
  });

  it("passes on votes typed during the countdown as the input", async () => {
    const { reader, type } = fakeReader();
    const timed = createTimedReader(reader, { write: () => {}, inPlace: false });
    timed.arm(120);
    const next = timed.next("> ");
    await vi.advanceTimersByTimeAsync(5000);
    type("4 0");
    expect(await next).toEqual({ kind: "line", text: "4 0" });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("skips the rest of the countdown on an empty line and reads the next", async () => {
    const { timed, type, shown } = timedReader({ inPlace: true });
    timed.arm(60);
    const next = timed.next("> ");
    await vi.advanceTimersByTimeAsync(1000);
    type("");
    type("2");
    expect(await next).toEqual({ kind: "line", text: "2" });
    expect(shown()).toBe("Discussion: 1:00 (press Enter to skip)\n\r0:59 left \nTimer skipped.\n");
  });

  it("runs only once per arming", async () => {
    const { timed, type, shown } = timedReader({ inPlace: false });
    timed.arm(30);
    const first = timed.next();
    type("x");
    expect(await first).toEqual({ kind: "line", text: "x" });
    expect(shown()).toBe("Discussion: 0:30 (press Enter to skip)\n");
    const second = timed.next();
    await vi.advanceTimersByTimeAsync(60_000);
    type("y");
    expect(await second).toEqual({ kind: "line", text: "y" });
    expect(shown()).toBe("Discussion: 0:30 (press Enter to skip)\n");
  });
});
