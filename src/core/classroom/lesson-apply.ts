/**
 * `applyLessonEvent`: the reducer itself (types and API in lesson.ts). Each event is checked
 * against the state (paused, a vote with no decision, undo locked, too many votes for the class)
 * and either rejected with a reply or applied, returning the effects for the driver.
 */
import { timerFor } from "./classroom-data";
import {
  castingRole,
  isClassDecision,
  type LessonContext,
  type LessonEffect,
  type LessonEvent,
  type LessonResult,
  type LessonState,
  lessonCut,
  type Scene,
} from "./lesson";
import { extendTimer, pauseTimer, resumeTimer, startTimer, TIMER_OFF } from "./lesson-timer";
import { applyRule } from "./votes";

const WHILE_PAUSED = new Set(["note", "reveal", "resume", "join", "scene", "pause"]);

export function applyLessonEvent(
  state: LessonState,
  event: LessonEvent,
  context: LessonContext,
): LessonResult {
  if (state.paused && !WHILE_PAUSED.has(event.type)) {
    return reject(state, "The lesson is paused: resume first.");
  }
  switch (event.type) {
    case "scene":
      return onScene(state, event.scene, event.at, context);
    case "join": {
      const students = { ...state.students };
      students[event.student] = { name: event.name, ...(event.role ? { role: event.role } : {}) };
      return done({ ...state, students }, `${event.name} joined.`);
    }
    case "vote":
      return onVote(state, event.student, event.option, context);
    case "count":
      return onCount(state, event.counts, context);
    case "close":
      return onClose(state, context);
    case "cast":
      return onCast(state, event.option, context);
    case "decide":
      return onDecide(state, event.option);
    case "undo":
      if (state.undoLocked)
        return reject(state, "Undo is locked by the teacher (unlock-undo allows it).");
      return onUndo(state, event.steps);
    case "pause":
      if (state.paused) return done(state, "Already paused.");
      return done({ ...state, paused: true, timer: pauseTimer(state.timer, event.at) }, "PAUSED.");
    case "resume":
      if (!state.paused) return done(state, "Not paused.");
      return done(
        { ...state, paused: false, timer: resumeTimer(state.timer, event.at) },
        "Resumed.",
      );
    case "reveal":
      return done(
        { ...state, revealed: event.shown },
        event.shown ? "The numbers are shown." : "The numbers are hidden.",
      );
    case "lock-undo":
      return done(
        { ...state, undoLocked: event.locked },
        event.locked ? "Undo is locked: decisions stand." : "Undo is allowed again.",
      );
    case "note": {
      const text = event.text.trim();
      if (text === "") return reject(state, "A note needs some text.");
      const step = state.scene?.step ?? 0;
      const date = state.scene?.date;
      const note = { step, text, at: event.at, ...(date ? { date } : {}) };
      return done({ ...state, notes: [...state.notes, note] }, "Noted (it goes into the debrief).");
    }
    case "timer":
      return done(
        { ...state, timer: startTimer(event.seconds, event.at) },
        event.seconds > 0 ? "Timer set." : "Timer stopped.",
      );
    case "extend":
      return done(
        { ...state, timer: extendTimer(state.timer, event.seconds, event.at) },
        "Timer set.",
      );
  }
}

function onScene(
  state: LessonState,
  scene: Scene,
  at: number,
  context: LessonContext,
): LessonResult {
  const same = state.scene?.step === scene.step && state.scene?.decision?.id === scene.decision?.id;
  const taken = state.taken.filter((entry) => entry.step < scene.step);
  const next: LessonState = { ...state, scene, taken, votes: same ? state.votes : {} };
  if (!same) delete next.pending;
  const decision = scene.decision;
  if (!decision && !scene.ended && beforeStart(scene, context)) {
    const effect: LessonEffect = { kind: "choose", index: 0, by: "history", explanation: "" };
    return { state: { ...next, timer: TIMER_OFF }, effects: [effect], ok: true, reply: "" };
  }
  if (!decision || scene.ended) return done({ ...next, timer: TIMER_OFF }, "");
  const cut = lessonCut(next, context);
  if (!isClassDecision(next, context)) {
    const index = scene.historical ?? 0;
    const explanation = "Not played in this lesson: taken as in 1938.";
    const effect: LessonEffect = { kind: "choose", index, by: "history", explanation };
    return {
      state: record(next, index, "history", explanation),
      effects: [effect],
      ok: true,
      reply: "",
    };
  }
  const timer = same ? state.timer : startTimer(timerFor(cut, decision.id), at);
  return done({ ...next, timer: next.paused ? pauseTimer(timer, at) : timer }, "");
}

/** Takes back the class's last `count` decisions, with the decisions history took after them. */
function onUndo(state: LessonState, count: number): LessonResult {
  if (!(count >= 1)) return reject(state, "Undo takes back at least one decision.");
  const byClass = state.taken.filter((entry) => entry.by !== "history");
  const target = byClass[byClass.length - Math.min(count, byClass.length)];
  if (!target) return reject(state, "The class has taken no decision to undo.");
  const steps = (state.scene?.step ?? 0) - target.step;
  const taken = Math.min(count, byClass.length);
  return {
    state,
    effects: [{ kind: "undo", steps }],
    ok: true,
    reply: `Taken back: the class's last ${taken === 1 ? "decision" : `${taken} decisions`}.`,
  };
}

/** A flavour choice before the cut's first played decision: the class has not come in yet. */
export function beforeStart(scene: Scene, context: LessonContext): boolean {
  return (
    scene.options.length > 0 &&
    context.startsOn !== undefined &&
    (scene.date ?? "") < context.startsOn
  );
}

function onVote(state: LessonState, student: string, option: number, context: LessonContext) {
  const problem = notVoting(state, context) ?? badOption(state, option);
  if (problem) return reject(state, problem);
  if (!state.students[student]) return reject(state, "Join the lesson before voting.");
  return done(
    { ...state, votes: { ...state.votes, [student]: option } },
    `Vote for option ${option + 1} recorded.`,
  );
}

function onCount(state: LessonState, counts: number[], context: LessonContext): LessonResult {
  const problem = notVoting(state, context);
  if (problem) return reject(state, problem);
  const options = state.scene?.options.length ?? 0;
  if (counts.length !== options)
    return reject(
      state,
      `${counts.length} counts for ${options} options: type one count per option.`,
    );
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return reject(state, "No votes were cast: type at least one vote.");
  const size = state.settings.classSize;
  if (size > 0 && total > size) {
    return reject(state, `${total} votes, but the class has ${size} students: count again.`);
  }
  return settle(
    state,
    counts,
    context,
    size > total ? ` (${size - total} of ${size} did not vote)` : "",
  );
}

function onClose(state: LessonState, context: LessonContext): LessonResult {
  const problem = notVoting(state, context);
  if (problem) return reject(state, problem);
  const counts = (state.scene?.options ?? []).map(() => 0);
  for (const option of Object.values(state.votes)) counts[option] = (counts[option] ?? 0) + 1;
  if (counts.every((n) => n === 0)) return reject(state, "No votes yet.");
  return settle(state, counts, context, "");
}

function settle(
  state: LessonState,
  counts: number[],
  context: LessonContext,
  aside: string,
): LessonResult {
  const outcome = applyRule(state.settings, counts);
  const explanation = capitalise(outcome.explanation) + aside;
  if (outcome.kind === "decided")
    return choose(state, outcome.index, "vote", `${explanation}.`, counts);
  const who = castingRole(state, context)?.name ?? "the teacher";
  const options = outcome.among.map((i) => i + 1).join(" or ");
  return done(
    { ...state, pending: { counts, among: outcome.among, explanation } },
    `${explanation}.\n${capitalise(who)} decides: ${options}.`,
  );
}

function onCast(state: LessonState, option: number, context: LessonContext): LessonResult {
  const problem = notVoting(state, context) ?? badOption(state, option);
  if (problem) return reject(state, problem);
  const who = castingRole(state, context)?.name ?? "the teacher";
  const pending = state.pending;
  if (pending) {
    if (!pending.among.includes(option)) {
      return reject(
        state,
        `${capitalise(who)} chooses among options ${pending.among.map((i) => i + 1).join(", ")}.`,
      );
    }
    return choose(
      state,
      option,
      "casting",
      `${pending.explanation}: ${who} chose option ${option + 1}.`,
      pending.counts,
    );
  }
  if (state.settings.rule !== "commander") {
    return reject(
      state,
      "This decision is voted on: enter the votes first (or decide N to skip the vote).",
    );
  }
  return choose(
    state,
    option,
    "casting",
    `Commander: ${who} chose option ${option + 1} without a show of hands.`,
  );
}

function onDecide(state: LessonState, option: number): LessonResult {
  if (!state.scene || state.scene.ended || state.scene.options.length === 0) {
    return reject(state, "There is nothing to decide here.");
  }
  const problem = badOption(state, option);
  if (problem) return reject(state, problem);
  return choose(
    state,
    option,
    "teacher",
    `Decided by the teacher without a vote: option ${option + 1}.`,
  );
}

function choose(
  state: LessonState,
  index: number,
  by: "vote" | "casting" | "teacher",
  explanation: string,
  counts?: number[],
): LessonResult {
  const effect: LessonEffect = {
    kind: "choose",
    index,
    by,
    explanation,
    ...(counts ? { votes: counts } : {}),
  };
  const next = record(state, index, by, explanation, counts);
  delete next.pending;
  return {
    state: { ...next, votes: {}, timer: TIMER_OFF },
    effects: [effect],
    ok: true,
    reply: explanation,
  };
}

function record(
  state: LessonState,
  index: number,
  by: LessonState["taken"][number]["by"],
  explanation: string,
  counts?: number[],
): LessonState {
  const scene = state.scene;
  if (!scene?.decision) return state;
  const entry = {
    step: scene.step,
    decision: scene.decision.id,
    index,
    by,
    explanation,
    ...(scene.date ? { date: scene.date } : {}),
    ...(counts ? { counts: [...counts] } : {}),
  };
  return { ...state, taken: [...state.taken.filter((t) => t.step < scene.step), entry] };
}

function notVoting(state: LessonState, context: LessonContext): string | undefined {
  if (!state.scene || state.scene.ended) return "The story has ended: there is nothing to vote on.";
  if (!state.scene.decision) return "There is no decision to vote on here.";
  if (!isClassDecision(state, context)) return "This decision is not played in this lesson.";
  return undefined;
}

function badOption(state: LessonState, option: number): string | undefined {
  const count = state.scene?.options.length ?? 0;
  return Number.isInteger(option) && option >= 0 && option < count
    ? undefined
    : `Choose an option from 1 to ${count}.`;
}

function done(state: LessonState, reply: string): LessonResult {
  return { state, effects: [], ok: true, reply };
}

function reject(state: LessonState, reply: string): LessonResult {
  return { state, effects: [], ok: false, reply };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
