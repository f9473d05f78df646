import { allPremiseSets } from "../../core/explore/premise-sets";
import type { ExploreSection } from "../../core/explore/report";
import type { ExploreTask } from "../../core/explore/task";
import { parsePremises } from "../../core/state/premises";
import type { VariableValue } from "../../core/story/session";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import type { Io } from "../io";
import { renderSections } from "../views/explore-view";
import { type PoolProgress, runExploreTasks } from "../workers/explore-pool";
import type { CommandContext } from "./index";
import { parseCount, parseFormat, parseSeed } from "./options";

export interface ExploreFlags {
  set?: string[];
  allPremises?: boolean;
  random?: string;
  seed?: string;
  maxDepth?: string;
  maxStates?: string;
  format: string;
}

export async function runExplore(
  file: string | undefined,
  flags: ExploreFlags,
  context: CommandContext,
): Promise<void> {
  const format = parseFormat(flags.format, ["table", "json", "md"] as const);
  const loaded = loadStoryFile(file, context.io.cwd);
  const sections = await exploreStory(loaded, flags, context);
  const title = loaded.story.meta.title ?? loaded.name;
  context.io.stdout.write(renderSections(sections, format, title));
}

export function exploreStory(
  loaded: LoadedStory,
  flags: ExploreFlags,
  { io }: CommandContext,
): Promise<ExploreSection[]> {
  const seed = flags.seed === undefined ? io.randomSeed() : parseSeed(flags.seed);
  const premiseSets: Record<string, VariableValue>[] = flags.allPremises
    ? allPremiseSets(loaded.meta)
    : [parsePremises(flags.set ?? [], loaded.meta)];
  const tasks: ExploreTask[] = premiseSets.map((premises) => ({
    seed,
    premises,
    meta: loaded.meta,
    maxDepth: depth(flags),
    maxStates: parseCount(flags.maxStates ?? "2000000", "--max-states"),
    ...(flags.random !== undefined ? { walks: parseCount(flags.random, "--random") } : {}),
  }));
  return exploreWithProgress(loaded, tasks, io);
}

/** Explores every task, with a progress line on stderr when it is a terminal. */
export async function exploreWithProgress(
  loaded: LoadedStory,
  tasks: readonly ExploreTask[],
  io: Io,
): Promise<ExploreSection[]> {
  const progress: PoolProgress | undefined = io.isTTY
    ? (finished, total, detail) =>
        io.stderr.write(`\rexplore ${finished}/${total}${detail ? `: ${detail}` : ""}\u001b[K`)
    : undefined;
  const sections = await runExploreTasks(loaded.story, tasks, progress);
  if (progress) io.stderr.write("\r\u001b[K");
  return sections;
}

function depth(flags: ExploreFlags): number {
  return parseCount(flags.maxDepth ?? "1000", "--max-depth");
}
