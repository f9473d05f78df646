/**
 * `khasan serve`: the lesson server on the room's network (DESIGN.md 8): the projector page,
 * students' phones and the teacher's console, from one process, with no internet.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { addLessonOptions, type LessonOptions } from "./lesson-options";

export interface ServeOptions extends LessonOptions {
  port: string;
  host: string;
  continue?: boolean;
  dataDir?: string;
}

export function registerServe(program: Command, context: CommandContext): void {
  const command = program
    .command("serve")
    .description("the lesson server on the local network: projector, phones, teacher")
    .option("--port <n>", "the port to listen on", "8038")
    .option(
      "--host <address>",
      "the address to bind (0.0.0.0: every network interface)",
      "0.0.0.0",
    );
  addLessonOptions(command, "served")
    .option("--continue", "resume the last web lesson where it stopped")
    .option("--data-dir <dir>", "where runs are kept (default: $XDG_DATA_HOME/khasan)")
    .action(async (options: ServeOptions) => {
      const { runServe } = await import("./serve-run.js");
      await runServe(options, context);
    });
}
