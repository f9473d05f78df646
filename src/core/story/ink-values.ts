/**
 * Plain values out of the ink engine, shared by the session and the explorer's walker.
 */

export type VariableValue = number | boolean | string;

/** ink numbers, booleans and strings as they are; anything else (a list) as its text. */
export function toPlain(value: unknown): VariableValue {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  return String(value);
}

/** The first line of an engine error, without its stack. */
export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
