/**
 * The graph one exhaustive walk builds over every premise set it starts from: one node per
 * distinct state, whichever set reached it first, one edge per choice. It keeps what each step
 * showed (tags, warnings, tally changes, knots entered) on the node or edge it belongs to, not
 * in the order the walk met it, so that the graph of any one set can be replayed from it
 * exactly as a walk of that set alone would have built it (set-graph.ts).
 */
import type { RangeViolation } from "../state/tracked";
import type { VariableValue } from "../story/session";
import type { Outcome } from "./graph";

export interface WalkEdge {
  index: number;
  text: string;
  option?: string;
  historical?: boolean;
  /** The choice is at a decision, its outcome has no `option:` tag and ran without errors. */
  missingOption?: boolean;
  target: number;
  deltas?: Record<string, number>;
  /** ink's warnings while taking the choice (non-empty only). */
  warnings?: string[];
  /** Outline names entered while taking the choice (with coverage). */
  entered?: string[];
}

/** A choice point ("state"), an end ("end"), a path stopped by an error or cut by a limit. */
export type WalkNodeKind = "state" | "end" | "error" | "cut";

export interface WalkNode {
  kind: WalkNodeKind;
  date?: string;
  decision?: string;
  role?: string;
  /** On ends: how paths end here. */
  outcome?: Outcome;
  /** On ends: tracked variables that are neither tallies nor merged premises. */
  values?: Record<string, VariableValue>;
  /** Range violations of those variables (merged premises are checked per set). */
  violations?: RangeViolation[];
  /** On error leaves: the errors (the step's warnings are on the edge that led here). */
  errors?: string[];
  /** On cut leaves: what cut the path. */
  cut?: string;
  edges: WalkEdge[];
}

/** Where one premise set's walk starts. */
export interface WalkRoot {
  premises: Readonly<Record<string, VariableValue>>;
  node: number;
  /** The tallies' values at the start. */
  start: number[];
  /** The merged premises' values in this set (tracked ones), for its leaves and range checks. */
  constants: Record<string, VariableValue>;
  warnings: string[];
  entered: string[];
}

export interface WalkGraph {
  nodes: WalkNode[];
  roots: WalkRoot[];
  /** Tracked variables kept in the state, in the metadata's order; and tracked tallies. */
  tracked: string[];
  tallies: string[];
  /** Premises left out of the key where dead, so that sets merge. */
  merged: string[];
  /** For each merged premise: the latest date of a state whose key still holds it. */
  lastLive: Record<string, string>;
  steps: number;
  truncated: boolean;
  /** Cut leaves, by depth or state limit. */
  cuts: number;
  outline: string[];
}
