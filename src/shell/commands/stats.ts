/**
 * `khasan stats RUN...`: merge many finished runs (files, or folders of them) of the campaign:
 * lessons by default, solo games with --solo. Exit 1 when no run could be merged.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";

export interface StatsOptions {
  format: string;
  solo?: boolean;
}

export function registerStats(program: Command, context: CommandContext): void {
  program
    .command("stats")
    .description("merge many runs: who chose what, endings")
    .argument("<runs...>", "run files, or folders holding them")
    .option("--format <format>", "text, md, json or html", "text")
    .option("--solo", "count solo games instead of classroom lessons")
    .action(async (runs: string[], options: StatsOptions) => {
      const { writeStats } = await import("./stats-run.js");
      writeStats(runs, options, context);
    });
}
