import { describe, expect, it } from "vitest";
import { newLesson } from "../../../src/core/classroom/lesson";
import { parseLessonCommand } from "../../../src/core/classroom/lesson-command";
import { startTimer } from "../../../src/core/classroom/lesson-timer";

const state = newLesson({
  rule: "plurality",
  fallback: "plurality",
  roles: ["blyukher"],
  classSize: 0,
  cut: "45",
  label: "",
});
const running = { ...state, timer: startTimer(120, 0) };

describe("the teacher's words at the lesson prompt", () => {
  it("reads the timer commands: extend adds a minute, time and Enter stop it", () => {
    const event = (e: object) => ({ kind: "event", event: e });
    expect(parseLessonCommand("extend", running, true)).toEqual(
      event({ type: "extend", seconds: 60 }),
    );
    expect(parseLessonCommand("time", running, true)).toEqual(event({ type: "timer", seconds: 0 }));
    expect(parseLessonCommand("", running, true)).toEqual(event({ type: "timer", seconds: 0 }));
    expect(parseLessonCommand("", state, true)).toEqual({ kind: "player" });
  });

  it("reads a lone number as the casting vote at a class decision, else as the teacher's pick", () => {
    expect(parseLessonCommand("2", state, true)).toEqual({
      kind: "event",
      event: { type: "cast", option: 1 },
    });
    expect(parseLessonCommand("2", state, false)).toEqual({
      kind: "event",
      event: { type: "decide", option: 1 },
    });
  });
});
