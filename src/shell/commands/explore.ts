/**
 * `khasan explore [story]`: every path and ending of a story, or N seeded random walks, under
 * the premises given (or every combination), as a table, Markdown or JSON. A progress line goes
 * to stderr only when it is a terminal.
 */
import type { Command } from "commander";
import { UsageError } from "../../core/errors";
import { exploreExhaustively } from "../../core/explore/exhaustive";
import { reportExhaustive } from "../../core/explore/exhaustive-report";
import { allPremiseSets } from "../../core/explore/premise-sets";
import { walkRandomly } from "../../core/explore/random-walks";
import type { ExploreSection } from "../../core/explore/report";
import { isValidSeed } from "../../core/random/seed";
import { parsePremises } from "../../core/state/premises";
import type { VariableValue } from "../../core/story/session";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import { type ExploreFormat, renderSections } from "../terminal/explore-view";
import type { CommandContext } from "./index";

interface ExploreFlags {
  set: string[];
  allPremises?: boolean;
  random?: string;
  seed?: string;
  maxDepth?: string;
  maxStates?: string;
  format: string;
}

export function registerExplore(program: Command, context: CommandContext): void {
  program
    .command("explore")
    .description(
      "enumerate every path: endings, variable ranges, shortest paths, decisions that matter",
    )
    .argument("[story]", "an .ink or compiled .json story (default: the campaign)")
    .option("--set <name=value>", "set a premise (repeatable)", collect, [])
    .option("--all-premises", "one section per combination of premises")
    .option("--random <N>", "N seeded random walks instead of every path")
    .option("--seed <S>", "seed for ink's RANDOM and the walks (random and printed if not given)")
    .option("--max-depth <D>", "cut paths after D choices", "1000")
    .option("--max-states <N>", "stop after N distinct states", "2000000")
    .option("--format <format>", "table, json or md", "table")
    .action((file: string | undefined, flags: ExploreFlags) => {
      const loaded = loadStoryFile(file, context.io.cwd);
      const sections = exploreStory(loaded, flags, context);
      const title = loaded.story.meta.title ?? loaded.name;
      context.io.stdout.write(renderSections(sections, parseFormat(flags.format), title));
    });
}

export function exploreStory(
  loaded: LoadedStory,
  flags: ExploreFlags,
  { io }: CommandContext,
): ExploreSection[] {
  const seed = flags.seed === undefined ? io.randomSeed() : parseCount(flags.seed, "--seed");
  if (!isValidSeed(seed))
    throw new UsageError(`--seed ${seed} is out of range: use 0 to 2147483646`);
  const premiseSets: Record<string, VariableValue>[] = flags.allPremises
    ? allPremiseSets(loaded.meta)
    : [parsePremises(flags.set, loaded.meta)];
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

function parseFormat(text: string): ExploreFormat {
  if (text === "table" || text === "json" || text === "md") return text;
  throw new UsageError(`--format "${text}" is not a format: use table, json or md`);
}

function parseCount(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} "${text}" is not a whole number`);
  return Number(text);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
