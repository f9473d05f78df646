/**
 * `khasan debrief RUN [--out FILE.html|FILE.md]`: the debrief pack for a run. Without --out it
 * prints the pack as text with a text chart; the work is loaded only when the command runs.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";

export interface DebriefOptions {
  out?: string;
  student?: boolean;
}

export function registerDebrief(program: Command, context: CommandContext): void {
  program
    .command("debrief")
    .description("write a debrief pack (HTML or Markdown) for a finished run")
    .argument("<run>", "a run file (a save, such as the one a lesson ends with)")
    .option("--out <file>", "write FILE.html (print-ready) or FILE.md instead of printing")
    .option("--student", "the one-page student handout (HTML) instead of the teacher's pack")
    .action(async (run: string, options: DebriefOptions) => {
      const { writeDebrief } = await import("./debrief-run.js");
      writeDebrief(run, options, context);
    });
}
