/**
 * Claims over one shared walk of several premise sets (merged-walk.ts). Whether a claim holds
 * is a function of the state at the end of the step that prints it, and the walk runs each step
 * of its shared graph once; so the recorder keeps what each step shows (claims and their
 * verdicts, decision variables changed, the option stored, lines that claim a decision, the
 * ending's claims) on the walk's edge, or on the root for a set's first step. Each set's checks
 * are then read back along that set's replay (set-graph.ts), in the order a walk of that set
 * alone would make them, and summed up as that walk's ClaimObserver did (claim-check.ts): the
 * same problems, the same shortest paths, the same reactivity counts.
 *
 * The values a step reads are the same for every set that reaches its node: a claim's or a
 * written decision's variable is live there, so it is part of the state key (liveness.ts), and
 * a decision's own variable is part of a decision's key (merged-walk.ts).
 */
import type { VariableValue } from "../story/session";
import type { WalkLine, WalkStep } from "../story/walker";
import { type ClaimFacts, ClaimTally, type StepFacts } from "./claim-check";
import {
  type ClaimSummary,
  claimHolds,
  claimText,
  lineKey,
  NOT_TAKEN,
  parseClaim,
  type ValueReader,
} from "./claims";
import type { StateGraph } from "./graph";
import { IntColumn } from "./int-column";
import type { ExploreObserver, StepOrigin } from "./merged-walk";
import { lastTagValue } from "./step-tags";

/** Records what each step of a walk shows about claims, to check each set later. */
export class ClaimRecorder implements ExploreObserver {
  private globals: Set<string> | undefined;
  /** Globals that hold a string after the first step: the candidate decision variables. */
  private strings: string[] = [];
  /** Candidate values where each node being expanded stands (the walk's depth-first stack). */
  private readonly atNode = new Map<number, string>();
  private readonly facts: ClaimFacts = {
    roots: [],
    starts: [],
    edges: new IntColumn(-1),
    shared: [],
  };
  /** One copy of each line and message, however many edges print it. */
  private readonly texts = new Map<string, string>();
  /** Where each distinct step's facts are in `facts.shared`, by their JSON. */
  private readonly shared = new Map<string, number>();
  private readonly intern = (text: string): string => {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  };

  enter(node: number, walker: ValueReader): void {
    this.atNode.set(node, this.packed(walker.values(this.strings)));
  }

  /** The node's steps are all recorded: its values are read no more. */
  leave(node: number): void {
    this.atNode.delete(node);
  }

  step(step: WalkStep, walker: ValueReader, from?: StepOrigin): void {
    if (!this.globals) this.start(walker);
    const after = walker.values(this.strings);
    const facts: StepFacts = {};
    if (from) this.recordChanges(facts, from.node, after);
    else this.facts.starts.push(after);
    if (from?.decision !== undefined && from.option !== undefined) {
      recordOption(facts, from.decision, from.option, walker);
    }
    // In front of a RANDOM the lines are a preview: the next step reports them in full.
    if (!step.random) {
      const claimed = recordLines(facts, step.lines, walker, this.intern);
      const ending = step.choices.length === 0 ? lastTagValue(step.lines, "ending") : undefined;
      if (ending !== undefined) facts.ending = { id: ending, claimed: [...claimed] };
    }
    if (!from) this.facts.roots.push(facts);
    else if (Object.keys(facts).length > 0) this.facts.edges.set(from.at, this.share(facts));
  }

  /**
   * Checks the claims of set `root`, whose replay took `trace` (walk graph edge, its place among
   * its node's choices, own node, for each step in order), adds the problems found to its
   * `graph` and sums up.
   */
  finishSet(root: number, trace: readonly number[], graph: StateGraph): ClaimSummary {
    const { edges, shared } = this.facts;
    const tally = new ClaimTally(this.globals ?? new Set(), this.facts.starts[root] ?? {});
    tally.add(this.facts.roots[root] ?? {});
    for (let i = 0; i < trace.length; i += 3) {
      const facts = shared[edges.get(trace[i] as number)];
      if (facts) tally.add(facts, { node: trace[i + 2] as number, edge: trace[i + 1] as number });
    }
    return tally.finish(graph);
  }

  /** The number of the one copy of `facts` kept (facts are never changed once recorded). */
  private share(facts: StepFacts): number {
    const key = JSON.stringify(facts);
    let id = this.shared.get(key);
    if (id === undefined) {
      id = this.facts.shared.push(facts) - 1;
      this.shared.set(key, id);
    }
    return id;
  }

  private start(walker: ValueReader): void {
    const all = walker.variables();
    this.globals = new Set(Object.keys(all));
    this.strings = Object.keys(all).filter((name) => typeof all[name] === "string");
  }

  private packed(values: Record<string, VariableValue>): string {
    return this.strings.map((name) => String(values[name])).join("\u0001");
  }

  private recordChanges(facts: StepFacts, node: number, after: Record<string, VariableValue>) {
    const before = this.atNode.get(node);
    if (before === undefined || before === this.packed(after)) return;
    const old = before.split("\u0001");
    this.strings.forEach((name, k) => {
      const to = String(after[name]);
      if (old[k] !== to) push(facts, "changes", { name, from: old[k] ?? "", to });
    });
  }
}

type Lists = Required<Pick<StepFacts, "found" | "changes" | "named" | "later">>;

function push<K extends keyof Lists>(facts: StepFacts, key: K, item: Lists[K][number]): void {
  const list = (facts[key] ?? []) as Lists[K][number][];
  list.push(item);
  facts[key] = list as StepFacts[K];
}

/** The option an outcome offers, and whether it stored it in its decision's variable. */
function recordOption(facts: StepFacts, decision: string, option: string, walker: ValueReader) {
  facts.offered = [decision, option];
  const value = walker.values([decision])[decision];
  // A decision without a variable is reported once, by the per-set check.
  if (value === option || value === undefined) return;
  facts.unset = `option "${option}" of decision ${decision} leaves ${decision} = "${String(value)}" (set it to "${option}" before any RANDOM in the outcome)`;
}

/** Checks each claim on the lines; returns the decisions claimed that were taken on the path. */
function recordLines(
  facts: StepFacts,
  lines: readonly WalkLine[],
  walker: ValueReader,
  intern: (text: string) => string,
): Set<string> {
  const taken = new Set<string>();
  for (const line of lines) {
    const optionLine = line.tags.some((t) => t.key === "option");
    for (const tag of line.tags) {
      if (tag.key !== "claim") continue;
      const claim = parseClaim(tag.value);
      if (typeof claim === "string") {
        push(facts, "found", { kind: "claim", message: intern(claim) });
        continue;
      }
      for (const option of claim.options) push(facts, "named", [claim.decision, option]);
      const value = walker.values([claim.decision])[claim.decision];
      if (value === undefined) {
        const message = `claim ${claimText(claim)}: the story has no variable ${claim.decision} (VAR ${claim.decision} = "none", set by its options)`;
        push(facts, "found", { kind: "claim", message: intern(message) });
        continue;
      }
      if (!claimHolds(claim, value)) {
        const message = `line "${shorten(line.text ?? "")}" claims ${claimText(claim)}, but on this path ${claim.decision} = "${String(value)}"`;
        push(facts, "found", { kind: "claim", message: intern(message) });
      }
      if (value !== NOT_TAKEN && !optionLine) {
        taken.add(claim.decision);
        push(facts, "later", [claim.decision, intern(lineKey(line.text ?? ""))]);
      }
    }
  }
  return taken;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}...` : flat;
}
