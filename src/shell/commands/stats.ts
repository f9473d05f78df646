/**
 * `khasan stats RUN...`: merge many finished runs (files, or folders of them) of the campaign:
 * lessons by default, solo games with --solo. Exit 1 when no run could be merged.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { formatOption } from "./options";

/** The formats `stats` writes; the first is the default. */
export const STATS_FORMATS = ["text", "md", "json", "html"] as const;

export interface StatsOptions {
  format: (typeof STATS_FORMATS)[number];
  solo?: boolean;
}

export function registerStats(program: Command, context: CommandContext): void {
  program
    .command("stats")
    .description("merge many runs: who chose what, endings")
    .argument("<runs...>", "run files, or folders holding them")
    .addOption(formatOption(STATS_FORMATS))
    .option("--solo", "count solo games instead of classroom lessons")
    .action(async (runs: string[], options: StatsOptions) => {
      const { writeStats } = await import("./stats-run.js");
      writeStats(runs, options, context);
    });
}
