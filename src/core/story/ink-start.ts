/**
 * What every driver of an inkjs Story (the player's Session, the explorer's StoryWalker) does
 * the same way: seed it and set the premises before the first line, and read its globals.
 */
import type { Story } from "inkjs/engine/Story";
import { UsageError } from "../errors";
import { toPlain, type VariableValue } from "./ink-values";

/** Seeds ink's RANDOM and shuffles and sets the premises; call it on a fresh or reset state. */
export function seedAndSetPremises(
  ink: Story,
  seed: number,
  premises: Readonly<Record<string, VariableValue>>,
): void {
  ink.state.storySeed = seed;
  ink.state.previousRandom = 0;
  for (const [name, value] of Object.entries(premises)) {
    if (!ink.variablesState.GlobalVariableExistsWithName(name)) {
      throw new UsageError(`the story has no variable "${name}" to set`);
    }
    ink.variablesState.$(name, value);
  }
}

/** Every ink global variable and its current value. */
export function globalValues(ink: Story): Record<string, VariableValue> {
  const state = ink.variablesState;
  const result: Record<string, VariableValue> = {};
  for (const name of Object.keys(state)) result[name] = toPlain(state.$(name));
  return result;
}
