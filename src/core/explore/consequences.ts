/**
 * What each option at each decision leads to, over every path through it (exhaustive, each path
 * counted once, as the explorer's impact measure counts them): the mean at the end of each
 * tracked variable that says which way is better (`better` in variables.json), and the mean rank
 * of the ending (`rank` on endings). Texts count by their place in `values`. Tallies, which the
 * explorer carries on the edges, count as their mean change after the first choice point (the
 * same start for every option, so comparisons are unaffected).
 *
 * An option is dominated when another option of the same decision is at least as good on every
 * consequence and better on one, by more than a tolerance of half a percent of the range.
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { VariableValue } from "../story/session";
import type { GraphNode, StateGraph } from "./graph";

export interface Consequence {
  name: string;
  /** +1 when higher is better, -1 when lower is. */
  sign: 1 | -1;
  /** Differences smaller than this count as equal. */
  tolerance: number;
}

export interface OptionConsequences {
  decision: string;
  option: string;
  paths: number;
  /** Mean per consequence name (tallies: mean change); absent when no path says. */
  means: Record<string, number>;
}

export interface Domination {
  decision: string;
  option: string;
  /** An option of the same decision at least as good everywhere and better somewhere. */
  by: string;
}

const RANK = "ending rank";

/** The consequences a story declares: variables with `better`, and the ending rank. */
export function declaredConsequences(meta: VariablesMeta): Consequence[] {
  const list: Consequence[] = [];
  for (const [name, v] of Object.entries(meta.variables)) {
    if (!v.better || v.premise) continue;
    const span = v.values ? v.values.length - 1 : (v.max ?? 0) - (v.min ?? 0);
    const sign = v.better === "higher" || v.better === "last" ? 1 : -1;
    list.push({ name, sign, tolerance: Math.max(span, 1) * 0.005 });
  }
  const ranks = Object.values(meta.endings).flatMap((e) => (e.rank !== undefined ? [e.rank] : []));
  if (ranks.length > 0) {
    list.push({ name: RANK, sign: -1, tolerance: Math.max(Math.max(...ranks) - 1, 1) * 0.005 });
  }
  return list;
}

/** Mean consequences of every option of every decision in the graph. */
export function optionConsequences(
  graph: StateGraph,
  meta: VariablesMeta,
  consequences: readonly Consequence[],
): OptionConsequences[] {
  const names = consequences.map((c) => c.name);
  const n = graph.nodes.length;
  const below = new Float64Array(n);
  const sums = names.map(() => new Float64Array(n));
  const tally = names.map((name) => isTally(graph, name));
  const score = (node: GraphNode, k: number): number => leafScore(node, names[k] as string, meta);
  for (const id of graph.postorder) {
    const node = graph.nodes[id] as GraphNode;
    if (node.outcome) {
      below[id] = 1;
      names.forEach((_, k) => {
        (sums[k] as Float64Array)[id] = tally[k] ? 0 : score(node, k);
      });
    }
    for (const edge of node.edges) {
      if (edge.cycle || edge.target < 0) continue;
      const b = below[edge.target] ?? 0;
      below[id] = (below[id] ?? 0) + b;
      names.forEach((name, k) => {
        const s = sums[k] as Float64Array;
        const delta = tally[k] ? (edge.deltas?.[name] ?? 0) : 0;
        s[id] = (s[id] ?? 0) + (s[edge.target] ?? 0) + delta * b;
      });
    }
  }
  const into = new Float64Array(n);
  const prefix = names.map(() => new Float64Array(n));
  into[graph.root] = 1;
  for (let i = graph.postorder.length - 1; i >= 0; i--) {
    const id = graph.postorder[i] as number;
    const node = graph.nodes[id] as GraphNode;
    for (const edge of node.edges) {
      if (edge.cycle || edge.target < 0) continue;
      into[edge.target] = (into[edge.target] ?? 0) + (into[id] ?? 0);
      names.forEach((name, k) => {
        if (!tally[k]) return;
        const p = prefix[k] as Float64Array;
        const delta = edge.deltas?.[name] ?? 0;
        p[edge.target] = (p[edge.target] ?? 0) + (p[id] ?? 0) + delta * (into[id] ?? 0);
      });
    }
  }
  const totals = new Map<string, { paths: number; sums: number[] }>();
  for (const node of graph.nodes) {
    if (node.decision === undefined) continue;
    const i = into[node.id] ?? 0;
    for (const edge of node.edges) {
      if (edge.cycle || edge.target < 0) continue;
      const b = below[edge.target] ?? 0;
      const key = `${node.decision}\u0001${edge.option ?? `(${edge.text})`}`;
      const entry = totals.get(key) ?? { paths: 0, sums: names.map(() => 0) };
      entry.paths += i * b;
      names.forEach((name, k) => {
        const suffix = (sums[k] as Float64Array)[edge.target] ?? 0;
        let sum = i * suffix;
        if (tally[k]) {
          const delta = edge.deltas?.[name] ?? 0;
          sum += ((prefix[k] as Float64Array)[node.id] ?? 0) * b + i * delta * b;
        }
        entry.sums[k] = (entry.sums[k] ?? 0) + sum;
      });
      totals.set(key, entry);
    }
  }
  return [...totals].map(([key, entry]) => {
    const [decision, option] = key.split("\u0001") as [string, string];
    const means: Record<string, number> = {};
    names.forEach((name, k) => {
      if (entry.paths > 0) means[name] = (entry.sums[k] ?? 0) / entry.paths;
    });
    return { decision, option, paths: entry.paths, means };
  });
}

/** A tally is carried on edges; every other tracked variable sits on the leaves. */
function isTally(graph: StateGraph, name: string): boolean {
  if (name === RANK) return false;
  return !graph.nodes.some((node) => node.values && name in node.values);
}

function leafScore(node: GraphNode, name: string, meta: VariablesMeta): number {
  if (name === RANK) {
    const rank = node.outcome?.kind === "ending" ? meta.endings[node.outcome.id]?.rank : undefined;
    // Unranked endings and broken paths count as the worst rank.
    return rank ?? 1 + Math.max(0, ...Object.values(meta.endings).map((e) => e.rank ?? 0));
  }
  const value: VariableValue | undefined = node.values?.[name];
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const values = meta.variables[name]?.values ?? [];
  const at = values.indexOf(value as VariableValue);
  return Math.max(at, 0);
}

/** Options another option of the same decision dominates (see the file's comment). */
export function dominatedOptions(
  rows: readonly OptionConsequences[],
  consequences: readonly Consequence[],
): Domination[] {
  const found: Domination[] = [];
  if (consequences.length === 0) return found;
  for (const a of rows) {
    for (const b of rows) {
      if (a === b || a.decision !== b.decision) continue;
      let worse = false;
      let better = false;
      for (const c of consequences) {
        const x = a.means[c.name];
        const y = b.means[c.name];
        if (x === undefined || y === undefined) continue;
        const gain = (x - y) * c.sign;
        if (gain > c.tolerance) better = true;
        if (gain < -c.tolerance) worse = true;
      }
      if (worse && !better) {
        found.push({ decision: a.decision, option: a.option, by: b.option });
        break;
      }
    }
  }
  return found;
}
