/**
 * `khasan classroom`: the shared-screen role-play. Options answer the setup questions ahead
 * of time; the mode itself is loaded only when a lesson starts (classroom-run.ts).
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { collect } from "./options";

export interface ClassroomOptions {
  cut?: string;
  classSize?: string;
  label?: string;
  roles?: string;
  rule?: string;
  fallback?: string;
  seed?: string;
  set?: string[];
  continue?: boolean;
  dataDir?: string;
  width?: string;
  color: boolean;
}

export function registerClassroom(program: Command, context: CommandContext): void {
  program
    .command("classroom")
    .description("shared-screen role-play: roles, discussion, votes, facilitator controls")
    .option("--roles <ids>", 'roles in play, comma-separated, or "all"')
    .option("--rule <rule>", "commander, plurality (majority is read as plurality) or consensus")
    .option("--fallback <rule>", "when consensus fails: plurality or commander")
    .option("--cut <id>", "the lesson from story/classroom.json: 45 or 90 (minutes)")
    .option("--class-size <n>", "students in the room; vote totals are checked against it")
    .option("--label <name>", "the class's name, kept in the run for khasan stats")
    .option("--seed <n>", "seed for every random draw (default: random, printed)")
    .option("--set <name=value>", "set a premise before the first line (repeatable)", collect)
    .option("--continue", "resume the last lesson where it stopped")
    .option("--data-dir <dir>", "where runs are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action(async (options: ClassroomOptions) => {
      const { runClassroom } = await import("./classroom-run.js");
      await runClassroom(options, context);
    });
}
