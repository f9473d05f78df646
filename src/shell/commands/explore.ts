/**
 * `khasan explore [story]`: every path and ending of a story, or N seeded random walks, under
 * the premises given (or every combination), as a table, Markdown or JSON. The implementation
 * is explore-run.ts, loaded when the command runs.
 */
import type { Command } from "commander";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STATES } from "../../core/explore/limits";
import type { ExploreFlags } from "./explore-run";
import type { CommandContext } from "./index";
import { collect, formatOption } from "./options";

/** The formats `explore` writes; the first is the default. */
export const EXPLORE_FORMATS = ["table", "json", "md"] as const;

export function registerExplore(program: Command, context: CommandContext): void {
  program
    .command("explore")
    .description(
      "enumerate every path: endings, variable ranges, shortest paths, decisions that matter",
    )
    .argument("[story]", "an .ink or compiled .json story (default: the campaign)")
    .option("--set <name=value>", "set a premise (repeatable)", collect)
    .option("--all-premises", "one section per combination of premises")
    .option("--random <N>", "N seeded random walks instead of every path")
    .option("--seed <S>", "seed for the walks and shuffles (random and printed if not given)")
    .option("--max-depth <D>", "cut paths after D choices", String(DEFAULT_MAX_DEPTH))
    .option("--max-states <N>", "stop after N distinct states", String(DEFAULT_MAX_STATES))
    .addOption(formatOption(EXPLORE_FORMATS))
    .action(async (file: string | undefined, flags: ExploreFlags) => {
      const { runExplore } = await import("./explore-run.js");
      await runExplore(file, flags, context);
    });
}
