/**
 * Premises are the "what if" switches (`--set fog_lifts_early=true`): ink variables set before
 * the first line. This module turns `name=value` text into typed values and refuses anything
 * the story does not declare as a premise, listing what is allowed.
 */
import { UsageError } from "../errors";
import type { VariableValue } from "../story/session";
import { premiseNames, type VariableMeta, type VariablesMeta } from "./variables-meta";

/** Parses every `name=value` assignment, later ones overriding earlier ones. */
export function parsePremises(
  assignments: readonly string[],
  meta: VariablesMeta,
): Record<string, VariableValue> {
  const premises: Record<string, VariableValue> = {};
  for (const assignment of assignments) {
    const eq = assignment.indexOf("=");
    if (eq <= 0) {
      throw new UsageError(`--set "${assignment}" is not name=value (e.g. --set weather=clear)`);
    }
    const name = assignment.slice(0, eq).trim();
    premises[name] = parsePremiseValue(name, assignment.slice(eq + 1).trim(), meta);
  }
  return premises;
}

function parsePremiseValue(name: string, text: string, meta: VariablesMeta): VariableValue {
  const variable = meta.variables[name];
  if (!variable?.premise) {
    const names = premiseNames(meta);
    const allowed =
      names.length > 0
        ? `this story's premises are: ${names.join(", ")}`
        : "this story has no premises";
    throw new UsageError(`unknown premise "${name}": ${allowed}`);
  }
  const value = coerce(text, variable);
  if (!isAllowedPremise(value, variable)) {
    throw new UsageError(
      `"${text}" is not a value of premise ${name}: use ${premiseValuesText(variable)}`,
    );
  }
  return value;
}

/** Reads the text as the same type as the premise's historical value. */
function coerce(text: string, variable: VariableMeta): VariableValue {
  const sample = variable.historical;
  if (typeof sample === "boolean") {
    if (text === "true") return true;
    if (text === "false") return false;
    return text;
  }
  if (typeof sample === "number" && /^-?\d+$/.test(text)) return Number(text);
  return text;
}

/** Whether `value` is one of the premise's allowed values (or in its range). */
export function isAllowedPremise(value: VariableValue, variable: VariableMeta): boolean {
  if (variable.values) return variable.values.includes(value);
  if (typeof value !== "number") return false;
  return (variable.min ?? value) <= value && value <= (variable.max ?? value);
}

/** The premise's allowed values, as a message lists them. */
export function premiseValuesText(variable: VariableMeta): string {
  if (variable.values) return variable.values.map(String).join(", ");
  return `a whole number from ${variable.min} to ${variable.max}`;
}

/** Premises that differ from history, for headers and reports ("none" when all historical). */
export function describePremises(
  premises: Readonly<Record<string, VariableValue>>,
  meta: VariablesMeta,
): string {
  const changed = Object.entries(premises).filter(
    ([name, value]) => meta.variables[name]?.historical !== value,
  );
  if (changed.length === 0) return "historical";
  return changed.map(([name, value]) => `${name}=${String(value)}`).join(", ");
}
