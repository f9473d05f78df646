/**
 * The tracked variables of a story as typed, labelled values: what the status line, the
 * `status` command and the range checks read. Built from the session's raw variables and
 * `story/variables.json`; variables the metadata does not list are left out.
 */
import type { VariableValue } from "../story/session";
import type { VariableMeta, VariablesMeta } from "./variables-meta";

export interface TrackedVariable {
  name: string;
  label: string;
  short: string;
  unit: string;
  value: VariableValue;
  meta: VariableMeta;
}

export function trackedVariables(
  raw: Readonly<Record<string, VariableValue>>,
  meta: VariablesMeta,
): TrackedVariable[] {
  const tracked: TrackedVariable[] = [];
  for (const [name, variable] of Object.entries(meta.variables)) {
    const value = raw[name];
    if (value === undefined) continue;
    tracked.push({
      name,
      label: variable.label,
      short: variable.short ?? variable.label,
      unit: variable.unit ?? "",
      value,
      meta: variable,
    });
  }
  return tracked;
}

/** A variable outside the range or values its metadata guarantees. */
export interface RangeViolation {
  name: string;
  value: VariableValue;
  expected: string;
}

/** A violation in words, as the explorer and `check` report it. */
export function rangeMessage(v: RangeViolation): string {
  return `${v.name} = ${String(v.value)} is outside its range (${v.expected})`;
}

export function findRangeViolations(
  raw: Readonly<Record<string, VariableValue>>,
  meta: VariablesMeta,
): RangeViolation[] {
  const violations: RangeViolation[] = [];
  for (const variable of trackedVariables(raw, meta)) {
    const expected = violatedRange(variable.value, variable.meta);
    if (expected) violations.push({ name: variable.name, value: variable.value, expected });
  }
  return violations;
}

function violatedRange(value: VariableValue, meta: VariableMeta): string | undefined {
  if (meta.values) {
    return meta.values.includes(value) ? undefined : `one of ${meta.values.join(", ")}`;
  }
  if (meta.min === undefined && meta.max === undefined) return undefined;
  const inside =
    typeof value === "number" &&
    (meta.min === undefined || value >= meta.min) &&
    (meta.max === undefined || value <= meta.max);
  return inside ? undefined : `${meta.min ?? "-∞"} to ${meta.max ?? "∞"}`;
}

/**
 * A value as people read it: a string by its `value_labels` entry in variables.json, else with
 * its underscores as spaces and a capital (`died_in_custody` → `Died in custody`); numbers and booleans as
 * they are. Ids stay for files and programs; screens and reports show this.
 */
export function displayValue(value: VariableValue, meta: VariableMeta | undefined): string {
  if (typeof value !== "string") return String(value);
  const label = meta?.value_labels?.[value];
  if (label !== undefined) return label;
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
