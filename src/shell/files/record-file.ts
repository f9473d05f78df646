/**
 * Reads the historical record (`record.json`) and the model's assumptions (the `## Assumptions`
 * section of `README.md`) from a story's folder. A story without a record simply has no
 * comparison: a missing file is `undefined`, a broken one is an error naming the entry.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KhasanError } from "../../core/errors";
import { extractAssumptions } from "../../core/history/assumptions";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { parseRecord } from "../../core/history/validate-record";

/** The record beside a story (`dir/record.json`), or undefined when there is none. */
export function loadRecordFile(dir: string): HistoricalRecord | undefined {
  const path = join(dir, "record.json");
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KhasanError(
      "record-invalid",
      `${path} is not valid JSON: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return parseRecord(data, path);
}

/** The assumption lines of `dir/README.md`, or undefined when it has no such section. */
export function loadAssumptions(dir: string): string[] | undefined {
  const path = join(dir, "README.md");
  if (!existsSync(path)) return undefined;
  return extractAssumptions(readFileSync(path, "utf8"));
}
