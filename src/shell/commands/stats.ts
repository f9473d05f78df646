/**
 * `khasan stats RUN...`: merge many finished runs (files, or folders of them) of the campaign.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";

export interface StatsOptions {
  format: string;
}

export function registerStats(program: Command, context: CommandContext): void {
  program
    .command("stats")
    .description("merge many runs: who chose what, endings")
    .argument("<runs...>", "run files, or folders holding them")
    .option("--format <format>", "text, md or json", "text")
    .action(async (runs: string[], options: StatsOptions) => {
      const { writeStats } = await import("./stats-run.js");
      writeStats(runs, options, context);
    });
}
