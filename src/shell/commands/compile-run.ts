/**
 * `khasan compile`: every error goes to stderr with file and line, and a failed compile writes
 * no output file.
 */
import { resolve } from "node:path";
import { StoryCompileError } from "../../core/errors";
import { writeFileAtomic } from "../files/atomic-write";
import { compileInkFile } from "../files/story-files";
import { formatDiagnostic } from "../views/diagnostics";
import type { CommandContext } from "./index";

export function runCompile(
  file: string,
  output: string,
  { io, setExitCode }: CommandContext,
): void {
  try {
    const { story, warnings } = compileInkFile(resolve(io.cwd, file), file);
    for (const warning of warnings) io.stderr.write(`${formatDiagnostic(warning)}\n`);
    // inklecate writes a BOM; keep its format so other ink tools read our output.
    writeFileAtomic(resolve(io.cwd, output), `\uFEFF${story.json}`);
  } catch (error) {
    if (!(error instanceof StoryCompileError)) throw error;
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    setExitCode(1);
  }
}
