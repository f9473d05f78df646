/**
 * Debrief questions chosen by what the class actually did: each question in
 * `story/classroom.json` carries the conditions (conditions.ts) under which what it says is
 * true of the run, and only questions whose conditions hold are asked. The facts come from the
 * run itself: the options the class took (not those a lesson cut took as in 1938), the ending,
 * and the story's variables at the end. Pure.
 */
import type { SaveNote } from "../save/save-file";
import type { LogEntry } from "../story/turn";
import type { DebriefQuestion } from "./classroom-data";
import { allHold, type RunFacts, type Scalar } from "./conditions";

/** Questions on the one-page student handout. */
export const STUDENT_QUESTIONS = 6;

export interface PickedQuestion {
  id: string;
  question: string;
  priority: number;
  /** The conditions that made it true of this run (empty: asked of every run). */
  when: string[];
}

/**
 * What the run did, from its log and the lesson's vote notes: a decision whose vote note has the
 * rule `history` was taken by the lesson cut, not by the class.
 */
export function runFacts(
  log: readonly LogEntry[],
  notes: readonly SaveNote[],
  ending: string | null | undefined,
  variables: Readonly<Record<string, Scalar>>,
): RunFacts {
  const chosen: Record<string, string> = {};
  const byHistory: string[] = [];
  log.forEach((entry, step) => {
    if (!entry.decision || entry.option === undefined) return;
    const vote = notes.filter((n) => n.kind === "vote" && n.step === step + 1).at(-1);
    if (vote?.rule === "history") {
      delete chosen[entry.decision];
      if (!byHistory.includes(entry.decision)) byHistory.push(entry.decision);
    } else {
      chosen[entry.decision] = entry.option;
    }
  });
  return { chosen, byHistory, variables, ...(ending ? { ending } : {}) };
}

/** The questions true of the run, most important first (priority, then the file's order). */
export function pickQuestions(
  questions: readonly DebriefQuestion[],
  facts: RunFacts,
  decisions: ReadonlySet<string>,
): PickedQuestion[] {
  return questions
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => allHold(q.when, facts, decisions))
    .sort((a, b) => a.q.priority - b.q.priority || a.order - b.order)
    .map(({ q }) => ({ id: q.id, question: q.text, priority: q.priority, when: [...q.when] }));
}
