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
      // A loop, not Math.min(...values): spreading over 100,000 walks overflows the stack.
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const value of values as number[]) {
        if (value < min) min = value;
        if (value > max) max = value;
      }
      spreads.push({ name, min, max });
    } else {
      const distinct = [...new Set(values.map((v) => JSON.stringify(v)))].sort();
      spreads.push({ name, values: distinct.map((v) => JSON.parse(v) as VariableValue) });
    }
  }
  return spreads;
}
