/**
 * One line per compiler diagnostic, in the `file:line: severity: message` form editors parse.
 */
import type { CompileDiagnostic } from "../../core/errors";

export function formatDiagnostic(d: CompileDiagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}`;
}
