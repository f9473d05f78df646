/**
 * `khasan history [--format text|md|json]`: the historical record beside the story, as a
 * briefing for the terminal, Markdown for print, or JSON with each figure's ranges worked out.
 * The implementation (history-run.ts) loads only when the command runs.
 */
import type { Command } from "commander";
import type { HistoryOptions } from "./history-run";
import type { CommandContext } from "./index";
import { formatOption } from "./options";

/** The formats `history` writes; the first is the default. */
export const HISTORY_FORMATS = ["text", "md", "json"] as const;

export function registerHistory(program: Command, context: CommandContext): void {
  program
    .command("history")
    .description("the historical record: timeline, figures with every source, people and fates")
    .addOption(formatOption(HISTORY_FORMATS))
    .option("--sources", "only the sources, numbered, with their grades")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action(async (options: HistoryOptions) => {
      const { runHistory } = await import("./history-run.js");
      runHistory(options, context);
    });
}
