/**
 * Reads an optional JSON file from a story's folder (variables.json, record.json, roles.json):
 * undefined when it is not there, a one-line error naming the file when it is not JSON.
 */
import { existsSync, readFileSync } from "node:fs";
import { type ErrorCode, KhasanError } from "../../core/errors";

export function readOptionalJson(path: string, code: ErrorCode): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KhasanError(code, `${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
