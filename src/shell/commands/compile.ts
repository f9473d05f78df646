/**
 * `khasan compile story.ink -o out.json`: compiles like inklecate. The implementation is
 * compile-run.ts, loaded when the command runs (the ink compiler is slow to load).
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";

export function registerCompile(program: Command, context: CommandContext): void {
  program
    .command("compile")
    .description("compile an ink story to JSON, like inklecate")
    .argument("<story.ink>", "the ink source")
    .requiredOption("-o, --output <out.json>", "where to write the compiled JSON")
    .action(async (file: string, options: { output: string }) => {
      const { runCompile } = await import("./compile-run.js");
      runCompile(file, options.output, context);
    });
}
