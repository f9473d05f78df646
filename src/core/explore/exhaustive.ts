/**
 * Exhaustive exploration: a depth-first walk over every choice with one StoryWalker, saving the
 * state at each branch point and restoring it for the next choice. Equal states are merged, so
 * the walk builds a graph of distinct states instead of enumerating paths; a state reached
 * again while still on the current path is a cycle, reported and never followed. A depth and a
 * state limit make sure it always stops. Tallies (numbers the story only adds to and prints)
 * are not part of a state: each edge records how much they changed, and their ranges are summed
 * over the graph at the end (tally-ranges.ts). A RANDOM is a branch point like a choice, one
 * edge per value it can return, so the counts do not depend on the seed.
 */
import { findRangeViolations, rangeMessage } from "../state/tracked";
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import type { WalkStep } from "../story/walker";
import { StoryWalker } from "../story/walker";
import type { GraphEdge, GraphNode, GraphProblem, Outcome, StateGraph } from "./graph";
import { lastTagValue, readDecision, readOption } from "./step-tags";
import { routeTo, type TallyBounds, tallyBounds } from "./tally-ranges";

export interface ExhaustiveOptions {
  /** ink's storySeed. Every outcome of each RANDOM is explored; shuffles follow this seed. */
  seed: number;
  premises?: Readonly<Record<string, VariableValue>>;
  /** Tracked variables: checked against their ranges at every choice point and end. */
  meta?: VariablesMeta;
  /** Choices after which a path is cut (default 1000). */
  maxDepth?: number;
  /** Distinct states after which the walk stops (default 2,000,000). */
  maxStates?: number;
  /** Merge equal states (default true); off only to check the counts by brute force. */
  dedup?: boolean;
  /** Save the ink state to JSON and load it back after every choice (test mode). */
  reloadEachStep?: boolean;
  onProgress?: (states: number, steps: number) => void;
  /** Sees each node before its choices and each step where it ends (claims.ts). */
  observer?: ExploreObserver;
}

/** Watches the walk: the walker stands in the node's state, or at the end of the step. */
export interface ExploreObserver {
  enter(node: GraphNode, walker: StoryWalker): void;
  step(step: WalkStep, walker: StoryWalker, from?: { node: GraphNode; edge: GraphEdge }): void;
}

export const DEFAULT_MAX_DEPTH = 1000;
export const DEFAULT_MAX_STATES = 2_000_000;

interface Arrival {
  step: WalkStep;
  date: string | undefined;
  depth: number;
  parent?: { node: number; edge: number };
}

/** Explores every path of `story` and returns the graph of its distinct states. */
export function exploreExhaustively(story: CompiledStory, options: ExhaustiveOptions): StateGraph {
  const walker = new StoryWalker(story, {
    premises: options.premises ?? {},
    trackCoverage: true,
    branchRandom: true,
  });
  const builder = new GraphBuilder(walker, options);
  const step = walker.start(options.seed);
  const start = walker.numbers(builder.tallies);
  const root = builder.visit({ step, date: undefined, depth: 0 });
  return builder.finish(root, start);
}

class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly postorder: number[] = [];
  private readonly problems: GraphProblem[] = [];
  private readonly memo = new Map<string, number>();
  private readonly onPath = new Set<number>();
  /** Tracked variables kept in the state, and tracked tallies, carried along the edges. */
  private readonly tracked: string[];
  readonly tallies: string[];
  private readonly maxDepth: number;
  private readonly maxStates: number;
  private steps = 0;
  private truncated = false;

  constructor(
    private readonly walker: StoryWalker,
    private readonly options: ExhaustiveOptions,
  ) {
    const tracked = Object.keys(options.meta?.variables ?? {});
    this.tracked = tracked.filter((name) => !walker.tallies.has(name));
    this.tallies = tracked.filter((name) => walker.tallies.has(name));
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  }

  finish(root: number, start: readonly number[]): StateGraph {
    const graph: StateGraph = {
      nodes: this.nodes,
      root,
      postorder: this.postorder,
      problems: this.problems,
      steps: this.steps,
      truncated: this.truncated,
      outline: this.walker.outlineNames(),
      entered: this.walker.enteredNames(),
    };
    if (this.tallies.length > 0) this.applyTallies(tallyBounds(graph, this.tallies, start));
    return graph;
  }

  /** Tally ranges onto the leaves, and a problem wherever a tally can leave its range. */
  private applyTallies(bounds: TallyBounds): void {
    for (const node of this.nodes) {
      const low = bounds.low[node.id];
      const high = bounds.high[node.id];
      if (!low || !high) continue;
      if (node.values) {
        const range = (k: number): [number, number] => [low[k]?.value ?? 0, high[k]?.value ?? 0];
        node.ranges = Object.fromEntries(bounds.names.map((name, k) => [name, range(k)]));
      }
      this.checkTallyRanges(node.id, bounds, bounds.low);
      this.checkTallyRanges(node.id, bounds, bounds.high);
    }
  }

  private checkTallyRanges(node: number, bounds: TallyBounds, extremes: TallyBounds["low"]): void {
    const values = Object.fromEntries(
      bounds.names.map((name, k) => [name, extremes[node]?.[k]?.value ?? 0]),
    );
    this.checkRanges(node, values, (name) => routeTo(extremes, node, bounds.names.indexOf(name)));
  }

  /** The node for the state the walker stands in after `arrival.step`; explores it if new. */
  visit(arrival: Arrival): number {
    const { step } = arrival;
    this.observe(arrival);
    const date = lastTagValue(step.lines, "date") ?? arrival.date;
    if (step.errors.length > 0) return this.leaf(arrival, date, { kind: "error", id: "error" });
    if (step.choices.length === 0) return this.end(arrival, date);
    // In front of a RANDOM the lines are a preview: the next step reads its decision.
    const decision = step.random ? undefined : readDecision(step.lines);
    const key = this.key(`${date}|${decision?.id}`);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (arrival.depth >= this.maxDepth || this.nodes.length >= this.maxStates) {
      this.truncated ||= this.nodes.length >= this.maxStates;
      return this.leaf(arrival, date, { kind: "cut", id: "cut" });
    }
    const node = this.add(arrival, date);
    if (decision) {
      node.decision = decision.id;
      node.role = decision.role;
    }
    this.memo.set(key, node.id);
    this.checkRanges(node.id, this.walker.values(this.tracked));
    this.expand(node, step.choices, arrival.depth);
    return node.id;
  }

  private observe({ step, parent }: Arrival): void {
    const node = parent && this.nodes[parent.node];
    const edge = parent && node?.edges[parent.edge];
    this.options.observer?.step(step, this.walker, node && edge ? { node, edge } : undefined);
  }

  private expand(node: GraphNode, choices: readonly string[], depth: number): void {
    this.options.observer?.enter(node, this.walker);
    this.onPath.add(node.id);
    const saved = choices.length > 1 ? this.walker.save() : undefined;
    const before = this.walker.numbers(this.tallies);
    choices.forEach((text, index) => {
      if (index > 0 && saved) this.walker.load(saved);
      const step = this.choose(index);
      const edge: GraphEdge = { index, text, target: -1 };
      this.recordDeltas(edge, before);
      node.edges.push(edge);
      this.readOutcomeTags(node, edge, step);
      edge.target = this.visit({
        step,
        date: node.date,
        depth: depth + 1,
        parent: { node: node.id, edge: index },
      });
      if (this.onPath.has(edge.target)) this.markCycle(node, edge);
    });
    this.onPath.delete(node.id);
    this.checkDistinctOptions(node);
    this.postorder.push(node.id);
    if (this.nodes.length % 1000 === 0) this.options.onProgress?.(this.nodes.length, this.steps);
  }

  private choose(index: number): WalkStep {
    const step = this.walker.choose(index);
    this.steps += 1;
    if (this.options.reloadEachStep) this.walker.load(this.walker.save());
    return step;
  }

  private recordDeltas(edge: GraphEdge, before: readonly number[]): void {
    const after = this.walker.numbers(this.tallies);
    this.tallies.forEach((name, k) => {
      const delta = (after[k] ?? 0) - (before[k] ?? 0);
      if (delta !== 0) edge.deltas = { ...edge.deltas, [name]: delta };
    });
  }

  private readOutcomeTags(node: GraphNode, edge: GraphEdge, step: WalkStep): void {
    for (const warning of step.warnings) {
      this.problems.push({ kind: "warning", message: warning, node: node.id, edge: edge.index });
    }
    if (node.decision === undefined) return;
    const option = readOption(step.lines);
    if (option) {
      edge.option = option.id;
      if (option.historical) edge.historical = true;
      return;
    }
    if (step.errors.length > 0) return;
    const message = `choice "${edge.text}" at decision ${node.decision} has no option: tag`;
    this.problems.push({ kind: "option", message, node: node.id, edge: edge.index });
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

  private end(arrival: Arrival, date: string | undefined): number {
    const ending = lastTagValue(arrival.step.lines, "ending");
    const outcome: Outcome = ending
      ? { kind: "ending", id: ending }
      : { kind: "untagged", id: "untagged" };
    const key = this.key(`${date}|end|${ending}`);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const id = this.leaf(arrival, date, outcome);
    this.memo.set(key, id);
    const node = this.nodes[id] as GraphNode;
    node.values = this.walker.values(this.tracked);
    this.checkRanges(id, node.values);
    return id;
  }

  private leaf(arrival: Arrival, date: string | undefined, outcome: Outcome): number {
    const node = this.add(arrival, date);
    node.outcome = outcome;
    this.postorder.push(node.id);
    for (const warning of arrival.step.warnings) {
      this.problems.push({ kind: "warning", message: warning, node: node.id });
    }
    for (const error of arrival.step.errors) {
      this.problems.push({ kind: "error", message: error, node: node.id });
    }
    if (outcome.kind === "untagged") {
      this.problems.push({
        kind: "untagged",
        message: "a path ends without an ending: tag",
        node: node.id,
      });
    }
    if (outcome.kind === "cut") {
      const why = this.truncated ? `the state limit (${this.maxStates})` : `depth ${this.maxDepth}`;
      this.problems.push({ kind: "cut", message: `a path was cut at ${why}`, node: node.id });
    }
    return node.id;
  }

  private add(arrival: Arrival, date: string | undefined): GraphNode {
    const node: GraphNode = { id: this.nodes.length, edges: [] };
    if (date !== undefined) node.date = date;
    if (arrival.parent) node.parent = arrival.parent;
    this.nodes.push(node);
    return node;
  }

  private key(runnerState: string): string {
    if (this.options.dedup === false) return `unique-${this.nodes.length}`;
    return `${this.walker.key()}|${runnerState}`;
  }

  /** A problem for each value outside its range; `routeOf` gives a route when `node`'s own does not show it. */
  private checkRanges(
    node: number,
    values: Record<string, VariableValue>,
    routeOf?: (name: string) => GraphProblem["route"],
  ): void {
    if (!this.options.meta) return;
    for (const v of findRangeViolations(values, this.options.meta)) {
      const problem: GraphProblem = { kind: "range", message: rangeMessage(v), node };
      if (routeOf) problem.route = routeOf(v.name);
      this.problems.push(problem);
    }
  }
}
