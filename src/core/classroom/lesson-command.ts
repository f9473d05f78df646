/**
 * What the teacher types at the terminal classroom's prompt, read as a lesson event (or left to
 * the ordinary player when it is not a lesson command). Pure, so the browser console and tests
 * can use the same words.
 */
import type { LessonEvent, LessonState } from "./lesson";

type Untimed<E> = E extends unknown ? Omit<E, "at"> : never;
export type LessonCommand =
  | { kind: "event"; event: Untimed<LessonEvent> }
  | { kind: "reply"; text: string }
  | { kind: "player" };

const HIDDEN = "The numbers are hidden in classroom mode: type reveal to show them on screen.";

/** Reads one line typed at the lesson prompt. `classDecision`: the class decides this scene. */
export function parseLessonCommand(
  text: string,
  state: LessonState,
  classDecision: boolean,
): LessonCommand {
  const line = text.trim();
  const [first = "", ...rest] = line.split(/\s+/);
  const word = first.toLowerCase();
  const event = (e: Untimed<LessonEvent>): LessonCommand => ({ kind: "event", event: e });
  if (state.paused && (line === "" || word === "resume")) return event({ type: "resume" });
  if (word === "pause") return event({ type: "pause" });
  if (word === "resume") return event({ type: "resume" });
  if (word === "note") return event({ type: "note", text: line.slice(4).trim() });
  if (word === "reveal") return event({ type: "reveal", shown: !state.revealed });
  if (word === "lock-undo" || word === "unlock-undo") {
    return event({ type: "lock-undo", locked: word === "lock-undo" });
  }
  if (word === "undo") {
    const steps = rest[0] === undefined ? 1 : Number(rest[0]);
    if (!Number.isInteger(steps) || steps < 1)
      return { kind: "reply", text: "Type undo, or undo and a number of decisions." };
    return event({ type: "undo", steps });
  }
  if (word === "status" && !state.revealed) return { kind: "reply", text: HIDDEN };
  if (word === "decide") {
    const number = Number(rest[0]);
    return event({ type: "decide", option: Number.isInteger(number) ? number - 1 : -1 });
  }
  if (word === "extend") return event({ type: "extend", seconds: 60 });
  if (word === "time" || (line === "" && state.timer.kind === "running")) {
    return event({ type: "timer", seconds: 0 });
  }
  if (/^\d+$/.test(line)) {
    return classDecision
      ? event({ type: "cast", option: Number(line) - 1 })
      : event({ type: "decide", option: Number(line) - 1 });
  }
  if (/^\d+([\s,]+\d+)+$/.test(line) && classDecision) {
    return event({ type: "count", counts: line.split(/[\s,]+/).map(Number) });
  }
  return { kind: "player" };
}

/** The teacher's commands, each line within the projector's 72 columns (continuations indented). */
export const LESSON_HELP = `Classroom commands (for the teacher):
  3 1 0          the votes, one count per option, at a decision
  N              the casting vote after a tie (or the decider's choice
                 under the commander rule)
  decide N       take choice N without a vote
  pause          pause the lesson and the timer (Enter or resume goes on
                 where it stopped)
  time           stop the discussion timer (so does Enter while it runs)
  extend         one more minute on the discussion timer
  note TEXT      write a note into the run (the timer keeps running)
  reveal         show the hidden numbers (again: hide them)
  lock-undo      stop anyone taking back a decision; unlock-undo allows
                 it again
  undo [N]       take back the class's last decision (or the last N)
  more           at the ending: the next page of the comparison with
                 1938
`;
