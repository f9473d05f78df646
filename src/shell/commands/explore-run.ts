import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STATES } from "../../core/explore/limits";
import { comparePremises } from "../../core/explore/premise-comparison";
import { allPremiseSets, splitSets } from "../../core/explore/premise-sets";
import type { ExploreSection } from "../../core/explore/report";
import type { ExploreSetsTask, MergeStats } from "../../core/explore/task";
import { parsePremises } from "../../core/state/premises";
import type { VariableValue } from "../../core/story/session";
import { premisesByReach } from "../../core/story/walker";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import { progressLine } from "../interactive/explore-progress";
import type { Io } from "../io";
import { renderSections } from "../views/explore-view";
import { createStyle } from "../views/style";
import { runExploreTasks, workerCount } from "../workers/explore-pool";
import type { EXPLORE_FORMATS } from "./explore";
import type { CommandContext } from "./index";
import { parseCount, parseSeed } from "./options";

export interface ExploreFlags {
  set?: string[];
  allPremises?: boolean;
  random?: string;
  seed?: string;
  maxDepth?: string;
  maxStates?: string;
  format: (typeof EXPLORE_FORMATS)[number];
}

export async function runExplore(
  file: string | undefined,
  flags: ExploreFlags,
  context: CommandContext,
): Promise<void> {
  const loaded = loadStoryFile(file, context.io.cwd);
  const { sections, merge } = await exploreStory(loaded, flags, context);
  const title = loaded.story.meta.title ?? loaded.name;
  const comparison = flags.allPremises
    ? comparePremises(sections, loaded.meta, lastReads(merge ?? []))
    : [];
  const { width } = createStyle(context.io);
  context.io.stdout.write(renderSections(sections, flags.format, title, comparison, width));
}

/** What an exploration gives: one section per premise set, and how far the sets merged. */
export interface Explored {
  sections: ExploreSection[];
  merge?: MergeStats[];
}

export function exploreStory(
  loaded: LoadedStory,
  flags: ExploreFlags,
  { io }: CommandContext,
): Promise<Explored> {
  const seed = flags.seed === undefined ? io.randomSeed() : parseSeed(flags.seed);
  const sets: Record<string, VariableValue>[] = flags.allPremises
    ? allPremiseSets(loaded.meta)
    : [parsePremises(flags.set ?? [], loaded.meta)];
  const limits = {
    maxDepth:
      flags.maxDepth === undefined ? DEFAULT_MAX_DEPTH : parseCount(flags.maxDepth, "--max-depth"),
    maxStates:
      flags.maxStates === undefined
        ? DEFAULT_MAX_STATES
        : parseCount(flags.maxStates, "--max-states"),
  };
  const walks = flags.random !== undefined ? parseCount(flags.random, "--random") : undefined;
  const base = { seed, meta: loaded.meta, ...limits, ...(walks !== undefined ? { walks } : {}) };
  return exploreSets(loaded, sets, base, io);
}

/**
 * Explores every premise set, with a progress line on stderr when it is a terminal. Every path
 * of several sets is one shared walk per thread, the sets split between threads by the premise
 * that stays readable longest; random walks are one task per set.
 */
export async function exploreSets(
  loaded: LoadedStory,
  sets: readonly Record<string, VariableValue>[],
  base: Omit<ExploreSetsTask, "sets">,
  io: Io,
): Promise<Explored> {
  const groups =
    base.walks !== undefined
      ? sets.map((_, i) => [i])
      : splitSets(sets, workerCount(sets.length), premisesByReach(loaded.story, premiseKeys(sets)));
  const tasks = groups.map((group) => ({ ...base, sets: group.map((i) => sets[i] ?? {}) }));
  const progress = progressLine(io.stderr, io.now, tasks.length);
  const results = await runExploreTasks(loaded.story, tasks, progress?.onProgress);
  progress?.done();
  const sections: ExploreSection[] = new Array(sets.length);
  groups.forEach((group, g) => {
    group.forEach((i, k) => {
      sections[i] = results[g]?.sections[k] as ExploreSection;
    });
  });
  const merge = results.flatMap((result) => (result.merge ? [result.merge] : []));
  return { sections, ...(merge.length > 0 ? { merge } : {}) };
}

function premiseKeys(sets: readonly Record<string, VariableValue>[]): string[] {
  return [...new Set(sets.flatMap((set) => Object.keys(set)))];
}

/** The latest date each premise is still read, over every thread's walk. */
function lastReads(merge: readonly MergeStats[]): Record<string, string> {
  const last: Record<string, string> = {};
  for (const stats of merge) {
    for (const [name, date] of Object.entries(stats.lastLive)) {
      if (!(last[name] && last[name] >= date)) last[name] = date;
    }
  }
  return last;
}
