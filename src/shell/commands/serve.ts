/**
 * `khasan serve`: the lesson server on the room's network (DESIGN.md 8): the projector page,
 * students' phones and the teacher's console, from one process, with no internet.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { collect } from "./options";

export interface ServeOptions {
  port: string;
  host: string;
  cut?: string;
  roles?: string;
  rule?: string;
  fallback?: string;
  classSize?: string;
  label?: string;
  seed?: string;
  set?: string[];
  continue?: boolean;
  dataDir?: string;
}

export function registerServe(program: Command, context: CommandContext): void {
  program
    .command("serve")
    .description("the lesson server on the local network: projector, phones, teacher")
    .option("--port <n>", "the port to listen on", "8038")
    .option("--host <address>", "the address to bind (0.0.0.0: every network interface)", "0.0.0.0")
    .option("--cut <id>", "the lesson from story/classroom.json (default: the first)")
    .option("--roles <ids>", 'roles in play, comma-separated, or "all" (default)')
    .option("--rule <rule>", "commander, plurality (default) or consensus")
    .option("--fallback <rule>", "when consensus fails: plurality (default) or commander")
    .option("--class-size <n>", "students in the room; vote totals are checked against it")
    .option("--label <name>", "the class's name, kept in the run for khasan stats")
    .option("--seed <n>", "seed for every random draw (default: random, printed)")
    .option("--set <name=value>", "set a premise before the first line (repeatable)", collect)
    .option("--continue", "resume the last web lesson where it stopped")
    .option("--data-dir <dir>", "where runs are kept (default: $XDG_DATA_HOME/khasan)")
    .action(async (options: ServeOptions) => {
      const { runServe } = await import("./serve-run.js");
      await runServe(options, context);
    });
}
