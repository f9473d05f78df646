/**
 * The lesson as a pure reducer: `applyLessonEvent(state, event, context)` (lesson-apply.ts) returns the next state,
 * the effects the driver must carry out on the story, and a one-line reply for whoever sent the
 * event. The terminal classroom (shell) and the browser classroom (`khasan serve`) are two views
 * of it: they turn keystrokes or messages into events, carry out the effects, and render
 * `projectorView`, `studentView` or `teacherView` (lesson-view.ts).
 *
 * API in short:
 * - `LessonState` is plain JSON (saved after every event); `newLesson(settings)` makes one.
 * - `LessonEvent` is one of the `type`s below; every event carries `at` (ms since the epoch),
 *   the only clock the reducer knows. `scene` is sent by the driver, never by a person: it says
 *   where the story now stands (after the start, a choice, an undo).
 * - Effects: `choose` (take option `index`, with `votes` when the class voted; `by` says who
 *   settled it) and `undo` (take back `steps` choices). After either, the driver sends `scene`.
 * - `mayDispatch(actor, event)` says who may send what: the teacher everything but `vote`;
 *   a student only `join` and `vote`, as themselves; the projector nothing.
 * - A rejected event leaves the state as it was and says why in `reply` (`ok: false`).
 * Lesson cuts: a `scene` at a decision the cut does not play yields a `choose` of the option the
 * story tags historical (`scene.historical`), with `by: "history"`.
 */
import type { ClassroomData, LessonCut } from "./classroom-data";
import { findCut, isPlayed } from "./classroom-data";
import { TIMER_OFF, type TimerState } from "./lesson-timer";
import type { Role } from "./roles";
import type { ConsensusFallback, DecisionRule } from "./votes";

export interface LessonSettings {
  rule: DecisionRule;
  fallback: ConsensusFallback;
  /** Ids of the roles in play. */
  roles: string[];
  /** Students in the room; 0 when not given. Vote totals are checked against it. */
  classSize: number;
  /** The lesson cut's id in classroom.json. */
  cut: string;
  /** The class's name for `khasan stats` ("9B"); may be empty. */
  label: string;
}

/** Where the story stands, as the driver reports it. */
export interface Scene {
  /** Choices taken so far. */
  step: number;
  date?: string;
  decision?: { id: string; role?: string; discuss: string[] };
  /** The choice texts, in order. */
  options: string[];
  /** The text to show, already cut to what the lesson shows. */
  text: string[];
  /** 0-based index of the option the story tags historical, when the driver found it. */
  historical?: number;
  ended: boolean;
  ending?: string;
}

export type DecidedBy = "vote" | "casting" | "teacher" | "history";

export interface TakenDecision {
  step: number;
  decision: string;
  date?: string;
  index: number;
  by: DecidedBy;
  counts?: number[];
  explanation: string;
}

export interface Pending {
  counts: number[];
  among: number[];
  explanation: string;
}

export interface LessonState {
  version: 1;
  settings: LessonSettings;
  scene?: Scene;
  /** Private votes by student id (browser). */
  votes: Record<string, number>;
  /** A tie or the commander rule: waiting for the casting vote. */
  pending?: Pending;
  timer: TimerState;
  paused: boolean;
  undoLocked: boolean;
  revealed: boolean;
  notes: { step: number; date?: string; text: string; at: number }[];
  taken: TakenDecision[];
  students: Record<string, { name: string; role?: string }>;
}

type Timed = { at: number };
export type LessonEvent = Timed &
  (
    | { type: "scene"; scene: Scene }
    | { type: "join"; student: string; name: string; role?: string }
    | { type: "vote"; student: string; option: number }
    | { type: "count"; counts: number[] }
    | { type: "close" }
    | { type: "cast"; option: number }
    | { type: "decide"; option: number }
    | { type: "undo"; steps: number }
    | { type: "pause" }
    | { type: "resume" }
    | { type: "reveal"; shown: boolean }
    | { type: "lock-undo"; locked: boolean }
    | { type: "note"; text: string }
    | { type: "timer"; seconds: number }
    | { type: "extend"; seconds: number }
  );

export type LessonEffect =
  | { kind: "choose"; index: number; votes?: number[]; by: DecidedBy; explanation: string }
  | { kind: "undo"; steps: number };

export interface LessonResult {
  state: LessonState;
  effects: LessonEffect[];
  ok: boolean;
  reply: string;
}

/** The content the reducer reads: roles and classroom.json. Not saved with the state. */
export interface LessonContext {
  roles: readonly Role[];
  classroom: ClassroomData;
  /**
   * The date of the cut's first played decision (role-card.ts `cutStartDate`). A choice that is
   * no decision (a flavour choice) before that date is taken as its first option, unseen; from
   * that date on the class sees it and the teacher picks.
   */
  startsOn?: string;
}

export type Actor = { kind: "teacher" } | { kind: "student"; id: string } | { kind: "projector" };

export function newLesson(settings: LessonSettings): LessonState {
  return {
    version: 1,
    settings,
    votes: {},
    timer: TIMER_OFF,
    paused: false,
    undoLocked: false,
    revealed: false,
    notes: [],
    taken: [],
    students: {},
  };
}

export function mayDispatch(actor: Actor, event: LessonEvent): boolean {
  if (event.type === "scene") return false;
  if (actor.kind === "teacher") return event.type !== "vote";
  if (actor.kind === "student") {
    return (event.type === "join" || event.type === "vote") && event.student === actor.id;
  }
  return false;
}

export function lessonCut(state: LessonState, context: LessonContext): LessonCut {
  return findCut(context.classroom, state.settings.cut);
}

/** Whether the class decides the current scene (a decision this cut plays). */
export function isClassDecision(state: LessonState, context: LessonContext): boolean {
  const decision = state.scene?.decision;
  return decision !== undefined && isPlayed(lessonCut(state, context), decision.id);
}

/**
 * Who holds the casting vote (and decides under the commander rule): the role whose decision it
 * is when present, else the commander's role, else a present role with a stake in it; undefined
 * when none is in play, and then the teacher decides.
 */
export function castingRole(state: LessonState, context: LessonContext): Role | undefined {
  const decision = state.scene?.decision;
  const present = context.roles.filter((role) => state.settings.roles.includes(role.id));
  const decider = context.roles.find((role) => decision && role.decides.includes(decision.id));
  const owner = decider?.id ?? decision?.role ?? context.classroom.defaultRole;
  return (
    present.find((role) => role.id === owner) ??
    present.find((role) => role.commander) ??
    present.find((role) => decision !== undefined && role.decisions.includes(decision.id))
  );
}
