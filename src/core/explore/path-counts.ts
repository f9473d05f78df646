/**
 * Counting over the state graph, never by enumerating paths: for each node, how many paths
 * below it end in each outcome (children first, in postorder) and how many paths from the
 * start reach it (in reverse postorder). Counts are bigints: a story with a few dozen
 * independent choices already has more paths than a double can hold exactly.
 */
import type { GraphNode, Outcome, StateGraph } from "./graph";

export interface PathCounts {
  /** Every outcome seen, indexed as in the count vectors. */
  outcomes: Outcome[];
  /** below[node][outcome]: paths from `node` to an end with that outcome. */
  below: bigint[][];
  /** into[node]: paths from the start to `node`. */
  into: bigint[];
  /** shortest[node][outcome]: fewest choices from `node` to that outcome (Infinity if none). */
  shortest: number[][];
  /** Most choices on any path from the start (cycles aside). */
  longest: number;
}

export function countPaths(graph: StateGraph): PathCounts {
  const outcomes = collectOutcomes(graph.nodes);
  const index = new Map(outcomes.map((o, i) => [outcomeKey(o), i]));
  const size = outcomes.length;
  const below: bigint[][] = new Array(graph.nodes.length);
  const shortest: number[][] = new Array(graph.nodes.length);
  const height: number[] = new Array(graph.nodes.length).fill(0);
  for (const id of graph.postorder) {
    const node = graph.nodes[id] as GraphNode;
    const counts = new Array<bigint>(size).fill(0n);
    const short = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
    if (node.outcome) {
      const at = index.get(outcomeKey(node.outcome)) ?? 0;
      counts[at] = 1n;
      short[at] = 0;
    }
    for (const edge of node.edges) {
      if (edge.cycle) continue;
      addBelow(counts, short, below[edge.target], shortest[edge.target]);
      height[id] = Math.max(height[id] ?? 0, 1 + (height[edge.target] ?? 0));
    }
    below[id] = counts;
    shortest[id] = short;
  }
  return { outcomes, below, into: countInto(graph), shortest, longest: height[graph.root] ?? 0 };
}

function addBelow(
  counts: bigint[],
  short: number[],
  childCounts: bigint[] | undefined,
  childShort: number[] | undefined,
): void {
  if (!childCounts || !childShort) return;
  for (let i = 0; i < counts.length; i++) {
    counts[i] = (counts[i] ?? 0n) + (childCounts[i] ?? 0n);
    short[i] = Math.min(
      short[i] ?? Number.POSITIVE_INFINITY,
      1 + (childShort[i] ?? Number.POSITIVE_INFINITY),
    );
  }
}

function countInto(graph: StateGraph): bigint[] {
  const into = new Array<bigint>(graph.nodes.length).fill(0n);
  into[graph.root] = 1n;
  for (let i = graph.postorder.length - 1; i >= 0; i--) {
    const node = graph.nodes[graph.postorder[i] as number] as GraphNode;
    const here = into[node.id] ?? 0n;
    for (const edge of node.edges) {
      if (!edge.cycle) into[edge.target] = (into[edge.target] ?? 0n) + here;
    }
  }
  return into;
}

/** Outcomes in a stable order: endings by id, then untagged, errors, cuts. */
function collectOutcomes(nodes: readonly GraphNode[]): Outcome[] {
  const seen = new Map<string, Outcome>();
  for (const node of nodes) if (node.outcome) seen.set(outcomeKey(node.outcome), node.outcome);
  const rank = { ending: 0, untagged: 1, error: 2, cut: 3 };
  return [...seen.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || a.id.localeCompare(b.id));
}

export function outcomeKey(outcome: Outcome): string {
  return `${outcome.kind}:${outcome.id}`;
}
