import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  extendTimer,
  pauseTimer,
  resumeTimer,
  secondsLeft,
  startTimer,
  type TimerState,
} from "../../../src/core/classroom/lesson-timer";
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
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A reader over a lesson timer held in `timer`, read at the fake clock. */
  function timedOver(reader: LineReader, box: { timer: TimerState; shown: string }) {
    return createTimedReader(reader, {
      write: (t) => {
        box.shown += t;
      },
      inPlace: false,
      step: 1,
      secondsLeft: () =>
        box.timer.kind === "running" ? secondsLeft(box.timer, Date.now()) : undefined,
      countdownId: () => (box.timer.kind === "running" ? box.timer.endsAt : undefined),
    });
  }

  it("counts down, says time is up once, then hands on the line typed afterwards", async () => {
    const { reader, type } = fakeReader();
    const box = { timer: startTimer(3, 0), shown: "" };
    const timed = timedOver(reader, box);
    const next = timed.next("> ");
    await vi.advanceTimersByTimeAsync(3000);
    expect(box.shown).toBe("0:03 left\n0:02 left\n0:01 left\nTime is up: take the votes.\n> ");
    type("3 1 0");
    expect(await next).toEqual({ kind: "line", text: "3 1 0" });
    const again = timed.next("> ");
    type("note x");
    expect(await again).toEqual({ kind: "line", text: "note x" });
    expect(box.shown.match(/Time is up/g)).toHaveLength(1);
  });

  it("keeps counting from the lesson's clock when a line (a note) is typed meanwhile", async () => {
    const { reader, type } = fakeReader();
    const box = { timer: startTimer(120, 0), shown: "" };
    const timed = timedOver(reader, box);
    const first = timed.next("> ");
    await vi.advanceTimersByTimeAsync(30_000);
    type("note Anna spoke well");
    expect(await first).toEqual({ kind: "line", text: "note Anna spoke well" });
    box.shown = "";
    const second = timed.next("> ");
    expect(box.shown).toBe("1:30 left\n");
    type("4 0");
    expect(await second).toEqual({ kind: "line", text: "4 0" });
  });

  it("shows nothing while paused, and resumes where the pause stopped it", async () => {
    const { reader, type } = fakeReader();
    const box = { timer: startTimer(60, 0), shown: "" };
    box.timer = pauseTimer(box.timer, 20_000);
    const timed = timedOver(reader, box);
    const paused = timed.next("> ");
    type("resume");
    await paused;
    expect(box.shown).toBe("");
    vi.setSystemTime(500_000);
    box.timer = resumeTimer(box.timer, Date.now());
    expect(secondsLeft(box.timer, Date.now())).toBe(40);
    const resumed = timed.next("> ");
    expect(box.shown).toBe("0:40 left\n");
    type("1");
    await resumed;
  });
});

describe("extendTimer", () => {
  it("adds to what is left at that moment, running or paused, and starts a timer that is up", () => {
    const running = startTimer(90, 0);
    expect(secondsLeft(extendTimer(running, 60, 30_000), 30_000)).toBe(120);
    const paused = pauseTimer(running, 30_000);
    const longer = extendTimer(paused, 60, 500_000);
    expect(longer).toEqual({ kind: "paused", totalSeconds: 150, leftMs: 120_000 });
    expect(secondsLeft(resumeTimer(longer, 600_000), 600_000)).toBe(120);
    expect(extendTimer(running, 60, 200_000)).toEqual(startTimer(60, 200_000));
    expect(extendTimer({ kind: "off" }, 60, 5)).toEqual(startTimer(60, 5));
  });
});
