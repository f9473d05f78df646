/**
 * The few inkjs internals the explorer reads, typed narrowly. inkjs keeps visit counts, turn
 * indices and the global variable map private; the state key and coverage need them, and
 * reading them directly is far cheaper than serialising the whole state to JSON. Everything
 * here stays inside src/core/story, like every other use of inkjs.
 */
import "inkjs/engine/Story"; // first: inkjs's circular imports load only in this order
import type { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import type { InkObject } from "inkjs/engine/Object";
import { SimpleJson } from "inkjs/engine/SimpleJson";
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

/** A saved state as inkjs's JSON writer builds it, before it is turned into text. */
export type StateTree = Readonly<Record<string, unknown>>;

/**
 * The state as the tree of plain objects that ToJson would stringify. Loading it back
 * (`loadStateTree`) gives the same state as LoadJson(ToJson()) without writing and parsing the
 * text (parsing runs a reviver on every value): a text round trip of plain numbers, strings,
 * arrays and objects is the identity. inkjs builds new runtime objects from the tree and never
 * writes to it, so one tree can be loaded any number of times (a test loads it frozen).
 */
export function stateTree(state: StoryState): StateTree {
  const writer = new SimpleJson.Writer();
  state.WriteJson(writer);
  const tree = (writer as unknown as { _jsonObject: unknown })._jsonObject;
  if (tree === null || typeof tree !== "object") throw new Error("inkjs wrote no state");
  return tree as StateTree;
}

export function loadStateTree(state: StoryState, tree: StateTree): void {
  state.LoadJsonObj(tree);
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
  state: StoryState;
}

/** A RANDOM(min, max) the story stands in front of, not yet drawn. */
export interface RandomPoint {
  min: number;
  max: number;
}

/** How the walker steers one pass: whether to stop at RANDOM, and what it returns. */
export interface PassControl {
  /** Stop in front of each RANDOM instead of drawing it (exhaustive exploration). */
  stopAtRandom: boolean;
  /** What the RANDOM the story stands in front of returns, to take one of its outcomes. */
  forced: number | undefined;
  /** Output to put back before the first step: a pass stopped at a RANDOM goes on mid-line. */
  carried: InkObject[] | undefined;
}

/**
 * Makes each `Continue()` of `story` run on to the next choice point or the end instead of
 * stopping at a newline. At every newline inkjs snapshots the state, runs ahead to see whether
 * glue joins the next line on, then rolls back and runs that content again, rebuilding the
 * whole text of the line at each step; about half of all steps are that lookahead. One pass
 * reaches the same state with the same output, which the walker then splits into lines.
 * With `stopAtRandom`, a pass also ends in front of a RANDOM, so that the walker can take
 * each of its outcomes in turn.
 */
export function continueInOnePass(story: Story, control: PassControl): void {
  const stepper = story as unknown as Stepper;
  stepper.ContinueSingleStep = function (this: Stepper): boolean {
    if (control.carried) {
      this.state.ResetOutput(control.carried);
      control.carried = undefined;
    }
    if (control.stopAtRandom && randomPoint(this.state) !== undefined) {
      if (control.forced === undefined) return true; // ends this Continue, not the story
      drawForced(this, control.forced);
      control.forced = undefined;
    } else {
      this.Step();
    }
    if (!this.canContinue && !this.state.callStack.elementIsEvaluateFromGame) {
      this.TryFollowDefaultInvisibleChoice();
    }
    return false;
  };
}

/** More values than this, and a RANDOM is drawn from the seed instead of branched on. */
export const MAX_RANDOM_BRANCHES = 100;

/**
 * The RANDOM the state stands in front of, with its bounds, if it is one to branch on: bounds
 * ink would refuse are left for ink to report, and a wide range to the seed.
 */
export function randomPoint(state: StoryState): RandomPoint | undefined {
  // The bounds first: reading the pointer copies it, and this runs at every ink step.
  const stack = state.evaluationStack;
  if (stack.length < 2) return undefined;
  const max = (stack[stack.length - 1] as { value?: unknown }).value;
  const min = (stack[stack.length - 2] as { value?: unknown }).value;
  if (!Number.isInteger(min) || !Number.isInteger(max)) return undefined;
  const next = state.currentPointer.Resolve();
  if (!(next instanceof ControlCommand) || next.commandType !== ControlCommand.CommandType.Random) {
    return undefined;
  }
  const values = (max as number) - (min as number) + 1;
  if (values < 1 || values > MAX_RANDOM_BRANCHES) return undefined;
  return { min: min as number, max: max as number };
}

/** Runs the RANDOM as ink does, then makes it return `value` instead of its draw. */
function drawForced(stepper: Stepper, value: number): void {
  const stack = stepper.state.evaluationStack;
  const depth = stack.length;
  stepper.Step();
  const drawn = stack[stack.length - 1] as { value: number } | undefined;
  // RANDOM pops min and max and pushes a new IntValue of its own, so changing it is safe.
  if (stack.length === depth - 1 && drawn) drawn.value = value;
}
