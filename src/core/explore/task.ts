/**
 * One unit of exploration: a story under one or more premise sets, every path or N seeded
 * walks per set. Plain data, so a task can be handed to a worker thread and its sections sent
 * back. Several sets in one exhaustive task share one walk (exhaustive.ts).
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { exploreSets, type WalkProgress } from "./exhaustive";
import { reportExhaustive } from "./exhaustive-report";
import { walkRandomly } from "./random-walks";
import type { ExploreSection } from "./report";

export interface ExploreTask {
  seed: number;
  /** The premise sets, explored together. */
  sets: Record<string, VariableValue>[];
  meta: VariablesMeta;
  /** N seeded random walks per set; every path when absent. */
  walks?: number;
  maxDepth?: number;
  maxStates?: number;
}

/** How far the sets merged in a task's shared walk. */
export interface MergeStats {
  /** Distinct states of the shared walk, and the sum of each set's own. */
  states: number;
  unmerged: number;
  /** Choices the shared walk took, and the sum of each set's own. */
  steps: number;
  unmergedSteps: number;
  /** The latest date at which a state still reads each merged premise. */
  lastLive: Record<string, string>;
}

export interface TaskResult {
  sections: ExploreSection[];
  merge?: MergeStats;
}

/** Progress within one task: a walk's progress (exhaustive) or random walks done. */
export type TaskProgress = (progress: WalkProgress | { walks: number }) => void;

export function runExploreTask(
  story: CompiledStory,
  task: ExploreTask,
  onProgress?: TaskProgress,
): TaskResult {
  const { seed, meta } = task;
  if (task.walks !== undefined) {
    const walks = task.walks;
    const sections = task.sets.map((premises) =>
      walkRandomly(
        story,
        {
          seed,
          walks,
          premises,
          ...(task.maxDepth !== undefined ? { maxDepth: task.maxDepth } : {}),
          ...(onProgress ? { onProgress: (done: number) => onProgress({ walks: done }) } : {}),
        },
        { seed, premises, meta },
      ),
    );
    return { sections };
  }
  const explored = exploreSets(story, task.sets, {
    seed,
    meta,
    ...(task.maxDepth !== undefined ? { maxDepth: task.maxDepth } : {}),
    ...(task.maxStates !== undefined ? { maxStates: task.maxStates } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const merge: MergeStats = {
    states: explored.states,
    unmerged: 0,
    steps: explored.steps,
    unmergedSteps: 0,
    lastLive: explored.lastLive,
  };
  const sections = task.sets.map((premises, i) => {
    const graph = explored.graphOf(i);
    merge.unmerged += graph.nodes.length;
    merge.unmergedSteps += graph.steps;
    return reportExhaustive(graph, { seed, premises, meta });
  });
  return { sections, merge };
}
