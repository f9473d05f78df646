/**
 * One unit of exploration: a story under one premise set, every path or N seeded walks. Plain
 * data, so a task can be handed to a worker thread and its section sent back.
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { ClaimObserver } from "./claims";
import { declaredConsequences, optionConsequences } from "./consequences";
import { exploreExhaustively } from "./exhaustive";
import { reportExhaustive } from "./exhaustive-report";
import { walkRandomly } from "./random-walks";
import type { ExploreSection } from "./report";

export interface ExploreTask {
  seed: number;
  premises: Record<string, VariableValue>;
  meta: VariablesMeta;
  /** N seeded random walks; every path when absent. */
  walks?: number;
  maxDepth?: number;
  maxStates?: number;
  /** Also work out each option's mean consequences (exhaustive only; `npm run story:report`). */
  consequences?: boolean;
}

/** Progress within one task: states and choices so far (exhaustive), or walks done. */
export type TaskProgress = (done: number, steps?: number) => void;

export function runExploreTask(
  story: CompiledStory,
  task: ExploreTask,
  onProgress?: TaskProgress,
): ExploreSection {
  const { seed, premises, meta } = task;
  const context = { seed, premises, meta };
  const limits = {
    ...(task.maxDepth !== undefined ? { maxDepth: task.maxDepth } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
  if (task.walks !== undefined) {
    return walkRandomly(story, { seed, walks: task.walks, premises, ...limits }, context);
  }
  const claims = new ClaimObserver();
  const graph = exploreExhaustively(story, {
    seed,
    premises,
    meta,
    observer: claims,
    ...limits,
    ...(task.maxStates !== undefined ? { maxStates: task.maxStates } : {}),
  });
  // The claims' problems join the graph's before the report reads them.
  const summary = claims.finish(graph);
  const section: ExploreSection = { ...reportExhaustive(graph, context), claims: summary };
  if (task.consequences) {
    section.consequences = optionConsequences(graph, meta, declaredConsequences(meta));
  }
  return section;
}
