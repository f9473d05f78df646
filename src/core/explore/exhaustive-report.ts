/**
 * Builds the report of an exhaustive exploration from its state graph: exact path counts per
 * ending, variable ranges at each ending, a shortest path to each, which decisions matter
 * (paths through an option = paths into its state × paths below its outcome), coverage and
 * every problem with a path that reproduces it.
 */

import { ownEntry } from "../own-entry";
import { describePremises } from "../state/premises";
import type { VariablesMeta } from "../state/variables-meta";
import type { VariableValue } from "../story/session";
import type { GraphNode, StateGraph } from "./graph";
import { ImpactTally, total } from "./impact";
import { countPaths, outcomeKey, type PathCounts } from "./path-counts";
import { pathTo, shortestPath, stepOf } from "./path-steps";
import type { EndingRow, ExploreSection, ProblemRow } from "./report";
import { shareOf } from "./report";
import { spreadOf } from "./variable-spread";

export interface SectionContext {
  seed: number;
  premises: Readonly<Record<string, VariableValue>>;
  meta: VariablesMeta;
}

export function reportExhaustive(graph: StateGraph, context: SectionContext): ExploreSection {
  const counts = countPaths(graph);
  const overall = counts.below[graph.root] ?? [];
  const totalPaths = total(overall);
  const endings = endingRows(graph, counts, context.meta, totalPaths);
  const reached = new Set(endings.map((e) => e.outcome.id));
  const entered = new Set(graph.entered);
  return {
    mode: "exhaustive",
    seed: context.seed,
    premises: { ...context.premises },
    premisesLabel: describePremises(context.premises, context.meta),
    totalPaths,
    states: graph.nodes.length,
    steps: graph.steps,
    longest: counts.longest,
    outcomes: counts.outcomes,
    endings,
    unreachedEndings: Object.keys(context.meta.endings).filter((id) => !reached.has(id)),
    decisions: decisionRows(graph, counts, overall),
    coverage: {
      outline: graph.outline.length,
      unreached: graph.outline.filter((name) => !entered.has(name)),
    },
    problems: problemRows(graph),
    histograms: [],
    truncated: graph.truncated,
  };
}

function endingRows(
  graph: StateGraph,
  counts: PathCounts,
  meta: VariablesMeta,
  whole: bigint,
): EndingRow[] {
  const names = Object.keys(meta.variables);
  const leavesOf = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (!node.outcome) continue;
    const key = outcomeKey(node.outcome);
    const leaves = leavesOf.get(key);
    if (leaves) leaves.push(node);
    else leavesOf.set(key, [node]);
  }
  return counts.outcomes.map((outcome, k) => {
    const leaves = leavesOf.get(outcomeKey(outcome)) ?? [];
    const paths = counts.below[graph.root]?.[k] ?? 0n;
    const listed = outcome.kind === "ending" ? ownEntry(meta.endings, outcome.id) : undefined;
    const row: EndingRow = {
      outcome,
      listed: listed !== undefined,
      paths,
      share: shareOf(paths, whole),
      variables: spreadOf(names, leaves.flatMap(leafSamples)),
      shortest: shortestPath(graph, counts, k),
    };
    if (listed) row.title = listed.title;
    return row;
  });
}

/** A leaf's variables; a leaf with tally ranges gives two samples, its lowest and highest. */
function leafSamples(leaf: GraphNode): Record<string, VariableValue>[] {
  if (!leaf.values) return [];
  if (!leaf.ranges) return [leaf.values];
  const ranges = Object.entries(leaf.ranges);
  return [0, 1].map((end) => ({
    ...leaf.values,
    ...Object.fromEntries(ranges.map(([name, range]) => [name, range[end] as number])),
  }));
}

function decisionRows(graph: StateGraph, counts: PathCounts, overall: readonly bigint[]) {
  const tally = new ImpactTally(counts.outcomes.length);
  for (const node of graph.nodes) {
    if (node.decision === undefined) continue;
    const into = counts.into[node.id] ?? 0n;
    for (const edge of node.edges) {
      if (edge.cycle) continue;
      const through = (counts.below[edge.target] ?? []).map((c) => c * into);
      tally.add(node.decision, edge.option ?? `(${edge.text})`, through, where(node));
    }
  }
  return tally.rows(overall);
}

function where(node: GraphNode): { role?: string; date?: string } {
  const result: { role?: string; date?: string } = {};
  if (node.role !== undefined) result.role = node.role;
  if (node.date !== undefined) result.date = node.date;
  return result;
}

/** One row per distinct problem, with how often it showed and the first path to it. */
function problemRows(graph: StateGraph): ProblemRow[] {
  const rows = new Map<string, ProblemRow>();
  for (const problem of graph.problems) {
    const key = `${problem.kind}\u0001${problem.message}`;
    const row = rows.get(key);
    if (row) {
      row.count += 1;
      continue;
    }
    const path = problem.route
      ? problem.route.map((step) => stepOf(graph.nodes[step.node] as GraphNode, step.edge))
      : pathTo(graph, problem.node, problem.edge);
    rows.set(key, { kind: problem.kind, message: problem.message, count: 1, path });
  }
  return [...rows.values()];
}
