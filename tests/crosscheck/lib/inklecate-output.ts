/**
 * Reads what inklecate prints when it compiles: one `ERROR:`, `WARNING:` or `TODO:` line per
 * diagnostic, `'file' line N: message`, behind a UTF-8 BOM. TODOs count as warnings, as they
 * do for the inkjs compiler (compile-ink.ts).
 */
import type { CompileDiagnostic } from "../../../src/core/errors";

const DIAGNOSTIC = /^(ERROR|WARNING|TODO): (?:'([^']*)' )?(?:line (\d+): )?(.*)$/;

/** The diagnostics in inklecate's output; other lines (a usage text, a crash) are ignored. */
export function parseInklecateOutput(output: string, defaultFile: string): CompileDiagnostic[] {
  const diagnostics: CompileDiagnostic[] = [];
  for (const raw of output.replace(/\uFEFF/g, "").split(/\r?\n/)) {
    const match = DIAGNOSTIC.exec(raw.trim());
    if (!match) continue;
    diagnostics.push({
      severity: match[1] === "ERROR" ? "error" : "warning",
      file: match[2] || defaultFile,
      line: match[3] === undefined ? null : Number(match[3]),
      message: match[4] ?? raw,
    });
  }
  return diagnostics;
}
