/**
 * What each audience of a lesson sees (DESIGN.md 8), derived from the reducer's state:
 * - the projector: the scene, whose decision it is, whether it is a key one, the countdown, how
 *   many have voted (never who, nor the tally until the vote is settled);
 * - a student: their role card's id, the options, their own vote, whether they may vote now;
 * - the teacher: everything, with the live tally and the notes.
 * Pure; `now` is the viewer's clock in milliseconds since the epoch.
 */
import {
  castingRole,
  isClassDecision,
  type LessonContext,
  type LessonState,
  lessonCut,
} from "./lesson";
import { secondsLeft } from "./lesson-timer";

export interface Countdown {
  seconds: number;
  totalSeconds: number;
  paused: boolean;
}

export interface ProjectorView {
  date?: string;
  text: string[];
  decision?: {
    id: string;
    key: boolean;
    /** Who decides a tie or under the commander rule: a present role, else "the teacher". */
    decider: string;
    discuss: string[];
  };
  options: { number: number; text: string }[];
  /** The counts of the last settled vote, once settled. */
  settled?: { counts: number[]; explanation: string };
  waitingFor?: { decider: string; among: number[] };
  ballots: number;
  classSize: number;
  countdown?: Countdown;
  paused: boolean;
  revealed: boolean;
  ended: boolean;
  ending?: string;
  rule: string;
}

export interface StudentView {
  name: string;
  role?: string;
  date?: string;
  options: { number: number; text: string }[];
  decision?: string;
  myVote?: number;
  canVote: boolean;
  countdown?: Countdown;
  paused: boolean;
  ended: boolean;
}

export interface TeacherView extends ProjectorView {
  /** The story's step now: the teacher's page names it in what it sends about this moment. */
  step: number;
  tally: number[];
  students: { id: string; name: string; role?: string; voted: boolean }[];
  notes: LessonState["notes"];
  taken: LessonState["taken"];
  undoLocked: boolean;
  cut: string;
}

function countdownOf(state: LessonState, now: number): Countdown | undefined {
  const seconds = secondsLeft(state.timer, now);
  if (seconds === undefined || state.timer.kind === "off") return undefined;
  return { seconds, totalSeconds: state.timer.totalSeconds, paused: state.timer.kind === "paused" };
}

export function projectorView(
  state: LessonState,
  context: LessonContext,
  now: number,
): ProjectorView {
  const scene = state.scene;
  const decider = castingRole(state, context)?.name ?? "the teacher";
  const view: ProjectorView = {
    text: scene?.text ?? [],
    options: (scene?.options ?? []).map((text, index) => ({ number: index + 1, text })),
    ballots: Object.keys(state.votes).length,
    classSize: state.settings.classSize,
    paused: state.paused,
    revealed: state.revealed,
    ended: scene?.ended ?? false,
    rule: state.settings.rule,
  };
  if (scene?.date) view.date = scene.date;
  if (scene?.ending) view.ending = scene.ending;
  if (scene?.decision && isClassDecision(state, context)) {
    const key = context.classroom.keyDecisions.includes(scene.decision.id);
    view.decision = { id: scene.decision.id, key, decider, discuss: scene.decision.discuss };
  }
  const countdown = countdownOf(state, now);
  if (countdown) view.countdown = countdown;
  if (state.pending) view.waitingFor = { decider, among: state.pending.among.map((i) => i + 1) };
  const last = state.taken.at(-1);
  if (last?.counts && last.by !== "history") {
    view.settled = { counts: last.counts, explanation: last.explanation };
  }
  return view;
}

export function studentView(
  state: LessonState,
  context: LessonContext,
  student: string,
  now: number,
): StudentView | undefined {
  const me = state.students[student];
  if (!me) return undefined;
  const scene = state.scene;
  const canVote =
    !state.paused && !state.pending && isClassDecision(state, context) && !scene?.ended;
  const view: StudentView = {
    name: me.name,
    options: (scene?.options ?? []).map((text, index) => ({ number: index + 1, text })),
    canVote,
    paused: state.paused,
    ended: scene?.ended ?? false,
  };
  if (me.role) view.role = me.role;
  if (scene?.date) view.date = scene.date;
  if (scene?.decision && canVote) view.decision = scene.decision.id;
  const mine = state.votes[student];
  if (mine !== undefined) view.myVote = mine + 1;
  const countdown = countdownOf(state, now);
  if (countdown) view.countdown = countdown;
  return view;
}

export function teacherView(state: LessonState, context: LessonContext, now: number): TeacherView {
  const tally = (state.scene?.options ?? []).map(() => 0);
  for (const option of Object.values(state.votes)) tally[option] = (tally[option] ?? 0) + 1;
  return {
    ...projectorView(state, context, now),
    step: state.scene?.step ?? 0,
    tally,
    students: Object.entries(state.students).map(([id, s]) => ({
      id,
      name: s.name,
      ...(s.role ? { role: s.role } : {}),
      voted: state.votes[id] !== undefined,
    })),
    notes: state.notes,
    taken: state.taken,
    undoLocked: state.undoLocked,
    cut: lessonCut(state, context).id,
  };
}
