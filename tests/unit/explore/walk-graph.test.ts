/**
 * The walk graph keeps states and edges in integer columns (walk-graph.ts): what is stored in
 * the order a depth-first walk stores it (a node's edges numbered before its children's, set
 * after them) must read back as stored, past the columns' first growth.
 */
import { expect, test } from "vitest";
import type { EdgeDetails, NodeDetails, WalkNodeKind } from "../../../src/core/explore/walk-graph";
import { WalkGraph } from "../../../src/core/explore/walk-graph";

interface ModelEdge extends EdgeDetails {
  text: string;
  target: number;
}

interface ModelNode {
  kind: WalkNodeKind;
  date?: string;
  decision?: string;
  role?: string;
  details: NodeDetails;
  edges: ModelEdge[];
}

test("a graph built depth first reads back as it was stored", () => {
  const graph = new WalkGraph(["trust"], ["dead"], ["fog"], ["day1"]);
  const model: ModelNode[] = [];
  let counter = 0;
  const build = (depth: number): number => {
    const n = counter++;
    const leaf = depth >= 7 || n % 5 === 4;
    const kind: WalkNodeKind = leaf
      ? ((["end", "error", "cut"] as const)[n % 3] ?? "end")
      : "state";
    const date = n % 4 === 0 ? undefined : `1938-08-0${n % 9}`;
    const id = graph.addNode(kind, date);
    const node: ModelNode = { kind, details: {}, edges: [] };
    if (date !== undefined) node.date = date;
    model[id] = node;
    if (kind === "end") node.details = { outcome: { kind: "ending", id: `e${n % 3}` } };
    if (kind === "error") node.details = { errors: [`error ${n}`] };
    if (kind === "cut") node.details = { cut: "depth 7" };
    if (n % 7 === 1)
      node.details = { violations: [{ name: "trust", value: 200, expected: "0 to 100" }] };
    if (Object.keys(node.details).length > 0) graph.setDetails(id, node.details);
    if (leaf) return id;
    if (n % 3 === 0) {
      node.decision = `d${n % 11}`;
      if (n % 2 === 0) node.role = "commander";
      graph.setDecision(id, node.decision, node.role);
    }
    const count = 1 + (n % 3);
    const first = graph.addEdges(id, count);
    for (let i = 0; i < count; i++) {
      const edge: ModelEdge = { text: `choice ${i} of ${n}`, target: -1 };
      if (node.decision !== undefined) {
        if (i === 0) edge.missingOption = true;
        else edge.option = `o${i}`;
        if (i === 1) edge.historical = true;
      }
      if ((n + i) % 2 === 0) edge.deltas = { dead: (n % 4) + 1 };
      if ((n + i) % 5 === 0) edge.warnings = [`warning ${n % 2}`];
      if ((n + i) % 3 === 0) edge.entered = ["day1", `k${n % 3}`];
      node.edges.push(edge);
      // A child's nodes and edges are numbered before this edge is stored.
      edge.target = i === 2 ? id : build(depth + 1);
      const { text, target, ...details } = edge;
      graph.setEdge(first + i, text, details);
      graph.setTarget(first + i, target);
    }
    return id;
  };
  while (counter < 3000) build(0);

  expect(graph.nodeCount).toBe(model.length);
  const read = model.map((_, id) => {
    const node: ModelNode = { kind: graph.kindOf(id), details: graph.detailsOf(id), edges: [] };
    const date = graph.dateOf(id);
    const decision = graph.decisionOf(id);
    const role = graph.roleOf(id);
    if (date !== undefined) node.date = date;
    if (decision !== undefined) node.decision = decision;
    if (role !== undefined) node.role = role;
    const first = graph.firstEdge(id);
    for (let at = first; at < first + graph.edgeCount(id); at++) {
      const edge: ModelEdge = { text: graph.edgeText(at), target: graph.edgeTarget(at) };
      const option = graph.edgeOption(at);
      const deltas = graph.edgeDeltas(at);
      const warnings = graph.edgeWarnings(at);
      const entered = graph.edgeEntered(at);
      if (option !== undefined) edge.option = option;
      if (graph.isHistorical(at)) edge.historical = true;
      if (graph.isMissingOption(at)) edge.missingOption = true;
      if (deltas) edge.deltas = deltas;
      if (warnings) edge.warnings = [...warnings];
      if (entered) edge.entered = [...entered];
      node.edges.push(edge);
    }
    return node;
  });
  expect(read).toEqual(model);
});
