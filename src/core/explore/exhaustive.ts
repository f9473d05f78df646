/**
 * Exhaustive exploration: every path of a story, under one premise set or several at once.
 * The walk (merged-walk.ts) builds one graph of distinct states over every set it starts from,
 * merging the worlds of different sets where a premise can no longer be read; each set's own
 * graph is then replayed from it (set-graph.ts), the same graph a walk of that set alone
 * builds, so counts, shares, ranges, paths and problems stay exact per set. Paths are never
 * stored; they are counted over these graphs (path-counts.ts).
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { ClaimRecorder } from "./claim-recorder";
import type { ClaimSummary } from "./claims";
import type { StateGraph } from "./graph";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STATES } from "./limits";
import { type WalkProgress, walkPremiseSets } from "./merged-walk";
import { replaySet } from "./set-graph";
import type { WalkGraph } from "./walk-graph";

export type { WalkProgress } from "./merged-walk";

export interface ExhaustiveOptions {
  /** ink's storySeed. Every outcome of each RANDOM is explored; shuffles follow this seed. */
  seed: number;
  premises?: Readonly<Record<string, VariableValue>>;
  /** Tracked variables: checked against their ranges at every choice point and end. */
  meta?: VariablesMeta;
  /** Choices after which a path is cut (default 1000). */
  maxDepth?: number;
  /** Distinct states of one premise set after which the walk stops (default 2,000,000). */
  maxStates?: number;
  /** Merge equal states (default true); off only to check the counts by brute force. */
  dedup?: boolean;
  /** Save the ink state to JSON and load it back after every choice (test mode). */
  reloadEachStep?: boolean;
  onProgress?: (progress: WalkProgress) => void;
}

/** Explores every path of `story` under one premise set and returns its graph of states. */
export function exploreExhaustively(story: CompiledStory, options: ExhaustiveOptions): StateGraph {
  const sets = [options.premises ?? {}];
  const walk = walkPremiseSets(story, { ...walkOptions(options), sets });
  // With one root the replay follows the walk's own order, so no limit can cut it differently.
  return replaySet(walk, 0, replayLimits(options)) as StateGraph;
}

/** One premise set's graph, and its claims when they were checked. */
export interface ExploredSet {
  graph: StateGraph;
  claims?: ClaimSummary;
}

/** Every set's graph from one shared walk, and how far the sets merged. */
export interface SetsExploration {
  /** Distinct states of the shared walk. */
  states: number;
  /** Choices the shared walk took (ink steps). */
  steps: number;
  /** Premises the walk merged the sets over, with the latest date each is still read. */
  merged: string[];
  lastLive: Record<string, string>;
  /** Set `i`'s graph, as a walk of that set alone builds it (built on demand). */
  graphOf(i: number): StateGraph;
  /** Set `i`'s graph with its claims checked (with the `claims` option), built on demand. */
  setOf(i: number): ExploredSet;
}

export interface SetsOptions extends Omit<ExhaustiveOptions, "premises"> {
  /** Merge the worlds of different sets where a premise is dead (default true). */
  mergePremises?: boolean;
  /** Premises to watch for the last date each is read, even in a walk of one set. */
  watch?: string[];
  /** Check claim: tags and decision variables over the walk, per set (claim-recorder.ts). */
  claims?: boolean;
}

/**
 * Explores every path under each premise set in `sets` with one shared walk. Where a limit
 * would cut a set's own walk differently, that set is walked alone, so the counts never change.
 */
export function exploreSets(
  story: CompiledStory,
  sets: readonly Readonly<Record<string, VariableValue>>[],
  options: SetsOptions,
): SetsExploration {
  const maxStates = (options.maxStates ?? DEFAULT_MAX_STATES) * Math.max(1, sets.length);
  const recorder = options.claims ? new ClaimRecorder() : undefined;
  const walk: WalkGraph = walkPremiseSets(story, {
    ...walkOptions(options),
    maxStates,
    sets,
    ...(options.mergePremises !== undefined ? { mergePremises: options.mergePremises } : {}),
    ...(options.watch ? { watch: options.watch } : {}),
    ...(recorder ? { observer: recorder } : {}),
  });
  const alone = (i: number) => exploreSets(story, [sets[i] ?? {}], options).setOf(0);
  const setOf = (i: number): ExploredSet => {
    if (walk.cuts > 0 && sets.length > 1) return alone(i);
    const trace: number[] | undefined = recorder ? [] : undefined;
    const graph = replaySet(walk, i, replayLimits(options), trace);
    if (!graph) {
      // With one root the replay follows the walk's own order: no limit cuts it differently.
      if (sets.length === 1) throw new Error("the replay of a single set's walk was cut");
      return alone(i);
    }
    if (!recorder || !trace) return { graph };
    return { graph, claims: recorder.finishSet(i, trace, graph) };
  };
  return {
    states: walk.nodeCount,
    steps: walk.steps,
    merged: walk.merged,
    lastLive: walk.lastLive,
    graphOf: (i) => setOf(i).graph,
    setOf,
  };
}

function walkOptions(options: Omit<ExhaustiveOptions, "premises">) {
  return {
    seed: options.seed,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    ...(options.meta ? { meta: options.meta } : {}),
    ...(options.dedup !== undefined ? { dedup: options.dedup } : {}),
    ...(options.reloadEachStep ? { reloadEachStep: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

function replayLimits(options: Omit<ExhaustiveOptions, "premises">) {
  return {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    ...(options.meta ? { meta: options.meta } : {}),
  };
}
