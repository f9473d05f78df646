/**
 * Lowest and highest values of the tracked variables over a set of end states; text and
 * boolean variables list every value seen instead.
 */
import type { VariableValue } from "../story/session";
import type { VariableSpread } from "./report";

export function spreadOf(
  names: readonly string[],
  samples: readonly Readonly<Record<string, VariableValue>>[],
): VariableSpread[] {
  const spreads: VariableSpread[] = [];
  for (const name of names) {
    const values = samples.map((s) => s[name]).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    if (values.every((v) => typeof v === "number")) {
      const numbers = values as number[];
      spreads.push({ name, min: Math.min(...numbers), max: Math.max(...numbers) });
    } else {
      const distinct = [...new Set(values.map((v) => JSON.stringify(v)))].sort();
      spreads.push({ name, values: distinct.map((v) => JSON.parse(v) as VariableValue) });
    }
  }
  return spreads;
}
