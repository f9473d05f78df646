/**
 * The invariants `khasan check` and the story tests hold a story to (DESIGN.md 3): every path
 * ends with a listed ending, no ink error or warning, every tracked variable in range, every
 * listed ending reached, every decision id in the record, option ids present and distinct, and
 * every claim true on every path (claims.ts).
 */
import type { VariablesMeta } from "../state/variables-meta";
import { claimVocabularyProblems } from "./claims";
import { pathText } from "./path-text";
import type { ExploreSection } from "./report";

export interface Failure {
  kind: string;
  message: string;
}

export function findFailures(
  sections: readonly ExploreSection[],
  meta: VariablesMeta,
  recordDecisions: ReadonlySet<string> | undefined,
): Failure[] {
  const failures: Failure[] = [];
  const reached = new Set<string>();
  for (const section of sections) {
    const where = `[${section.premisesLabel}]`;
    for (const p of section.problems) {
      failures.push({
        kind: p.kind,
        message: `${where} ${p.message} (×${p.count}); path: ${pathText(p.path)}`,
      });
    }
    for (const e of section.endings) {
      if (e.outcome.kind !== "ending") continue;
      reached.add(e.outcome.id);
      if (!e.listed)
        failures.push({
          kind: "ending",
          message: `${where} ending "${e.outcome.id}" is not listed in variables.json`,
        });
    }
    if (section.truncated)
      failures.push({ kind: "limit", message: `${where} the state limit stopped the walk` });
    for (const d of section.decisions) {
      if (recordDecisions && !recordDecisions.has(d.id)) {
        failures.push({
          kind: "decision",
          message: `decision "${d.id}" has no entry in record.json decisions[]`,
        });
      }
    }
  }
  for (const message of claimVocabularyProblems(sections.map((s) => s.claims))) {
    failures.push({ kind: "claim", message });
  }
  for (const id of Object.keys(meta.endings)) {
    if (!reached.has(id))
      failures.push({ kind: "ending", message: `listed ending "${id}" is never reached` });
  }
  return dedupe(failures);
}

function dedupe(failures: Failure[]): Failure[] {
  const seen = new Set<string>();
  return failures.filter((f) => {
    const key = `${f.kind}\u0001${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
