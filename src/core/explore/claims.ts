/**
 * Claims (DESIGN.md 3.2): a line tagged `claim: <decision>=<option>` says what the player did at
 * that decision (`a|b` for either, `!a` for anything but, `none` for "never reached"). Each
 * decision stores the option taken in a string variable named after its id, "none" until taken,
 * and written once. So whether a claim is true is a function of the state at the end of the step
 * that prints it, the state the explorer already tells paths apart by: checking every line of
 * every step of the state graph checks every line on every path.
 *
 * The observer here watches an exhaustive walk (exhaustive.ts calls it at each node and step)
 * and checks: every claim against the variables; that decision variables change only from
 * "none", and only to an option their decision offers; that each `option:` outcome sets its
 * decision's variable to that option; and that every decision has its variable, starting at
 * "none" (the last three only once the story declares any decision variable). It also counts
 * reactivity: the distinct lines that claim each decision on paths where it was taken, and the
 * decisions each ending's text claims. A violation is reported with the shortest path to it.
 */
import type { VariableValue } from "../story/session";
import type { WalkLine, WalkStep } from "../story/walker";
import type { GraphEdge, GraphNode, GraphProblem, StateGraph } from "./graph";
import { lastTagValue } from "./step-tags";

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

interface Found {
  kind: GraphProblem["kind"];
  message: string;
  node: number;
  edge?: number;
}

interface Change {
  name: string;
  from: string;
  to: string;
  node: number;
  edge: number;
}

/** Watches an exhaustive walk (ExhaustiveOptions.observer) and checks its claims. */
export class ClaimObserver {
  private globals: Set<string> | undefined;
  /** Globals that hold "none" before the first choice: the candidate decision variables. */
  private candidates: string[] = [];
  private readonly decisionIds = new Set<string>();
  private readonly offered = new Map<string, Set<string>>();
  private readonly named = new Map<string, Set<string>>();
  private readonly later = new Map<string, Set<string>>();
  private readonly endings = new Map<string, { decisions: Set<string>; fewest: number }>();
  private readonly found: Found[] = [];
  private readonly changes: Change[] = [];
  private readonly unset: Found[] = [];
  private startValues: Record<string, VariableValue> = {};
  /** Candidate values where each node stands (read when it is expanded). */
  private readonly atNode = new Map<number, string>();

  enter(node: GraphNode, walker: ValueReader): void {
    if (node.decision !== undefined) this.decisionIds.add(node.decision);
    this.atNode.set(node.id, this.packed(walker.values(this.candidates)));
  }

  private packed(values: Record<string, VariableValue>): string {
    return this.candidates.map((name) => String(values[name])).join("\u0001");
  }

  step(step: WalkStep, walker: ValueReader, from?: { node: GraphNode; edge: GraphEdge }): void {
    if (!this.globals) this.start(walker);
    const after = walker.values(this.candidates);
    if (from) this.checkChanges(from, after);
    else this.startValues = after;
    if (from?.node.decision !== undefined && from.edge.option !== undefined) {
      this.offer(from.node.decision, from.edge.option);
      this.checkOptionSet(from.node.decision, from.edge.option, walker, from);
    }
    // In front of a RANDOM the lines are a preview: the next step reports them in full.
    if (step.random) return;
    const claimed = this.checkLines(step.lines, walker, from);
    const ending = step.choices.length === 0 ? lastTagValue(step.lines, "ending") : undefined;
    if (ending !== undefined) this.recordEnding(ending, claimed);
  }

  /** Adds the problems found to `graph`, each with the shortest path to it, and sums up. */
  finish(graph: StateGraph): ClaimSummary {
    const declared = [...this.decisionIds].some((id) => this.globals?.has(id));
    const problems = [...this.found];
    if (declared) problems.push(...this.variableProblems(graph));
    addWithShortestRoutes(graph, problems);
    return this.summary(declared);
  }

  private start(walker: ValueReader): void {
    const all = walker.variables();
    this.globals = new Set(Object.keys(all));
    this.candidates = Object.keys(all).filter((name) => all[name] === NOT_TAKEN);
  }

  private offer(decision: string, option: string): void {
    setOf(this.offered, decision).add(option);
  }

  private checkChanges(
    from: { node: GraphNode; edge: GraphEdge },
    after: Record<string, VariableValue>,
  ) {
    const packed = this.packed(after);
    const before = this.atNode.get(from.node.id);
    if (before === undefined || before === packed) return;
    const old = before.split("\u0001");
    this.candidates.forEach((name, k) => {
      const to = String(after[name]);
      if (old[k] === to) return;
      const change = { name, from: old[k] ?? "", to, node: from.node.id, edge: from.edge.index };
      this.changes.push(change);
    });
  }

  private checkOptionSet(
    decision: string,
    option: string,
    walker: ValueReader,
    from: { node: GraphNode; edge: GraphEdge },
  ): void {
    const value = walker.values([decision])[decision];
    // A decision without a variable is reported once, by variableProblems.
    if (value === option || value === undefined) return;
    const message = `option "${option}" of decision ${decision} leaves ${decision} = "${String(value)}" (set it to "${option}" before any RANDOM in the outcome)`;
    this.unset.push({
      kind: "decision-variable",
      message,
      node: from.node.id,
      edge: from.edge.index,
    });
  }

  /** Checks each claim on the lines; returns the decisions claimed that were taken on the path. */
  private checkLines(
    lines: readonly WalkLine[],
    walker: ValueReader,
    from?: { node: GraphNode; edge: GraphEdge },
  ): Set<string> {
    const taken = new Set<string>();
    for (const line of lines) {
      const optionLine = line.tags.some((t) => t.key === "option");
      for (const tag of line.tags) {
        if (tag.key !== "claim") continue;
        const claim = parseClaim(tag.value);
        if (typeof claim === "string") {
          this.report("claim", claim, from);
          continue;
        }
        for (const option of claim.options) setOf(this.named, claim.decision).add(option);
        const value = walker.values([claim.decision])[claim.decision];
        if (value === undefined) {
          const message = `claim ${claimText(claim)}: the story has no variable ${claim.decision} (VAR ${claim.decision} = "none", set by its options)`;
          this.report("claim", message, from);
          continue;
        }
        if (!claimHolds(claim, value)) {
          const message = `line "${shorten(line.text ?? "")}" claims ${claimText(claim)}, but on this path ${claim.decision} = "${String(value)}"`;
          this.report("claim", message, from);
        }
        if (value !== NOT_TAKEN && !optionLine) {
          taken.add(claim.decision);
          setOf(this.later, claim.decision).add(lineKey(line.text ?? ""));
        }
      }
    }
    return taken;
  }

  private recordEnding(ending: string, claimed: Set<string>): void {
    const entry = this.endings.get(ending);
    if (!entry) {
      this.endings.set(ending, { decisions: new Set(claimed), fewest: claimed.size });
      return;
    }
    for (const d of claimed) entry.decisions.add(d);
    entry.fewest = Math.min(entry.fewest, claimed.size);
  }

  private report(
    kind: GraphProblem["kind"],
    message: string,
    from?: { node: GraphNode; edge: GraphEdge },
  ): void {
    const found: Found = { kind, message, node: from?.node.id ?? -1 };
    if (from) found.edge = from.edge.index;
    this.found.push(found);
  }

  /** Decision variables: present, "none" at the start, written once, only with offered options. */
  private variableProblems(graph: StateGraph): Found[] {
    const problems: Found[] = [...this.unset];
    const root = graph.root;
    for (const id of [...this.decisionIds].sort()) {
      if (!this.globals?.has(id)) {
        const message = `decision ${id} has no variable to store its option (VAR ${id} = "none")`;
        problems.push({ kind: "decision-variable", message, node: root });
      } else if (this.startValues[id] !== NOT_TAKEN) {
        const message = `decision variable ${id} must start as "none"`;
        problems.push({ kind: "decision-variable", message, node: root });
      }
    }
    for (const c of this.changes) {
      if (!this.decisionIds.has(c.name)) continue;
      const options = this.offered.get(c.name) ?? new Set<string>();
      let why: string | undefined;
      if (c.from !== NOT_TAKEN) why = `changes from "${c.from}" to "${c.to}": it is written once`;
      else if (!options.has(c.to))
        why = `is set to "${c.to}", which decision ${c.name} does not offer`;
      if (why) {
        const message = `decision variable ${c.name} ${why}`;
        problems.push({ kind: "decision-variable", message, node: c.node, edge: c.edge });
      }
    }
    return problems;
  }

  private summary(declared: boolean): ClaimSummary {
    const record = (map: Map<string, Set<string>>) =>
      Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]));
    const later: Record<string, string[]> = {};
    for (const id of [...this.decisionIds].sort())
      later[id] = [...(this.later.get(id) ?? [])].sort();
    return {
      variables: declared,
      offered: record(this.offered),
      named: record(this.named),
      later,
      endings: Object.fromEntries(
        [...this.endings].map(([id, e]) => [
          id,
          { decisions: [...e.decisions].sort(), fewest: e.fewest },
        ]),
      ),
    };
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
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

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}...` : flat;
}

/**
 * Adds each distinct problem to the graph, its shortest occurrence first with the route to it
 * (fewest choices from the start, by breadth-first search), then the others, so the report
 * counts every occurrence and shows the shortest path.
 */
function addWithShortestRoutes(graph: StateGraph, found: readonly Found[]): void {
  if (found.length === 0) return;
  const { depth, parent } = breadthFirst(graph);
  const distance = (f: Found) =>
    f.node < 0 ? 0 : (depth[f.node] ?? Infinity) + (f.edge !== undefined ? 1 : 0);
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = `${f.kind}\u0001${f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    const route: { node: number; edge: number }[] = [];
    for (let n = best.node; n >= 0 && parent[n]; n = (parent[n] as { node: number }).node) {
      route.push(parent[n] as { node: number; edge: number });
    }
    route.reverse();
    if (best.edge !== undefined) route.push({ node: best.node, edge: best.edge });
    const node = best.node < 0 ? graph.root : best.node;
    graph.problems.push({ kind: best.kind, message: best.message, node, route });
    for (const other of group) {
      if (other !== best) graph.problems.push({ kind: other.kind, message: other.message, node });
    }
  }
}

function breadthFirst(graph: StateGraph) {
  const depth: number[] = new Array(graph.nodes.length).fill(Infinity);
  const parent: ({ node: number; edge: number } | undefined)[] = new Array(graph.nodes.length);
  depth[graph.root] = 0;
  const queue = [graph.root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as number;
    const node = graph.nodes[id] as GraphNode;
    for (const edge of node.edges) {
      if (edge.cycle || edge.target < 0 || depth[edge.target] !== Infinity) continue;
      depth[edge.target] = (depth[id] ?? 0) + 1;
      parent[edge.target] = { node: id, edge: edge.index };
      queue.push(edge.target);
    }
  }
  return { depth, parent };
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
