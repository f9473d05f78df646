/**
 * Every combination of a story's premises (`--all-premises`): the product of each premise's
 * allowed values, historical combination first.
 */

import type { VariablesMeta } from "../state/variables-meta";
import { premiseNames } from "../state/variables-meta";
import type { VariableValue } from "../story/session";

export function allPremiseSets(meta: VariablesMeta): Record<string, VariableValue>[] {
  let sets: Record<string, VariableValue>[] = [{}];
  for (const name of premiseNames(meta)) {
    const variable = meta.variables[name];
    if (!variable) continue;
    const values = premiseValues(variable.values, variable.min, variable.max, variable.historical);
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}

/** Historical value first, then the others in the order the metadata lists them. */
function premiseValues(
  values: readonly VariableValue[] | undefined,
  min: number | undefined,
  max: number | undefined,
  historical: VariableValue | undefined,
): VariableValue[] {
  const all: VariableValue[] = values ? [...values] : range(min ?? 0, max ?? min ?? 0);
  return historical === undefined ? all : [historical, ...all.filter((v) => v !== historical)];
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The historical set, then each premise changed alone to each other value. */
export function singlePremiseSets(meta: VariablesMeta): Record<string, VariableValue>[] {
  const sets: Record<string, VariableValue>[] = [{}];
  for (const name of premiseNames(meta)) {
    const variable = meta.variables[name];
    if (!variable) continue;
    const values = premiseValues(variable.values, variable.min, variable.max, variable.historical);
    for (const value of values.slice(1)) sets.push({ [name]: value });
  }
  return sets;
}

/**
 * Splits `sets` into at most `groups` groups to explore on separate threads, by the values of
 * the premises in `order` (the one that stays readable longest first): worlds that differ in
 * it share few states, so little merging is lost. Each group lists indices into `sets`.
 */
export function splitSets(
  sets: readonly Readonly<Record<string, VariableValue>>[],
  groups: number,
  order: readonly string[],
): number[][] {
  let split: number[][] = [sets.map((_, i) => i)];
  for (const name of order) {
    if (split.length >= groups) break;
    split = split.flatMap((group) => {
      const byValue = new Map<string, number[]>();
      for (const i of group) {
        const value = JSON.stringify(sets[i]?.[name] ?? null);
        byValue.set(value, [...(byValue.get(value) ?? []), i]);
      }
      return [...byValue.values()];
    });
  }
  if (split.length <= groups) return split;
  // More groups than threads: deal them out, largest first, to the smallest pile.
  const piles: number[][] = Array.from({ length: groups }, () => []);
  for (const group of [...split].sort((a, b) => b.length - a.length)) {
    const smallest = piles.reduce((a, b) => (b.length < a.length ? b : a));
    smallest.push(...group);
  }
  return piles.map((pile) => pile.sort((a, b) => a - b));
}
