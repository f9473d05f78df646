/**
 * StoryWalker: the explorer's engine. One inkjs Story, reused for every path: the explorer
 * saves the state at a branch point, takes one choice, and restores the state for the next
 * (DESIGN.md 4), instead of building a new Story per path. It reports plain data (the tags of
 * each line, choice texts, runtime errors and warnings), the state key used to deduplicate
 * equal states, which globals are tallies (left out of that key), and which knots and stitches
 * were entered (coverage).
 *
 * With `branchRandom`, a RANDOM is a branch point too: the walker stops in front of it and
 * offers each value it can return as a choice ("RANDOM(1, 3) = 2"), so that an exhaustive
 * walk covers every outcome whatever the seed. Shuffled sequences, and a RANDOM of more than
 * MAX_RANDOM_BRANCHES values, still follow the seed.
 *
 * One walker can start from several premise sets in turn (`start(seed, premises)`). Globals
 * leave the state key wherever nothing can read them again (state-key.ts); premises named in
 * `mergePremises` that the story never assigns do too, so the walks of different sets meet in
 * the same states.
 */
import type { Container } from "inkjs/engine/Container";
import { ErrorType } from "inkjs/engine/Error";
import type { Story } from "inkjs/engine/Story";
import {
  continueInOnePass,
  loadStateTree,
  type PassControl,
  type RandomPoint,
  randomPoint,
  type StateTree,
  stateInternals,
  stateTree,
  visitHook,
} from "./ink-internals";
import { globalValues, seedAndSetPremises } from "./ink-start";
import { firstLine, toPlain, type VariableValue } from "./ink-values";
import { Liveness } from "./liveness";
import type { CompiledStory } from "./load-story";
import { type KeyContext, stateKey } from "./state-key";
import { limitSteps, type StepBudget } from "./step-budget";
import { listOutline } from "./story-outline";
import { parseTags, type Tag } from "./tags";
import { findTallies } from "./tallies";

/** One line of output, as ink's Continue would return it; the explorer reads only its tags. */
export interface WalkLine {
  tags: Tag[];
  /** The line's text: on lines with a `claim:` tag, and on every line with the `text` option. */
  text?: string;
}

/** What running ink to the next choice point (or the end) produced. */
export interface WalkStep {
  lines: WalkLine[];
  /** Choice texts, in ink's order (index 0 first). Empty at an end or after an error. */
  choices: string[];
  /**
   * Set when the step stops in front of a RANDOM: `choices` are its values, and `lines`
   * preview the output so far, which the next step reports again in full.
   */
  random?: RandomPoint;
  errors: string[];
  warnings: string[];
  /** Outline names entered during this step (with trackCoverage). */
  entered?: string[];
}

export interface WalkerOptions {
  premises?: Readonly<Record<string, VariableValue>>;
  /** Record which knots and stitches are entered (a little slower). */
  trackCoverage?: boolean;
  /** Stop at every RANDOM and offer each of its values as a choice. */
  branchRandom?: boolean;
  /** ink steps allowed between two choices (default INK_STEP_BUDGET, step-budget.ts). */
  stepBudget?: number;
  /** Premises whose value differs between the starts of this walker (see `start`). */
  mergePremises?: readonly string[];
  /**
   * Globals the state key always holds, because the caller reads them at every state (the
   * tracked variables). Every other global but the tallies leaves the key where nothing
   * reachable can read or write it; a merged premise does even when listed here.
   */
  keepInKey?: readonly string[];
  /** Give every line its text (a little slower); lines with a `claim:` tag always have it. */
  text?: boolean;
}

/**
 * The premises in `names` ordered by how long they stay readable, longest first (ties in the
 * given order): the worlds that differ in the first merge least, so it is the one to split a
 * walk over several threads by.
 */
export function premisesByReach(story: CompiledStory, names: readonly string[]): string[] {
  const ink = story.createEngine();
  const reach = new Liveness(ink.mainContentContainer, new Set(names)).reach(names);
  return [...names].sort((a, b) => (reach.get(b) ?? 0) - (reach.get(a) ?? 0));
}

/** A RANDOM the walker stopped in front of, and the tags output so far (part of its key). */
interface StoppedAt extends RandomPoint {
  preview: string;
}

/** An opaque saved position; only the walker that made it reads it. */
export interface WalkerSnapshot {
  readonly state: StateTree;
  readonly random: StoppedAt | undefined;
}

export class StoryWalker {
  /** Globals the story only adds to and prints: the key leaves them out (tallies.ts). */
  readonly tallies: ReadonlySet<string>;
  /** Premises of `mergePremises` the story never assigns: the key leaves them out where dead. */
  readonly mergeable: ReadonlySet<string>;
  private readonly ink: Story;
  private readonly premises: Readonly<Record<string, VariableValue>>;
  private readonly keyContext: KeyContext;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private readonly outline: Map<Container, string>;
  private readonly entered = new Set<string>();
  private readonly stepEntered = new Set<string>();
  private readonly trackCoverage: boolean;
  private readonly pass: PassControl;
  private readonly budget: StepBudget;
  /** The RANDOM the walker stands in front of, when `branchRandom` stopped it there. */
  private random: StoppedAt | undefined;
  private readonly withText: boolean;

  constructor(story: CompiledStory, options: WalkerOptions = {}) {
    this.ink = story.createEngine();
    this.premises = { ...(options.premises ?? {}) };
    this.withText = options.text === true;
    const globals = stateInternals(this.ink.state).variablesState._globalVariables;
    this.tallies = findTallies(this.ink.mainContentContainer, globals);
    const liveness = new Liveness(this.ink.mainContentContainer, new Set(globals.keys()));
    this.mergeable = new Set(
      (options.mergePremises ?? []).filter(
        (name) => globals.has(name) && !liveness.assigned.has(name),
      ),
    );
    const keep = new Set(options.keepInKey ?? []);
    const droppable = new Set(
      [...globals.keys()].filter(
        (name) => !this.tallies.has(name) && (!keep.has(name) || this.mergeable.has(name)),
      ),
    );
    this.keyContext = this.makeKeyContext(story.json.includes('"turn"'), liveness, droppable);
    this.ink.onError = (message, type) => {
      (type === ErrorType.Error ? this.errors : this.warnings).push(message);
    };
    this.outline = listOutline(this.ink.mainContentContainer);
    this.pass = {
      stopAtRandom: options.branchRandom === true,
      forced: undefined,
      carried: undefined,
    };
    continueInOnePass(this.ink, this.pass);
    this.budget = limitSteps(this.ink, options.stepBudget);
    this.trackCoverage = options.trackCoverage === true;
    if (this.trackCoverage) this.hookCoverage();
  }

  /**
   * Starts over with `seed` for ink's RANDOM and `premises` (default: the walker's own) and
   * runs to the first choice point.
   */
  start(seed: number, premises = this.premises): WalkStep {
    this.ink.ResetState();
    this.random = undefined;
    seedAndSetPremises(this.ink, seed, premises);
    return this.run();
  }

  /** Takes choice `index` (0-based) and runs to the next choice point or the end. */
  choose(index: number): WalkStep {
    if (this.random) {
      this.pass.forced = this.random.min + index;
      return this.run();
    }
    try {
      this.ink.ChooseChoiceIndex(index);
    } catch (error) {
      return this.withEntered({ lines: [], choices: [], errors: [firstLine(error)], warnings: [] });
    }
    return this.run();
  }

  save(): WalkerSnapshot {
    return { state: stateTree(this.ink.state), random: this.random };
  }

  load(snapshot: WalkerSnapshot): void {
    loadStateTree(this.ink.state, snapshot.state);
    this.random = snapshot.random;
  }

  /**
   * The deduplication key of the current state and of `extra` (see state-key.ts). In front of a
   * RANDOM it also holds the bounds, which are on ink's evaluation stack, and the output so
   * far, which the next step reports. The mergeable premises the key still holds go into `kept`.
   */
  key(extra = "", kept?: string[]): string {
    const random = this.random;
    const more = random ? `${extra}|random ${random.min} ${random.max}|${random.preview}` : extra;
    return stateKey(this.ink.state, this.keyContext, more, kept);
  }

  private makeKeyContext(
    usesTurns: boolean,
    liveness: Liveness,
    droppable: ReadonlySet<string>,
  ): KeyContext {
    const targets = new Map<string, Container | null>();
    const targetOf = (path: { toString(): string }): Container | null => {
      const text = path.toString();
      let target = targets.get(text);
      if (target === undefined) {
        target = this.ink.ContentAtPath(path as Parameters<Story["ContentAtPath"]>[0]).container;
        targets.set(text, target);
      }
      return target;
    };
    const { tallies, mergeable } = this;
    return { usesTurns, tallies, droppable, mergeable, liveness, targetOf };
  }

  /** Every ink global variable and its current value. */
  variables(): Record<string, VariableValue> {
    return globalValues(this.ink);
  }

  /** Values of the named globals only (cheaper than `variables()`). */
  values(names: readonly string[]): Record<string, VariableValue> {
    const state = this.ink.variablesState;
    const result: Record<string, VariableValue> = {};
    for (const name of names) {
      const value = state.$(name);
      if (value !== undefined && value !== null) result[name] = toPlain(value);
    }
    return result;
  }

  /** The named globals as numbers (each must hold one), for tallies. */
  numbers(names: readonly string[]): number[] {
    return names.map((name) => Number(this.ink.variablesState.$(name)));
  }

  /** Knots, stitches and labels of the story, as `knot` or `knot.stitch`. */
  outlineNames(): string[] {
    return [...new Set(this.outline.values())].sort();
  }

  /** The outline names entered since the walker was made (with trackCoverage). */
  enteredNames(): string[] {
    return [...this.entered].sort();
  }

  private run(): WalkStep {
    this.budget.reset();
    // A pass stopped at a RANDOM left its output in the state (saved with it): carry it on.
    const output = this.ink.state.outputStream;
    this.pass.carried = output.length > 0 ? [...output] : undefined;
    try {
      if (this.ink.canContinue) this.ink.ContinueAsync(0); // Continue() without building the text
    } catch (error) {
      this.errors.push(firstLine(error));
    }
    const errors = this.errors.splice(0);
    const warnings = this.warnings.splice(0);
    this.random = undefined;
    if (errors.length === 0 && this.ink.canContinue) return this.stopAtRandom(warnings);
    if (errors.length > 0) {
      // The path ends here; a loop stopped by the step budget may have left thousands of pieces of output.
      this.ink.state.ResetOutput(null);
      return this.withEntered({ lines: [], choices: [], errors, warnings });
    }
    const lines = this.lines(true);
    const choices = this.ink.currentChoices.map((c) => c.text);
    return this.withEntered({ lines, choices, errors, warnings });
  }

  /** The pass stopped in front of a RANDOM: its values become the choices. */
  private stopAtRandom(warnings: string[]): WalkStep {
    const random = randomPoint(this.ink.state);
    if (!random) throw new Error("ink stopped with content left and no RANDOM to branch on");
    const lines = this.lines(false);
    this.random = { ...random, preview: JSON.stringify(lines) };
    const choices: string[] = [];
    for (let value = random.min; value <= random.max; value++) {
      choices.push(`RANDOM(${random.min}, ${random.max}) = ${value}`);
    }
    return this.withEntered({ lines, choices, errors: [], warnings, random });
  }

  private withEntered(step: WalkStep): WalkStep {
    if (!this.trackCoverage) return step;
    step.entered = [...this.stepEntered];
    this.stepEntered.clear();
    return step;
  }

  /**
   * Splits the output of one pass (continueInOnePass) into the lines ink's own Continue would
   * have returned: each ends at a newline, and a tag after a newline belongs to the next line.
   * inkjs reads each line's tags from that line's share of the output stream. `take` empties
   * the stream; otherwise it is left as it was.
   */
  private lines(take: boolean): WalkLine[] {
    const state = this.ink.state;
    const stream = [...state.outputStream];
    const lines: WalkLine[] = [];
    const addLine = (from: number, to: number) => {
      state.ResetOutput(stream.slice(from, to));
      const line: WalkLine = { tags: parseTags(state.currentTags ?? []) };
      if (this.withText || line.tags.some((tag) => tag.key === "claim")) {
        line.text = state.currentText ?? "";
      }
      lines.push(line);
    };
    let start = 0;
    stream.forEach((item, i) => {
      if ((item as { isNewline?: boolean }).isNewline !== true) return; // a StringValue "\n"
      addLine(start, i + 1);
      start = i + 1;
    });
    if (start < stream.length) addLine(start, stream.length);
    state.ResetOutput(take ? null : stream);
    return lines;
  }

  private hookCoverage(): void {
    const hook = visitHook(this.ink);
    const visit = hook.VisitContainer.bind(this.ink);
    hook.VisitContainer = (container, atStart) => {
      const name = this.outline.get(container);
      if (name !== undefined) {
        this.entered.add(name);
        this.stepEntered.add(name);
      }
      visit(container, atStart);
    };
  }
}
