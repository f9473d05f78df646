/**
 * Validates parsed `record.json`: the zod schema for the shape, then the cross-references a
 * schema cannot see (every source id known, no id used twice). Errors name the entry by its id,
 * e.g. `figures[soviet_killed].values[2].source`, so an author finds it at once.
 */
import type { z } from "zod";
import { KhasanError } from "../errors";
import { firstIssue } from "../schema-issue";
import { type HistoricalRecord, recordSchema } from "./record-schema";

type Path = readonly (string | number)[];

/** Parses and checks a record; `label` names the file in the error message. */
export function parseRecord(data: unknown, label: string): HistoricalRecord {
  const result = recordSchema.superRefine(checkReferences).safeParse(data);
  if (result.success) return result.data;
  const where = (path: Path) => describePath(data, path);
  throw new KhasanError("record-invalid", `${label}: ${firstIssue(result.error, where)}`);
}

/** Every problem, not just the first; for tests and `check`. */
export function listRecordProblems(data: unknown): string[] {
  const result = recordSchema.superRefine(checkReferences).safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`);
}

function checkReferences(record: HistoricalRecord, ctx: z.RefinementCtx): void {
  for (const list of ["sources", "figures", "people", "decisions"] as const) {
    const seen = new Set<string>();
    for (const [index, entry] of record[list].entries()) {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: "custom",
          path: [list, index, "id"],
          message: `duplicate id "${entry.id}"`,
        });
      }
      seen.add(entry.id);
    }
  }
  const known = new Set(record.sources.map((source) => source.id));
  for (const [path, id] of sourceReferences(record)) {
    if (!known.has(id))
      ctx.addIssue({ code: "custom", path: [...path], message: `unknown source "${id}"` });
  }
}

/** Every place the record names a source, with its path. */
function sourceReferences(record: HistoricalRecord): [Path, string][] {
  const refs: [Path, string][] = [];
  const add = (path: Path, ids: readonly string[]) => {
    for (const [j, id] of ids.entries()) refs.push([[...path, "sources", j], id]);
  };
  for (const key of ["timeline", "people", "decisions", "disputes"] as const) {
    for (const [i, entry] of record[key].entries()) add([key, i], entry.sources);
  }
  for (const [i, point] of record.outcome.points.entries())
    add(["outcome", "points", i], point.sources);
  for (const [i, figure] of record.figures.entries()) {
    for (const [j, value] of figure.values.entries()) {
      refs.push([["figures", i, "values", j, "source"], value.source]);
    }
  }
  return refs;
}

/** `figures.3.values.2` becomes `figures[soviet_killed].values[2]`, using ids or dates. */
export function describePath(data: unknown, path: Path): string {
  let node: unknown = data;
  let text = "";
  for (const key of path) {
    const child = isIndexable(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") text += `[${entryName(child) ?? key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
    node = child;
  }
  return text || "(top level)";
}

function entryName(entry: unknown): string | undefined {
  if (!isIndexable(entry)) return undefined;
  const { id, date } = entry as { id?: unknown; date?: unknown };
  if (typeof id === "string" && id !== "") return id;
  if (typeof date === "string" && date !== "") return date;
  return undefined;
}

function isIndexable(node: unknown): node is object {
  return typeof node === "object" && node !== null;
}
