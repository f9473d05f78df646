/**
 * `khasan play [story]` and `khasan continue [story]`: their options. The player itself is
 * loaded only when a game starts (play-run.ts), so other commands and --help start fast.
 */
import { type Command, Option } from "commander";
import type { CommandContext } from "./index";
import { collect } from "./options";
import type { PlayOptions } from "./play-start";

function addOutputOptions(command: Command): Command {
  return command
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .addOption(
      new Option("--plain", "inklecate's play format, for other ink tools").conflicts("json"),
    )
    .option("--json", "one JSON object per line, for programs")
    .option("--transcript <file>", "write everything shown and typed to FILE")
    .option("--data-dir <dir>", "where saves are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--replay", "replay a save made by another story build from its choices");
}

export function registerPlay(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("play", { isDefault: true })
      .description("play the campaign, or any ink story (.ink or compiled .json)")
      .argument("[story]", "an ink story to play instead of the campaign")
      .option("--seed <n>", "seed for every random draw (default: random, printed)")
      .option("--set <name=value>", "set a premise before the first line (repeatable)", collect)
      .option("--load <save>", "start from a named save or a save file"),
  ).action(async (story: string | undefined, options: PlayOptions) => {
    const { play } = await import("./play-run.js");
    await play(story, options, context, false);
  });
}

export function registerContinue(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("continue")
      .description("resume the autosaved game")
      .argument("[story]", "the story whose autosave to resume (default: the campaign)"),
  ).action(async (story: string | undefined, options: PlayOptions) => {
    const { play } = await import("./play-run.js");
    await play(story, options, context, true);
  });
}
