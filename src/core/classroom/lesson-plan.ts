/**
 * The facilitator's sheet as data: for each lesson cut in classroom.json, its plan and the
 * decisions the class plays with the timer at each; the decisions in story order with the roles
 * that have a stake and whether they are key; the decision rules; the questions asked of every
 * run. Pure; the shell renders it as Markdown or HTML beside the role cards.
 */
import type { HistoricalRecord, RecordDecision } from "../history/record-schema";
import { type ClassroomData, isPlayed, type LessonCut, timerFor } from "./classroom-data";
import { type Role, type RolesFile, rolesForDecision } from "./roles";
import { type DecisionRule, RULE_NAMES, RULE_TEXT, TIE_RULE } from "./votes";

export interface PlanStep {
  minutes: number;
  what: string;
}

export interface CutDecision {
  decision: RecordDecision;
  key: boolean;
  /** Discussion seconds on the timer. */
  timerSeconds: number;
}

export interface LessonTiming {
  id: string;
  title: string;
  minutes: number;
  steps: PlanStep[];
  /** Where the class enters the story (earlier decisions are taken as in 1938). */
  enter?: RecordDecision;
  /** The decisions the class plays, in story order. */
  played: CutDecision[];
  /** The rest, taken as in 1938. */
  byHistory: RecordDecision[];
  briefing: string[];
  maxStoryWords: number;
  /** What the teacher does when the story ends before the cut's last decision. */
  earlyEnds: string[];
}

export interface PlannedDecision {
  decision: RecordDecision;
  key: boolean;
  roles: Role[];
}

export interface LessonPlan {
  decisions: PlannedDecision[];
  timings: LessonTiming[];
  rules: { rule: DecisionRule; text: string }[];
  tieRule: string;
  /** Questions true of every run (no conditions); the debrief adds those the run makes true. */
  questions: readonly string[];
}

/** Builds the sheet; decisions appear in `order` (story order). */
export function buildLessonPlan(
  record: HistoricalRecord,
  roles: RolesFile,
  order: readonly string[],
  classroom: ClassroomData,
): LessonPlan {
  const byId = new Map(record.decisions.map((decision) => [decision.id, decision]));
  const inOrder = order.flatMap((id) => {
    const decision = byId.get(id);
    return decision ? [decision] : [];
  });
  const isKey = (id: string) => classroom.keyDecisions.includes(id);
  return {
    decisions: inOrder.map((decision) => ({
      decision,
      key: isKey(decision.id),
      roles: rolesForDecision(roles.roles, decision.id),
    })),
    timings: classroom.cuts.map((cut) => timingOf(cut, inOrder, isKey, byId)),
    rules: RULE_NAMES.map((rule) => ({ rule, text: RULE_TEXT[rule] })),
    tieRule: TIE_RULE,
    questions: classroom.questions.filter((q) => q.when.length === 0).map((q) => q.text),
  };
}

function timingOf(
  cut: LessonCut,
  inOrder: readonly RecordDecision[],
  isKey: (id: string) => boolean,
  byId: ReadonlyMap<string, RecordDecision>,
): LessonTiming {
  const entered = cut.enter ? inOrder.findIndex((d) => d.id === cut.enter) : 0;
  const played = inOrder.filter((d, i) => i >= entered && isPlayed(cut, d.id));
  const timing: LessonTiming = {
    id: cut.id,
    title: cut.title,
    minutes: cut.minutes,
    steps: cut.steps,
    played: played.map((decision) => ({
      decision,
      key: isKey(decision.id),
      timerSeconds: timerFor(cut, decision.id),
    })),
    byHistory: inOrder.filter((d) => !played.includes(d)),
    briefing: cut.briefing,
    maxStoryWords: cut.maxStoryWords,
    earlyEnds: (cut.earlyEnds ?? []).map((early) => early.what),
  };
  const enter = cut.enter ? byId.get(cut.enter) : undefined;
  if (enter) timing.enter = enter;
  return timing;
}

/** The campaign's decisions in the order play meets them: by date, then as the record lists them. */
export function decisionOrder(record: HistoricalRecord): string[] {
  return record.decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date) || a.index - b.index)
    .map(({ decision }) => decision.id);
}

/**
 * The one-line accounts of what was done in 1938 (classroom.json's `history`, else the record's
 * historical choice) that a cut shows for decisions it takes as history: those between the
 * class's first and last decision. Before the first, the briefing stands in; after the last,
 * the ending does.
 */
export function historyLines(
  record: HistoricalRecord,
  classroom: ClassroomData,
  cut: LessonCut,
  order: readonly string[],
): Record<string, string> {
  const played = order.flatMap((id, i) =>
    isPlayed(cut, id) && i >= entryIndex(cut, order) ? [i] : [],
  );
  const first = Math.min(...played);
  const last = Math.max(...played);
  const lines: Record<string, string> = {};
  for (const decision of record.decisions) {
    const at = order.indexOf(decision.id);
    if (at > first && at < last && !played.includes(at)) {
      lines[decision.id] = classroom.history[decision.id] ?? decision.historical_choice;
    }
  }
  return lines;
}

function entryIndex(cut: LessonCut, order: readonly string[]): number {
  return cut.enter ? Math.max(0, order.indexOf(cut.enter)) : 0;
}

/**
 * When the story ends before the class has reached every decision the cut plays (the 45-minute
 * lesson can end after two), one line saying so and pointing to the facilitator's sheet.
 */
export function endedEarly(
  cut: LessonCut,
  taken: readonly { decision: string; by: string }[],
): string | undefined {
  if (cut.play.length === 0) return undefined;
  const played = new Set(taken.filter((t) => t.by !== "history").map((t) => t.decision));
  const missed = cut.play.filter((decision) => !played.has(decision)).length;
  if (missed === 0) return undefined;
  return `The story ended ${missed === 1 ? "one decision" : `${missed} decisions`} before the end of this lesson's plan: the facilitator's sheet says what to do with the time ("If the lesson ends early").`;
}
