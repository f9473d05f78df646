/**
 * The facilitator's sheet as data: the decisions in story order with the roles that have a
 * stake, a timing for a 45- and a 90-minute lesson, the decision rules and the general debrief
 * questions. Pure; the shell renders it as Markdown or HTML beside the role cards.
 */
import type { HistoricalRecord, RecordDecision } from "../history/record-schema";
import { GENERAL_QUESTIONS } from "./debrief-questions";
import { type Role, type RolesFile, rolesForDecision } from "./roles";
import { type DecisionRule, RULE_NAMES, RULE_TEXT, TIE_RULE } from "./votes";

/** The decisions a 45-minute lesson discusses at length; the others get a quick show of hands. */
export const KEY_DECISIONS = [
  "jul24_border_commission",
  "aug1_bombing_order",
  "aug1_piecemeal_attack",
  "aug4_ceasefire_offer",
  "aug31_military_council",
];

export interface PlanStep {
  minutes: number;
  what: string;
}

export interface LessonTiming {
  minutes: 45 | 90;
  /** The timer to set at setup for a key decision, in seconds. */
  timerSeconds: number;
  steps: PlanStep[];
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
  questions: readonly string[];
}

export const TIMINGS: readonly LessonTiming[] = [
  {
    minutes: 45,
    timerSeconds: 180,
    steps: [
      {
        minutes: 5,
        what: "Hand out the cards (read before the lesson if you can); set up khasan classroom.",
      },
      {
        minutes: 30,
        what: "Play: about 4 minutes on each key decision, under a minute on the others (the commander decides).",
      },
      {
        minutes: 10,
        what: "Read the ending and the comparison; debrief with two or three questions.",
      },
    ],
  },
  {
    minutes: 90,
    timerSeconds: 240,
    steps: [
      {
        minutes: 10,
        what: "Introduce the crisis with khasan history; students read their cards and write down one goal.",
      },
      { minutes: 5, what: "Agree the decision rule; start khasan classroom with a timer." },
      {
        minutes: 50,
        what: "Play every decision: discussion, votes, the rule applied. Use note to record good arguments.",
      },
      { minutes: 5, what: "Read the ending; reveal the numbers." },
      {
        minutes: 20,
        what: "Debrief: hand out the debrief pack; read each role's fate; discuss the questions.",
      },
    ],
  },
];

/** Builds the sheet from the record and the roles; decisions appear in `order` (story order). */
export function buildLessonPlan(
  record: HistoricalRecord,
  roles: RolesFile,
  order: readonly string[],
): LessonPlan {
  const byId = new Map(record.decisions.map((decision) => [decision.id, decision]));
  const decisions = order.flatMap((id) => {
    const decision = byId.get(id);
    if (!decision) return [];
    return [
      { decision, key: KEY_DECISIONS.includes(id), roles: rolesForDecision(roles.roles, id) },
    ];
  });
  return {
    decisions,
    timings: [...TIMINGS],
    rules: RULE_NAMES.map((rule) => ({ rule, text: RULE_TEXT[rule] })),
    tieRule: TIE_RULE,
    questions: GENERAL_QUESTIONS,
  };
}

/** The campaign's decisions in the order play meets them: by date, then as the record lists them. */
export function decisionOrder(record: HistoricalRecord): string[] {
  return record.decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date) || a.index - b.index)
    .map(({ decision }) => decision.id);
}
