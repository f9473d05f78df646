/**
 * One line for a file that does not match its schema: where the first problem is and what it
 * is, as every loader's error message puts it (`roles.json: roles.2.id: Required`).
 */
import type { ZodError, ZodType } from "zod";
import { KhasanError } from "./errors";

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

/** Parses a data file of `story/` against its schema; one `record-invalid` line names `label`. */
export function parseDataFile<T>(schema: ZodType<T>, data: unknown, label: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new KhasanError("record-invalid", `${label}: ${firstIssue(result.error)}`);
}
