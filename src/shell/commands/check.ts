/**
 * `khasan check [story]` for authors: compile (every error and warning with file and line),
 * lint the source, explore every path under the premises and check every invariant. The
 * implementation is check-run.ts, loaded when the command runs.
 */
import type { Command } from "commander";
import type { CheckFlags } from "./check-run";
import type { CommandContext } from "./index";

export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command("check")
    .description("for authors: compile, lint, explore every path and check every invariant")
    .argument("[story]", "an .ink or compiled .json story (default: the campaign)")
    .option("--seed <S>", "seed for shuffles (every value of each RANDOM is explored)", "1")
    .option("--all-premises", "every combination of premises (default: each premise alone)")
    .action(async (file: string | undefined, flags: CheckFlags) => {
      const { runCheck } = await import("./check-run.js");
      await runCheck(file, flags, context);
    });
}
