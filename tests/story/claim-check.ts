/**
 * Test helper for the campaign's own tests: reads the `claim:` tags of a turn (DESIGN.md 3.2)
 * against the story's variables at the end of that turn, as `khasan check` does on every path.
 */
import type { VariableValue } from "../../src/core/story/session";
import type { Turn } from "../../src/core/story/turn";

/** Whether `claim: <decision>=<spec>` holds for the variable's value (alternatives, `!`). */
export function claimHolds(spec: string, value: VariableValue | undefined): boolean {
  const negated = spec.startsWith("!");
  const options = (negated ? spec.slice(1) : spec).split("|").map((o) => o.trim());
  return options.includes(String(value)) !== negated;
}

/** The claims of one turn that are false at its end, as readable messages. */
export function falseClaims(turn: Turn, values: Record<string, VariableValue>): string[] {
  const wrong: string[] = [];
  for (const line of turn.lines) {
    for (const tag of line.tags) {
      if (tag.key !== "claim" || tag.value === undefined) continue;
      const [decision = "", spec = ""] = tag.value.split("=");
      if (!claimHolds(spec, values[decision])) {
        wrong.push(`"${line.text}" claims ${tag.value}, but ${decision} = ${values[decision]}`);
      }
    }
  }
  return wrong;
}

/** Decisions claimed by the lines of `turn`. */
export function claimedDecisions(turn: Turn): Set<string> {
  const claimed = new Set<string>();
  for (const line of turn.lines) {
    for (const tag of line.tags) {
      if (tag.key === "claim" && tag.value) claimed.add(tag.value.split("=")[0] ?? "");
    }
  }
  return claimed;
}
