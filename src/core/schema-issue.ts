/**
 * One line for a file that does not match its schema: where the first problem is and what it
 * is, as every loader's error message puts it (`roles.json: roles.2.id: Required`).
 */
import type { ZodError } from "zod";

type Path = readonly (string | number)[];

/** `where: message` for the first issue; `where` is the dotted path unless `describe` says. */
export function firstIssue(
  error: ZodError,
  describe: (path: Path) => string = (path) => path.join("."),
): string {
  const issue = error.issues[0];
  const where = (issue && describe(issue.path)) || "(top level)";
  return `${where}: ${issue?.message ?? "invalid"}`;
}
