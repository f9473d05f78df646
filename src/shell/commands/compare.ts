/**
 * `khasan compare A --history` (a run against the record, at its end or mid-game by date) and
 * `khasan compare A B` (two runs side by side). A and B are saves: a file path (with / or ending
 * .json), or the name of a save in the data directory. The implementation is compare-run.ts.
 */
import type { Command } from "commander";
import type { CompareOptions } from "./compare-run";
import type { CommandContext } from "./index";
import { formatOption } from "./options";

/** The formats `compare` writes; the first is the default. */
export const COMPARE_FORMATS = ["table", "md", "json"] as const;

export function registerCompare(program: Command, context: CommandContext): void {
  program
    .command("compare")
    .description("compare two runs, or a run with the historical record (--history)")
    .argument("<A>", "a save: a file path or a save name")
    .argument("[B]", "a second save to set beside A")
    .option("--history", "compare A with the historical record")
    .addOption(formatOption(COMPARE_FORMATS))
    .option("--story <file>", "the story the saves were made with (default: the campaign)")
    .option("--data-dir <dir>", "where saves are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--replay", "replay a save made by another story build from its choices")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action(async (a: string, b: string | undefined, options: CompareOptions) => {
      const { runCompare } = await import("./compare-run.js");
      runCompare(a, b, options, context);
    });
}
