/**
 * Tallies over the state graph. The explorer merges states that differ only in their tallies
 * (story/tallies.ts) and records on each edge how much each tally changed; since a tally's
 * change never depends on its own value, the lowest and highest value a tally can have at a
 * node is a shortest- and longest-path sum from the start. One pass in topological order gives
 * both, with the edge each extreme came by, so a path to any extreme can be printed.
 */
import type { GraphNode, StateGraph } from "./graph";

/** One step of a route: the edge taken at `node`. */
export interface RouteStep {
  node: number;
  edge: number;
}

interface Extreme {
  value: number;
  from?: RouteStep;
}

/** For each node (by id) and each tally (by position in `names`): lowest and highest value. */
export interface TallyBounds {
  names: readonly string[];
  low: Extreme[][];
  high: Extreme[][];
}

export function tallyBounds(
  graph: StateGraph,
  names: readonly string[],
  start: readonly number[],
): TallyBounds {
  const low: Extreme[][] = new Array(graph.nodes.length);
  const high: Extreme[][] = new Array(graph.nodes.length);
  low[graph.root] = start.map((value) => ({ value }));
  high[graph.root] = start.map((value) => ({ value }));
  for (let i = graph.postorder.length - 1; i >= 0; i--) {
    const node = graph.nodes[graph.postorder[i] as number] as GraphNode;
    const lows = low[node.id];
    const highs = high[node.id];
    if (!lows || !highs) continue;
    for (const edge of node.edges) {
      if (edge.cycle) continue;
      const from = { node: node.id, edge: edge.index };
      const deltas = names.map((name) => edge.deltas?.[name] ?? 0);
      low[edge.target] = improve(low[edge.target], lows, deltas, from, (a, b) => a < b);
      high[edge.target] = improve(high[edge.target], highs, deltas, from, (a, b) => a > b);
    }
  }
  return { names, low, high };
}

function improve(
  current: Extreme[] | undefined,
  source: readonly Extreme[],
  deltas: readonly number[],
  from: RouteStep,
  better: (a: number, b: number) => boolean,
): Extreme[] {
  const next = current ?? [];
  source.forEach((extreme, k) => {
    const value = extreme.value + (deltas[k] ?? 0);
    const known = next[k];
    if (!known || better(value, known.value)) next[k] = { value, from };
  });
  return next;
}

/** The route from the start that gives tally `k` its extreme at `node`. */
export function routeTo(extremes: Extreme[][], node: number, k: number): RouteStep[] {
  const route: RouteStep[] = [];
  let from = extremes[node]?.[k]?.from;
  while (from) {
    route.push(from);
    from = extremes[from.node]?.[k]?.from;
  }
  return route.reverse();
}
