/**
 * A terminal lesson's reducer state, rebuilt from its run when `khasan classroom --continue`
 * resumes it: the decisions taken (from the choice log and the vote notes: who settled each, and
 * the counts), the teacher's notes, and the last state of "reveal" and "lock undo". Without
 * it a resumed lesson starts from a blank state, and `undo` no longer knows the decisions the
 * class took before the interruption. Pure.
 *
 * Notes made for choices later taken back (a vote note's step past the log, or an earlier note
 * for a step decided again) are left out: the last note for each step still in the log counts.
 */
import type { SaveFile, SaveNote } from "../save/save-file";
import { type DecidedBy, type LessonSettings, type LessonState, newLesson } from "./lesson";

/** The control notes' texts (the terminal and the web lesson write them; restoring reads them). */
export const CONTROL = {
  revealed: "numbers revealed",
  hidden: "numbers hidden",
  locked: "undo locked",
  unlocked: "undo unlocked",
} as const;

export function restoreLessonState(
  settings: LessonSettings,
  log: SaveFile["log"],
  notes: readonly SaveNote[],
): LessonState {
  const state = newLesson(settings);
  const live = notes.filter((note) => note.step <= log.length);
  const votes = new Map<number, SaveNote>();
  for (const note of live) if (note.kind === "vote") votes.set(note.step, note);
  for (const [step, note] of [...votes].sort(([a], [b]) => a - b)) {
    const entry = log[step - 1];
    if (!entry?.decision) continue;
    state.taken.push({
      step: step - 1,
      decision: entry.decision,
      index: entry.index,
      by: deciderOf(note),
      explanation: note.text,
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.votes ? { counts: [...entry.votes] } : {}),
    });
  }
  for (const note of live) {
    if (note.kind === "note") {
      state.notes.push({
        step: note.step,
        text: note.text,
        at: 0,
        ...(note.date ? { date: note.date } : {}),
      });
    } else if (note.kind === "control") {
      if (note.text === CONTROL.revealed) state.revealed = true;
      if (note.text === CONTROL.hidden) state.revealed = false;
      if (note.text === CONTROL.locked) state.undoLocked = true;
      if (note.text === CONTROL.unlocked) state.undoLocked = false;
    }
  }
  return state;
}

/** Who settled a decision: the note's `by` when it has one, else history or the class's vote. */
function deciderOf(note: SaveNote): DecidedBy {
  return note.by ?? (note.rule === "history" ? "history" : "vote");
}
