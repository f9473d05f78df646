/**
 * What the classroom reports read from a story's folder: the record (required) and the role
 * cards (`roles.json`), with one-line errors naming the file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRoles, type RolesFile } from "../../core/classroom/roles";
import { KhasanError } from "../../core/errors";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { loadRecordFile } from "./record-file";

export function requireRecord(dir: string): HistoricalRecord {
  const record = loadRecordFile(dir);
  if (!record) throw new KhasanError("record-invalid", `no record.json in ${dir}`);
  return record;
}

/** The roles beside a story, or undefined when it has none. */
export function loadRolesFile(dir: string): RolesFile | undefined {
  const path = join(dir, "roles.json");
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
  return parseRoles(data, path);
}

export function requireRoles(dir: string): RolesFile {
  const roles = loadRolesFile(dir);
  if (!roles) throw new KhasanError("record-invalid", `no roles.json in ${dir}`);
  return roles;
}
