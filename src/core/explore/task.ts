/**
 * One unit of exploration: a story under one or more premise sets, every path or N seeded
 * walks per set. Plain data, so a task can be handed to a worker thread and its sections sent
 * back. Several sets in one exhaustive task share one walk (exhaustive.ts), claims checked
 * over it per set (claim-recorder.ts).
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { declaredConsequences, optionConsequences } from "./consequences";
import { exploreSets, type SetsExploration, type WalkProgress } from "./exhaustive";
import { reportExhaustive } from "./exhaustive-report";
import { walkRandomly } from "./random-walks";
import type { ExploreSection } from "./report";

/** One premise set: a task as the claims and story-report tests give it. */
export type ExploreTask = Omit<ExploreSetsTask, "sets"> & {
  premises: Record<string, VariableValue>;
};

export interface ExploreSetsTask {
  seed: number;
  /** The premise sets, explored together. */
  sets: Record<string, VariableValue>[];
  meta: VariablesMeta;
  /** N seeded random walks per set; every path when absent. */
  walks?: number;
  maxDepth?: number;
  maxStates?: number;
  /**
   * Also work out each option's mean consequences (exhaustive only; `npm run story:report`):
   * under every set (true) or under the sets at these indices of `sets`.
   */
  consequences?: boolean | readonly number[];
  /** Check claim: tags and decision variables (default true). */
  claims?: boolean;
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

/** Explores one premise set and returns its section. */
export function runExploreTask(
  story: CompiledStory,
  task: ExploreTask,
  onProgress?: TaskProgress,
): ExploreSection {
  const { premises, ...rest } = task;
  return runExploreSets(story, { ...rest, sets: [premises] }, onProgress)
    .sections[0] as ExploreSection;
}

/** Explores every set of `task`: one section per set, and how far the sets merged. */
export function runExploreSets(
  story: CompiledStory,
  task: ExploreSetsTask,
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
  const limits = {
    seed,
    meta,
    ...(task.maxDepth !== undefined ? { maxDepth: task.maxDepth } : {}),
    ...(task.maxStates !== undefined ? { maxStates: task.maxStates } : {}),
  };
  const merge: MergeStats = { states: 0, unmerged: 0, steps: 0, unmergedSteps: 0, lastLive: {} };
  const claims = task.claims !== false;
  const explored = exploreSets(story, task.sets, {
    ...limits,
    claims,
    watch: [...new Set(task.sets.flatMap((set) => Object.keys(set)))],
    ...(onProgress ? { onProgress } : {}),
  });
  addWalk(merge, explored);
  const sections = task.sets.map((premises, i) => {
    // The claims' problems are in the graph before the report reads them.
    const { graph, claims: summary } = explored.setOf(i);
    merge.unmerged += graph.nodes.length;
    merge.unmergedSteps += graph.steps;
    const section = reportExhaustive(graph, { seed, premises, meta });
    const consequences = task.consequences;
    if (consequences === true || (Array.isArray(consequences) && consequences.includes(i))) {
      section.consequences = optionConsequences(graph, meta, declaredConsequences(meta));
    }
    return summary ? { ...section, claims: summary } : section;
  });
  return { sections, merge };
}

function addWalk(merge: MergeStats, explored: SetsExploration): void {
  merge.states += explored.states;
  merge.steps += explored.steps;
  for (const [name, date] of Object.entries(explored.lastLive)) {
    const last = merge.lastLive[name];
    if (!(last && last >= date)) merge.lastLive[name] = date;
  }
}
