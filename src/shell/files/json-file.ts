/**
 * Reads an optional JSON file from a story's folder (variables.json, record.json, roles.json):
 * undefined when it is not there, a one-line error naming the file when it is not JSON, not a
 * regular file or over the size limit.
 */
import { type ErrorCode, KhasanError } from "../../core/errors";
import { FileReadError, readLimitedText } from "./read-limited";

export function readOptionalJson(path: string, code: ErrorCode): unknown {
  let text: string;
  try {
    text = readLimitedText(path, "data file", "data", code);
  } catch (error) {
    if (error instanceof FileReadError && error.missing) return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KhasanError(code, `${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
