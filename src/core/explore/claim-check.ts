/**
 * One premise set's claims, summed up from the steps its walk took (claim-recorder.ts): the
 * claims found false or malformed, decision variables written twice or with an option their
 * decision does not offer, outcomes that do not store their option, decisions without a
 * variable; each distinct problem with the shortest path to it. And the set's reactivity: per
 * decision the distinct lines that claim it where it was taken, per ending the decisions its
 * last passage claims.
 */
import type { VariableValue } from "../story/session";
import { type ClaimSummary, NOT_TAKEN, setOf } from "./claims";
import type { GraphNode, GraphProblem, StateGraph } from "./graph";
import type { IntColumn } from "./int-column";

/** What one step showed (all optional: most steps show nothing). */
export interface StepFacts {
  /** Claims that are malformed, name no variable, or are false, in the order printed. */
  found?: { kind: GraphProblem["kind"]; message: string }[];
  /** Candidate decision variables whose value the step changed. */
  changes?: { name: string; from: string; to: string }[];
  /** The outcome's decision and option. */
  offered?: [string, string];
  /** The outcome left its decision's variable without its option. */
  unset?: string;
  /** [decision, option] named by the claims printed. */
  named?: [string, string][];
  /** [decision, line] of claims about a decision taken, other than the outcome's own line. */
  later?: [string, string][];
  /** The ending the step reached and the taken decisions its lines claim. */
  ending?: { id: string; claimed: string[] };
}

/** What a walk recorded: each root's first step and values, and each edge's step. */
export interface ClaimFacts {
  roots: StepFacts[];
  /** String globals after each root's first step. */
  starts: Record<string, VariableValue>[];
  /** By the walk graph's edge: the place of its step's facts in `shared` (-1: none). */
  edges: IntColumn;
  /** Each distinct step's facts, once. */
  shared: StepFacts[];
}

interface Found {
  kind: GraphProblem["kind"];
  message: string;
  /** The set's node, -1 for the first step. */
  node: number;
  edge?: number;
}

/** Adds up one set's steps, in the order its own walk takes them. */
export class ClaimTally {
  private readonly offered = new Map<string, Set<string>>();
  private readonly named = new Map<string, Set<string>>();
  private readonly later = new Map<string, Set<string>>();
  private readonly endings = new Map<string, { decisions: Set<string>; fewest: number }>();
  private readonly found: Found[] = [];
  private readonly unset: Found[] = [];
  private readonly changes: {
    name: string;
    from: string;
    to: string;
    node: number;
    edge?: number;
  }[] = [];

  constructor(
    private readonly globals: ReadonlySet<string>,
    private readonly start: Record<string, VariableValue>,
  ) {}

  /** One step's facts; `at` is the set's node and the edge taken (absent for the first step). */
  add(facts: StepFacts, at?: { node: number; edge: number }): void {
    const node = at?.node ?? -1;
    const edge = at ? { edge: at.edge } : {};
    for (const c of facts.changes ?? []) {
      // Only variables that start as "none" in this set are candidates (as in its own walk).
      if (this.start[c.name] === NOT_TAKEN) this.changes.push({ ...c, node, ...edge });
    }
    if (facts.offered) setOf(this.offered, facts.offered[0]).add(facts.offered[1]);
    if (facts.unset) {
      this.unset.push({ kind: "decision-variable", message: facts.unset, node, ...edge });
    }
    for (const f of facts.found ?? []) this.found.push({ ...f, node, ...edge });
    for (const [decision, option] of facts.named ?? []) setOf(this.named, decision).add(option);
    for (const [decision, line] of facts.later ?? []) setOf(this.later, decision).add(line);
    if (facts.ending) this.recordEnding(facts.ending.id, facts.ending.claimed);
  }

  /** Adds the problems found to `graph`, each with the shortest path to it, and sums up. */
  finish(graph: StateGraph): ClaimSummary {
    const decisions = new Set<string>();
    for (const node of graph.nodes) if (node.decision !== undefined) decisions.add(node.decision);
    const declared = [...decisions].some((id) => this.globals.has(id));
    const problems = [...this.found];
    if (declared) problems.push(...this.variableProblems(graph, decisions));
    addWithShortestRoutes(graph, problems);
    return this.summary(declared, decisions);
  }

  private recordEnding(ending: string, claimed: readonly string[]): void {
    const entry = this.endings.get(ending);
    if (!entry) {
      this.endings.set(ending, { decisions: new Set(claimed), fewest: claimed.length });
      return;
    }
    for (const d of claimed) entry.decisions.add(d);
    entry.fewest = Math.min(entry.fewest, claimed.length);
  }

  /** Decision variables: present, "none" at the start, written once, only with offered options. */
  private variableProblems(graph: StateGraph, decisions: ReadonlySet<string>): Found[] {
    const problems: Found[] = [...this.unset];
    const root = graph.root;
    for (const id of [...decisions].sort()) {
      if (!this.globals.has(id)) {
        const message = `decision ${id} has no variable to store its option (VAR ${id} = "none")`;
        problems.push({ kind: "decision-variable", message, node: root });
      } else if (this.start[id] !== NOT_TAKEN) {
        const message = `decision variable ${id} must start as "none"`;
        problems.push({ kind: "decision-variable", message, node: root });
      }
    }
    for (const c of this.changes) {
      if (!decisions.has(c.name)) continue;
      const options = this.offered.get(c.name) ?? new Set<string>();
      let why: string | undefined;
      if (c.from !== NOT_TAKEN) why = `changes from "${c.from}" to "${c.to}": it is written once`;
      else if (!options.has(c.to))
        why = `is set to "${c.to}", which decision ${c.name} does not offer`;
      if (why) {
        const message = `decision variable ${c.name} ${why}`;
        const at: Found = { kind: "decision-variable", message, node: c.node };
        if (c.edge !== undefined) at.edge = c.edge;
        problems.push(at);
      }
    }
    return problems;
  }

  private summary(declared: boolean, decisions: ReadonlySet<string>): ClaimSummary {
    const record = (map: Map<string, Set<string>>) =>
      Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]));
    const later: Record<string, string[]> = {};
    for (const id of [...decisions].sort()) later[id] = [...(this.later.get(id) ?? [])].sort();
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
