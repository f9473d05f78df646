/**
 * One premise set's state graph, replayed from the shared walk graph (walk-graph.ts): a
 * depth-first walk from the set's root over the stored edges, numbering states, recording
 * problems, first routes, cycles and postorder in the very order a walk of that set alone makes
 * them. Two states of one set share a node of the walk graph exactly when they share a node of
 * their own graph (the premises left out of the key are that set's constants), so the replay
 * gives the same graph, and every report built from it is the same, byte for byte.
 *
 * A limit makes that fail: where the set's own walk would have cut a path at a depth or state
 * limit that the shared walk passed another way, the replay gives up (undefined) and the caller
 * walks that set alone.
 */
import type { RangeViolation } from "../state/tracked";
import { findRangeViolations, rangeMessage } from "../state/tracked";
import type { VariablesMeta } from "../state/variables-meta";
import type { VariableValue } from "../story/session";
import type { GraphEdge, GraphNode, GraphProblem, StateGraph } from "./graph";
import { type Extremes, routeTo, type TallyBounds, tallyBounds } from "./tally-ranges";
import type { NodeDetails, WalkGraph, WalkRoot } from "./walk-graph";

export interface ReplayLimits {
  maxDepth: number;
  maxStates: number;
  meta?: VariablesMeta;
}

/**
 * The graph of `walk.roots[rootIndex]`'s set, or undefined where a limit would cut it. Each step
 * the set's walk takes is appended to `trace`, when given, as three numbers: the walk graph's
 * edge, the edge's place among its node's choices, and the set's own node (for the claims,
 * claim-recorder.ts).
 */
export function replaySet(
  walk: WalkGraph,
  rootIndex: number,
  limits: ReplayLimits,
  trace?: number[],
): StateGraph | undefined {
  const root = walk.roots[rootIndex];
  if (!root) throw new Error(`no premise set ${rootIndex} in the walk`);
  const replay = new Replay(walk, root, limits, trace);
  const start = replay.visit(root.node, { depth: 0, warnings: root.warnings });
  return start === undefined ? undefined : replay.finish(start);
}

/** Thrown inside the replay where the set's own walk would have been cut; caught above. */
const CUT = Symbol("cut");

interface Arrival {
  depth: number;
  warnings: readonly string[];
  parent?: { node: number; edge: number };
}

class Replay {
  private readonly nodes: GraphNode[] = [];
  private readonly postorder: number[] = [];
  private readonly problems: GraphProblem[] = [];
  /** Walk node → this set's node, for states and ends (errors and cuts are per arrival). */
  private readonly ids: Int32Array;
  private readonly onPath = new Set<number>();
  private readonly entered: Set<string>;
  /** Range violations of the set's merged premises, checked wherever the set's walk checks. */
  private readonly constantViolations: RangeViolation[];
  private readonly order: Map<string, number>;
  private readonly outside = new Map<string, boolean>();
  private steps = 0;

  constructor(
    private readonly walk: WalkGraph,
    private readonly root: WalkRoot,
    private readonly limits: ReplayLimits,
    private readonly trace: number[] | undefined,
  ) {
    this.ids = new Int32Array(walk.nodeCount).fill(-1);
    this.entered = new Set(root.entered);
    const meta = limits.meta;
    this.constantViolations = meta ? findRangeViolations(root.constants, meta) : [];
    this.order = new Map(Object.keys(meta?.variables ?? {}).map((name, i) => [name, i]));
  }

  visit(walkId: number, arrival: Arrival): number | undefined {
    try {
      return this.arrive(walkId, arrival);
    } catch (error) {
      if (error === CUT) return undefined;
      throw error;
    }
  }

  finish(root: number): StateGraph {
    const graph: StateGraph = {
      nodes: this.nodes,
      root,
      postorder: this.postorder,
      problems: this.problems,
      steps: this.steps,
      truncated: this.walk.truncated,
      outline: this.walk.outline,
      entered: [...this.entered].sort(),
    };
    const tallies = this.walk.tallies;
    if (tallies.length > 0) this.applyTallies(tallyBounds(graph, tallies, this.root.start));
    return graph;
  }

  private arrive(walkId: number, arrival: Arrival): number {
    const walk = this.walk;
    const kind = walk.kindOf(walkId);
    if (kind === "error" || kind === "cut") return this.leaf(walkId, arrival);
    const known = this.ids[walkId] ?? -1;
    if (known >= 0) return known;
    if (kind === "end") return this.end(walkId, arrival);
    if (arrival.depth >= this.limits.maxDepth || this.nodes.length >= this.limits.maxStates) {
      throw CUT;
    }
    const own = this.add(walkId, arrival);
    const decision = walk.decisionOf(walkId);
    const role = walk.roleOf(walkId);
    if (decision !== undefined) own.decision = decision;
    if (role !== undefined) own.role = role;
    this.ids[walkId] = own.id;
    this.checkRanges(own.id, walk.detailsOf(walkId).violations);
    this.expand(own, walkId, arrival.depth);
    return own.id;
  }

  private expand(own: GraphNode, walkId: number, depth: number): void {
    const walk = this.walk;
    this.onPath.add(own.id);
    const first = walk.firstEdge(walkId);
    const count = walk.edgeCount(walkId);
    for (let index = 0; index < count; index++) {
      const at = first + index;
      this.steps += 1;
      this.trace?.push(at, index, own.id);
      for (const name of walk.edgeEntered(at) ?? []) this.entered.add(name);
      const edge = this.copyEdge(at, index);
      own.edges.push(edge);
      const warnings = walk.edgeWarnings(at) ?? [];
      for (const message of warnings) {
        this.problems.push({ kind: "warning", message, node: own.id, edge: edge.index });
      }
      if (walk.isMissingOption(at)) {
        const message = `choice "${edge.text}" at decision ${own.decision} has no option: tag`;
        this.problems.push({ kind: "option", message, node: own.id, edge: edge.index });
      }
      edge.target = this.arrive(walk.edgeTarget(at), {
        depth: depth + 1,
        warnings,
        parent: { node: own.id, edge: edge.index },
      });
      if (this.onPath.has(edge.target)) this.markCycle(own, edge);
    }
    this.onPath.delete(own.id);
    this.checkDistinctOptions(own);
    this.postorder.push(own.id);
  }

  private end(walkId: number, arrival: Arrival): number {
    const own = this.leaf(walkId, arrival);
    this.ids[walkId] = own;
    const leaf = this.nodes[own] as GraphNode;
    const details = this.walk.detailsOf(walkId);
    leaf.values = this.valuesOf(details.values ?? {});
    this.checkRanges(own, details.violations);
    return own;
  }

  /** The set's copy of walk edge `at`, the `index`th choice of its node. */
  private copyEdge(at: number, index: number): GraphEdge {
    const walk = this.walk;
    const edge: GraphEdge = { index, text: walk.edgeText(at), target: -1 };
    const deltas = walk.edgeDeltas(at);
    if (deltas) edge.deltas = deltas;
    const option = walk.edgeOption(at);
    if (option !== undefined) edge.option = option;
    if (walk.isHistorical(at)) edge.historical = true;
    return edge;
  }

  /** The leaf's tracked values in the metadata's order, the set's merged premises included. */
  private valuesOf(values: Record<string, VariableValue>): Record<string, VariableValue> {
    const result: Record<string, VariableValue> = {};
    for (const name of this.walk.tracked) {
      const value = name in this.root.constants ? this.root.constants[name] : values[name];
      if (value !== undefined) result[name] = value;
    }
    return result;
  }

  private leaf(walkId: number, arrival: Arrival): number {
    const own = this.add(walkId, arrival);
    const node: NodeDetails = this.walk.detailsOf(walkId);
    const kind = this.walk.kindOf(walkId);
    if (node.outcome) own.outcome = node.outcome;
    else own.outcome = kind === "cut" ? { kind: "cut", id: "cut" } : { kind: "error", id: "error" };
    this.postorder.push(own.id);
    for (const message of arrival.warnings) {
      this.problems.push({ kind: "warning", message, node: own.id });
    }
    for (const message of node.errors ?? []) {
      this.problems.push({ kind: "error", message, node: own.id });
    }
    if (own.outcome.kind === "untagged") {
      const message = "a path ends without an ending: tag";
      this.problems.push({ kind: "untagged", message, node: own.id });
    }
    if (kind === "cut") {
      const message = `a path was cut at ${node.cut}`;
      this.problems.push({ kind: "cut", message, node: own.id });
    }
    return own.id;
  }

  private add(walkId: number, arrival: Arrival): GraphNode {
    const own: GraphNode = { id: this.nodes.length, edges: [] };
    const date = this.walk.dateOf(walkId);
    if (date !== undefined) own.date = date;
    if (arrival.parent) own.parent = arrival.parent;
    this.nodes.push(own);
    return own;
  }

  private checkDistinctOptions(node: GraphNode): void {
    const seen = new Set<string>();
    for (const edge of node.edges) {
      if (edge.option === undefined) continue;
      if (seen.has(edge.option)) {
        const message = `decision ${node.decision} offers option id "${edge.option}" twice`;
        this.problems.push({ kind: "option", message, node: node.id, edge: edge.index });
      }
      seen.add(edge.option);
    }
  }

  private markCycle(node: GraphNode, edge: GraphEdge): void {
    edge.cycle = true;
    const message = `choice "${edge.text}" returns to an earlier state: this path never ends`;
    this.problems.push({ kind: "cycle", message, node: node.id, edge: edge.index });
  }

  /** The walk's violations and the set's premise violations, in the metadata's order. */
  private checkRanges(node: number, violations: readonly RangeViolation[] | undefined): void {
    const all = [...(violations ?? []), ...this.constantViolations];
    all.sort((a, b) => (this.order.get(a.name) ?? 0) - (this.order.get(b.name) ?? 0));
    for (const v of all) this.problems.push({ kind: "range", message: rangeMessage(v), node });
  }

  /** Whether a tally's value is out of its range (remembered: values repeat across nodes). */
  private isOutside(name: string, value: number, meta: VariablesMeta): boolean {
    const key = `${name}=${value}`;
    let known = this.outside.get(key);
    if (known === undefined) {
      known = findRangeViolations({ [name]: value }, meta).length > 0;
      this.outside.set(key, known);
    }
    return known;
  }

  /** Tally ranges onto the leaves, and a problem wherever a tally can leave its range. */
  private applyTallies(bounds: TallyBounds): void {
    const { low, high, names } = bounds;
    for (const node of this.nodes) {
      if (!low.has(node.id) || !high.has(node.id)) continue;
      if (node.values) {
        const range = (k: number): [number, number] => [
          low.value(node.id, k),
          high.value(node.id, k),
        ];
        node.ranges = Object.fromEntries(names.map((name, k) => [name, range(k)]));
      }
      this.checkTallyRanges(node.id, names, low);
      this.checkTallyRanges(node.id, names, high);
    }
  }

  private checkTallyRanges(node: number, names: readonly string[], extremes: Extremes): void {
    const meta = this.limits.meta;
    if (!meta) return;
    // Each variable is checked on its own: where none is out of range, there is nothing to add.
    const outside = names.some((name, k) => this.isOutside(name, extremes.value(node, k), meta));
    if (!outside) return;
    const values = Object.fromEntries(names.map((name, k) => [name, extremes.value(node, k)]));
    for (const v of findRangeViolations(values, meta)) {
      const route = routeTo(extremes, node, names.indexOf(v.name));
      this.problems.push({ kind: "range", message: rangeMessage(v), node, route });
    }
  }
}
