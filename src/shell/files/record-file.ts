/**
 * Reads the historical record (`record.json`) and the model's assumptions (the `## Assumptions`
 * section of `README.md`) from a story's folder. A story without a record simply has no
 * comparison: a missing file is `undefined`, a broken one is an error naming the entry.
 */
import { join } from "node:path";
import { KhasanError } from "../../core/errors";
import { extractAssumptions } from "../../core/history/assumptions";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { parseRecord } from "../../core/history/validate-record";
import { readOptionalJson } from "./json-file";
import { FileReadError, readLimitedText } from "./read-limited";

/** The record beside a story (`dir/record.json`), or undefined when there is none. */
export function loadRecordFile(dir: string): HistoricalRecord | undefined {
  const path = join(dir, "record.json");
  const data = readOptionalJson(path, "record-invalid");
  return data === undefined ? undefined : parseRecord(data, path);
}

/** The record beside a story, for the commands that cannot work without one. */
export function requireRecord(dir: string): HistoricalRecord {
  const record = loadRecordFile(dir);
  if (!record) throw new KhasanError("record-invalid", `no record.json in ${dir}`);
  return record;
}

/** The assumption lines of `dir/README.md`, or undefined when it has no such section. */
export function loadAssumptions(dir: string): string[] | undefined {
  const path = join(dir, "README.md");
  let text: string;
  try {
    text = readLimitedText(path, "story notes", "data", "story-load");
  } catch (error) {
    if (error instanceof FileReadError && error.missing) return undefined;
    throw error;
  }
  return extractAssumptions(text);
}

/** The record beside a story and the model's assumptions, as one ending comparison needs them. */
export interface RecordBeside {
  record: HistoricalRecord;
  assumptions?: string[];
}

/** The record and assumptions in `dir`, or undefined when the story has no record. */
export function loadRecordBeside(dir: string): RecordBeside | undefined {
  const record = loadRecordFile(dir);
  if (!record) return undefined;
  const assumptions = loadAssumptions(dir);
  return assumptions ? { record, assumptions } : { record };
}
