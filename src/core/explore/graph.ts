/**
 * The state graph an exhaustive exploration builds: one node per distinct state (deduplicated
 * by the walker's state key plus the runner's date and decision), one edge per choice. Paths
 * are never stored; they are counted over this graph (path-counts.ts), which is why the number
 * of paths can be astronomically large while the work grows only with the number of states.
 */
import type { VariableValue } from "../story/session";

/** How a path ends: an `ending:` id, or one of the ways a path can fail to end properly. */
export type OutcomeKind = "ending" | "untagged" | "error" | "cut";

export interface Outcome {
  kind: OutcomeKind;
  /** The ending id for kind "ending"; a fixed label otherwise. */
  id: string;
}

export interface GraphEdge {
  /** 0-based choice index. */
  index: number;
  text: string;
  /** The `option:` tag on the first line of the outcome, at a decision. */
  option?: string;
  historical?: boolean;
  target: number;
  /** True when the edge returns to a state still on the path: a loop that never ends. */
  cycle?: boolean;
  /** How much each tracked tally changed along this choice (non-zero changes only). */
  deltas?: Record<string, number>;
}

export interface GraphNode {
  id: number;
  /** The in-story date in force (latest `date:` tag). */
  date?: string;
  decision?: string;
  role?: string;
  /** Set on leaves: how the paths that reach this node end. */
  outcome?: Outcome;
  /** Tracked variables, kept on leaves only (ranges per ending); tallies are in `ranges`. */
  values?: Record<string, VariableValue>;
  /** Tracked tallies on leaves: lowest and highest over every path that reaches the leaf. */
  ranges?: Record<string, [number, number]>;
  edges: GraphEdge[];
  /** The edge this node was first reached by, to print a path that reproduces it. */
  parent?: { node: number; edge: number };
}

/** Something wrong found while exploring, attached to the node where it shows. */
export interface GraphProblem {
  kind:
    | "error"
    | "warning"
    | "cycle"
    | "range"
    | "untagged"
    | "cut"
    | "option"
    | "claim"
    | "decision-variable";
  message: string;
  node: number;
  /** The choice taken at `node` that shows the problem, if it is on an edge. */
  edge?: number;
  /** The choices that show it, when the path by which `node` was first reached does not. */
  route?: { node: number; edge: number }[];
}

export interface StateGraph {
  nodes: GraphNode[];
  root: number;
  /** Node ids, children before parents (cycle edges aside). */
  postorder: number[];
  problems: GraphProblem[];
  /** Choices taken in the walk (ink steps), for throughput. */
  steps: number;
  /** True when the state limit stopped the walk; counts are then a lower bound. */
  truncated: boolean;
  /** Outline names (knots, stitches) and those entered, when coverage was tracked. */
  outline: string[];
  entered: string[];
}
