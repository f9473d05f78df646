/**
 * What the classroom reports read from a story's folder: the record (required) and the role
 * cards (`roles.json`), with one-line errors naming the file.
 */
import { join } from "node:path";
import { parseRoles, type RolesFile } from "../../core/classroom/roles";
import { KhasanError } from "../../core/errors";
import { readOptionalJson } from "./json-file";

export { requireRecord } from "./record-file";

/** The roles beside a story, or undefined when it has none. */
export function loadRolesFile(dir: string): RolesFile | undefined {
  const path = join(dir, "roles.json");
  const data = readOptionalJson(path, "record-invalid");
  return data === undefined ? undefined : parseRoles(data, path);
}

export function requireRoles(dir: string): RolesFile {
  const roles = loadRolesFile(dir);
  if (!roles) throw new KhasanError("record-invalid", `no roles.json in ${dir}`);
  return roles;
}
