/**
 * The walks of a cross-check: for walk i, an ink seed and a seed for the choice draws, both
 * derived from one base seed so any walk can be replayed alone, and a premise combination
 * taken in turn from every combination the story declares (`allPremiseSets`, the same list
 * `--all-premises` explores), so enough walks cover them all.
 */
import { deriveSeed } from "../../../src/core/random/seed";
import type { VariableValue } from "../../../src/core/story/session";

export type Premises = Record<string, VariableValue>;

export interface WalkPlan {
  /** 0-based walk number. */
  index: number;
  /** Seeds ink's RANDOM. */
  inkSeed: number;
  /** Seeds the draws that pick a choice at each choice point. */
  choiceSeed: number;
  premises: Premises;
}

/** `count` walks under `baseSeed`, cycling through `combinations`. */
export function planWalks(baseSeed: number, count: number, combinations: Premises[]): WalkPlan[] {
  const sets = combinations.length > 0 ? combinations : [{}];
  return Array.from({ length: count }, (_, index) => ({
    index,
    inkSeed: deriveSeed(baseSeed, 2 * index),
    choiceSeed: deriveSeed(baseSeed, 2 * index + 1),
    premises: { ...sets[index % sets.length] },
  }));
}

/** `name=value, …` for every premise of a walk, or "none". */
export function describeWalkPremises(premises: Premises): string {
  const entries = Object.entries(premises);
  if (entries.length === 0) return "none";
  return entries.map(([name, value]) => `${name}=${String(value)}`).join(", ");
}
