/**
 * The few inkjs internals the explorer reads, typed narrowly. inkjs keeps visit counts, turn
 * indices and the global variable map private; the state key and coverage need them, and
 * reading them directly is far cheaper than serialising the whole state to JSON. Everything
 * here stays inside src/core/story, like every other use of inkjs.
 */
import type { Container } from "inkjs/engine/Container";
import type { Story } from "inkjs/engine/Story";
import type { StoryState } from "inkjs/engine/StoryState";

export interface InkValue {
  valueType: number;
  value: unknown;
}

export interface InkPointer {
  container: { path: { toString(): string } } | null;
  index: number;
}

export interface InkElement {
  currentPointer: InkPointer;
  inExpressionEvaluation: boolean;
  temporaryVariables: Map<string, InkValue>;
  type: number;
}

export interface InkThread {
  callstack: InkElement[];
  threadIndex: number;
  previousPointer: InkPointer;
}

/** The private fields of StoryState, VariablesState and CallStack the key reads. */
export interface StateInternals {
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _patch: unknown;
  currentTurnIndex: number;
  previousRandom: number;
  storySeed: number;
  evaluationStack: unknown[];
  callStack: { _threads: InkThread[] };
  variablesState: { _globalVariables: Map<string, InkValue> };
}

export function stateInternals(state: StoryState): StateInternals {
  return state as unknown as StateInternals;
}

/** Story.VisitContainer is called on every container entered; coverage wraps it. */
export interface VisitHook {
  VisitContainer(container: Container, atStart: boolean): void;
}

export function visitHook(story: Story): VisitHook {
  return story as unknown as VisitHook;
}

/** The part of Story's stepping loop that `continueInOnePass` replaces. */
interface Stepper {
  ContinueSingleStep(): boolean;
  Step(): void;
  TryFollowDefaultInvisibleChoice(): boolean;
  canContinue: boolean;
  state: { callStack: { elementIsEvaluateFromGame: boolean } };
}

/**
 * Makes each `Continue()` of `story` run on to the next choice point or the end instead of
 * stopping at a newline. At every newline inkjs snapshots the state, runs ahead to see whether
 * glue joins the next line on, then rolls back and runs that content again, rebuilding the
 * whole text of the line at each step; about half of all steps are that lookahead. One pass
 * reaches the same state with the same output, which the walker then splits into lines.
 */
export function continueInOnePass(story: Story): void {
  const stepper = story as unknown as Stepper;
  stepper.ContinueSingleStep = function (this: Stepper): boolean {
    this.Step();
    if (!this.canContinue && !this.state.callStack.elementIsEvaluateFromGame) {
      this.TryFollowDefaultInvisibleChoice();
    }
    return false;
  };
}
