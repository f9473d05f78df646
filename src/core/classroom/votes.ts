/**
 * Decision rules for a class voting on a choice (DESIGN.md 5, `khasan classroom`): votes are
 * counts per option (`3 1 0`), and a rule turns them into a choice or into a question for the
 * role whose decision it is. Pure, so every tie and fallback has a test.
 *
 * Ties: the role whose decision it is has the casting vote among the tied options, when that
 * role is in play (otherwise the next present role, see `castingRole` in lesson.ts). That is how
 * the power lay in 1938: a class may advise, but a marshal or Stalin answered for the order.
 *
 * `plurality` takes the option with the most votes, even short of half: it was called
 * `majority` before, and that name is still read (old saves, `--rule majority`).
 */
import { plural } from "../words";

export type DecisionRule = "commander" | "plurality" | "consensus";
/** What a consensus vote falls back to when the class does not agree. */
export type ConsensusFallback = "plurality" | "commander";

export interface RuleSettings {
  rule: DecisionRule;
  /** Used by `consensus` only. */
  fallback: ConsensusFallback;
}

export const RULE_NAMES: readonly DecisionRule[] = ["commander", "plurality", "consensus"];

/** One sentence per rule, for the setup screen, the facilitator sheet and the debrief. */
export const RULE_TEXT: Readonly<Record<DecisionRule, string>> = {
  commander:
    "The player of the role whose decision it is hears the class, may take a show of hands, and then decides alone.",
  plurality:
    "The option with the most votes is taken, even when it has less than half of them (a plurality, not a majority).",
  consensus:
    "An option is taken only when every vote is for it; otherwise the fallback rule decides.",
};

export const TIE_RULE =
  "Ties go to the casting vote of the role whose decision it is, when that role is in play; otherwise to the commander's role, then to another present role with a say in the decision, and only if none is present to the teacher.";

/** The rule applied to a set of votes: a choice, or a question for the deciding role. */
export type VoteOutcome =
  | { kind: "decided"; index: number; explanation: string }
  | { kind: "ask"; among: number[]; explanation: string };

export type ParsedVotes =
  | { kind: "votes"; counts: number[] }
  | { kind: "invalid"; message: string };

/** Reads `3 1 0` (or `3,1,0`): one whole number per option, at least one vote in all. */
export function parseVotes(text: string, optionCount: number): ParsedVotes {
  const parts = text
    .trim()
    .split(/[\s,]+/)
    .filter((part) => part !== "");
  if (!parts.every((part) => /^\d+$/.test(part))) {
    return {
      kind: "invalid",
      message: `votes are whole numbers, one per option: "${text.trim()}"`,
    };
  }
  if (parts.length !== optionCount) {
    return {
      kind: "invalid",
      message: `${parts.length} counts for ${optionCount} options: type one count per option, such as ${example(optionCount)}`,
    };
  }
  const counts = parts.map(Number);
  if (counts.every((count) => count === 0)) {
    return { kind: "invalid", message: "no votes were cast: type at least one vote" };
  }
  return { kind: "votes", counts };
}

function example(optionCount: number): string {
  return `"${Array.from({ length: optionCount }, (_, i) => (i === 0 ? 3 : i === 1 ? 1 : 0)).join(" ")}"`;
}

/** Applies `settings` to the vote counts (one per option, 0-based option order). */
export function applyRule(settings: RuleSettings, counts: readonly number[]): VoteOutcome {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (settings.rule === "commander") {
    return ask(
      allOptions(counts),
      `commander: ${describeVotes(counts)}; the deciding role chooses`,
    );
  }
  if (settings.rule === "plurality") return plurality(counts, "plurality");
  const unanimous = counts.findIndex((count) => count === total && total > 0);
  if (unanimous >= 0) {
    return {
      kind: "decided",
      index: unanimous,
      explanation: `consensus: all ${total} for option ${unanimous + 1}`,
    };
  }
  const failed = `no consensus (${describeVotes(counts)})`;
  if (settings.fallback === "commander") {
    return ask(allOptions(counts), `${failed}; fallback commander: the deciding role chooses`);
  }
  return plurality(counts, `${failed}; fallback plurality`);
}

function plurality(counts: readonly number[], label: string): VoteOutcome {
  const top = Math.max(...counts);
  const leaders = counts.flatMap((count, index) => (count === top ? [index] : []));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (leaders.length === 1 && leaders[0] !== undefined) {
    const index = leaders[0];
    return {
      kind: "decided",
      index,
      explanation: `${label}: option ${index + 1} with ${top} of ${plural(total, "vote")}`,
    };
  }
  const tied = leaders.map((index) => index + 1).join(" and ");
  return ask(
    leaders,
    `${label}: tie between options ${tied} (${plural(top, "vote")} each); casting vote`,
  );
}

function ask(among: number[], explanation: string): VoteOutcome {
  return { kind: "ask", among, explanation };
}

function allOptions(counts: readonly number[]): number[] {
  return counts.map((_, index) => index);
}

/** `3 for 1, 1 for 2, 0 for 3` */
export function describeVotes(counts: readonly number[]): string {
  return counts.map((count, index) => `${count} for ${index + 1}`).join(", ");
}

/** Parses a rule name as typed (a unique prefix will do); undefined when unknown or ambiguous. */
export function parseRule(text: string): DecisionRule | undefined {
  const typed = text.trim().toLowerCase();
  if (typed === "") return undefined;
  const name = "majority".startsWith(typed) && typed.length >= 2 ? "plurality" : typed;
  const matches = RULE_NAMES.filter((rule) => rule.startsWith(name));
  return matches.length === 1 ? matches[0] : undefined;
}
