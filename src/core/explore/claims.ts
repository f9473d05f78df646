/**
 * Claims (DESIGN.md 3.2): a line tagged `claim: <decision>=<option>` says what the player did at
 * that decision (`a|b` for either, `!a` for anything but, `none` for "never reached"). Each
 * decision stores the option taken in a string variable named after its id, "none" until taken,
 * and written once. So whether a claim is true is a function of the state at the end of the step
 * that prints it, the state the explorer already tells paths apart by: checking every line of
 * every step of the state graph checks every line on every path.
 *
 * The checks themselves run over the walk (claim-recorder.ts records each step's claims,
 * claim-check.ts sums them up per premise set): every claim against the variables; that
 * decision variables change only from "none", and only to an option their decision offers;
 * that each `option:` outcome sets its decision's variable to that option; and that every
 * decision has its variable, starting at "none" (the last three only once the story declares
 * any decision variable). They also count reactivity. This module holds the claim syntax, the
 * summary a section carries, and what is checked over several sections together.
 */
import type { VariableValue } from "../story/session";

/** What a story's decision variable holds before its decision is taken. */
export const NOT_TAKEN = "none";

export interface Claim {
  decision: string;
  /** Option ids named (may include "none"). */
  options: string[];
  /** `!a|b`: anything but these. */
  negated: boolean;
}

const ID = /^[A-Za-z0-9_]+$/;

/** Parses the value of a `claim:` tag; a string is the reason it is malformed. */
export function parseClaim(value: string): Claim | string {
  const equals = value.indexOf("=");
  if (equals < 0) return `claim "${value}" has no "=": write claim: <decision>=<option>`;
  const decision = value.slice(0, equals).trim();
  let spec = value.slice(equals + 1).trim();
  const negated = spec.startsWith("!");
  if (negated) spec = spec.slice(1).trim();
  const options = spec.split("|").map((o) => o.trim());
  if (!ID.test(decision) || options.some((o) => !ID.test(o))) {
    return `claim "${value}" is malformed: write <decision>=<option>, a|b, !a or none`;
  }
  return { decision, options, negated };
}

/** Whether `claim` holds when its decision's variable is `value`. */
export function claimHolds(claim: Claim, value: VariableValue): boolean {
  return claim.options.includes(String(value)) !== claim.negated;
}

export function claimText(claim: Claim): string {
  return `${claim.decision}=${claim.negated ? "!" : ""}${claim.options.join("|")}`;
}

/** Reads globals where the walker stands (a StoryWalker). */
export interface ValueReader {
  values(names: readonly string[]): Record<string, VariableValue>;
  variables(): Record<string, VariableValue>;
}

/** What one exhaustive section found about claims, for reports and cross-section checks. */
export interface ClaimSummary {
  /** The story declares at least one decision variable: they are then required of every decision. */
  variables: boolean;
  /** Per decision reached: the options its choices offer. */
  offered: Record<string, string[]>;
  /** Per decision: the options the story's claims name (to check against every section's). */
  named: Record<string, string[]>;
  /** Per decision: distinct lines (text, numbers as #) that claim it on paths where it was taken. */
  later: Record<string, string[]>;
  /** Per ending: decisions taken on the path that the ending's last passage claims. */
  endings: Record<string, { decisions: string[]; fewest: number }>;
}

export function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

/** A line's identity for counting distinct lines: its text with numbers as #. */
export function lineKey(text: string): string {
  return text
    .replace(/\d[\d,.]*/g, "#")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reactivity over several sections: distinct later lines per decision, endings' claims. */
export function mergeClaimSummaries(summaries: readonly (ClaimSummary | undefined)[]) {
  const later = new Map<string, Set<string>>();
  const endings = new Map<string, { decisions: Set<string>; fewest: number }>();
  for (const s of summaries) {
    if (!s) continue;
    for (const [id, lines] of Object.entries(s.later)) {
      const set = setOf(later, id);
      for (const line of lines) set.add(line);
    }
    for (const [id, e] of Object.entries(s.endings)) {
      const entry = endings.get(id);
      if (!entry) endings.set(id, { decisions: new Set(e.decisions), fewest: e.fewest });
      else {
        for (const d of e.decisions) entry.decisions.add(d);
        entry.fewest = Math.min(entry.fewest, e.fewest);
      }
    }
  }
  return {
    decisions: [...later].map(([id, lines]) => ({ id, lines: lines.size })),
    endings: [...endings].map(([id, e]) => ({
      id,
      decisions: [...e.decisions].sort(),
      fewest: e.fewest,
    })),
  };
}

/**
 * Claims that name a decision no section reached or an option its decision never offers, over
 * every section (a decision may be out of reach under one premise set only).
 */
export function claimVocabularyProblems(
  summaries: readonly (ClaimSummary | undefined)[],
): string[] {
  const offered = new Map<string, Set<string>>();
  const named = new Map<string, Set<string>>();
  for (const s of summaries) {
    if (!s) continue;
    for (const [id, options] of Object.entries(s.offered))
      for (const o of options) setOf(offered, id).add(o);
    for (const id of Object.keys(s.later)) setOf(offered, id);
    for (const [id, options] of Object.entries(s.named))
      for (const o of options) setOf(named, id).add(o);
  }
  const problems: string[] = [];
  for (const [id, options] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    const known = offered.get(id);
    if (!known) {
      problems.push(`a claim names decision ${id}, which no path reaches as a decision`);
      continue;
    }
    for (const option of [...options].sort()) {
      if (option !== NOT_TAKEN && !known.has(option)) {
        problems.push(`a claim names option ${id}=${option}, which decision ${id} does not offer`);
      }
    }
  }
  return problems;
}
