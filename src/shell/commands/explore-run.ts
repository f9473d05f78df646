import { exploreExhaustively } from "../../core/explore/exhaustive";
import { reportExhaustive } from "../../core/explore/exhaustive-report";
import { allPremiseSets } from "../../core/explore/premise-sets";
import { walkRandomly } from "../../core/explore/random-walks";
import type { ExploreSection } from "../../core/explore/report";
import { parsePremises } from "../../core/state/premises";
import type { VariableValue } from "../../core/story/session";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import { renderSections } from "../terminal/explore-view";
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

export function runExplore(
  file: string | undefined,
  flags: ExploreFlags,
  context: CommandContext,
): void {
  const format = parseFormat(flags.format, ["table", "json", "md"] as const);
  const loaded = loadStoryFile(file, context.io.cwd);
  const sections = exploreStory(loaded, flags, context);
  const title = loaded.story.meta.title ?? loaded.name;
  context.io.stdout.write(renderSections(sections, format, title));
}

export function exploreStory(
  loaded: LoadedStory,
  flags: ExploreFlags,
  { io }: CommandContext,
): ExploreSection[] {
  const seed = flags.seed === undefined ? io.randomSeed() : parseSeed(flags.seed);
  const premiseSets: Record<string, VariableValue>[] = flags.allPremises
    ? allPremiseSets(loaded.meta)
    : [parsePremises(flags.set ?? [], loaded.meta)];
  const progress = io.isTTY ? (text: string) => io.stderr.write(`\r${text}\u001b[K`) : undefined;
  const sections = premiseSets.map((premises, i) => {
    const label = `${i + 1}/${premiseSets.length}`;
    const context = { seed, premises, meta: loaded.meta };
    if (flags.random !== undefined) {
      const walks = parseCount(flags.random, "--random");
      const onProgress = progress && ((n: number) => progress(`explore ${label}: ${n} walks`));
      return walkRandomly(
        loaded.story,
        { seed, walks, premises, maxDepth: depth(flags), ...(onProgress ? { onProgress } : {}) },
        context,
      );
    }
    const onProgress =
      progress &&
      ((n: number, steps: number) => progress(`explore ${label}: ${n} states, ${steps} choices`));
    const graph = exploreExhaustively(loaded.story, {
      seed,
      premises,
      meta: loaded.meta,
      maxDepth: depth(flags),
      maxStates: parseCount(flags.maxStates ?? "2000000", "--max-states"),
      ...(onProgress ? { onProgress } : {}),
    });
    return reportExhaustive(graph, context);
  });
  if (progress) io.stderr.write("\r\u001b[K");
  return sections;
}

function depth(flags: ExploreFlags): number {
  return parseCount(flags.maxDepth ?? "1000", "--max-depth");
}
