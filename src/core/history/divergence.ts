/**
 * Where a run left the historical line: the first logged decision whose outcome carried an
 * `option:` tag but not `historical` (DESIGN.md 3.2). Choices without an option id are flavour
 * and never count either way.
 */
import type { LogEntry } from "../story/turn";
import type { RecordDecision } from "./record-schema";

export interface Divergence {
  /** Position of the entry in the run's log (0-based). */
  step: number;
  entry: LogEntry;
  /** The in-story date of the choice, else the record's date for the decision. */
  date?: string;
  /** The record's account of this decision, when the record knows its id. */
  decision?: RecordDecision;
}

export interface DivergenceResult {
  /** Historical options taken before the divergence (or in all, if none). */
  historicalSteps: number;
  divergence?: Divergence;
}

export function findDivergence(
  log: readonly LogEntry[],
  decisions: readonly RecordDecision[],
): DivergenceResult {
  let historicalSteps = 0;
  for (const [step, entry] of log.entries()) {
    if (entry.option === undefined) continue;
    if (entry.historical === true) {
      historicalSteps += 1;
      continue;
    }
    const decision = decisions.find((d) => d.id === entry.decision);
    const divergence: Divergence = { step, entry };
    const date = entry.date ?? decision?.date;
    if (date !== undefined) divergence.date = date;
    if (decision) divergence.decision = decision;
    return { historicalSteps, divergence };
  }
  return { historicalSteps };
}
