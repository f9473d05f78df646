/**
 * Tallies over the state graph. The explorer merges states that differ only in their tallies
 * (story/tallies.ts) and records on each edge how much each tally changed; since a tally's
 * change never depends on its own value, the lowest and highest value a tally can have at a
 * node is a shortest- and longest-path sum from the start. One pass in topological order gives
 * both, with the edge each extreme came by, so a path to any extreme can be printed.
 *
 * The extremes are kept in typed arrays, a row of one value and one edge per tally for each
 * node: a set's graph of the campaign has about 90,000 nodes and eight tallies, which as one
 * object per extreme took about a kilobyte a node.
 */
import type { GraphNode, StateGraph } from "./graph";

/** One step of a route: the edge taken at `node`. */
export interface RouteStep {
  node: number;
  edge: number;
}

/** The lowest (or highest) value of each tally at each node, and the edge it came by. */
export class Extremes {
  private readonly values: Float64Array;
  /** The node and edge each extreme came by; node -1 at the start. */
  private readonly fromNode: Int32Array;
  private readonly fromEdge: Int32Array;
  private readonly reached: Uint8Array;

  constructor(
    nodes: number,
    private readonly width: number,
    private readonly better: (a: number, b: number) => boolean,
  ) {
    this.values = new Float64Array(nodes * width);
    this.fromNode = new Int32Array(nodes * width).fill(-1);
    this.fromEdge = new Int32Array(nodes * width);
    this.reached = new Uint8Array(nodes);
  }

  /** Whether any path from the start reaches `node` (cycle edges aside). */
  has(node: number): boolean {
    return this.reached[node] === 1;
  }

  /** Tally `k`'s extreme at a reached node. */
  value(node: number, k: number): number {
    return this.values[node * this.width + k] as number;
  }

  /** The edge tally `k`'s extreme at `node` came by (undefined at the start). */
  from(node: number, k: number): RouteStep | undefined {
    const at = node * this.width + k;
    const from = this.fromNode[at] as number;
    return from < 0 ? undefined : { node: from, edge: this.fromEdge[at] as number };
  }

  start(node: number, values: readonly number[]): void {
    this.reached[node] = 1;
    for (let k = 0; k < this.width; k++) this.values[node * this.width + k] = values[k] ?? 0;
  }

  /** Keeps, for each tally, the better of `target`'s extreme and `source`'s plus `deltas`. */
  improve(target: number, source: number, deltas: readonly number[], edge: number): void {
    const known = this.reached[target] === 1;
    this.reached[target] = 1;
    for (let k = 0; k < this.width; k++) {
      const value = (this.values[source * this.width + k] as number) + (deltas[k] ?? 0);
      const at = target * this.width + k;
      if (!known || this.better(value, this.values[at] as number)) {
        this.values[at] = value;
        this.fromNode[at] = source;
        this.fromEdge[at] = edge;
      }
    }
  }
}

/** For each node (by id) and each tally (by position in `names`): lowest and highest value. */
export interface TallyBounds {
  names: readonly string[];
  low: Extremes;
  high: Extremes;
}

export function tallyBounds(
  graph: StateGraph,
  names: readonly string[],
  start: readonly number[],
): TallyBounds {
  const size = graph.nodes.length;
  const low = new Extremes(size, names.length, (a, b) => a < b);
  const high = new Extremes(size, names.length, (a, b) => a > b);
  low.start(graph.root, start);
  high.start(graph.root, start);
  for (let i = graph.postorder.length - 1; i >= 0; i--) {
    const node = graph.nodes[graph.postorder[i] as number] as GraphNode;
    if (!low.has(node.id) || !high.has(node.id)) continue;
    for (const edge of node.edges) {
      if (edge.cycle) continue;
      const deltas = names.map((name) => edge.deltas?.[name] ?? 0);
      low.improve(edge.target, node.id, deltas, edge.index);
      high.improve(edge.target, node.id, deltas, edge.index);
    }
  }
  return { names, low, high };
}

/** The route from the start that gives tally `k` its extreme at `node`. */
export function routeTo(extremes: Extremes, node: number, k: number): RouteStep[] {
  const route: RouteStep[] = [];
  let from = extremes.from(node, k);
  while (from) {
    route.push(from);
    from = extremes.from(from.node, k);
  }
  return route.reverse();
}
