/**
 * Turns routes through the state graph back into paths a reader can retrace: the choices as
 * text with their dates, decisions and options.
 */
import type { GraphNode, StateGraph } from "./graph";
import type { PathCounts } from "./path-counts";
import type { PathStep } from "./report";

export function stepOf(node: GraphNode, edgeIndex: number): PathStep {
  const edge = node.edges[edgeIndex];
  const step: PathStep = { index: edgeIndex, text: edge?.text ?? "?" };
  if (node.date !== undefined) step.date = node.date;
  if (node.decision !== undefined) step.decision = node.decision;
  if (edge?.option !== undefined) step.option = edge.option;
  return step;
}

/** The path by which `nodeId` was first reached, then `edge` if given. */
export function pathTo(graph: StateGraph, nodeId: number, edge?: number): PathStep[] {
  const steps: PathStep[] = [];
  if (edge !== undefined) steps.push(stepOf(graph.nodes[nodeId] as GraphNode, edge));
  let node = graph.nodes[nodeId];
  while (node?.parent) {
    const parent = graph.nodes[node.parent.node] as GraphNode;
    steps.push(stepOf(parent, node.parent.edge));
    node = parent;
  }
  return steps.reverse();
}

/** A shortest path from the start to outcome number `outcome`. */
export function shortestPath(graph: StateGraph, counts: PathCounts, outcome: number): PathStep[] {
  const steps: PathStep[] = [];
  let node = graph.nodes[graph.root] as GraphNode;
  let left = counts.shortest[node.id]?.[outcome] ?? Number.POSITIVE_INFINITY;
  while (left > 0 && Number.isFinite(left)) {
    const edge = node.edges.find(
      (e) =>
        !e.cycle && (counts.shortest[e.target]?.[outcome] ?? Number.POSITIVE_INFINITY) === left - 1,
    );
    if (!edge) break;
    steps.push(stepOf(node, edge.index));
    node = graph.nodes[edge.target] as GraphNode;
    left -= 1;
  }
  return steps;
}
