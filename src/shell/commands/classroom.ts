/**
 * `khasan classroom`: the shared-screen role-play. Options answer the setup questions ahead
 * of time; the mode itself is loaded only when a lesson starts (classroom-run.ts).
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { addLessonOptions, type LessonOptions } from "./lesson-options";

export interface ClassroomFlags extends LessonOptions {
  continue?: boolean;
  dataDir?: string;
  width?: string;
  color: boolean;
}

export function registerClassroom(program: Command, context: CommandContext): void {
  const command = program
    .command("classroom")
    .description("shared-screen role-play: roles, discussion, votes, facilitator controls");
  addLessonOptions(command, "asked")
    .option("--continue", "resume the last lesson where it stopped")
    .option("--data-dir <dir>", "where runs are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action(async (options: ClassroomFlags) => {
      const { runClassroom } = await import("./classroom-run.js");
      await runClassroom(options, context);
    });
}
